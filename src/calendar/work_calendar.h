// WorkCalendar: which days a unit works and the working-time arithmetic on them, precomputed per day for the
// covered years (default 2014-2100): national holidays (the decision file's rows for decided years, the
// rule-based computation otherwise), the unit's office hours, extra days off and extra working days.
// Precedence, last wins: weekly pattern < national calendar < unit's days off < unit's working days.
// Every query is O(1) or O(log days). Immutable after Build: thread-safe to share (e.g. as
// std::shared_ptr<const WorkCalendar>); copying it copies ~350 KB, so share rather than copy.
// Instants are UTC; days and office hours are local (UTC+7).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/civil_time.h"
#include "base/result.h"
#include "calendar/day_off_decisions.h"
#include "calendar/office_hours.h"

namespace motcua {

// A day that differs from the unit's weekly pattern, for listings ("days-off").
struct CalendarException {
  CivilDate date;
  bool working = false;  // true: a working day on a weekly rest day (make-up); false: a day off on a weekday
  std::string reason;
};

class WorkCalendar {
 public:
  // Builds the calendar for [first_year, last_year] within [kFirstCalendarYear, kLastCalendarYear]. A unit's
  // extra days outside those years are ignored. InvalidArgument for a bad range or empty office hours.
  static Result<WorkCalendar> Build(const DayOffDecisions& decisions, const UnitCalendarSettings& unit,
                                    int first_year = kFirstCalendarYear, int last_year = kLastCalendarYear);

  int first_year() const { return first_year_; }
  int last_year() const { return last_year_; }
  const OfficeHours& office_hours() const { return hours_; }
  bool Covers(CivilDate date) const;

  // False outside the covered years.
  bool IsWorkingDay(CivilDate date) const;
  // Vietnamese reason a date is not a working day ("Tết Nguyên đán", "Nghỉ hằng tuần (Chủ nhật)", the unit's
  // note, "Ngoài phạm vi lịch"); nullopt for a working day.
  std::optional<std::string> DayOffReason(CivilDate date) const;
  // The days of `year` (if covered) that differ from the weekly pattern, sorted.
  std::vector<CalendarException> Exceptions(int year) const;

  // Office-hours seconds in [from, to); 0 when to <= from. Time outside the covered years counts as none.
  int64_t WorkingSecondsBetween(Instant from, Instant to) const;
  // The earliest instant t with WorkingSecondsBetween(start, t) == seconds: time that runs out exactly at the
  // end of an office period ends there (11:30, 17:00), not at the next period's start. seconds == 0 gives
  // `start`. InvalidArgument for seconds < 0 or when the result would pass the covered years.
  Result<Instant> AddWorkingSeconds(Instant start, int64_t seconds) const;
  // `t` itself when inside an office period of a working day, otherwise the next period's start.
  Result<Instant> FirstWorkingInstantAtOrAfter(Instant t) const;
  // `date` if it is a working day, otherwise the next working day.
  Result<CivilDate> WorkingDayAtOrAfter(CivilDate date) const;
  // The close of office hours (e.g. 17:00) on `date`.
  Instant CloseOfOfficeHours(CivilDate date) const { return FromLocal(date, hours_.Closing()); }

 private:
  WorkCalendar() = default;
  // Index of a local day in the tables (may be out of [0, days)).
  int64_t DayIndex(CivilDate date) const { return DaysFromCivil(date) - first_day_; }
  // Working seconds from the start of the covered range to `t`.
  int64_t WorkedBefore(Instant t) const;
  Status BeyondRange() const;

  int first_year_ = 0;
  int last_year_ = 0;
  int64_t first_day_ = 0;  // DaysFromCivil of 1 January of first_year_
  OfficeHours hours_;
  std::vector<uint8_t> working_;        // per day: 1 = working day
  std::vector<uint16_t> note_;          // per day: index into notes_ (0 = none)
  std::vector<std::string> notes_;      // [0] = ""
  std::vector<int64_t> worked_before_;  // per day + 1: working seconds before the day (prefix sum)
};

}  // namespace motcua
