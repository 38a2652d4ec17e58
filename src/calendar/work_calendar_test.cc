#include "calendar/work_calendar.h"

#include <gtest/gtest.h>

#include <random>

#include "calendar/testing.h"

namespace motcua {
namespace {

using calendar_testing::At;

std::string Iso(Result<Instant> t) {
  return t.ok() ? FormatIsoInstant(*t) : "error: " + t.status().message();
}

const WorkCalendar& Cal() { return calendar_testing::NationalCalendar(); }

TEST(WorkCalendarTest, WorkingDaysFromTheDecisions) {
  EXPECT_TRUE(Cal().IsWorkingDay({2024, 2, 7}));
  EXPECT_FALSE(Cal().IsWorkingDay({2024, 2, 8}));
  EXPECT_EQ(Cal().DayOffReason({2024, 2, 8}), "Tết Nguyên đán");
  EXPECT_EQ(Cal().DayOffReason({2024, 2, 14}), "Tết Nguyên đán (nghỉ bù)");
  EXPECT_TRUE(Cal().IsWorkingDay({2024, 2, 15}));
  EXPECT_EQ(Cal().DayOffReason({2024, 2, 15}), std::nullopt);
  EXPECT_TRUE(Cal().IsWorkingDay({2024, 5, 4}));  // Saturday worked in exchange for 29/4
  EXPECT_FALSE(Cal().IsWorkingDay({2024, 4, 29}));
  EXPECT_EQ(Cal().DayOffReason({2024, 5, 5}), "Nghỉ hằng tuần (Chủ nhật)");
  EXPECT_EQ(Cal().DayOffReason({2024, 5, 11}), "Nghỉ hằng tuần (Thứ Bảy)");
  // 2026 facts.
  for (int day = 14; day <= 22; ++day) EXPECT_FALSE(Cal().IsWorkingDay({2026, 2, day})) << day;
  EXPECT_TRUE(Cal().IsWorkingDay({2026, 2, 23}));
  EXPECT_EQ(Cal().DayOffReason({2026, 4, 26}), "Giỗ Tổ Hùng Vương");
  EXPECT_EQ(Cal().DayOffReason({2026, 4, 27}), "Giỗ Tổ Hùng Vương (nghỉ bù)");
  EXPECT_FALSE(Cal().IsWorkingDay({2026, 4, 30}));
  EXPECT_FALSE(Cal().IsWorkingDay({2026, 5, 1}));
  EXPECT_TRUE(Cal().IsWorkingDay({2026, 1, 10}));
  EXPECT_TRUE(Cal().IsWorkingDay({2026, 8, 22}));
  EXPECT_FALSE(Cal().IsWorkingDay({2026, 9, 1}));
  EXPECT_EQ(Cal().DayOffReason({2026, 11, 24}), "Ngày Văn hóa Việt Nam");
  // A year without decisions: the rules (Tết 2027 on Saturday 6/2: 4-5/2, 8/2 and 9-10/2 in lieu).
  EXPECT_FALSE(Cal().IsWorkingDay({2027, 2, 10}));
  EXPECT_TRUE(Cal().IsWorkingDay({2027, 2, 11}));
  // Outside the covered years.
  EXPECT_FALSE(Cal().IsWorkingDay({2013, 6, 3}));
  EXPECT_EQ(Cal().DayOffReason({2101, 1, 3}), "Ngoài phạm vi lịch làm việc");
}

TEST(WorkCalendarTest, ExceptionsOf2024) {
  std::vector<std::string> lines;
  for (const CalendarException& e : Cal().Exceptions(2024)) {
    lines.push_back(FormatIsoDate(e.date) + (e.working ? " working " : " ") + e.reason);
  }
  const std::vector<std::string> expected = {
      "2024-01-01 Tết Dương lịch",
      "2024-02-08 Tết Nguyên đán",
      "2024-02-09 Tết Nguyên đán",
      "2024-02-12 Tết Nguyên đán",
      "2024-02-13 Tết Nguyên đán (nghỉ bù)",
      "2024-02-14 Tết Nguyên đán (nghỉ bù)",
      "2024-04-18 Giỗ Tổ Hùng Vương",
      "2024-04-29 Nghỉ hoán đổi (làm bù thứ Bảy 04/05/2024)",
      "2024-04-30 Ngày Chiến thắng",
      "2024-05-01 Ngày Quốc tế Lao động",
      "2024-05-04 working Làm bù cho ngày nghỉ hoán đổi 29/04/2024",
      "2024-09-02 Quốc khánh",
      "2024-09-03 Quốc khánh",
  };
  EXPECT_EQ(lines, expected);
  EXPECT_TRUE(Cal().Exceptions(2200).empty());
}

TEST(WorkCalendarTest, UnitOverrides) {
  auto settings = ParseUnitCalendarSettings(
      "hours 07:30-11:30,13:30-17:30 Mon-Sat\n"
      "off 2024-03-08 Họp tổng kết\n"
      "working 2024-02-12 Trực Tết\n"
      "off 2010-01-04 ngoài phạm vi, bỏ qua\n");
  ASSERT_TRUE(settings.ok()) << settings.status().ToString();
  auto cal = WorkCalendar::Build(calendar_testing::ShippedDecisions(), *settings, 2023, 2026);
  ASSERT_TRUE(cal.ok()) << cal.status().ToString();
  EXPECT_TRUE(cal->IsWorkingDay({2024, 3, 9}));  // Saturday in the unit's week
  EXPECT_FALSE(cal->IsWorkingDay({2024, 3, 10}));
  EXPECT_EQ(cal->DayOffReason({2024, 3, 8}), "Họp tổng kết");
  EXPECT_TRUE(cal->IsWorkingDay({2024, 2, 12}));   // the unit's working day beats Tết
  EXPECT_FALSE(cal->IsWorkingDay({2024, 2, 10}));  // a holiday on the unit's Saturday stays off
  EXPECT_EQ(cal->DayOffReason({2024, 2, 10}), "Tết Nguyên đán");
  EXPECT_EQ(cal->first_year(), 2023);
  EXPECT_EQ(cal->last_year(), 2026);
  EXPECT_EQ(Iso(cal->AddWorkingSeconds(At("2024-03-09T07:30"), 4 * 3600)), "2024-03-09T11:30:00+07:00");
  // Exceptions are relative to the unit's week: its Saturdays are not listed, Tết on a Saturday is.
  bool saturday_tet_listed = false;
  for (const CalendarException& e : cal->Exceptions(2024)) {
    EXPECT_NE(e.date, (CivilDate{2024, 3, 9}));
    saturday_tet_listed = saturday_tet_listed || e.date == CivilDate{2024, 2, 10};
  }
  EXPECT_TRUE(saturday_tet_listed);
}

TEST(WorkCalendarTest, BuildRejectsBadInput) {
  EXPECT_FALSE(WorkCalendar::Build(calendar_testing::ShippedDecisions(), {}, 2013, 2020).ok());
  EXPECT_FALSE(WorkCalendar::Build(calendar_testing::ShippedDecisions(), {}, 2024, 2101).ok());
  EXPECT_FALSE(WorkCalendar::Build(calendar_testing::ShippedDecisions(), {}, 2025, 2024).ok());
  UnitCalendarSettings no_days;
  no_days.hours.weekdays = 0;
  EXPECT_FALSE(WorkCalendar::Build(calendar_testing::ShippedDecisions(), no_days).ok());
}

TEST(WorkCalendarTest, WorkingSecondsBetween) {
  EXPECT_EQ(Cal().WorkingSecondsBetween(At("2024-03-11T07:00"), At("2024-03-11T17:00")), 8 * 3600);
  EXPECT_EQ(Cal().WorkingSecondsBetween(At("2024-03-11T11:30"), At("2024-03-11T13:30")), 0);
  EXPECT_EQ(Cal().WorkingSecondsBetween(At("2024-03-11T12:00"), At("2024-03-11T14:00")), 1800);
  EXPECT_EQ(Cal().WorkingSecondsBetween(At("2024-03-11T14:00"), At("2024-03-11T12:00")), 0);
  EXPECT_EQ(Cal().WorkingSecondsBetween(At("2024-03-08T16:00"), At("2024-03-11T08:00")), 2 * 3600);
  // Tết 2024: 7/2 17:00 to 15/2 07:00 holds no working time.
  EXPECT_EQ(Cal().WorkingSecondsBetween(At("2024-02-07T17:00"), At("2024-02-15T07:00")), 0);
  EXPECT_EQ(Cal().WorkingSecondsBetween(At("2024-01-01T00:00"), At("2025-01-01T00:00")),
            int64_t{8 * 3600} * (262 - 12 + 1));  // 262 weekdays, 12 off (incl. the swap), 1 Saturday worked
}

TEST(WorkCalendarTest, AddWorkingSecondsEndsAtTheEndOfAPeriod) {
  EXPECT_EQ(Iso(Cal().AddWorkingSeconds(At("2024-03-11T07:00"), 4 * 3600)), "2024-03-11T11:00:00+07:00");
  EXPECT_EQ(Iso(Cal().AddWorkingSeconds(At("2024-03-11T07:30"), 4 * 3600)), "2024-03-11T11:30:00+07:00");
  EXPECT_EQ(Iso(Cal().AddWorkingSeconds(At("2024-03-11T07:00"), 8 * 3600)), "2024-03-11T17:00:00+07:00");
  EXPECT_EQ(Iso(Cal().AddWorkingSeconds(At("2024-03-11T07:30"), 4 * 3600 + 1)), "2024-03-11T13:30:01+07:00");
  EXPECT_EQ(Iso(Cal().AddWorkingSeconds(At("2024-03-11T12:15"), 3600)), "2024-03-11T14:30:00+07:00");
  EXPECT_EQ(Iso(Cal().AddWorkingSeconds(At("2024-03-08T17:00"), 3600)), "2024-03-11T08:00:00+07:00");
  EXPECT_EQ(Iso(Cal().AddWorkingSeconds(At("2024-03-08T16:00"), 3600)), "2024-03-08T17:00:00+07:00");
  EXPECT_EQ(Iso(Cal().AddWorkingSeconds(At("2024-03-10T10:00"), 0)), "2024-03-10T10:00:00+07:00");
  EXPECT_FALSE(Cal().AddWorkingSeconds(At("2024-03-11T07:00"), -1).ok());
  auto beyond = Cal().AddWorkingSeconds(At("2100-12-31T16:00"), 3 * 3600);
  ASSERT_FALSE(beyond.ok());
  EXPECT_NE(beyond.status().user_message().find("phạm vi"), std::string::npos);
  EXPECT_EQ(Iso(Cal().AddWorkingSeconds(At("2100-12-31T16:00"), 3600)), "2100-12-31T17:00:00+07:00");
}

TEST(WorkCalendarTest, FirstWorkingInstant) {
  EXPECT_EQ(Iso(Cal().FirstWorkingInstantAtOrAfter(At("2024-03-11T06:00"))), "2024-03-11T07:00:00+07:00");
  EXPECT_EQ(Iso(Cal().FirstWorkingInstantAtOrAfter(At("2024-03-11T09:10:05"))), "2024-03-11T09:10:05+07:00");
  EXPECT_EQ(Iso(Cal().FirstWorkingInstantAtOrAfter(At("2024-03-11T11:30"))), "2024-03-11T13:30:00+07:00");
  EXPECT_EQ(Iso(Cal().FirstWorkingInstantAtOrAfter(At("2024-03-11T12:00"))), "2024-03-11T13:30:00+07:00");
  EXPECT_EQ(Iso(Cal().FirstWorkingInstantAtOrAfter(At("2024-03-11T17:00"))), "2024-03-12T07:00:00+07:00");
  EXPECT_EQ(Iso(Cal().FirstWorkingInstantAtOrAfter(At("2024-03-09T10:00"))), "2024-03-11T07:00:00+07:00");
  EXPECT_EQ(Iso(Cal().FirstWorkingInstantAtOrAfter(At("2024-02-07T17:30"))), "2024-02-15T07:00:00+07:00");
  EXPECT_EQ(Iso(Cal().FirstWorkingInstantAtOrAfter(At("2024-05-03T18:00"))), "2024-05-04T07:00:00+07:00");
  EXPECT_EQ(Iso(Cal().FirstWorkingInstantAtOrAfter(At("2024-02-07T02:00:00Z"))), "2024-02-07T09:00:00+07:00");
  EXPECT_FALSE(Cal().FirstWorkingInstantAtOrAfter(At("2100-12-31T17:00")).ok());
  EXPECT_FALSE(Cal().FirstWorkingInstantAtOrAfter(At("2013-12-31T08:00")).ok());
  EXPECT_EQ(*Cal().WorkingDayAtOrAfter({2026, 2, 14}), (CivilDate{2026, 2, 23}));
  EXPECT_EQ(*Cal().WorkingDayAtOrAfter({2026, 2, 13}), (CivilDate{2026, 2, 13}));
  EXPECT_FALSE(Cal().WorkingDayAtOrAfter({2101, 1, 1}).ok());
}

TEST(WorkCalendarTest, AddIsTheInverseOfBetweenAndMinimal) {
  std::mt19937_64 rng(20240207);
  const int64_t from = At("2014-01-01T00:00").unix_seconds;
  const int64_t to = At("2100-06-01T00:00").unix_seconds;
  std::uniform_int_distribution<int64_t> instant(from, to);
  std::uniform_int_distribution<int64_t> amount(1, 40 * 8 * 3600);
  for (int i = 0; i < 20000; ++i) {
    const Instant start{instant(rng)};
    const int64_t seconds = amount(rng);
    auto end = Cal().AddWorkingSeconds(start, seconds);
    ASSERT_TRUE(end.ok()) << end.status().ToString();
    ASSERT_EQ(Cal().WorkingSecondsBetween(start, *end), seconds) << FormatIsoInstant(start);
    ASSERT_LT(Cal().WorkingSecondsBetween(start, Instant{end->unix_seconds - 1}), seconds);
    auto first = Cal().FirstWorkingInstantAtOrAfter(start);
    ASSERT_TRUE(first.ok());
    ASSERT_GE(*first, start);
    ASSERT_EQ(Cal().WorkingSecondsBetween(start, *first), 0);
    ASSERT_TRUE(Cal().IsWorkingDay(LocalDate(*first)));
    ASSERT_EQ(Cal().WorkingSecondsBetween(*first, Instant{first->unix_seconds + 1}), 1)
        << FormatIsoInstant(*first);
  }
}

}  // namespace
}  // namespace motcua
