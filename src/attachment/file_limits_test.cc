#include "attachment/file_limits.h"

#include <gtest/gtest.h>

namespace motcua {
namespace {

constexpr int64_t kMb = 1024 * 1024;

TEST(FileLimitsTest, DefaultIsTwentyMegabytes) {
  EXPECT_EQ(FileLimits{}.max_bytes, 20 * kMb);
  EXPECT_TRUE(ValidateFileLimits(FileLimits{}).ok());
}

TEST(FileLimitsTest, AtTheLimitPassesAndOneByteMoreIsTooLarge) {
  const FileLimits limits;
  EXPECT_TRUE(CheckUploadSize(1, limits).ok());
  EXPECT_TRUE(CheckUploadSize(20 * kMb, limits).ok());
  const Status s = CheckUploadSize(20 * kMb + 1, limits);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kTooLarge);
  EXPECT_EQ(HttpStatusFor(s.code()), 413);
  EXPECT_EQ(s.user_message(), "Tệp quá lớn (20,1 MB). Dung lượng tối đa cho phép là 20 MB.");
  EXPECT_NE(s.message().find("20971521"), std::string::npos);
}

TEST(FileLimitsTest, TwoGigabyteDeclarationIsTooLarge) {
  const Status s = CheckUploadSize(int64_t{2} * 1024 * kMb, FileLimits{});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kTooLarge);
  EXPECT_EQ(s.user_message(), "Tệp quá lớn (2.048 MB). Dung lượng tối đa cho phép là 20 MB.");
}

TEST(FileLimitsTest, ConfiguredLimitIsShownInTheMessage) {
  const FileLimits limits{5 * kMb};
  EXPECT_TRUE(CheckUploadSize(5 * kMb, limits).ok());
  const Status s = CheckUploadSize(6 * kMb, limits);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.user_message().find("tối đa cho phép là 5 MB"), std::string::npos) << s.user_message();
}

TEST(FileLimitsTest, EmptyOrNegativeIsInvalid) {
  EXPECT_EQ(CheckUploadSize(0, FileLimits{}).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(CheckUploadSize(-1, FileLimits{}).code(), StatusCode::kInvalidArgument);
}

TEST(FileLimitsTest, ValidateRefusesNonsenseLimits) {
  EXPECT_FALSE(ValidateFileLimits(FileLimits{0}).ok());
  EXPECT_FALSE(ValidateFileLimits(FileLimits{-5}).ok());
  EXPECT_FALSE(ValidateFileLimits(FileLimits{kMaxConfigurableUploadBytes + 1}).ok());
  EXPECT_TRUE(ValidateFileLimits(FileLimits{kMaxConfigurableUploadBytes}).ok());
  EXPECT_TRUE(ValidateFileLimits(FileLimits{1}).ok());
}

TEST(FileLimitsTest, FormatMegabytes) {
  EXPECT_EQ(FormatMegabytesVi(20 * kMb), "20 MB");
  EXPECT_EQ(FormatMegabytesVi(20 * kMb + 1), "20,1 MB");
  EXPECT_EQ(FormatMegabytesVi(10 * kMb + kMb / 2), "10,5 MB");
  EXPECT_EQ(FormatMegabytesVi(1), "0,1 MB");
  EXPECT_EQ(FormatMegabytesVi(0), "0 MB");
  EXPECT_EQ(FormatMegabytesVi(int64_t{2} * 1024 * kMb), "2.048 MB");
  EXPECT_EQ(FormatMegabytesVi(kMb - 1), "1 MB");
}

}  // namespace
}  // namespace motcua
