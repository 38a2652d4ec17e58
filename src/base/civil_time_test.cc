#include "base/civil_time.h"

#include <gtest/gtest.h>

namespace motcua {
namespace {

TEST(CivilTimeTest, DaysRoundTripOverFourCenturies) {
  for (int64_t d = -150000; d < 150000; d += 7) {
    EXPECT_EQ(DaysFromCivil(CivilFromDays(d)), d);
  }
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(DaysFromCivil({2000, 3, 1}), 11017);
}

TEST(CivilTimeTest, Weekdays) {
  EXPECT_EQ(IsoWeekday({2024, 2, 10}), 6);  // Saturday, Tết Giáp Thìn
  EXPECT_EQ(IsoWeekday({2026, 4, 26}), 7);  // Sunday, Hùng Vương 2026
  EXPECT_EQ(IsoWeekday({2026, 4, 27}), 1);
  EXPECT_EQ(IsoWeekday({1900, 1, 1}), 1);
}

TEST(CivilTimeTest, ParsesWithoutOffsetAsVietnamTime) {
  auto t = ParseIsoInstant("2024-02-07T09:00");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(FormatIsoInstant(*t), "2024-02-07T09:00:00+07:00");
  EXPECT_EQ(t->unix_seconds, 1707271200);  // 02:00 UTC
}

TEST(CivilTimeTest, ParsesOffsets) {
  EXPECT_EQ(FormatIsoInstant(*ParseIsoInstant("2024-02-07T02:00:00Z")), "2024-02-07T09:00:00+07:00");
  EXPECT_EQ(FormatIsoInstant(*ParseIsoInstant("2024-02-06T21:00:00-05:00")), "2024-02-07T09:00:00+07:00");
  EXPECT_EQ(FormatIsoInstant(*ParseIsoInstant("2024-02-07 09:00:30+07:00")), "2024-02-07T09:00:30+07:00");
}

TEST(CivilTimeTest, RejectsMalformed) {
  for (const char* bad :
       {"", "2024-02-30T09:00", "2024-13-01T09:00", "2024-02-07", "2024-02-07T25:00", "2024-02-07T09:60",
        "2024-02-07T09:00+7", "2024-02-07T09:00:00+07:00x", "abc", "2024/02/07T09:00", "2024-02-07T09:00 "}) {
    auto t = ParseIsoInstant(bad);
    EXPECT_FALSE(t.ok()) << bad;
    if (!t.ok()) {
      EXPECT_EQ(t.status().code(), StatusCode::kInvalidArgument);
    }
  }
}

TEST(CivilTimeTest, DatesAndClock) {
  EXPECT_EQ(FormatIsoDate(*ParseIsoDate("2024-02-29")), "2024-02-29");
  EXPECT_FALSE(ParseIsoDate("2023-02-29").ok());
  EXPECT_EQ(FormatVnDate({2024, 2, 9}), "09/02/2024");
  EXPECT_EQ(*ParseClockTime("15:00"), 54000);
  EXPECT_FALSE(ParseClockTime("24:00").ok());
  EXPECT_EQ(FormatVnDateTime(FromLocal({2024, 2, 19}, 9 * 3600)), "09:00 19/02/2024");
}

TEST(CivilTimeTest, LocalMidnightBoundary) {
  const Instant t = FromLocal({2024, 1, 1}, 0);
  EXPECT_EQ(ToLocal(t).date, (CivilDate{2024, 1, 1}));
  EXPECT_EQ(ToLocal(Instant{t.unix_seconds - 1}).date, (CivilDate{2023, 12, 31}));
  EXPECT_EQ(ToLocal(Instant{t.unix_seconds - 1}).seconds_of_day, 86399);
}

}  // namespace
}  // namespace motcua
