#include "service/calendar_due_clock.h"

#include <gtest/gtest.h>

#include "calendar/testing.h"

namespace motcua {
namespace {

Instant At(const char* iso) { return *ParseIsoInstant(iso); }

CalendarDueClock Clock() {
  return CalendarDueClock(std::make_shared<const WorkCalendar>(calendar_testing::NationalCalendar()));
}

TEST(CalendarDueClockTest, DueSkipsPausesAndKeepsTimeSpentBefore) {
  const CalendarDueClock clock = Clock();
  // Monday 05/10/2026 09:00 + 3 working days, paused Tuesday 09:00 .. Friday 09:00.
  const TimeInterval pause{At("2026-10-06T09:00:00+07:00"), At("2026-10-09T09:00:00+07:00")};
  auto due = clock.ComputeDue(At("2026-10-05T09:00:00+07:00"), Duration{3, DurationUnit::kWorkingDays},
                              std::nullopt, std::span<const TimeInterval>(&pause, 1));
  ASSERT_TRUE(due.ok());
  EXPECT_EQ(*due, At("2026-10-13T09:00:00+07:00"));
}

TEST(CalendarDueClockTest, AddWorkingTimeAcrossPauses) {
  const CalendarDueClock clock = Clock();
  const TimeInterval pauses[] = {{At("2026-10-05T10:00:00+07:00"), At("2026-10-05T14:00:00+07:00")},
                                 {At("2026-10-06T07:00:00+07:00"), At("2026-10-07T07:00:00+07:00")}};
  // 09:00-10:00 (1 h), then 14:00-17:00 (3 h), Tuesday paused, Wednesday 07:00 + 2 h = 09:00.
  auto end = clock.AddWorkingTime(At("2026-10-05T09:00:00+07:00"), 6 * 3600, pauses);
  ASSERT_TRUE(end.ok());
  EXPECT_EQ(*end, At("2026-10-07T09:00:00+07:00"));
  // Time that runs out before a pause is not affected by it.
  end = clock.AddWorkingTime(At("2026-10-05T09:00:00+07:00"), 1800, pauses);
  ASSERT_TRUE(end.ok());
  EXPECT_EQ(*end, At("2026-10-05T09:30:00+07:00"));
  EXPECT_EQ(clock.WorkingSecondsBetween(At("2026-10-05T07:00:00+07:00"), At("2026-10-06T07:00:00+07:00")),
            8 * 3600);
}

}  // namespace
}  // namespace motcua
