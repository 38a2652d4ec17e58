#include "web/pages/lookup_url.h"

#include <gtest/gtest.h>

namespace motcua::web::pages {
namespace {

TEST(LookupUrlTest, AcceptsOnlyPlainHostsWithAnOptionalPort) {
  for (const char* good : {"motcua.test", "localhost", "localhost:8080", "10.0.0.5:80", "a-b.example.vn",
                           "[::1]", "[::1]:8443", "[2001:db8::5]"}) {
    EXPECT_TRUE(IsValidHostHeader(good)) << good;
  }
  for (const char* bad :
       {"", "evil.example/x", "evil.example:0", "evil.example:65536", "evil.example:", "-a.example",
        "a-.example", "a..example", "user@evil.example", "evil.example?x", "ex ample", "[::1", "[::1]x",
        "[zz::1]", "evil.example:80:81", "ví-dụ.vn", "a.example\r\nX: y"}) {
    EXPECT_FALSE(IsValidHostHeader(bad)) << bad;
  }
}

TEST(LookupUrlTest, ConfiguredBaseWinsThenTheHostHeader) {
  const std::string code = "000.00.20.H31-251001-0001";
  EXPECT_EQ(*LookupUrl(code, "https://motcua.dongtien.gov.vn/", "10.0.0.5:8080", false),
            "https://motcua.dongtien.gov.vn/tra-cuu/000.00.20.H31-251001-0001");
  EXPECT_EQ(*LookupUrl(code, "http://10.0.0.5:8080/motcua", "x", false),
            "http://10.0.0.5:8080/motcua/tra-cuu/000.00.20.H31-251001-0001");
  EXPECT_EQ(*LookupUrl(code, "", "motcua.test", false),
            "http://motcua.test/tra-cuu/000.00.20.H31-251001-0001");
  EXPECT_EQ(*LookupUrl(code, "", "motcua.test:8443", true),
            "https://motcua.test:8443/tra-cuu/000.00.20.H31-251001-0001");
  // A configured value that is not an http(s) origin is ignored, not printed.
  EXPECT_EQ(*LookupUrl(code, "javascript:alert(1)", "motcua.test", false),
            "http://motcua.test/tra-cuu/000.00.20.H31-251001-0001");
  EXPECT_FALSE(NormalisePublicBase("https://motcua.test/a?b").has_value());
  EXPECT_FALSE(NormalisePublicBase("https://motcua.test//x").has_value());
  EXPECT_FALSE(NormalisePublicBase("ftp://motcua.test").has_value());
  // Neither usable: refused with a Vietnamese message.
  const Result<std::string> refused = LookupUrl(code, "", "evil.example/x", false);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(refused.status().user_message().find("site.public_url"), std::string::npos);
  EXPECT_FALSE(LookupUrl(code, "", std::nullopt, false).ok());
}

}  // namespace
}  // namespace motcua::web::pages
