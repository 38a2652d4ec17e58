#include "calendar/due_time.h"

#include <gtest/gtest.h>

#include "calendar/testing.h"

namespace motcua {
namespace {

using calendar_testing::At;

const WorkCalendar& Cal() { return calendar_testing::NationalCalendar(); }

// The due time as text, or the error.
std::string Due(const char* received, const char* duration, std::optional<int> cutoff = std::nullopt) {
  auto d = ParseDuration(duration);
  if (!d.ok()) return "bad duration";
  auto due = ComputeDueTime(Cal(), At(received), *d, cutoff);
  return due.ok() ? FormatIsoInstant(*due) : "error: " + due.status().message();
}

std::string DueWithPauses(const char* received, const char* duration, std::vector<ClockPause> pauses) {
  DueTimeInput input{At(received), *ParseDuration(duration), std::nullopt, std::move(pauses)};
  auto due = ComputeDueTime(Cal(), input);
  if (!due.ok()) return "error: " + due.status().message();
  return due->due ? FormatIsoInstant(*due->due) : "paused";
}

constexpr int k1500 = 15 * 3600;

TEST(DueTimeTest, TheReferenceExample) {
  // Tết 2024 is 8-14/2: 6 h on the 7th, 8 h on the 15th and 16th, 2 h on the 19th.
  EXPECT_EQ(Due("2024-02-07T09:00", "3 wd"), "2024-02-19T09:00:00+07:00");
}

TEST(DueTimeTest, WorkingHoursEndAtTheEndOfAPeriod) {
  EXPECT_EQ(Due("2024-03-11T07:00", "4 h"), "2024-03-11T11:00:00+07:00");
  EXPECT_EQ(Due("2024-03-11T07:30", "4 h"), "2024-03-11T11:30:00+07:00");   // not 13:30
  EXPECT_EQ(Due("2024-03-11T07:00", "1 wd"), "2024-03-11T17:00:00+07:00");  // not 12/3 07:00
  EXPECT_EQ(Due("2024-03-11T13:30", "1 wd"), "2024-03-12T11:30:00+07:00");
  EXPECT_EQ(Due("2024-03-11T09:00", "1 wd"), "2024-03-12T09:00:00+07:00");
  EXPECT_EQ(Due("2024-03-11T10:00", "2 h"), "2024-03-11T14:00:00+07:00");  // 1.5 h before lunch, 0.5 h after
}

TEST(DueTimeTest, ClockStartsAtTheFirstWorkingInstant) {
  EXPECT_EQ(Due("2024-03-09T10:00", "4 h"), "2024-03-11T11:00:00+07:00");       // Saturday
  EXPECT_EQ(Due("2024-03-11T18:00", "2 h"), "2024-03-12T09:00:00+07:00");       // after hours
  EXPECT_EQ(Due("2024-03-11T05:00", "2 h"), "2024-03-11T09:00:00+07:00");       // before hours
  EXPECT_EQ(Due("2024-03-11T12:00", "1 h"), "2024-03-11T14:30:00+07:00");       // lunch
  EXPECT_EQ(Due("2024-02-10T10:00", "1 wd"), "2024-02-15T17:00:00+07:00");      // Tết
  EXPECT_EQ(Due("2024-04-28T10:00", "1 wd"), "2024-05-02T17:00:00+07:00");      // Sunday before 29/4-1/5
  EXPECT_EQ(Due("2024-05-03T16:00", "2 h"), "2024-05-04T08:00:00+07:00");       // Saturday 4/5 is worked
  EXPECT_EQ(Due("2024-02-07T02:00:00Z", "3 wd"), "2024-02-19T09:00:00+07:00");  // same instant in UTC
}

TEST(DueTimeTest, WithinTheDay) {
  EXPECT_EQ(Due("2024-03-11T09:00", "0 wd"), "2024-03-11T17:00:00+07:00");
  EXPECT_EQ(Due("2024-03-11T16:30", "0 wd"), "2024-03-11T17:00:00+07:00");
  EXPECT_EQ(Due("2024-03-11T18:00", "0 wd"), "2024-03-12T17:00:00+07:00");  // after hours: the next day
  EXPECT_EQ(Due("2024-03-09T09:00", "0 wd"), "2024-03-11T17:00:00+07:00");  // Saturday
}

TEST(DueTimeTest, CutoffAtExactly1500) {
  EXPECT_EQ(Due("2024-03-11T14:59:59", "0 wd", k1500), "2024-03-11T17:00:00+07:00");
  EXPECT_EQ(Due("2024-03-11T15:00:00", "0 wd", k1500), "2024-03-12T17:00:00+07:00");
  EXPECT_EQ(Due("2024-03-11T16:59:59", "0 wd", k1500), "2024-03-12T17:00:00+07:00");
  EXPECT_EQ(Due("2024-03-08T15:00", "0 wd", k1500), "2024-03-11T17:00:00+07:00");  // Friday -> Monday
  EXPECT_EQ(Due("2024-02-07T15:30", "0 wd", k1500), "2024-02-15T17:00:00+07:00");  // eve of Tết
  EXPECT_EQ(Due("2024-03-09T16:00", "0 wd", k1500), "2024-03-11T17:00:00+07:00");  // Saturday: no cutoff
  EXPECT_EQ(Due("2024-03-11T06:00", "0 wd", k1500), "2024-03-11T17:00:00+07:00");
  // The cutoff only concerns "0 wd".
  EXPECT_EQ(Due("2024-03-11T15:00", "2 h", k1500), "2024-03-11T17:00:00+07:00");
}

TEST(DueTimeTest, CalendarDays) {
  EXPECT_EQ(Due("2024-03-11T09:00", "1 d"), "2024-03-12T17:00:00+07:00");
  EXPECT_EQ(Due("2024-03-08T09:00", "1 d"), "2024-03-11T17:00:00+07:00");  // Saturday -> Monday
  EXPECT_EQ(Due("2024-03-11T18:30", "1 d"), "2024-03-12T17:00:00+07:00");  // counted from the receipt date
  // Landing on Tết: 29/1 + 15 = 13/2 (nghỉ bù Tết), then 15/2.
  EXPECT_EQ(Due("2024-01-29T09:00", "15 d"), "2024-02-15T17:00:00+07:00");
  EXPECT_EQ(Due("2024-02-01T09:00", "7 d"), "2024-02-15T17:00:00+07:00");
  EXPECT_EQ(Due("2026-02-09T09:00", "5 d"), "2026-02-23T17:00:00+07:00");   // 14/2/2026: Tết begins
  EXPECT_EQ(Due("2024-02-10T09:00", "30 d"), "2024-03-11T17:00:00+07:00");  // received on Tết: 11/3 Monday
  EXPECT_EQ(Due("2024-12-20T09:00", "15 d"), "2025-01-06T17:00:00+07:00");  // 4/1 Sat -> Monday 6/1
}

TEST(DueTimeTest, Facts2026) {
  EXPECT_EQ(Due("2026-02-13T09:00", "1 wd"), "2026-02-23T09:00:00+07:00");
  EXPECT_EQ(Due("2026-04-24T09:00", "1 wd"), "2026-04-28T09:00:00+07:00");  // 6 h; 25-26 weekend, 27 nghỉ bù
  EXPECT_EQ(Due("2026-04-29T09:00", "2 wd"), "2026-05-05T09:00:00+07:00");  // 30/4, 1/5 off
  EXPECT_EQ(Due("2026-08-21T09:00", "1 wd"), "2026-08-22T09:00:00+07:00");  // Saturday 22/8 worked
  EXPECT_EQ(Due("2026-08-28T16:00", "2 h"), "2026-09-03T08:00:00+07:00");   // 29/8-2/9 off
  EXPECT_EQ(Due("2026-11-23T16:00", "2 h"), "2026-11-25T08:00:00+07:00");   // 24/11 Ngày Văn hóa
  EXPECT_EQ(Due("2026-01-01T09:00", "0 wd"), "2026-01-05T17:00:00+07:00");  // 1-4/1 off
}

TEST(DueTimeTest, RangeEdges) {
  EXPECT_EQ(Due("2014-01-02T09:00", "1 wd"), "2014-01-03T09:00:00+07:00");
  EXPECT_EQ(Due("2100-12-31T09:00", "4 h"), "2100-12-31T15:00:00+07:00");
  EXPECT_NE(Due("2100-12-31T09:00", "1 wd").find("error"), std::string::npos);
  EXPECT_NE(Due("2100-12-25T09:00", "15 d").find("error"), std::string::npos);
  EXPECT_NE(Due("2013-12-31T09:00", "1 wd").find("error"), std::string::npos);
}

TEST(DueTimeTest, PausesStopTheClock) {
  // 1 wd from Monday 08:00; 2 h used when the pause starts; 6 h left from Tuesday 10:00.
  EXPECT_EQ(DueWithPauses("2024-03-11T08:00", "1 wd", {{At("2024-03-11T10:00"), At("2024-03-12T10:00")}}),
            "2024-03-13T08:00:00+07:00");
  // Two pauses: 1 h + 1 h used, then 2 h left from 14:00.
  EXPECT_EQ(DueWithPauses("2024-03-11T08:00", "4 h",
                          {{At("2024-03-11T09:00"), At("2024-03-11T10:00")},
                           {At("2024-03-11T11:00"), At("2024-03-11T14:00")}}),
            "2024-03-11T16:00:00+07:00");
  // A pause that ends outside office hours resumes at the next period.
  EXPECT_EQ(DueWithPauses("2024-03-11T08:00", "4 h", {{At("2024-03-11T09:00"), At("2024-03-11T19:00")}}),
            "2024-03-12T10:00:00+07:00");
  // Still paused: no due time.
  EXPECT_EQ(DueWithPauses("2024-03-11T08:00", "1 wd", {{At("2024-03-11T10:00"), std::nullopt}}), "paused");
  // A pause after the time ran out moves nothing.
  EXPECT_EQ(DueWithPauses("2024-03-11T08:00", "1 h", {{At("2024-03-11T10:00"), At("2024-03-12T10:00")}}),
            "2024-03-11T09:00:00+07:00");
  EXPECT_EQ(DueWithPauses("2024-03-11T08:00", "1 h", {{At("2024-03-11T09:00"), At("2024-03-12T10:00")}}),
            "2024-03-11T09:00:00+07:00");
  // A pause before the clock starts (received on Saturday, waiting until Monday 09:00).
  EXPECT_EQ(DueWithPauses("2024-03-09T10:00", "4 h", {{At("2024-03-09T11:00"), At("2024-03-11T09:00")}}),
            "2024-03-11T15:00:00+07:00");
  // A zero-length pause changes nothing.
  EXPECT_EQ(DueWithPauses("2024-03-11T08:00", "1 wd", {{At("2024-03-11T10:00"), At("2024-03-11T10:00")}}),
            "2024-03-12T08:00:00+07:00");
}

TEST(DueTimeTest, PauseAcrossTet) {
  // 3 wd from Monday 5/2/2024 09:00: 6 h + 3 h used before the pause (6/2 10:00); the applicant returns on
  // 16/2 10:00 (after Tết); 15 h left: 5 h on the 16th, 8 h on the 19th, 2 h on the 20th.
  EXPECT_EQ(DueWithPauses("2024-02-05T09:00", "3 wd", {{At("2024-02-06T10:00"), At("2024-02-16T10:00")}}),
            "2024-02-20T09:00:00+07:00");
  // Without the pause: 6 h + 8 h (6/2) + 8 h (7/2) + 2 h on 15/2.
  EXPECT_EQ(Due("2024-02-05T09:00", "3 wd"), "2024-02-15T09:00:00+07:00");
}

TEST(DueTimeTest, PausesApplyToEveryUnit) {
  // "0 wd" from 09:00: a budget of 6 h (to 17:00); 1 h used, 5 h left from Tuesday 10:00.
  EXPECT_EQ(DueWithPauses("2024-03-11T09:00", "0 wd", {{At("2024-03-11T10:00"), At("2024-03-12T10:00")}}),
            "2024-03-12T17:00:00+07:00");
  // "1 d" from Monday 09:00: due Tuesday 17:00 = 14 h of working time; paused a whole working day.
  EXPECT_EQ(DueWithPauses("2024-03-11T09:00", "1 d", {{At("2024-03-11T17:00"), At("2024-03-12T17:00")}}),
            "2024-03-13T17:00:00+07:00");
}

TEST(DueTimeTest, DueTimeDetails) {
  DueTimeInput input{At("2024-02-07T18:00"),
                     *ParseDuration("3 wd"),
                     std::nullopt,
                     {{At("2024-02-15T08:00"), At("2024-02-15T09:00")}}};
  auto due = ComputeDueTime(Cal(), input);
  ASSERT_TRUE(due.ok()) << due.status().ToString();
  EXPECT_EQ(FormatIsoInstant(due->clock_start), "2024-02-15T07:00:00+07:00");
  EXPECT_EQ(FormatIsoInstant(due->due_without_pauses), "2024-02-19T17:00:00+07:00");
  EXPECT_EQ(FormatIsoInstant(*due->due), "2024-02-20T08:00:00+07:00");
  EXPECT_EQ(due->budget_seconds, 24 * 3600);
}

TEST(DueTimeTest, RejectsBadInput) {
  auto check = [](DueTimeInput input, const std::string& needle) {
    auto due = ComputeDueTime(Cal(), input);
    ASSERT_FALSE(due.ok());
    EXPECT_EQ(due.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(due.status().message().find(needle), std::string::npos) << due.status().message();
    EXPECT_FALSE(ReadClock(Cal(), input, At("2024-03-12T10:00")).ok());
  };
  const Instant received = At("2024-03-11T08:00");
  const Duration wd{1, DurationUnit::kWorkingDays};
  check({received, wd, std::nullopt, {{At("2024-03-11T07:00"), At("2024-03-11T09:00")}}},
        "before the receipt");
  check({received, wd, std::nullopt, {{At("2024-03-11T09:00"), At("2024-03-11T08:30")}}}, "ends before");
  check(
      {received,
       wd,
       std::nullopt,
       {{At("2024-03-11T09:00"), At("2024-03-11T11:00")}, {At("2024-03-11T10:00"), At("2024-03-11T12:00")}}},
      "previous pause");
  check({received,
         wd,
         std::nullopt,
         {{At("2024-03-11T09:00"), std::nullopt}, {At("2024-03-11T10:00"), std::nullopt}}},
        "only the last");
  check({received, Duration{0, DurationUnit::kWorkingHours}, std::nullopt, {}}, "invalid duration");
  check({received, Duration{-1, DurationUnit::kWorkingDays}, std::nullopt, {}}, "invalid duration");
  check({received, wd, 86400, {}}, "cutoff");
}

TEST(DueTimeTest, ClockReadings) {
  const DueTimeInput input{At("2024-03-11T08:00"),
                           *ParseDuration("1 wd"),
                           std::nullopt,
                           {{At("2024-03-11T10:00"), At("2024-03-12T10:00")}}};
  auto read = [&](const char* at) {
    auto r = ReadClock(Cal(), input, At(at));
    EXPECT_TRUE(r.ok());
    return *r;
  };
  ClockReading r = read("2024-03-11T07:00");
  EXPECT_EQ(r.budget_seconds, 8 * 3600);
  EXPECT_EQ(r.used_seconds, 0);
  EXPECT_EQ(r.left_seconds, 8 * 3600);
  EXPECT_FALSE(r.paused);
  r = read("2024-03-11T09:30");
  EXPECT_EQ(r.used_seconds, 5400);
  r = read("2024-03-11T15:00");  // paused since 10:00
  EXPECT_TRUE(r.paused);
  EXPECT_EQ(r.used_seconds, 2 * 3600);
  EXPECT_EQ(r.left_seconds, 6 * 3600);
  r = read("2024-03-12T14:00");
  EXPECT_FALSE(r.paused);
  EXPECT_EQ(r.used_seconds, 2 * 3600 + 5400 + 1800);
  r = read("2024-03-13T08:00");  // the due time
  EXPECT_EQ(r.used_seconds, 8 * 3600);
  EXPECT_EQ(r.left_seconds, 0);
  EXPECT_EQ(r.overrun_seconds, 0);
  r = read("2024-03-13T10:00");
  EXPECT_EQ(r.overrun_seconds, 2 * 3600);
  EXPECT_EQ(r.left_seconds, 0);
}

}  // namespace
}  // namespace motcua
