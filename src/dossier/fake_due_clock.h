// A deliberately simple DueClock for tests: every second is working time (no office hours, no holidays);
// an hour is 3600 s, a working day 8 hours, a calendar day 86400 s, "trong ngày" 4 hours. Pauses push
// the due time by their length. Not for production. Thread-safe (stateless).
#pragma once

#include <algorithm>

#include "dossier/due_clock.h"

namespace motcua {

class FakeDueClock final : public DueClock {
 public:
  static int64_t Seconds(Duration d) {
    switch (d.unit) {
      case DurationUnit::kWorkingHours:
        return int64_t{d.amount} * 3600;
      case DurationUnit::kWorkingDays:
        return d.amount == 0 ? 4 * 3600 : int64_t{d.amount} * 8 * 3600;
      case DurationUnit::kCalendarDays:
        return int64_t{d.amount} * 86400;
    }
    return 0;
  }

  Result<Instant> ComputeDue(Instant received, Duration duration, std::optional<int> /*cutoff_seconds*/,
                             std::span<const TimeInterval> pauses) const override {
    return AddWorkingTime(received, Seconds(duration), pauses);
  }
  int64_t WorkingSecondsBetween(Instant from, Instant to) const override {
    return std::max<int64_t>(0, to.unix_seconds - from.unix_seconds);
  }
  Result<Instant> AddWorkingTime(Instant start, int64_t working_seconds,
                                 std::span<const TimeInterval> pauses) const override {
    int64_t due = start.unix_seconds + working_seconds;
    for (const TimeInterval& p : pauses) {
      const int64_t s = std::max(p.start.unix_seconds, start.unix_seconds);
      if (s < due && p.end.unix_seconds > s) due += p.end.unix_seconds - s;
    }
    return Instant{due};
  }
};

}  // namespace motcua
