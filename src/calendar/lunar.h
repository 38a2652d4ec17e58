// The Vietnamese lunisolar calendar (âm lịch), 1900-2100, computed the astronomical way: a month starts on
// the local day of a new moon, month 11 holds the winter solstice, and in a year of 13 months the first month
// without a principal solar term (trung khí) is the leap month. Days are counted in UTC+8 before 1968-01-01
// and in UTC+7 from then on (the change the North adopted for 1968), which is why Tết 1985 fell on 21/1 in
// Vietnam and on 20/2 in China. The method follows the published description of Hồ Ngọc Đức's algorithm
// (Meeus's low-precision new moon and solar longitude); this implementation builds a table of month starts
// once. Pure functions; thread-safe (the table is built on first use, under the C++ static-initialisation
// guarantee).
#pragma once

#include <compare>
#include <string>
#include <string_view>

#include "base/civil_time.h"
#include "base/result.h"

namespace motcua {

// The solar dates the conversion covers (inclusive).
inline constexpr CivilDate kFirstLunarSolarDate{1900, 1, 1};
inline constexpr CivilDate kLastLunarSolarDate{2100, 12, 31};

struct LunarDate {
  int day = 1;        // 1..30
  int month = 1;      // 1..12
  int year = 1900;    // the lunar year (the Gregorian year in which its month 1 starts)
  bool leap = false;  // tháng nhuận: the second month carrying this number
  auto operator<=>(const LunarDate&) const = default;
};

// Lunar date of a solar date in [kFirstLunarSolarDate, kLastLunarSolarDate]; InvalidArgument outside.
Result<LunarDate> SolarToLunar(CivilDate date);
// Solar date of a lunar date; InvalidArgument when the date does not exist (no such leap month that year,
// day 30 of a 29-day month) or falls outside the covered range.
Result<CivilDate> LunarToSolar(LunarDate date);

// Tết Nguyên đán: the solar date of 1/1 of lunar year `year` (1900..2100).
Result<CivilDate> TetDate(int year);
// The leap month of lunar year `year` (1..12), or 0 when the year has none; -1 outside the covered range.
int LeapMonthOfYear(int year);
// Days in a lunar month (29 or 30); 0 when the month does not exist or is outside the range.
int LunarMonthLength(int year, int month, bool leap);

// "1/1/2024"; a leap month as "1/2L/2023".
std::string FormatLunarDate(LunarDate date);
// Inverse of FormatLunarDate (validates the date exists).
Result<LunarDate> ParseLunarDate(std::string_view text);

// Exposed for tests: the time zone (hours east of UTC) the Vietnamese calendar uses for a given solar date.
int LunarTimeZoneHours(CivilDate date);

}  // namespace motcua
