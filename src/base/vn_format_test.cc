#include "base/vn_format.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

namespace motcua {
namespace {

TEST(VnFormatTest, Integers) {
  EXPECT_EQ(FormatVnInteger(0), "0");
  EXPECT_EQ(FormatVnInteger(999), "999");
  EXPECT_EQ(FormatVnInteger(3531), "3.531");
  EXPECT_EQ(FormatVnInteger(1000000), "1.000.000");
  EXPECT_EQ(FormatVnInteger(-1200), "-1.200");
  EXPECT_EQ(FormatVnInteger(std::numeric_limits<int64_t>::min()), "-9.223.372.036.854.775.808");
}

TEST(VnFormatTest, SeedPercentages) {
  EXPECT_EQ(FormatVnPercent(3526, 3531), "99,86%");
  EXPECT_EQ(FormatVnPercent(307, 3531), "8,69%");
  EXPECT_EQ(FormatVnPercent(3219, 3531), "91,16%");
  EXPECT_EQ(FormatVnPercent(5, 3531), "0,14%");  // the seed wrote 0,15%
  EXPECT_EQ(FormatVnPercent(1943, 3534), "54,98%");
  EXPECT_EQ(FormatVnPercent(1978, 3529), "56,05%");
  EXPECT_EQ(FormatVnPercent(1275, 1280), "99,61%");
}

TEST(VnFormatTest, HalfUpAndEdges) {
  EXPECT_EQ(FormatVnPercent(1, 8), "12,50%");
  EXPECT_EQ(FormatVnPercent(1, 80000), "0,00%");  // 0.00125% rounds down
  EXPECT_EQ(FormatVnPercent(1, 20000), "0,01%");  // 0.005% rounds half up
  EXPECT_EQ(FormatVnPercent(1, 1), "100,00%");
  EXPECT_EQ(FormatVnPercent(0, 5), "0,00%");
  EXPECT_EQ(FormatVnPercent(3, 0), "-");
  EXPECT_EQ(FormatVnPercent(12345678, 100), "12.345.678,00%");
  EXPECT_EQ(FormatVnMoney(8000), "8.000 đ");
}

}  // namespace
}  // namespace motcua
