// Civil time for Vietnam: instants are UTC seconds, civil dates and clock times are in Asia/Ho_Chi_Minh
// (UTC+7, no daylight saving since 1975). Pure value types and functions; thread-safe.
// Parsing accepts ISO 8601; a date-time without an offset is read as +07:00.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/result.h"

namespace motcua {

inline constexpr int kVietnamUtcOffsetSeconds = 7 * 3600;
inline constexpr int kSecondsPerDay = 86400;

// A proleptic Gregorian calendar date.
struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  auto operator<=>(const CivilDate&) const = default;
};

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);
bool IsValidDate(int year, int month, int day);
// Days since 1970-01-01 (negative before).
int64_t DaysFromCivil(CivilDate date);
CivilDate CivilFromDays(int64_t days);
CivilDate AddDays(CivilDate date, int64_t days);
// ISO weekday: 1 = Monday ... 7 = Sunday.
int IsoWeekday(CivilDate date);

// A point in time: seconds since the Unix epoch, UTC.
struct Instant {
  int64_t unix_seconds = 0;
  auto operator<=>(const Instant&) const = default;
};

// Local (UTC+7) civil date and time of day of an instant.
struct LocalDateTime {
  CivilDate date;
  int seconds_of_day = 0;  // 0..86399
  auto operator<=>(const LocalDateTime&) const = default;
};

LocalDateTime ToLocal(Instant instant);
Instant FromLocal(CivilDate date, int seconds_of_day);
inline CivilDate LocalDate(Instant instant) { return ToLocal(instant).date; }
Instant Now();

// "2024-02-07T09:00", "2024-02-07T09:00:30", "2024-02-07 09:00", with optional "Z" or "+07:00"/"-05:30".
Result<Instant> ParseIsoInstant(std::string_view text);
// "2024-02-07".
Result<CivilDate> ParseIsoDate(std::string_view text);
// "15:00" or "15:00:00" to seconds of day.
Result<int> ParseClockTime(std::string_view text);

// "2024-02-19T09:00:00+07:00".
std::string FormatIsoInstant(Instant instant);
// "2024-02-19".
std::string FormatIsoDate(CivilDate date);
// "19/02/2024" (the Vietnamese form, used on every page and document).
std::string FormatVnDate(CivilDate date);
// "09:00 19/02/2024".
std::string FormatVnDateTime(Instant instant);
// "09:00".
std::string FormatClock(int seconds_of_day);

}  // namespace motcua
