#include "base/text.h"

#include <gtest/gtest.h>

namespace motcua {
namespace {

TEST(TextTest, NfcComposesDecomposedVietnamese) {
  // "Đức" typed as D-stroke + u + combining horn + combining acute + c.
  const std::string decomposed =
      "\xC4\x90u\xCC\x9B\xCC\x81"
      "c";
  auto nfc = NormalizeNfc(decomposed);
  ASSERT_TRUE(nfc.ok());
  EXPECT_EQ(*nfc, "Đức");
  EXPECT_EQ(*NormalizeNfc("Nguyễn Văn Đức"), "Nguyễn Văn Đức");
}

TEST(TextTest, RejectsInvalidUtf8) {
  EXPECT_FALSE(IsValidUtf8("abc\xFF"));
  EXPECT_FALSE(NormalizeNfc("\xC3").ok());
  EXPECT_TRUE(IsValidUtf8(""));
}

TEST(TextTest, SearchKeyFoldsCaseAccentsAndDStroke) {
  EXPECT_EQ(SearchKey("Nguyễn Văn Đức"), "nguyen van duc");
  EXPECT_EQ(SearchKey("  ĐĂNG   KÝ\tKHAI SINH "), "dang ky khai sinh");
  EXPECT_EQ(SearchKey("Chứng thực bản sao từ bản chính"), "chung thuc ban sao tu ban chinh");
  EXPECT_EQ(SearchKey("\xC4\x90u\xCC\x9B\xCC\x81"
                      "c"),
            "duc");
  EXPECT_EQ(SearchKey("1.001193"), "1.001193");
  EXPECT_TRUE(FoldedContains("Thủ tục đăng ký khai sinh", "dang ky KHAI"));
  EXPECT_FALSE(FoldedContains("Thủ tục đăng ký khai tử", "khai sinh"));
}

TEST(TextTest, SearchKeyDropsInvalidBytes) {
  EXPECT_EQ(SearchKey("a\xFF"
                      "b"),
            "ab");
}

TEST(TextTest, SplitKeepsEmptyParts) {
  EXPECT_EQ(SplitString("a|b||c", '|'), (std::vector<std::string_view>{"a", "b", "", "c"}));
  EXPECT_EQ(SplitString("", ','), (std::vector<std::string_view>{""}));
  EXPECT_EQ(SplitString("x,", ','), (std::vector<std::string_view>{"x", ""}));
}

TEST(TextTest, Trim) {
  EXPECT_EQ(TrimAscii("  a b \n"), "a b");
  EXPECT_EQ(TrimAscii("   "), "");
}

}  // namespace
}  // namespace motcua
