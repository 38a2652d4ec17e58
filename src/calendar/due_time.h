// Due-time arithmetic for a dossier (thời hạn giải quyết), exactly these rules (docs/calendar.md has
// examples):
//  - Counting starts at the first working instant at or after receipt (clock_start).
//  - "N h" / "N wd" (N >= 1): N working hours / N x 8 working hours from clock_start; time that runs out
//  exactly
//    at the end of an office period is due at that end (11:30, 17:00).
//  - "0 wd" (trong ngày): the close of office hours of clock_start's day. With a cutoff (e.g. 15:00), a
//  receipt
//    at or after the cutoff on a working day is due at the close of the next working day. The cutoff applies
//    to "0 wd" only.
//  - "N d" (calendar days): the close of office hours on the receipt date + N, or, if that is not a working
//    day, on the next working day.
//  - Pauses (waiting for a supplement or a fee) stop the clock: every duration is first turned into a budget
//  of
//    working seconds (clock_start to the due time without pauses); the budget left when a pause starts runs
//    again from the pause's end. A pause that starts at or after the due time does not move it.
// Pure functions over an immutable WorkCalendar; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "base/civil_time.h"
#include "base/result.h"
#include "calendar/duration.h"
#include "calendar/work_calendar.h"

namespace motcua {

struct ClockPause {
  Instant start;
  std::optional<Instant> end;  // nullopt: still paused
};

struct DueTimeInput {
  Instant received;
  Duration duration;
  std::optional<int> cutoff;  // seconds of the local day (15:00 = 54000); "0 wd" only
  std::vector<ClockPause>
      pauses;  // in order, non-overlapping, none before `received`; only the last may be open
};

struct DueTime {
  Instant clock_start;         // first working instant at or after receipt
  Instant due_without_pauses;  // the legal due time as if nothing had paused the clock
  std::optional<Instant> due;  // with the pauses; nullopt while the last pause is open
  int64_t budget_seconds = 0;  // working seconds the duration allows
};

// The due time without pauses.
Result<Instant> ComputeDueTime(const WorkCalendar& calendar, Instant received, Duration duration,
                               std::optional<int> cutoff = std::nullopt);
// The due time with pauses. InvalidArgument for a bad duration or badly ordered pauses.
Result<DueTime> ComputeDueTime(const WorkCalendar& calendar, const DueTimeInput& input);

// The clock at instant `at`, for progress bars.
struct ClockReading {
  int64_t budget_seconds = 0;
  int64_t used_seconds = 0;     // working seconds the clock has run by `at` (may exceed the budget)
  int64_t left_seconds = 0;     // max(0, budget - used)
  int64_t overrun_seconds = 0;  // max(0, used - budget)
  bool paused = false;          // `at` is inside a pause
};
Result<ClockReading> ReadClock(const WorkCalendar& calendar, const DueTimeInput& input, Instant at);

}  // namespace motcua
