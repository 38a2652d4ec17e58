#include "attachment/file_name.h"

#include <gtest/gtest.h>

#include <string>

namespace motcua {
namespace {

std::string Sanitized(std::string_view raw) {
  auto name = SanitizeFileName(raw);
  EXPECT_TRUE(name.ok()) << name.status().ToString();
  return name.ok() ? *name : std::string();
}

void ExpectRefused(std::string_view raw, std::string_view what) {
  auto name = SanitizeFileName(raw);
  ASSERT_FALSE(name.ok()) << what << " gave \"" << *name << "\"";
  EXPECT_EQ(name.status().code(), StatusCode::kInvalidArgument) << what;
  EXPECT_NE(name.status().user_message().find("Tên tệp không hợp lệ"), std::string::npos) << what;
}

TEST(SanitizeFileNameTest, KeepsVietnameseNames) {
  EXPECT_EQ(Sanitized("Giấy khai sinh - Nguyễn Văn Đức.pdf"), "Giấy khai sinh - Nguyễn Văn Đức.pdf");
  EXPECT_EQ(Sanitized("Tờ khai (bản 2) #1 [đã ký] & 100%.docx"), "Tờ khai (bản 2) #1 [đã ký] & 100%.docx");
  EXPECT_EQ(Sanitized(".hidden.pdf"), ".hidden.pdf");
}

TEST(SanitizeFileNameTest, NormalisesToNfc) {
  // "Đức" typed with combining marks: u + U+031B (horn) + U+0301 (acute).
  EXPECT_EQ(Sanitized("\xC4\x90u\xCC\x9B\xCC\x81\x63.pdf"), "Đức.pdf");
}

TEST(SanitizeFileNameTest, TrimsSpacesAndTrailingDots) {
  EXPECT_EQ(Sanitized("  scan.pdf  "), "scan.pdf");
  EXPECT_EQ(Sanitized("setup.exe. . "), "setup.exe");
}

TEST(SanitizeFileNameTest, RefusesPaths) {
  ExpectRefused("../../etc/passwd", "relative path");
  ExpectRefused("C:\\x\\y.pdf", "Windows path");
  ExpectRefused("/abs", "absolute path");
  ExpectRefused("a/b.pdf", "sub-directory");
  ExpectRefused("..\\..\\boot.ini", "Windows traversal");
  ExpectRefused("C:y.pdf", "drive-relative");
  ExpectRefused("x.pdf:stream", "NTFS stream");
  auto name = SanitizeFileName("../../etc/passwd");
  EXPECT_NE(name.status().user_message().find("đường dẫn"), std::string::npos);
  EXPECT_EQ(name.status().user_message().find("passwd"), std::string::npos) << "the name is not echoed";
}

TEST(SanitizeFileNameTest, RefusesControlCharacters) {
  ExpectRefused(std::string("a\0b.pdf", 7), "NUL");
  ExpectRefused("a\nb.pdf", "newline");
  ExpectRefused("a\tb.pdf", "tab");
  ExpectRefused("a\x7f.pdf", "DEL");
  ExpectRefused("a\xC2\x85.pdf", "U+0085 (C1)");
  ExpectRefused(
      "hoadon\xE2\x80\xAE"
      "fdp.exe",
      "U+202E right-to-left override");
  ExpectRefused("a\xE2\x81\xA6.pdf", "U+2066 isolate");
}

TEST(SanitizeFileNameTest, RefusesEmptyNames) {
  ExpectRefused("", "empty");
  ExpectRefused("   ", "spaces");
  ExpectRefused(".", "dot");
  ExpectRefused("..", "dot dot");
  ExpectRefused(" ... ", "dots");
}

TEST(SanitizeFileNameTest, RefusesInvalidUtf8) {
  ExpectRefused("a\xff.pdf", "invalid byte");
  ExpectRefused("a\xC3.pdf", "truncated sequence");
  ExpectRefused("\xC0\xAF", "overlong slash");
}

TEST(SanitizeFileNameTest, LengthLimitIsInBytesAfterNormalisation) {
  EXPECT_EQ(Sanitized(std::string(255, 'a')).size(), 255u);
  ExpectRefused(std::string(256, 'a'), "256 bytes");
  std::string e85;
  for (int i = 0; i < 85; ++i) e85.append("ệ");  // 3 bytes each in NFC
  EXPECT_EQ(Sanitized(e85), e85);
  ExpectRefused(e85 + "ệ", "86 x 3 bytes");
  // Decomposed, 85 x "ệ" is 425 bytes, but only 255 after NFC.
  std::string decomposed;
  for (int i = 0; i < 85; ++i) decomposed.append("e\xCC\xA3\xCC\x82");
  EXPECT_EQ(Sanitized(decomposed), e85);
  ExpectRefused(std::string(100000, 'a'), "100 KB");
}

}  // namespace
}  // namespace motcua
