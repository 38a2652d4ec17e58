#include "calendar/duration.h"

#include <gtest/gtest.h>

namespace motcua {
namespace {

TEST(DurationTest, ParsesUnits) {
  EXPECT_EQ(*ParseDuration("3 wd"), (Duration{3, DurationUnit::kWorkingDays}));
  EXPECT_EQ(*ParseDuration("3wd"), (Duration{3, DurationUnit::kWorkingDays}));
  EXPECT_EQ(*ParseDuration(" 4 h "), (Duration{4, DurationUnit::kWorkingHours}));
  EXPECT_EQ(*ParseDuration("15 d"), (Duration{15, DurationUnit::kCalendarDays}));
  EXPECT_EQ(*ParseDuration("0 wd"), (Duration{0, DurationUnit::kWorkingDays}));
  EXPECT_EQ(*ParseDuration("3650 d"), (Duration{3650, DurationUnit::kCalendarDays}));
}

TEST(DurationTest, RejectsBadInput) {
  for (const char* bad : {"", "-3 wd", "abc", "3", "3 days", "0 h", "0 d", "3.5 wd", "3651 d",
                          "99999999999 h", "wd", "3 wd x", "+3 wd"}) {
    auto d = ParseDuration(bad);
    EXPECT_FALSE(d.ok()) << bad;
    if (!d.ok()) {
      EXPECT_EQ(d.status().code(), StatusCode::kInvalidArgument);
      EXPECT_NE(d.status().user_message().find("Thời hạn không hợp lệ"), std::string::npos);
    }
  }
}

TEST(DurationTest, FormatsAndDescribes) {
  for (const char* text : {"3 wd", "4 h", "15 d", "0 wd"})
    EXPECT_EQ(FormatDuration(*ParseDuration(text)), text);
  EXPECT_EQ(DescribeDurationVi({3, DurationUnit::kWorkingDays}), "3 ngày làm việc");
  EXPECT_EQ(DescribeDurationVi({4, DurationUnit::kWorkingHours}), "4 giờ làm việc");
  EXPECT_EQ(DescribeDurationVi({15, DurationUnit::kCalendarDays}), "15 ngày");
  EXPECT_EQ(DescribeDurationVi({0, DurationUnit::kWorkingDays}), "Trong ngày");
}

}  // namespace
}  // namespace motcua
