// Report periods: whole local days, refused when reversed or malformed with Vietnamese messages.
#include "report/report_period.h"

#include <gtest/gtest.h>

namespace motcua {
namespace {

TEST(ReportPeriodTest, WholeLocalDays) {
  auto period = ParseReportPeriod("2023-10-01", "2024-09-30");
  ASSERT_TRUE(period.ok());
  EXPECT_EQ(FormatIsoInstant(period->start), "2023-10-01T00:00:00+07:00");
  EXPECT_EQ(FormatIsoInstant(period->end), "2024-10-01T00:00:00+07:00");
  EXPECT_TRUE(period->Contains(period->start));
  EXPECT_TRUE(period->Contains(Instant{period->end.unix_seconds - 1}));
  EXPECT_FALSE(period->Contains(period->end));
  EXPECT_FALSE(period->Contains(Instant{period->start.unix_seconds - 1}));
  auto one_day = ParseReportPeriod("2024-02-29", "2024-02-29");
  ASSERT_TRUE(one_day.ok());
  EXPECT_EQ(one_day->end.unix_seconds - one_day->start.unix_seconds, kSecondsPerDay);
}

TEST(ReportPeriodTest, RefusesReversedAndMalformedDates) {
  auto reversed = ParseReportPeriod("2024-09-30", "2023-10-01");
  ASSERT_FALSE(reversed.ok());
  EXPECT_EQ(reversed.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(reversed.status().user_message(),
            "Kỳ báo cáo không hợp lệ: ngày bắt đầu 30/09/2024 sau ngày kết thúc 01/10/2023.");
  auto bad_from = ParseReportPeriod("2024-02-30", "2024-03-01");
  ASSERT_FALSE(bad_from.ok());
  EXPECT_EQ(bad_from.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(bad_from.status().user_message().rfind("Ngày bắt đầu kỳ báo cáo (from): ", 0), 0u)
      << bad_from.status().user_message();
  auto bad_to = ParseReportPeriod("2024-02-01", "01/03/2024");
  ASSERT_FALSE(bad_to.ok());
  EXPECT_EQ(bad_to.status().user_message().rfind("Ngày kết thúc kỳ báo cáo (to): ", 0), 0u);
}

}  // namespace
}  // namespace motcua
