#include "calendar/day_off_decisions.h"

#include <algorithm>
#include <set>

#include "base/text.h"

namespace motcua {
namespace {

constexpr std::string_view kHeader = "date\tkind\treason\tsource";

bool ParseKind(std::string_view text, DayKind* kind) {
  for (DayKind k : {DayKind::kHoliday, DayKind::kCompensatory, DayKind::kSwapped, DayKind::kWorking}) {
    if (text == DayKindName(k)) {
      *kind = k;
      return true;
    }
  }
  return false;
}

}  // namespace

const std::vector<DayOffEntry>& DayOffDecisions::Year(int year) const {
  static const std::vector<DayOffEntry> kEmpty;
  auto it = by_year_.find(year);
  return it == by_year_.end() ? kEmpty : it->second;
}

std::vector<int> DayOffDecisions::Years() const {
  std::vector<int> years;
  for (const auto& [year, rows] : by_year_) years.push_back(year);
  return years;
}

Result<DayOffDecisions> ParseDayOffDecisions(std::string_view content, std::string_view file_name) {
  DayOffDecisions decisions;
  std::set<CivilDate> seen;
  bool header_seen = false;
  int line_number = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    const size_t end = content.find('\n', pos);
    std::string_view line =
        content.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    pos = end == std::string_view::npos ? content.size() : end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::string where = std::string(file_name) + ":" + std::to_string(line_number) + ": ";
    auto fail = [&](const std::string& log, const std::string& user) {
      return Status::InvalidArgument(where + log, "Tệp ngày nghỉ " + where + user);
    };
    if (!IsValidUtf8(line)) return fail("invalid UTF-8", "nội dung không phải UTF-8 hợp lệ.");
    if (TrimAscii(line).empty() || line.front() == '#') continue;
    if (!header_seen) {
      if (line != kHeader) {
        return fail("expected the header 'date<TAB>kind<TAB>reason<TAB>source'",
                    "thiếu dòng tiêu đề 'date<TAB>kind<TAB>reason<TAB>source'.");
      }
      header_seen = true;
      continue;
    }
    const std::vector<std::string_view> fields = SplitString(line, '\t');
    if (fields.size() != 4) {
      return fail("expected 4 tab-separated fields, found " + std::to_string(fields.size()),
                  "cần 4 cột cách nhau bằng TAB, có " + std::to_string(fields.size()) + ".");
    }
    auto date = ParseIsoDate(fields[0]);
    if (!date.ok())
      return fail("bad date '" + std::string(fields[0]) + "'",
                  "ngày không hợp lệ '" + std::string(fields[0]) + "'.");
    if (date->year < kFirstCalendarYear || date->year > kLastCalendarYear) {
      return fail("year " + std::to_string(date->year) + " outside " + std::to_string(kFirstCalendarYear) +
                      ".." + std::to_string(kLastCalendarYear),
                  "năm " + std::to_string(date->year) + " nằm ngoài phạm vi hỗ trợ.");
    }
    DayKind kind;
    if (!ParseKind(fields[1], &kind)) {
      return fail("unknown kind '" + std::string(fields[1]) + "' (holiday, compensatory, swapped, working)",
                  "loại ngày không hợp lệ '" + std::string(fields[1]) +
                      "' (holiday, compensatory, swapped hoặc working).");
    }
    const bool weekend = IsoWeekday(*date) >= 6;
    if (kind == DayKind::kWorking && !weekend) {
      return fail(
          FormatIsoDate(*date) + " is a weekday: only a Saturday or Sunday can be a make-up working day",
          "ngày làm bù " + FormatVnDate(*date) + " phải là thứ Bảy hoặc Chủ nhật.");
    }
    if ((kind == DayKind::kCompensatory || kind == DayKind::kSwapped) && weekend) {
      return fail(
          FormatIsoDate(*date) + " is a weekend day: a compensatory or swapped day off must be a weekday",
          "ngày nghỉ bù/hoán đổi " + FormatVnDate(*date) + " phải là ngày từ thứ Hai đến thứ Sáu.");
    }
    const std::string_view reason = TrimAscii(fields[2]);
    const std::string_view source = TrimAscii(fields[3]);
    if (reason.empty() || source.empty()) {
      return fail("reason and source must not be empty", "lý do và nguồn (số văn bản) không được để trống.");
    }
    if (!seen.insert(*date).second) {
      return fail("duplicate date " + FormatIsoDate(*date), "ngày " + FormatVnDate(*date) + " bị lặp.");
    }
    decisions.by_year_[date->year].push_back({*date, kind, std::string(reason), std::string(source)});
  }
  if (!header_seen) {
    return Status::InvalidArgument(
        std::string(file_name) + ": empty file (no header line)",
        "Tệp ngày nghỉ " + std::string(file_name) + " trống (thiếu dòng tiêu đề).");
  }
  for (auto& [year, rows] : decisions.by_year_) {
    std::sort(rows.begin(), rows.end(),
              [](const DayOffEntry& a, const DayOffEntry& b) { return a.date < b.date; });
  }
  return decisions;
}

Result<std::vector<DayOffEntry>> NationalDaysOff(const DayOffDecisions& decisions, int year) {
  if (decisions.Covers(year)) return decisions.Year(year);
  return RuleBasedDaysOff(year);
}

}  // namespace motcua
