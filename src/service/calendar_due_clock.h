// The dossier engine's DueClock (dossier/due_clock.h) over a unit's WorkCalendar (calendar/): the legal due
// time, working time between two instants, and working time added past pauses, all by the rules of
// docs/calendar.md. Immutable; thread-safe.
#pragma once

#include <memory>

#include "calendar/work_calendar.h"
#include "dossier/due_clock.h"

namespace motcua {

class CalendarDueClock final : public DueClock {
 public:
  explicit CalendarDueClock(std::shared_ptr<const WorkCalendar> calendar) : calendar_(std::move(calendar)) {}

  Result<Instant> ComputeDue(Instant received, Duration duration, std::optional<int> cutoff_seconds,
                             std::span<const TimeInterval> pauses) const override;
  int64_t WorkingSecondsBetween(Instant from, Instant to) const override;
  Result<Instant> AddWorkingTime(Instant start, int64_t working_seconds,
                                 std::span<const TimeInterval> pauses) const override;

  const WorkCalendar& calendar() const { return *calendar_; }

 private:
  std::shared_ptr<const WorkCalendar> calendar_;
};

}  // namespace motcua
