// The strict multipart/form-data parser: what browsers send is read exactly; everything malformed, oversized
// or ambiguous is refused with InvalidArgument or TooLarge.
#include "web/pages/multipart.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string_view>

namespace motcua::web::pages {
namespace {

constexpr char kBoundary[] = "----WebKitFormBoundaryx7Kq2";

// Concatenation by append (gcc 12 warns falsely on long operator+ chains).
std::string Cat(std::initializer_list<std::string_view> pieces) {
  std::string out;
  for (std::string_view piece : pieces) out.append(piece);
  return out;
}
std::string Part(std::string_view headers, std::string_view data) {
  return Cat({"--", kBoundary, "\r\n", headers, "\r\n\r\n", data, "\r\n"});
}
std::string Close() { return Cat({"--", kBoundary, "--\r\n"}); }

TEST(MultipartBoundaryTest, ReadsQuotedAndTokenBoundaries) {
  EXPECT_EQ(*MultipartBoundary("multipart/form-data; boundary=abc123"), "abc123");
  EXPECT_EQ(*MultipartBoundary("Multipart/Form-Data; charset=utf-8; boundary=\"a b:c\""), "a b:c");
  EXPECT_EQ(*MultipartBoundary(Cat({"multipart/form-data; boundary=", kBoundary})), kBoundary);
}

TEST(MultipartBoundaryTest, RefusesOtherTypesAndBadBoundaries) {
  EXPECT_FALSE(MultipartBoundary("application/x-www-form-urlencoded").ok());
  EXPECT_FALSE(MultipartBoundary("multipart/form-data").ok());
  EXPECT_FALSE(MultipartBoundary("multipart/form-data; boundary=").ok());
  EXPECT_FALSE(MultipartBoundary("multipart/form-data; boundary=\"ends with space \"").ok());
  EXPECT_FALSE(MultipartBoundary(Cat({"multipart/form-data; boundary=", std::string(71, 'a')})).ok());
  EXPECT_FALSE(MultipartBoundary("multipart/form-data; boundary=\"a;b\"").ok());  // ';' is not a bchar
  EXPECT_FALSE(MultipartBoundary("multipart/form-data; boundary=a; boundary=b").ok());
  EXPECT_FALSE(MultipartBoundary("multipart/form-data; boundary=\"unterminated").ok());
}

TEST(MultipartTest, ParsesFieldsAndFilesAsBrowsersSendThem) {
  const std::string body =
      Cat({Part("Content-Disposition: form-data; name=\"csrf\"", "tok\r\nen"),
           Part("Content-Disposition: form-data; name=\"scan\"; filename=\"Bản quét 1.pdf\"\r\n"
                "Content-Type: application/pdf",
                std::string("%PDF-1.4\0\r\n--x", 15)),
           Part("Content-Disposition: form-data; name=\"empty\"; filename=\"\"\r\n"
                "Content-Type: application/octet-stream",
                ""),
           Close()});
  auto parts = ParseMultipart(body, kBoundary);
  ASSERT_TRUE(parts.ok()) << parts.status().ToString();
  ASSERT_EQ(parts->size(), 3u);
  EXPECT_EQ((*parts)[0].name, "csrf");
  EXPECT_FALSE((*parts)[0].is_file);
  EXPECT_EQ((*parts)[0].data, "tok\r\nen");  // a CRLF inside a value is data
  EXPECT_EQ((*parts)[1].name, "scan");
  EXPECT_TRUE((*parts)[1].is_file);
  EXPECT_EQ((*parts)[1].file_name, "Bản quét 1.pdf");
  EXPECT_EQ((*parts)[1].content_type, "application/pdf");
  EXPECT_EQ((*parts)[1].data, std::string("%PDF-1.4\0\r\n--x", 15));
  EXPECT_TRUE((*parts)[2].is_file);
  EXPECT_EQ((*parts)[2].file_name, "");
  EXPECT_EQ((*parts)[2].data, "");
}

TEST(MultipartTest, AcceptsAnEmptyFormAndAClosingDelimiterWithoutCrlf) {
  EXPECT_TRUE(ParseMultipart(Cat({"--", kBoundary, "--"}), kBoundary)->empty());
  const std::string body = Cat({Part("content-disposition: form-data; name=a", "1"), "--", kBoundary, "--"});
  auto parts = ParseMultipart(body, kBoundary);
  ASSERT_TRUE(parts.ok()) << parts.status().ToString();
  EXPECT_EQ((*parts)[0].name, "a");  // a token value, lower-case header name
}

TEST(MultipartTest, RefusesMalformedBodies) {
  const std::string good = Part("Content-Disposition: form-data; name=\"a\"", "1");
  const std::string close = Close();
  auto part = [&close](std::string_view headers) { return Cat({Part(headers, "1"), close}); };
  const std::vector<std::string> bad = {
      "",
      Cat({"preamble\r\n", good, close}),  // preamble
      good,                                // no closing delimiter
      Cat({good, close, "epilogue"}),      // epilogue
      Cat({"--", kBoundary, " \r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n", close}),  // padding
      part("Content-Disposition: form-data"),                                                     // no name
      part("Content-Disposition: form-data; name=\"\""),    // empty name
      part("Content-Disposition: attachment; name=\"a\""),  // not form-data
      part("Content-Type: text/plain"),                     // no disposition
      part("Content-Disposition: form-data; name=\"a\"\r\n folded"),
      part("Content-Disposition: form-data; name=\"a\"\r\nNo colon"),
      part("Content-Disposition: form-data; name=\"a\"; name=\"b\""),
      part("Content-Disposition: form-data; name=\"a\"\r\nContent-Disposition: form-data; name=\"b\""),
      part("Content-Disposition: form-data; name=\"a"),                               // unterminated quote
      part("Content-Disposition: form-data; name=\"a\"\nX: y"),                       // bare LF
      Cat({"--", kBoundary, "\r\n\r\n1\r\n", close}),                                 // no headers at all
      Cat({"--", kBoundary, "\r\nContent-Disposition: form-data; name=a\r\n\r\n1"}),  // truncated
  };
  for (const std::string& body : bad) {
    auto parts = ParseMultipart(body, kBoundary);
    EXPECT_FALSE(parts.ok()) << body;
    if (!parts.ok()) {
      EXPECT_EQ(parts.status().code(), StatusCode::kInvalidArgument) << body;
    }
  }
}

TEST(MultipartTest, EnforcesTheLimits) {
  MultipartLimits limits;
  limits.max_parts = 2;
  limits.max_field_bytes = 8;
  limits.max_part_header_bytes = 80;
  std::string three;
  for (const char* name : {"f0", "f1", "f2"}) {
    three.append(Part(Cat({"Content-Disposition: form-data; name=\"", name, "\""}), "x"));
  }
  three.append(Close());
  EXPECT_EQ(ParseMultipart(three, kBoundary, limits).status().code(), StatusCode::kTooLarge);
  const std::string long_value =
      Cat({Part("Content-Disposition: form-data; name=\"a\"", "123456789"), Close()});
  EXPECT_EQ(ParseMultipart(long_value, kBoundary, limits).status().code(), StatusCode::kTooLarge);
  // A file part is not bounded by max_field_bytes (the server's body limit and the upload checks are).
  const std::string file =
      Cat({Part("Content-Disposition: form-data; name=\"a\"; filename=\"f\"", "123456789"), Close()});
  EXPECT_TRUE(ParseMultipart(file, kBoundary, limits).ok());
  const std::string long_header =
      Cat({"Content-Disposition: form-data; name=\"a\"\r\nX-Padding: ", std::string(100, 'p')});
  EXPECT_EQ(ParseMultipart(Cat({Part(long_header, "1"), Close()}), kBoundary, limits).status().code(),
            StatusCode::kTooLarge);
}

}  // namespace
}  // namespace motcua::web::pages
