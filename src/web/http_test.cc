#include "web/http.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace motcua::web {
namespace {

TEST(HeadersTest, LookupIgnoresCase) {
  Headers headers;
  headers.Add("Content-Type", "text/plain");
  headers.Add("X-Dup", "1");
  headers.Add("x-dup", "2");
  EXPECT_EQ(headers.Get("content-type"), "text/plain");
  EXPECT_EQ(headers.Get("CONTENT-TYPE"), "text/plain");
  EXPECT_EQ(headers.Get("X-DUP"), "1");
  EXPECT_EQ(headers.Count("x-dup"), 2);
  EXPECT_FALSE(headers.Get("missing").has_value());
  headers.Set("X-Dup", "3");
  EXPECT_EQ(headers.Count("x-dup"), 1);
  EXPECT_EQ(headers.Get("x-dup"), "3");
  headers.Remove("CONTENT-type");
  EXPECT_FALSE(headers.Get("content-type").has_value());
}

TEST(ErrorResponseTest, OneEnvelopeWithTheMappedStatus) {
  const Status statuses[] = {Status::InvalidArgument("x"), Status::NotFound("x", "Không tìm thấy thủ tục."),
                             Status::TooLarge("x"), Status::Internal("secret detail"),
                             Status::Unavailable("db down")};
  for (const Status& status : statuses) {
    const Response response = ErrorResponse(status);
    EXPECT_EQ(response.status, HttpStatusFor(status.code()));
    EXPECT_EQ(response.content_type, "application/json; charset=utf-8");
    const auto json = nlohmann::json::parse(response.body);
    ASSERT_EQ(json.size(), 1u);
    ASSERT_EQ(json["error"].size(), 2u);
    EXPECT_EQ(json["error"]["code"], StatusCodeName(status.code()));
    EXPECT_EQ(json["error"]["message"], status.user_message());
  }
  EXPECT_EQ(ErrorResponse(Status::Internal("secret detail")).body.find("secret"), std::string::npos);
  EXPECT_EQ(ErrorResponse(Status::Ok()).status, 500);
}

TEST(ErrorResponseTest, ProtocolErrorsUseTheSameEnvelope) {
  const Response response = ProtocolErrorResponse(431, "HEADER_TOO_LARGE", "Quá lớn \"x\".");
  EXPECT_EQ(response.status, 431);
  const auto json = nlohmann::json::parse(response.body);
  EXPECT_EQ(json["error"]["code"], "HEADER_TOO_LARGE");
  EXPECT_EQ(json["error"]["message"], "Quá lớn \"x\".");
}

TEST(JsonResponseTest, SerialisesUtf8AsIs) {
  const Response response = JsonResponse(201, nlohmann::json{{"name", "Đăng ký khai sinh"}});
  EXPECT_EQ(response.status, 201);
  EXPECT_EQ(response.body, R"({"name":"Đăng ký khai sinh"})");
  EXPECT_EQ(response.BodyView(), response.body);
}

TEST(ParseRequestTargetTest, DecodesPathAndQuery) {
  Request request;
  ASSERT_TRUE(ParseRequestTarget("/a%20b/c?x=1&y=%C4%90%E1%BB%A9c&z&plus=a+b&x=2", &request).ok());
  EXPECT_EQ(request.path, "/a b/c");
  ASSERT_EQ(request.query.size(), 5u);
  EXPECT_EQ(request.QueryParam("x"), "1");  // the first of repeated keys
  EXPECT_EQ(request.QueryParam("y"), "Đức");
  EXPECT_EQ(request.QueryParam("z"), "");
  EXPECT_EQ(request.QueryParam("plus"), "a b");
  EXPECT_FALSE(request.QueryParam("nope").has_value());
}

TEST(ParseRequestTargetTest, AcceptsAbsoluteForm) {
  Request request;
  ASSERT_TRUE(ParseRequestTarget("http://example.test/healthz?a=1", &request).ok());
  EXPECT_EQ(request.path, "/healthz");
  EXPECT_EQ(request.QueryParam("a"), "1");
  ASSERT_TRUE(ParseRequestTarget("http://example.test", &request).ok());
  EXPECT_EQ(request.path, "/");
}

TEST(ParseRequestTargetTest, RejectsBadTargets) {
  for (const char* target : {"", "*", "relative/path", "/%zz", "/x?q=%FF", "/%C3", "ftp://h/x", "/a%00b",
                             "/a%0Ab", "/%7F", "/a b"}) {
    Request request;
    const Status status = ParseRequestTarget(target, &request);
    EXPECT_EQ(status.code(), StatusCode::kInvalidArgument) << target;
  }
}

TEST(ReasonPhraseTest, KnowsTheStatusesWeSend) {
  EXPECT_EQ(ReasonPhrase(200), "OK");
  EXPECT_EQ(ReasonPhrase(413), "Content Too Large");
  EXPECT_EQ(ReasonPhrase(431), "Request Header Fields Too Large");
  EXPECT_EQ(ReasonPhrase(599), "Unknown");
}

}  // namespace
}  // namespace motcua::web
