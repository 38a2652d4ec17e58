#include "auth/password_policy.h"

#include <gtest/gtest.h>

namespace motcua {
namespace {

TEST(PasswordPolicyTest, AcceptsLongUnusualPasswords) {
  for (std::string_view ok : {"trâu ăn cỏ bên sông", "Cây đa giếng nước 1975", "correct horse battery",
                              "Hoa sen đỏ", "tôi đi làm lúc 7 giờ", "k9#Lm2!qZ8xw"}) {
    EXPECT_TRUE(CheckPasswordPolicy(ok, "nguyenvana").ok())
        << ok << ": " << CheckPasswordPolicy(ok, "nguyenvana").ToString();
  }
}

TEST(PasswordPolicyTest, LengthCountsCharactersNotBytes) {
  // "Hoa sen đỏ" is 10 characters but 13 bytes; "Hoa sen đ" is 9 characters.
  EXPECT_TRUE(CheckPasswordPolicy("Hoa sen đỏ", "user").ok());
  const Status short_one = CheckPasswordPolicy("Hoa sen đ", "user");
  EXPECT_EQ(short_one.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(short_one.user_message(), "Mật khẩu phải có ít nhất 10 ký tự.");
  EXPECT_EQ(CheckPasswordPolicy("", "user").code(), StatusCode::kInvalidArgument);
  // Counted after normalisation: "o" + combining horn is one character (ơ), so this is 9, not 10.
  EXPECT_FALSE(CheckPasswordPolicy("Hoa sen o\xCC\x9B", "user").ok());
  EXPECT_FALSE(CheckPasswordPolicy(std::string(258, 'x'), "user").ok());
  PasswordPolicy twelve;
  twelve.min_code_points = 12;
  EXPECT_EQ(CheckPasswordPolicy("Hoa sen đỏ", "user", twelve).user_message(),
            "Mật khẩu phải có ít nhất 12 ký tự.");
}

TEST(PasswordPolicyTest, RejectsTheUsername) {
  const std::string_view msg = "Mật khẩu không được trùng hoặc chứa tên đăng nhập.";
  EXPECT_EQ(CheckPasswordPolicy("canbo.tiepnhan", "canbo.tiepnhan").user_message(), msg);
  EXPECT_EQ(CheckPasswordPolicy("CANBO.TIEPNHAN", "canbo.tiepnhan").user_message(), msg);
  EXPECT_EQ(CheckPasswordPolicy("NguyenVanA2024", "nguyenvana").user_message(), msg);
  EXPECT_EQ(CheckPasswordPolicy("Nguyễn Văn A 2024", "nguyen.van.a").user_message(), msg);
  EXPECT_EQ(CheckPasswordPolicy("xx-vanthu_01-xx", "vanthu_01").user_message(), msg);
  // Another person's name is fine.
  EXPECT_TRUE(CheckPasswordPolicy("Nguyễn Văn A 2024", "tranthib").ok());
}

TEST(PasswordPolicyTest, RejectsCommonPasswords) {
  const std::string_view msg_prefix = "Mật khẩu quá phổ biến";
  for (std::string_view weak : {"qwertyuiop", "QWERTYUIOP", "1234567890", "1q2w3e4r5t", "123456789a",
                                "password123", "iloveyou123", "administrator"}) {
    const Status s = CheckPasswordPolicy(weak, "someone");
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << weak;
    EXPECT_TRUE(s.user_message().starts_with(msg_prefix)) << weak << ": " << s.user_message();
  }
  EXPECT_TRUE(IsCommonPassword("QwertyUiop"));
  EXPECT_FALSE(IsCommonPassword("trâu ăn cỏ bên sông"));
}

TEST(PasswordPolicyTest, RejectsWeakWordsWithDecoration) {
  for (std::string_view weak :
       {"Matkhau@2024", "matkhau123456", "Mật khẩu 2024", "P@ssw0rd2024", "P@ssword!!!!", "motcua@12345",
        "MotCua2025!!", "Admin@123456", "anhyeuem1990", "Demo@1234567", "0912345678", "001204012345",
        "!@#$%^&*()_+"}) {
    EXPECT_FALSE(CheckPasswordPolicy(weak, "someone").ok()) << weak;
  }
}

TEST(PasswordPolicyTest, RejectsRepeatsAndRuns) {
  for (std::string_view weak : {"aaaaaaaaaa", "ZZZZZZZZZZZZ", "abcdefghij", "ABCDEFGHIJKL", "9876543210",
                                "jihgfedcba", "0123456789012"}) {
    EXPECT_FALSE(CheckPasswordPolicy(weak, "someone").ok()) << weak;
  }
}

TEST(PasswordPolicyTest, RejectsControlCharacters) {
  EXPECT_EQ(CheckPasswordPolicy("good password\n1", "u").user_message(),
            "Mật khẩu không được chứa ký tự điều khiển (như xuống dòng, tab).");
  EXPECT_FALSE(CheckPasswordPolicy("good\tpassword 1", "u").ok());
  EXPECT_FALSE(CheckPasswordPolicy("bad utf8 \xFF password", "u").ok());
}

}  // namespace
}  // namespace motcua
