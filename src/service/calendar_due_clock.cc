#include "service/calendar_due_clock.h"

#include <algorithm>
#include <vector>

#include "calendar/due_time.h"

namespace motcua {

Result<Instant> CalendarDueClock::ComputeDue(Instant received, Duration duration,
                                             std::optional<int> cutoff_seconds,
                                             std::span<const TimeInterval> pauses) const {
  DueTimeInput input{received, duration, cutoff_seconds, {}};
  for (const TimeInterval& pause : pauses) input.pauses.push_back(ClockPause{pause.start, pause.end});
  MOTCUA_ASSIGN_OR_RETURN(const DueTime due, ComputeDueTime(*calendar_, input));
  if (!due.due) {
    return Status::Internal("due time asked with an open pause", "Lỗi nội bộ khi tính hạn giải quyết.");
  }
  return *due.due;
}

int64_t CalendarDueClock::WorkingSecondsBetween(Instant from, Instant to) const {
  return calendar_->WorkingSecondsBetween(from, to);
}

Result<Instant> CalendarDueClock::AddWorkingTime(Instant start, int64_t working_seconds,
                                                 std::span<const TimeInterval> pauses) const {
  Instant cursor = start;
  int64_t remaining = working_seconds;
  for (const TimeInterval& pause : pauses) {
    if (pause.end <= cursor) continue;
    const Instant pause_start = std::max(pause.start, cursor);
    const int64_t before_pause = calendar_->WorkingSecondsBetween(cursor, pause_start);
    if (before_pause >= remaining) break;  // runs out before this pause begins
    remaining -= before_pause;
    cursor = pause.end;
  }
  return calendar_->AddWorkingSeconds(cursor, remaining);
}

}  // namespace motcua
