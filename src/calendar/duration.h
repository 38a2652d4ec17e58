// A processing time as the law states it: "3 wd" (working days of 8 working hours), "4 h" (working hours),
// "15 d" (calendar days), "0 wd" (trong ngày, within the day). Parsing is strict: a negative, fractional,
// unit-less or absurdly large value is rejected. Pure value type; thread-safe.
#pragma once

#include <compare>
#include <string>
#include <string_view>

#include "base/result.h"

namespace motcua {

enum class DurationUnit {
  kWorkingHours,  // "h": giờ làm việc
  kWorkingDays,   // "wd": ngày làm việc (8 working hours each)
  kCalendarDays,  // "d": ngày (calendar days, due at the close of office hours)
};

struct Duration {
  int amount = 0;  // >= 0; 0 only with kWorkingDays ("trong ngày")
  DurationUnit unit = DurationUnit::kWorkingDays;
  auto operator<=>(const Duration&) const = default;
};

inline constexpr int kMaxDurationAmount = 3650;

// "3 wd", "3wd", "4 h", "15 d", "0 wd". Surrounding whitespace is ignored.
Result<Duration> ParseDuration(std::string_view text);
// Canonical form: "3 wd", "4 h", "15 d".
std::string FormatDuration(Duration duration);
// Vietnamese: "3 ngày làm việc", "4 giờ làm việc", "15 ngày", "Trong ngày".
std::string DescribeDurationVi(Duration duration);

}  // namespace motcua
