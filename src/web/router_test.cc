#include "web/router.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace motcua::web {
namespace {

Request Make(std::string method, std::string_view target) {
  Request request;
  request.method = std::move(method);
  request.target = std::string(target);
  EXPECT_TRUE(ParseRequestTarget(target, &request).ok()) << target;
  return request;
}

Handler Named(std::string name) {
  return [name](const Request& request) -> Result<Response> {
    nlohmann::json params = nlohmann::json::object();
    for (const auto& [key, value] : request.path_params) params[key] = value;
    return JsonResponse(200, nlohmann::json{{"route", name}, {"params", params}});
  };
}

std::string RouteOf(const Response& response) {
  return nlohmann::json::parse(response.body)["route"].get<std::string>();
}

class RouterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    router_.Get("/", Named("root"));
    router_.Get("/api/v1/procedures", Named("list"));
    router_.Get("/api/v1/procedures/{code}", Named("get"));
    router_.Get("/api/v1/procedures/new", Named("new"));
    router_.Post("/api/v1/procedures", Named("create"));
    router_.Get("/a/{x}/b/{y}", Named("two"));
  }
  Router router_;
};

TEST_F(RouterTest, MatchesLiteralAndParameterSegments) {
  Request request = Make("GET", "/api/v1/procedures/1.001193?on=2025-01-01");
  const Response response = router_.Dispatch(request);
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(RouteOf(response), "get");
  EXPECT_EQ(request.PathParam("code"), "1.001193");
  EXPECT_EQ(request.PathParam("missing"), "");
}

TEST_F(RouterTest, LiteralBeatsParameterWhateverTheOrderOfAdding) {
  Request request = Make("GET", "/api/v1/procedures/new");
  EXPECT_EQ(RouteOf(router_.Dispatch(request)), "new");
}

TEST_F(RouterTest, DecodesParameters) {
  Request request = Make("GET", "/a/x%20y/b/%C4%91");
  EXPECT_EQ(RouteOf(router_.Dispatch(request)), "two");
  EXPECT_EQ(request.PathParam("x"), "x y");
  EXPECT_EQ(request.PathParam("y"), "đ");
}

TEST_F(RouterTest, MethodsShareAPath) {
  Request get = Make("GET", "/api/v1/procedures");
  Request post = Make("POST", "/api/v1/procedures");
  EXPECT_EQ(RouteOf(router_.Dispatch(get)), "list");
  EXPECT_EQ(RouteOf(router_.Dispatch(post)), "create");
}

TEST_F(RouterTest, UnknownPathsAre404) {
  for (const char* target :
       {"/nope", "/api/v1/procedures/", "/api/v1/procedures/1/extra", "//", "/api//v1"}) {
    Request request = Make("GET", target);
    const Response response = router_.Dispatch(request);
    EXPECT_EQ(response.status, 404) << target;
    const auto json = nlohmann::json::parse(response.body);
    EXPECT_EQ(json["error"]["code"], "NOT_FOUND") << target;
    EXPECT_FALSE(json["error"]["message"].get<std::string>().empty());
  }
}

TEST_F(RouterTest, WrongMethodIs405WithAllow) {
  Request request = Make("DELETE", "/api/v1/procedures");
  const Response response = router_.Dispatch(request);
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.headers.Get("allow"), "GET, HEAD, POST");
  EXPECT_EQ(nlohmann::json::parse(response.body)["error"]["code"], "METHOD_NOT_ALLOWED");
}

TEST_F(RouterTest, HeadFallsBackToGet) {
  Request request = Make("HEAD", "/api/v1/procedures/1.001193");
  EXPECT_EQ(RouteOf(router_.Dispatch(request)), "get");
}

TEST_F(RouterTest, HandlerErrorsBecomeEnvelopes) {
  Router router;
  router.Get("/status", [](const Request&) -> Result<Response> {
    return Status::PermissionDenied("role clerk cannot do this", "Bạn không có quyền.");
  });
  router.Get("/throw", [](const Request&) -> Result<Response> { throw std::logic_error("bug"); });
  router.Get("/throw-int", [](const Request&) -> Result<Response> { throw 42; });
  Request status = Make("GET", "/status");
  const Response denied = router.Dispatch(status);
  EXPECT_EQ(denied.status, 403);
  EXPECT_EQ(nlohmann::json::parse(denied.body)["error"]["message"], "Bạn không có quyền.");
  for (const char* target : {"/throw", "/throw-int"}) {
    Request request = Make("GET", target);
    const Response response = router.Dispatch(request);
    EXPECT_EQ(response.status, 500) << target;
    EXPECT_EQ(nlohmann::json::parse(response.body)["error"]["code"], "INTERNAL");
  }
}

}  // namespace
}  // namespace motcua::web
