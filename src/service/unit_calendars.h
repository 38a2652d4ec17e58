// The working calendar of each unit: the national calendar (Labour Code holidays and the shipped yearly
// decisions, data/calendar/) with the unit's own office hours and day overrides from the store. Built on
// first use and kept; Invalidate() after a unit's settings change. Thread-safe.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "base/result.h"
#include "calendar/day_off_decisions.h"
#include "service/calendar_due_clock.h"
#include "store/records.h"

namespace motcua {

// The unit settings text that ParseUnitCalendarSettings (calendar/office_hours.h) reads.
std::string UnitCalendarText(const UnitSettings& settings);

class UnitCalendars {
 public:
  // InvalidArgument when the shipped day-off decisions do not parse (a broken build).
  static Result<std::unique_ptr<UnitCalendars>> Create();

  // The clock of `unit`; InvalidArgument when its stored settings do not parse.
  Result<std::shared_ptr<const CalendarDueClock>> ClockFor(const Unit& unit);
  void Invalidate(std::string_view unit_code);

 private:
  explicit UnitCalendars(DayOffDecisions decisions) : decisions_(std::move(decisions)) {}

  const DayOffDecisions decisions_;
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const CalendarDueClock>, std::less<>> clocks_;
};

}  // namespace motcua
