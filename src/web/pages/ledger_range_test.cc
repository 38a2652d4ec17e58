#include "web/pages/ledger_range.h"

#include <gtest/gtest.h>

namespace motcua::web::pages {
namespace {

constexpr CivilDate kToday{2025, 10, 15};

TEST(LedgerRangeTest, ParsesVietnameseAndIsoDates) {
  EXPECT_EQ(*ParseVnDate("05/10/2025", "Từ ngày"), (CivilDate{2025, 10, 5}));
  EXPECT_EQ(*ParseVnDate(" 5/1/2026 ", "Từ ngày"), (CivilDate{2026, 1, 5}));
  EXPECT_EQ(*ParseVnDate("2024-02-29", "Từ ngày"), (CivilDate{2024, 2, 29}));
  for (const char* bad : {"", "31/02/2025", "29/02/2025", "1/13/2025", "01-10-2025", "01/10/25", "a/b/cdef",
                          "001/10/2025", "2025-2-01", "01/10/2025x", "00/10/2025"}) {
    const Result<CivilDate> parsed = ParseVnDate(bad, "Từ ngày");
    ASSERT_FALSE(parsed.ok()) << bad;
    EXPECT_EQ(parsed.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(parsed.status().user_message().find("Từ ngày"), std::string::npos);
    EXPECT_NE(parsed.status().user_message().find("ngày/tháng/năm"), std::string::npos);
  }
}

TEST(LedgerRangeTest, DefaultsToTheCurrentMonthAndFillsAMissingEnd) {
  Result<LedgerRange> month = ParseLedgerRange(std::nullopt, "", kToday);
  ASSERT_TRUE(month.ok());
  EXPECT_EQ(month->from, (CivilDate{2025, 10, 1}));
  EXPECT_EQ(month->to, (CivilDate{2025, 10, 31}));
  Result<LedgerRange> from_only = ParseLedgerRange("10/02/2024", std::nullopt, kToday);
  ASSERT_TRUE(from_only.ok());
  EXPECT_EQ(from_only->to, (CivilDate{2024, 2, 29}));
  Result<LedgerRange> to_only = ParseLedgerRange(std::nullopt, "10/02/2024", kToday);
  ASSERT_TRUE(to_only.ok());
  EXPECT_EQ(to_only->from, (CivilDate{2024, 2, 1}));
  EXPECT_EQ(LedgerQuery(*month), "?tu=01%2F10%2F2025&den=31%2F10%2F2025");
}

TEST(LedgerRangeTest, RefusesReversedAndTooLongRanges) {
  const Result<LedgerRange> reversed = ParseLedgerRange("02/10/2025", "01/10/2025", kToday);
  ASSERT_FALSE(reversed.ok());
  EXPECT_NE(reversed.status().user_message().find("Từ ngày 02/10/2025 sau đến ngày 01/10/2025"),
            std::string::npos);
  // 366 days (a leap year) is the limit; one more day is refused.
  EXPECT_TRUE(ParseLedgerRange("01/01/2024", "31/12/2024", kToday).ok());
  const Result<LedgerRange> too_long = ParseLedgerRange("01/01/2024", "01/01/2025", kToday);
  ASSERT_FALSE(too_long.ok());
  EXPECT_EQ(too_long.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(too_long.status().user_message().find("dài 367 ngày"), std::string::npos);
  EXPECT_NE(too_long.status().user_message().find("tối đa 366 ngày"), std::string::npos);
}

}  // namespace
}  // namespace motcua::web::pages
