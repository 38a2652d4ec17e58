#include "calendar/holidays.h"

#include <algorithm>
#include <set>

#include "calendar/lunar.h"

namespace motcua {
namespace {

constexpr const char* kTet = "Tết Nguyên đán";
constexpr const char* kQuocKhanh = "Quốc khánh";

struct Rule {
  CivilDate date;
  const char* name;
  bool compensated;
};

bool IsWeekend(CivilDate date) { return IsoWeekday(date) >= 6; }

// The adjacent day of 2/9 that joins it to a weekend (see the header).
CivilDate QuocKhanhAdjacentDay(int year) {
  const int weekday = IsoWeekday({year, 9, 2});
  return weekday == 1 || weekday == 4 || weekday == 7 ? CivilDate{year, 9, 3} : CivilDate{year, 9, 1};
}

Result<std::vector<Rule>> Rules(int year) {
  if (year < kFirstCalendarYear || year > kLastCalendarYear) {
    return Status::InvalidArgument("holiday rules cover " + std::to_string(kFirstCalendarYear) + ".." +
                                       std::to_string(kLastCalendarYear) + ", not " + std::to_string(year),
                                   "Chỉ tính được ngày nghỉ lễ cho các năm " +
                                       std::to_string(kFirstCalendarYear) + " - " +
                                       std::to_string(kLastCalendarYear) + ".");
  }
  std::vector<Rule> rules;
  rules.push_back({{year, 1, 1}, "Tết Dương lịch", true});
  MOTCUA_ASSIGN_OR_RETURN(const CivilDate tet, TetDate(year));
  for (int offset = -2; offset <= 2; ++offset) rules.push_back({AddDays(tet, offset), kTet, true});
  MOTCUA_ASSIGN_OR_RETURN(const CivilDate hung_vuong, LunarToSolar(LunarDate{10, 3, year, false}));
  rules.push_back({hung_vuong, "Giỗ Tổ Hùng Vương", true});
  rules.push_back({{year, 4, 30}, "Ngày Chiến thắng", true});
  rules.push_back({{year, 5, 1}, "Ngày Quốc tế Lao động", true});
  rules.push_back({{year, 9, 2}, kQuocKhanh, true});
  if (year >= 2021) rules.push_back({QuocKhanhAdjacentDay(year), kQuocKhanh, true});
  // Nghị quyết 28/2026/QH16 is in force from 1/7/2026, so 24/11/2026 is the first one.
  if (year >= 2026) rules.push_back({{year, 11, 24}, "Ngày Văn hóa Việt Nam", false});
  std::sort(rules.begin(), rules.end(), [](const Rule& a, const Rule& b) { return a.date < b.date; });
  return rules;
}

std::string LawFor(int year) {
  return year >= 2021 ? "Bộ luật Lao động 2019, Điều 112" : "Bộ luật Lao động 2012, Điều 115";
}

std::string SourceFor(const Rule& rule, int year) {
  if (std::string_view(rule.name) == "Ngày Văn hóa Việt Nam") return "Nghị quyết 28/2026/QH16, Điều 2";
  std::string source = LawFor(year);
  if (std::string_view(rule.name) == kTet) source += " (bố trí mặc định: 2 ngày trước, 3 ngày sau Tết)";
  if (std::string_view(rule.name) == kQuocKhanh && rule.date.day != 2) source += " (ngày liền kề mặc định)";
  return source;
}

}  // namespace

const char* DayKindName(DayKind kind) {
  switch (kind) {
    case DayKind::kHoliday:
      return "holiday";
    case DayKind::kCompensatory:
      return "compensatory";
    case DayKind::kSwapped:
      return "swapped";
    case DayKind::kWorking:
      return "working";
  }
  return "holiday";
}

Result<std::vector<DayOffEntry>> StatutoryHolidays(int year) {
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<Rule> rules, Rules(year));
  std::vector<DayOffEntry> out;
  for (const Rule& rule : rules) {
    // Two holidays never share a date in 2014-2100 (Hùng Vương is at the latest 29/4); merge defensively.
    if (!out.empty() && out.back().date == rule.date) {
      out.back().reason += ", ";
      out.back().reason += rule.name;
      continue;
    }
    out.push_back({rule.date, DayKind::kHoliday, rule.name, SourceFor(rule, year)});
  }
  return out;
}

Result<std::vector<DayOffEntry>> RuleBasedDaysOff(int year) {
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<Rule> rules, Rules(year));
  MOTCUA_ASSIGN_OR_RETURN(std::vector<DayOffEntry> out, StatutoryHolidays(year));
  std::set<CivilDate> taken;
  for (const Rule& rule : rules) taken.insert(rule.date);
  std::vector<DayOffEntry> compensations;
  for (const Rule& rule : rules) {
    if (!rule.compensated || !IsWeekend(rule.date)) continue;
    CivilDate day = AddDays(rule.date, 1);
    while (IsWeekend(day) || taken.count(day) > 0) day = AddDays(day, 1);
    taken.insert(day);
    compensations.push_back(
        {day, DayKind::kCompensatory, std::string(rule.name) + " (nghỉ bù)",
         year >= 2021 ? "Bộ luật Lao động 2019, Điều 111(3)" : "Bộ luật Lao động 2012, Điều 115(3)"});
  }
  out.insert(out.end(), compensations.begin(), compensations.end());
  std::stable_sort(out.begin(), out.end(),
                   [](const DayOffEntry& a, const DayOffEntry& b) { return a.date < b.date; });
  return out;
}

}  // namespace motcua
