// libFuzzer target for the calendar's text parsers: ParseDuration, ParseIsoInstant, ParseOfficeHours,
// ParseUnitCalendarSettings, ParseDayOffDecisions and ParseLunarDate. Checks that accepted input
// round-trips through the canonical formatter, and feeds accepted durations and instants to the due-time
// arithmetic on a small calendar. The first byte selects the parser so one corpus covers all of them.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "base/civil_time.h"
#include "calendar/day_off_decisions.h"
#include "calendar/due_time.h"
#include "calendar/duration.h"
#include "calendar/lunar.h"
#include "calendar/office_hours.h"
#include "calendar/work_calendar.h"

namespace {

using namespace motcua;

void Check(bool condition) {
  if (!condition) std::abort();
}

const WorkCalendar& SmallCalendar() {
  static const WorkCalendar calendar =
      *WorkCalendar::Build(DayOffDecisions{}, UnitCalendarSettings{}, 2024, 2026);
  return calendar;
}

void FuzzDuration(std::string_view text) {
  auto d = ParseDuration(text);
  if (!d.ok()) return;
  Check(*ParseDuration(FormatDuration(*d)) == *d);
  Check(!DescribeDurationVi(*d).empty());
  const Instant received = FromLocal({2024, 2, 7}, 9 * 3600);
  auto due = ComputeDueTime(SmallCalendar(), received, *d, 15 * 3600);
  if (due.ok()) Check(*due >= received);
}

void FuzzInstant(std::string_view text) {
  auto t = ParseIsoInstant(text);
  if (!t.ok()) return;
  Check(*ParseIsoInstant(FormatIsoInstant(*t)) == *t);
  const WorkCalendar& calendar = SmallCalendar();
  auto first = calendar.FirstWorkingInstantAtOrAfter(*t);
  if (first.ok()) Check(*first >= *t);
  auto due = ComputeDueTime(calendar, *t, Duration{3, DurationUnit::kWorkingDays});
  if (due.ok()) Check(calendar.WorkingSecondsBetween(*first, *due) == 3 * 8 * 3600);
}

void FuzzOfficeHours(std::string_view text) {
  auto h = ParseOfficeHours(text);
  if (!h.ok()) return;
  Check(*ParseOfficeHours(FormatOfficeHours(*h)) == *h);
  Check(h->SecondsPerDay() > 0);
}

void FuzzUnitSettings(std::string_view text) {
  auto s = ParseUnitCalendarSettings(text);
  if (!s.ok()) return;
  Check(*ParseUnitCalendarSettings(FormatUnitCalendarSettings(*s)) == *s);
  auto calendar = WorkCalendar::Build(DayOffDecisions{}, *s, 2024, 2024);
  if (calendar.ok()) {
    auto end = calendar->AddWorkingSeconds(FromLocal({2024, 3, 1}, 0), 3600);
    if (end.ok()) Check(calendar->WorkingSecondsBetween(FromLocal({2024, 3, 1}, 0), *end) == 3600);
  }
}

void FuzzDecisions(std::string_view text) {
  auto d = ParseDayOffDecisions(text, "fuzz.tsv");
  if (!d.ok()) {
    Check(d.status().message().rfind("fuzz.tsv", 0) == 0);
    return;
  }
  for (int year : d->Years()) {
    Check(year >= kFirstCalendarYear && year <= kLastCalendarYear);
    Check(NationalDaysOff(*d, year).ok());
  }
}

void FuzzLunar(std::string_view text) {
  auto l = ParseLunarDate(text);
  if (!l.ok()) return;
  auto solar = LunarToSolar(*l);
  Check(solar.ok());
  Check(*SolarToLunar(*solar) == *l);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 6) {
    case 0:
      FuzzDuration(text);
      break;
    case 1:
      FuzzInstant(text);
      break;
    case 2:
      FuzzOfficeHours(text);
      break;
    case 3:
      FuzzUnitSettings(text);
      break;
    case 4:
      FuzzDecisions(text);
      break;
    case 5:
      FuzzLunar(text);
      break;
  }
  return 0;
}
