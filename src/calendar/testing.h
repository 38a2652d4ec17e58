// Test and benchmark helper (not for production code): the national calendar with default office hours,
// built once from the embedded decision file. Aborts when the shipped file does not parse.
#pragma once

#include <cstdio>
#include <cstdlib>

#include "base/civil_time.h"
#include "base/embedded_files.h"
#include "calendar/day_off_decisions.h"
#include "calendar/work_calendar.h"

namespace motcua::calendar_testing {

// The instant of an ISO 8601 text known to be valid in a test ("2024-02-07T09:00" is +07:00).
inline Instant At(const char* text) {
  auto t = ParseIsoInstant(text);
  if (!t.ok()) {
    std::fprintf(stderr, "bad instant in test: %s\n", text);
    std::abort();
  }
  return *t;
}

inline const DayOffDecisions& ShippedDecisions() {
  static const DayOffDecisions decisions = [] {
    auto content = FindEmbeddedFile(kDayOffDecisionsFile);
    if (!content) {
      std::fprintf(stderr, "embedded %s missing\n", std::string(kDayOffDecisionsFile).c_str());
      std::abort();
    }
    auto parsed = ParseDayOffDecisions(*content, "vn-day-off-decisions.tsv");
    if (!parsed.ok()) {
      std::fprintf(stderr, "%s\n", parsed.status().ToString().c_str());
      std::abort();
    }
    return *parsed;
  }();
  return decisions;
}

inline const WorkCalendar& NationalCalendar() {
  static const WorkCalendar calendar = [] {
    auto built = WorkCalendar::Build(ShippedDecisions(), UnitCalendarSettings{});
    if (!built.ok()) {
      std::fprintf(stderr, "%s\n", built.status().ToString().c_str());
      std::abort();
    }
    return *built;
  }();
  return calendar;
}

}  // namespace motcua::calendar_testing
