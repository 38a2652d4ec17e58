#include "calendar/duration.h"

#include "base/text.h"

namespace motcua {
namespace {

Status BadDuration(std::string_view text, std::string_view why) {
  return Status::InvalidArgument("invalid duration '" + std::string(text) + "': " + std::string(why) +
                                     " (expected N h, N wd or N d with N >= 0)",
                                 "Thời hạn không hợp lệ: '" + std::string(text) +
                                     "' (định dạng: số nguyên không âm kèm đơn vị h = giờ làm việc, wd = "
                                     "ngày làm việc, d = ngày; ví dụ 3 wd).");
}

}  // namespace

Result<Duration> ParseDuration(std::string_view text) {
  const std::string_view trimmed = TrimAscii(text);
  size_t pos = 0;
  int64_t amount = 0;
  while (pos < trimmed.size() && trimmed[pos] >= '0' && trimmed[pos] <= '9') {
    amount = amount * 10 + (trimmed[pos] - '0');
    if (amount > kMaxDurationAmount) return BadDuration(text, "amount too large");
    ++pos;
  }
  if (pos == 0) return BadDuration(text, "missing a non-negative whole number");
  while (pos < trimmed.size() && trimmed[pos] == ' ') ++pos;
  const std::string_view unit = trimmed.substr(pos);
  Duration d;
  d.amount = static_cast<int>(amount);
  if (unit == "h") {
    d.unit = DurationUnit::kWorkingHours;
  } else if (unit == "wd") {
    d.unit = DurationUnit::kWorkingDays;
  } else if (unit == "d") {
    d.unit = DurationUnit::kCalendarDays;
  } else {
    return BadDuration(text, "unknown unit");
  }
  if (d.amount == 0 && d.unit != DurationUnit::kWorkingDays) {
    return BadDuration(text, "only '0 wd' (within the day) may be zero");
  }
  return d;
}

std::string FormatDuration(Duration duration) {
  const char* unit = duration.unit == DurationUnit::kWorkingHours  ? "h"
                     : duration.unit == DurationUnit::kWorkingDays ? "wd"
                                                                   : "d";
  return std::to_string(duration.amount) + " " + unit;
}

std::string DescribeDurationVi(Duration duration) {
  if (duration.amount == 0) return "Trong ngày";
  switch (duration.unit) {
    case DurationUnit::kWorkingHours:
      return std::to_string(duration.amount) + " giờ làm việc";
    case DurationUnit::kWorkingDays:
      return std::to_string(duration.amount) + " ngày làm việc";
    case DurationUnit::kCalendarDays:
      return std::to_string(duration.amount) + " ngày";
  }
  return FormatDuration(duration);
}

}  // namespace motcua
