#include "base/civil_time.h"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace motcua {
namespace {

// Parses exactly `width` ASCII digits at text[pos]; false when absent.
bool ParseDigits(std::string_view text, size_t pos, size_t width, int* out) {
  if (pos + width > text.size()) return false;
  int value = 0;
  for (size_t i = pos; i < pos + width; ++i) {
    char c = text[i];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  *out = value;
  return true;
}

Status BadInstant(std::string_view text) {
  return Status::InvalidArgument(
      "unparsable date-time '" + std::string(text) + "' (expected YYYY-MM-DDTHH:MM[:SS][+07:00])",
      "Thời điểm không hợp lệ: '" + std::string(text) +
          "' (định dạng YYYY-MM-DDTHH:MM, ví dụ 2024-02-07T09:00).");
}

}  // namespace

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

// Howard Hinnant's days_from_civil.
int64_t DaysFromCivil(CivilDate date) {
  int64_t y = date.year - (date.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (date.month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return CivilDate{year, month, day};
}

CivilDate AddDays(CivilDate date, int64_t days) { return CivilFromDays(DaysFromCivil(date) + days); }

int IsoWeekday(CivilDate date) {
  const int64_t days = DaysFromCivil(date);  // 1970-01-01 was a Thursday (4)
  int64_t w = (days + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

LocalDateTime ToLocal(Instant instant) {
  const int64_t local = instant.unix_seconds + kVietnamUtcOffsetSeconds;
  int64_t days = local / kSecondsPerDay;
  int64_t rem = local % kSecondsPerDay;
  if (rem < 0) {
    rem += kSecondsPerDay;
    --days;
  }
  return LocalDateTime{CivilFromDays(days), static_cast<int>(rem)};
}

Instant FromLocal(CivilDate date, int seconds_of_day) {
  return Instant{DaysFromCivil(date) * kSecondsPerDay + seconds_of_day - kVietnamUtcOffsetSeconds};
}

Instant Now() {
  using namespace std::chrono;
  return Instant{duration_cast<seconds>(system_clock::now().time_since_epoch()).count()};
}

Result<CivilDate> ParseIsoDate(std::string_view text) {
  int y = 0, m = 0, d = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !ParseDigits(text, 0, 4, &y) ||
      !ParseDigits(text, 5, 2, &m) || !ParseDigits(text, 8, 2, &d) || !IsValidDate(y, m, d)) {
    return Status::InvalidArgument(
        "unparsable date '" + std::string(text) + "' (expected YYYY-MM-DD)",
        "Ngày không hợp lệ: '" + std::string(text) + "' (định dạng YYYY-MM-DD, ví dụ 2024-02-07).");
  }
  return CivilDate{y, m, d};
}

Result<int> ParseClockTime(std::string_view text) {
  int h = 0, m = 0, s = 0;
  const bool ok = (text.size() == 5 || (text.size() == 8 && text[5] == ':' && ParseDigits(text, 6, 2, &s))) &&
                  text[2] == ':' && ParseDigits(text, 0, 2, &h) && ParseDigits(text, 3, 2, &m) && h <= 23 &&
                  m <= 59 && s <= 59;
  if (!ok) {
    return Status::InvalidArgument(
        "unparsable clock time '" + std::string(text) + "' (expected HH:MM)",
        "Giờ không hợp lệ: '" + std::string(text) + "' (định dạng HH:MM, ví dụ 15:00).");
  }
  return h * 3600 + m * 60 + s;
}

Result<Instant> ParseIsoInstant(std::string_view text) {
  if (text.size() < 16) return BadInstant(text);
  auto date = ParseIsoDate(text.substr(0, 10));
  if (!date.ok() || (text[10] != 'T' && text[10] != ' ')) return BadInstant(text);
  size_t pos = 11;
  int h = 0, m = 0, s = 0;
  if (!ParseDigits(text, pos, 2, &h) || text[pos + 2] != ':' || !ParseDigits(text, pos + 3, 2, &m)) {
    return BadInstant(text);
  }
  pos += 5;
  if (pos < text.size() && text[pos] == ':') {
    if (!ParseDigits(text, pos + 1, 2, &s)) return BadInstant(text);
    pos += 3;
  }
  if (h > 23 || m > 59 || s > 59) return BadInstant(text);
  int offset = kVietnamUtcOffsetSeconds;
  if (pos < text.size()) {
    const char sign = text[pos];
    if (sign == 'Z' && pos + 1 == text.size()) {
      offset = 0;
    } else if ((sign == '+' || sign == '-') && text.size() == pos + 6 && text[pos + 3] == ':') {
      int oh = 0, om = 0;
      if (!ParseDigits(text, pos + 1, 2, &oh) || !ParseDigits(text, pos + 4, 2, &om) || oh > 14 || om > 59) {
        return BadInstant(text);
      }
      offset = (oh * 3600 + om * 60) * (sign == '-' ? -1 : 1);
    } else {
      return BadInstant(text);
    }
  }
  const int64_t local = DaysFromCivil(*date) * kSecondsPerDay + h * 3600 + m * 60 + s;
  return Instant{local - offset};
}

std::string FormatIsoInstant(Instant instant) {
  const LocalDateTime t = ToLocal(instant);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d+07:00", t.date.year, t.date.month, t.date.day,
                t.seconds_of_day / 3600, t.seconds_of_day / 60 % 60, t.seconds_of_day % 60);
  return buf;
}

std::string FormatIsoDate(CivilDate date) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buf;
}

std::string FormatVnDate(CivilDate date) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", date.day, date.month, date.year);
  return buf;
}

std::string FormatClock(int seconds_of_day) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02d:%02d", seconds_of_day / 3600, seconds_of_day / 60 % 60);
  return buf;
}

std::string FormatVnDateTime(Instant instant) {
  const LocalDateTime t = ToLocal(instant);
  return FormatClock(t.seconds_of_day) + " " + FormatVnDate(t.date);
}

}  // namespace motcua
