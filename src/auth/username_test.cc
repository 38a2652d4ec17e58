#include "auth/username.h"

#include <gtest/gtest.h>

namespace motcua {
namespace {

TEST(UsernameTest, Valid) {
  for (std::string_view ok :
       {"abc", "nguyenvana", "hoa.tp", "vanthu_01", "a.b_c.9", "abcdefghijklmnopqrstuvwxyz012345"}) {
    EXPECT_TRUE(ValidateUsername(ok).ok()) << ok;
  }
}

TEST(UsernameTest, Invalid) {
  for (std::string_view bad : {"", "ab", "abcdefghijklmnopqrstuvwxyz0123456", "NguyenVanA", "nguyễn", "a b",
                               "a-b", "user@xa", " abc"}) {
    const Status s = ValidateUsername(bad);
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << bad;
    EXPECT_FALSE(s.user_message().empty());
  }
  EXPECT_EQ(ValidateUsername("ab").user_message(), "Tên đăng nhập phải dài từ 3 đến 32 ký tự.");
}

TEST(UsernameTest, NormalizeLowercasesAndTrims) {
  EXPECT_EQ(NormalizeUsername("  NguyenVanA ").value(), "nguyenvana");
  EXPECT_EQ(NormalizeUsername("Hoa.TP").value(), "hoa.tp");
  EXPECT_FALSE(NormalizeUsername("Nguyễn").ok());
  EXPECT_FALSE(NormalizeUsername("  ").ok());
}

TEST(DisplayNameTest, NfcAndWhitespace) {
  // "Nguyễn" typed decomposed: e + circumflex (U+0302) + tilde (U+0303).
  const std::string nfd = "  Nguye\xCC\x82\xCC\x83n   Va\xCC\x86n\tA  ";
  EXPECT_EQ(NormalizeDisplayName(nfd).value(), "Nguyễn Văn A");
  EXPECT_EQ(NormalizeDisplayName("Trần Thị B").value(), "Trần Thị B");
}

TEST(DisplayNameTest, Rejections) {
  EXPECT_EQ(NormalizeDisplayName("   ").status().user_message(), "Họ tên không được để trống.");
  EXPECT_FALSE(NormalizeDisplayName("Tên\x01lạ").ok());
  EXPECT_FALSE(NormalizeDisplayName("Tên\xC2\x85lạ").ok());  // U+0085, a C1 control
  EXPECT_FALSE(NormalizeDisplayName("bad \xFF").ok());
  std::string hundred;
  for (int i = 0; i < 100; ++i) hundred += "ễ";
  EXPECT_TRUE(NormalizeDisplayName(hundred).ok());
  EXPECT_FALSE(NormalizeDisplayName(hundred + "a").ok());
}

}  // namespace
}  // namespace motcua
