#include "calendar/office_hours.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <set>

#include "base/text.h"

namespace motcua {
namespace {

constexpr std::array<std::string_view, 7> kDayNames = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

Status BadHours(std::string_view text, std::string_view why) {
  return Status::InvalidArgument("invalid office hours '" + std::string(text) + "': " + std::string(why) +
                                     " (expected e.g. '07:00-11:30,13:30-17:00 Mon-Fri')",
                                 "Giờ làm việc không hợp lệ: '" + std::string(text) +
                                     "' (định dạng: các khoảng giờ cách nhau bằng dấu phẩy, rồi các ngày; ví "
                                     "dụ 07:00-11:30,13:30-17:00 Mon-Fri).");
}

// "HH:MM" with 00:00..24:00; false otherwise.
bool ParseHourMinute(std::string_view text, int* seconds) {
  if (text.size() != 5 || text[2] != ':') return false;
  for (size_t i : {0u, 1u, 3u, 4u}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  const int h = (text[0] - '0') * 10 + (text[1] - '0');
  const int m = (text[3] - '0') * 10 + (text[4] - '0');
  if (m > 59 || h > 24 || (h == 24 && m != 0)) return false;
  *seconds = h * 3600 + m * 60;
  return true;
}

int DayIndex(std::string_view name) {
  for (size_t i = 0; i < kDayNames.size(); ++i) {
    if (name == kDayNames[i]) return static_cast<int>(i);
  }
  return -1;
}

std::string HourMinute(int seconds) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", seconds / 3600, seconds / 60 % 60);
  return buf;
}

}  // namespace

int OfficeHours::SecondsPerDay() const {
  int total = 0;
  for (const OfficePeriod& p : periods) total += p.end - p.start;
  return total;
}

OfficeHours DefaultOfficeHours() {
  return OfficeHours{{{7 * 3600, 11 * 3600 + 1800}, {13 * 3600 + 1800, 17 * 3600}}, 0b0011111};
}

Result<OfficeHours> ParseOfficeHours(std::string_view text) {
  const std::string_view trimmed = TrimAscii(text);
  const size_t space = trimmed.find(' ');
  if (space == std::string_view::npos) return BadHours(text, "missing the days");
  const std::string_view periods_text = trimmed.substr(0, space);
  const std::string_view days_text = TrimAscii(trimmed.substr(space + 1));
  OfficeHours hours;
  for (std::string_view part : SplitString(periods_text, ',')) {
    const size_t dash = part.find('-');
    OfficePeriod period;
    if (dash == std::string_view::npos || !ParseHourMinute(part.substr(0, dash), &period.start) ||
        !ParseHourMinute(part.substr(dash + 1), &period.end)) {
      return BadHours(text, "bad period '" + std::string(part) + "'");
    }
    if (period.end <= period.start)
      return BadHours(text, "period '" + std::string(part) + "' ends before it starts");
    if (!hours.periods.empty() && period.start < hours.periods.back().end) {
      return BadHours(text, "periods must be in order and must not overlap");
    }
    hours.periods.push_back(period);
  }
  for (std::string_view part : SplitString(days_text, ',')) {
    const size_t dash = part.find('-');
    const int first = DayIndex(part.substr(0, dash));
    const int last = dash == std::string_view::npos ? first : DayIndex(part.substr(dash + 1));
    if (first < 0 || last < 0 || last < first) return BadHours(text, "bad days '" + std::string(part) + "'");
    for (int d = first; d <= last; ++d) hours.weekdays = static_cast<uint8_t>(hours.weekdays | (1u << d));
  }
  return hours;
}

std::string FormatOfficeHours(const OfficeHours& hours) {
  std::string out;
  for (const OfficePeriod& p : hours.periods) {
    if (!out.empty()) out += ',';
    out += HourMinute(p.start);
    out += '-';
    out += HourMinute(p.end);
  }
  out += ' ';
  // Runs of consecutive days as ranges: "Mon-Fri", "Mon,Wed-Fri".
  bool first_run = true;
  for (int d = 0; d < 7;) {
    if (!((hours.weekdays >> d) & 1)) {
      ++d;
      continue;
    }
    int e = d;
    while (e + 1 < 7 && ((hours.weekdays >> (e + 1)) & 1)) ++e;
    if (!first_run) out += ',';
    first_run = false;
    out += kDayNames[d];
    if (e > d) {
      out += '-';
      out += kDayNames[e];
    }
    d = e + 1;
  }
  return out;
}

Result<UnitCalendarSettings> ParseUnitCalendarSettings(std::string_view text) {
  UnitCalendarSettings settings;
  bool hours_seen = false;
  std::set<CivilDate> dates;
  int line_number = 0;
  for (std::string_view raw : SplitString(text, '\n')) {
    ++line_number;
    std::string_view line = TrimAscii(raw);
    const std::string where = "line " + std::to_string(line_number) + ": ";
    auto fail = [&](const std::string& log, const std::string& user) {
      return Status::InvalidArgument(
          "unit calendar settings " + where + log,
          "Cấu hình lịch làm việc, dòng " + std::to_string(line_number) + ": " + user);
    };
    if (!IsValidUtf8(line)) return fail("invalid UTF-8", "nội dung không phải UTF-8 hợp lệ.");
    if (line.empty() || line.front() == '#') continue;
    const size_t space = line.find(' ');
    const std::string_view keyword = line.substr(0, space);
    const std::string_view rest =
        space == std::string_view::npos ? std::string_view() : TrimAscii(line.substr(space + 1));
    if (keyword == "hours") {
      if (hours_seen) return fail("'hours' given twice", "giờ làm việc khai báo hai lần.");
      auto hours = ParseOfficeHours(rest);
      if (!hours.ok())
        return hours.status().WithContext("unit calendar settings " + where,
                                          "Dòng " + std::to_string(line_number) + ": ");
      settings.hours = std::move(*hours);
      hours_seen = true;
    } else if (keyword == "off" || keyword == "working") {
      const size_t gap = rest.find(' ');
      auto date = ParseIsoDate(rest.substr(0, gap));
      if (!date.ok())
        return fail("bad date in '" + std::string(line) + "'", "ngày không hợp lệ (định dạng YYYY-MM-DD).");
      const std::string_view note =
          gap == std::string_view::npos ? std::string_view() : TrimAscii(rest.substr(gap + 1));
      if (note.empty()) return fail("a note is required", "cần ghi lý do sau ngày.");
      if (!dates.insert(*date).second)
        return fail("date listed twice", "ngày " + FormatVnDate(*date) + " bị khai báo hai lần.");
      (keyword == "off" ? settings.extra_days_off : settings.extra_working_days)
          .push_back({*date, std::string(note)});
    } else {
      return fail("unknown directive '" + std::string(keyword) + "' (hours, off, working)",
                  "không hiểu chỉ thị '" + std::string(keyword) + "' (hours, off hoặc working).");
    }
  }
  auto by_date = [](const UnitDayNote& a, const UnitDayNote& b) { return a.date < b.date; };
  std::sort(settings.extra_days_off.begin(), settings.extra_days_off.end(), by_date);
  std::sort(settings.extra_working_days.begin(), settings.extra_working_days.end(), by_date);
  return settings;
}

std::string FormatUnitCalendarSettings(const UnitCalendarSettings& settings) {
  std::string out = "hours " + FormatOfficeHours(settings.hours) + "\n";
  for (const UnitDayNote& d : settings.extra_days_off)
    out += "off " + FormatIsoDate(d.date) + " " + d.note + "\n";
  for (const UnitDayNote& d : settings.extra_working_days) {
    out += "working " + FormatIsoDate(d.date) + " " + d.note + "\n";
  }
  return out;
}

}  // namespace motcua
