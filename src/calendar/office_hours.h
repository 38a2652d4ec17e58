// A unit's working time: office periods within a day and the weekdays they apply to, plus the unit's own
// extra days off and extra working days. Text forms, for settings screens and the store:
//   office hours:  "07:00-11:30,13:30-17:00 Mon-Fri"   (days: Mon Tue Wed Thu Fri Sat Sun, ranges or commas)
//   unit settings: one directive a line; blank lines and '#' comments ignored; at most one hours line (the
//   default office hours when absent); notes are single-line, trimmed:
//     hours 07:00-11:30,13:30-17:00 Mon-Fri
//     off 2024-03-08 Họp tổng kết toàn cơ quan
//     working 2024-03-09 Làm bù ngày 08/03
// Parsing is strict and Format* gives the canonical form (Parse(Format(x)) == x). Value types; thread-safe.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_time.h"
#include "base/result.h"

namespace motcua {

struct OfficePeriod {
  int start = 0;  // seconds of the local day, [0, 86400)
  int end = 0;    // > start, <= 86400 ("24:00")
  auto operator<=>(const OfficePeriod&) const = default;
};

struct OfficeHours {
  std::vector<OfficePeriod> periods;  // sorted, non-overlapping, at least one
  uint8_t weekdays = 0;               // bit (iso_weekday - 1): Monday = bit 0 ... Sunday = bit 6
  bool operator==(const OfficeHours&) const = default;

  bool WorksOn(int iso_weekday) const { return (weekdays >> (iso_weekday - 1)) & 1; }
  // Working seconds in one working day (8 h for the default).
  int SecondsPerDay() const;
  // Start of the first period and end of the last.
  int Opening() const { return periods.front().start; }
  int Closing() const { return periods.back().end; }
};

// 07:00-11:30, 13:30-17:00, Monday-Friday.
OfficeHours DefaultOfficeHours();
Result<OfficeHours> ParseOfficeHours(std::string_view text);
std::string FormatOfficeHours(const OfficeHours& hours);

struct UnitDayNote {
  CivilDate date;
  std::string note;  // Vietnamese, shown as the reason
  bool operator==(const UnitDayNote&) const = default;
};

// What a unit may change in the national calendar.
struct UnitCalendarSettings {
  OfficeHours hours = DefaultOfficeHours();
  std::vector<UnitDayNote> extra_days_off;      // sorted by date
  std::vector<UnitDayNote> extra_working_days;  // sorted by date; disjoint from extra_days_off
  bool operator==(const UnitCalendarSettings&) const = default;
};

Result<UnitCalendarSettings> ParseUnitCalendarSettings(std::string_view text);
std::string FormatUnitCalendarSettings(const UnitCalendarSettings& settings);

}  // namespace motcua
