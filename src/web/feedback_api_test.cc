// The citizen feedback (PAKN) API over HTTP on both store backends (web/api_test_fixture.h plus the feedback
// routes): the public form to a published answer and the citizen's rating, what the public view hides, access
// of officers, list filters, the per-address limit on public submissions, and bad input leaving the store
// unchanged.
#include "web/feedback_api.h"

#include <gtest/gtest.h>

#include "auth/token.h"
#include "web/api_test_fixture.h"

namespace motcua::web::testing {
namespace {

using nlohmann::json;

constexpr int kPublicPerHour = 5;
constexpr char kName[] = "Trần Thị Hoa";
constexpr char kPhone[] = "0912345678";
constexpr char kContent[] = "Đề nghị niêm yết công khai lệ phí chứng thực tại bộ phận một cửa.";

class FeedbackApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (HasFatalFailure()) return;
    // Routes must not change under a running server: stop the fixture's, add ours, serve again. The
    // sessions signed in by the fixture live in the store and stay valid.
    server_->Stop();
    server_->Wait();
    feedback_ = std::make_shared<FeedbackService>(*store_, *calendars_);
    FeedbackApiOptions options;
    options.public_submissions_per_hour = kPublicPerHour;
    AddFeedbackRoutes(router_, auth_, feedback_, options);
    HttpServerOptions server_options;
    server_options.listen = "127.0.0.1:0";
    server_options.threads = 4;
    server_options.access_log = false;
    server_ = std::make_unique<HttpServer>(server_options, router_);
    ASSERT_TRUE(server_->Start().ok());
    // Officers call with API tokens, which do not expire while the tests move the clock by hours (a session
    // would time out); session-specific behaviour is tested with Session().
    for (const char* user :
         {"tiepnhan", "cv.ht", "cv.ht2", "cv.ct", "lanhdao", "vanthu", "quantri", "tiepnhan.b"}) {
      tokens_[user].bearer = IssueToken(user);
    }
  }

  const As& Officer(const std::string& user) const { return tokens_.at(user); }

  static json PublicBody() {
    return {
        {"unit", kCommune}, {"citizen_name", kName}, {"contact", {{"phone", kPhone}}}, {"content", kContent}};
  }

  // A feedback received through the service (not counted by the public limit) and its secret.
  FeedbackReceipt SubmitDirect() {
    FeedbackIntake intake;
    intake.citizen_name = kName;
    intake.contact.phone = kPhone;
    intake.content = kContent;
    auto receipt = feedback_->Submit(kCommune, intake, clock_.Now());
    EXPECT_TRUE(receipt.ok()) << receipt.status().ToString();
    return receipt.ok() ? *receipt : FeedbackReceipt{};
  }

  RawResponse Act(const std::string& code, const std::string& action, const json& body,
                  const std::string& user) const {
    return Post("/api/v1/feedback/" + code + "/actions/" + action, body, Officer(user));
  }

  // Every feedback row and journal step of both communes, to compare before and after refused requests.
  std::pair<int64_t, int> Footprint() {
    FeedbackFilter filter;
    filter.unit_codes = {kCommune, kOtherCommune};
    filter.limit = kMaxFeedbackPage;
    auto page = store_->ListFeedback(filter);
    EXPECT_TRUE(page.ok());
    int steps = 0;
    if (page.ok()) {
      for (const FeedbackSummary& s : page->items) steps += s.step_count;
    }
    return {page.ok() ? page->total : -1, steps};
  }

  static std::vector<std::string> ActionIds(const json& view) {
    std::vector<std::string> ids;
    for (const json& action : view["allowed_actions"]) ids.push_back(action["id"]);
    return ids;
  }

  std::shared_ptr<FeedbackService> feedback_;
  std::map<std::string, As> tokens_;
};

TEST_P(FeedbackApiTest, PublicFormToPublishedAnswerAndRating) {
  const RawResponse submitted = Post("/api/v1/public/feedback", PublicBody());
  ASSERT_EQ(submitted.status, 201) << submitted.body;
  const json receipt = Json(submitted);
  const std::string code = receipt["code"];
  const std::string secret = receipt["secret"];
  EXPECT_EQ(code, "000.00.20.H31-PA-251001-0001");
  EXPECT_EQ(secret.size(), kTokenSecretChars);
  EXPECT_EQ(receipt["received_at"], "2025-10-01T09:00:00+07:00");
  EXPECT_EQ(receipt["due"], "2025-10-15T09:00:00+07:00");  // 10 working days, the default
  EXPECT_EQ(receipt["lookup"], "/api/v1/public/feedback/" + code);
  EXPECT_EQ(submitted.Header("location"), "/api/v1/public/feedback/" + code);
  EXPECT_EQ(submitted.Header("cache-control"), "no-store");

  auto lookup = [&] {
    const RawResponse response = Get("/api/v1/public/feedback/" + code);
    EXPECT_EQ(response.status, 200) << response.body;
    // Nothing the citizen wrote or who they are.
    EXPECT_EQ(response.body.find(kPhone), std::string::npos);
    EXPECT_EQ(response.body.find("Hoa"), std::string::npos);
    EXPECT_EQ(response.body.find("lệ phí"), std::string::npos);
    return Json(response);
  };
  json view = lookup();
  EXPECT_EQ(view["state"]["id"], "received");
  EXPECT_EQ(view["state"]["name"], "Đã tiếp nhận");
  EXPECT_EQ(view["due"], "2025-10-15T09:00:00+07:00");
  EXPECT_EQ(view["overdue"], false);
  EXPECT_TRUE(view["answer"].is_null());
  EXPECT_EQ(view["rated"], false);

  // The desk sees everything.
  RawResponse officer = Get("/api/v1/feedback/" + code, Officer("tiepnhan"));
  ASSERT_EQ(officer.status, 200) << officer.body;
  json full = Json(officer);
  EXPECT_EQ(full["citizen_name"], kName);
  EXPECT_EQ(full["contact"]["phone"], kPhone);
  EXPECT_EQ(full["content"], kContent);
  EXPECT_EQ(full["channel"], "online");
  EXPECT_EQ(ActionIds(full), (std::vector<std::string>{"classify"}));
  EXPECT_EQ(officer.Header("cache-control"), "no-store");

  clock_.Advance(600);
  RawResponse response = Act(code, "classify", {{"topic", "regulation"}}, "tiepnhan");
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(Json(response)["topic"]["id"], "regulation");
  clock_.Advance(600);
  response = Act(code, "assign", {{"to", "cv.ht"}}, "tiepnhan");
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(Json(response)["assignee"], "cv.ht");
  clock_.Advance(3600);
  response = Act(code, "answer", {{"text", "UBND xã đã niêm yết bảng phí từ ngày 02/10/2025."}}, "cv.ht");
  ASSERT_EQ(response.status, 200) << response.body;
  full = Json(response);
  EXPECT_EQ(full["state"]["id"], "answered");
  EXPECT_EQ(full["answered_by"], "cv.ht");
  EXPECT_EQ(full["answered_on_time"], true);
  EXPECT_TRUE(ActionIds(full).empty());  // the specialist may not publish

  view = lookup();
  EXPECT_EQ(view["state"]["id"], "answered");
  EXPECT_EQ(view["answered_at"], "2025-10-01T10:20:00+07:00");
  EXPECT_TRUE(view["answer"].is_null());  // not public before it is published

  clock_.Advance(600);
  response = Act(code, "publish", json::object(), "lanhdao");
  ASSERT_EQ(response.status, 200) << response.body;
  view = lookup();
  EXPECT_EQ(view["state"]["id"], "published");
  EXPECT_EQ(view["answer"], "UBND xã đã niêm yết bảng phí từ ngày 02/10/2025.");
  EXPECT_EQ(view["topic"]["id"], "regulation");

  const std::string rating = "/api/v1/public/feedback/" + code + "/rating";
  const std::string wrong = IssueSessionToken().token;
  const auto before = Footprint();
  EXPECT_EQ(Post(rating, {{"secret", wrong}, {"satisfaction", "satisfied"}}).status, 403);
  EXPECT_EQ(Post(rating, {{"secret", secret}, {"satisfaction", "happy"}}).status, 400);
  EXPECT_EQ(Post(rating, {{"satisfaction", "satisfied"}}).status, 400);
  EXPECT_EQ(Post(rating, {{"secret", secret}, {"satisfaction", "satisfied"}, {"by", "x"}}).status, 400);
  EXPECT_EQ(Footprint(), before);
  response = Post(rating, {{"secret", secret}, {"satisfaction", "very_satisfied"}});
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(Json(response)["rated"], true);
  response = Post(rating, {{"secret", secret}, {"satisfaction", "unsatisfied"}});
  EXPECT_EQ(response.status, 409) << response.body;
  EXPECT_EQ(ErrorCode(response), "FAILED_PRECONDITION");

  officer = Get("/api/v1/feedback/" + code, Officer("lanhdao"));
  ASSERT_EQ(officer.status, 200);
  full = Json(officer);
  EXPECT_EQ(full["satisfaction"]["id"], "very_satisfied");
  ASSERT_EQ(full["steps"].size(), 5u);
  EXPECT_EQ(full["steps"][0]["action"], "classify");
  EXPECT_EQ(full["steps"][0]["by"], "tiepnhan");
  EXPECT_EQ(full["steps"][0]["at"], "2025-10-01T09:10:00+07:00");  // the server's clock
  EXPECT_EQ(full["steps"][4]["action"], "rate");
  EXPECT_FALSE(full["steps"][4].contains("by"));
}

TEST_P(FeedbackApiTest, BadInputChangesNothing) {
  const std::string code = SubmitDirect().feedback.id;
  ASSERT_EQ(Act(code, "classify", {{"topic", "staff"}}, "tiepnhan").status, 200);
  const auto before = Footprint();
  struct Bad {
    json body;
    int status;
    std::string mention;  // in the Vietnamese message
  };
  auto with = [](const std::function<void(json&)>& change) {
    json body = PublicBody();
    change(body);
    return body;
  };
  const std::vector<Bad> public_cases = {
      {with([](json& b) { b["fax"] = "1"; }), 400, "'fax'"},
      {with([](json& b) { b["channel"] = "phone"; }), 400, "'channel'"},
      {with([](json& b) { b["id"] = "000.00.20.H31-PA-251001-0009"; }), 400, "'id'"},
      {with([](json& b) { b.erase("unit"); }), 400, "'unit'"},
      {with([](json& b) { b["unit"] = "xa-dong-tien"; }), 400, "'unit'"},
      {with([](json& b) { b["unit"] = "000.00.99.H31"; }), 400, "'unit'"},
      {with([](json& b) { b.erase("content"); }), 400, "'content'"},
      {with([](json& b) { b["citizen_name"] = " "; }), 400, "'citizen_name'"},
      {with([](json& b) { b["contact"]["phone"] = "gọi tôi"; }), 400, "'contact.phone'"},
      {with([](json& b) { b["contact"]["zalo"] = "x"; }), 400, "'contact.zalo'"},
      {with([](json& b) { b["dossier_code"] = "000.00.20.H31-251001-0042"; }), 400, "'dossier_code'"},
  };
  for (const Bad& bad : public_cases) {
    const RawResponse response = Post("/api/v1/public/feedback", bad.body);
    EXPECT_EQ(response.status, bad.status) << bad.body.dump() << ": " << response.body;
    EXPECT_NE(ErrorMessage(response).find(bad.mention), std::string::npos) << ErrorMessage(response);
  }
  HttpCall not_json("POST", "/api/v1/public/feedback", "unit=000.00.20.H31&content=x");
  not_json.json_content_type = false;
  EXPECT_EQ(Call(not_json).status, 400);
  EXPECT_EQ(Call(HttpCall("POST", "/api/v1/public/feedback", "[1]")).status, 400);
  EXPECT_EQ(Call(HttpCall("POST", "/api/v1/public/feedback", R"({"unit":"a","unit":"b"})")).status, 400);

  const std::vector<std::tuple<std::string, json, int>> actions = {
      {"reopen", json::object(), 404},
      {"rate", {{"satisfaction", "satisfied"}}, 400},
      {"assign", {{"to", "cv.ht"}, {"by", "lanhdao"}}, 400},
      {"assign", {{"to", "cv.ht"}, {"at", "2025-10-01T08:00:00+07:00"}}, 400},
      {"classify", {{"topic", "staff"}, {"to", "cv.ht"}}, 400},
      {"classify", {{"topic", "weather"}}, 400},
      {"assign", json::object(), 400},
      {"assign", {{"to", "khong.co.ai"}}, 400},
      {"assign", {{"to", "tiepnhan.b"}}, 400},  // another commune's officer
      {"answer", {{"text", "Trả lời"}}, 409},   // not assigned yet
      {"publish", json::object(), 409},
  };
  for (const auto& [action, body, status] : actions) {
    const std::string user = status == 409 && action == "publish" ? "lanhdao" : "tiepnhan";
    const RawResponse response = Act(code, action, body, action == "answer" ? "lanhdao" : user);
    EXPECT_EQ(response.status, status) << action << " " << body.dump() << ": " << response.body;
  }
  EXPECT_EQ(Get("/api/v1/feedback/not-a-code", Officer("tiepnhan")).status, 400);
  EXPECT_EQ(Get("/api/v1/public/feedback/000.00.20.H31-251001-0001").status, 400);  // a dossier code
  EXPECT_EQ(Get("/api/v1/public/feedback/000.00.20.H31-PA-251001-0099").status, 404);
  EXPECT_EQ(Post("/api/v1/public/feedback/000.00.20.H31-PA-251001-0099/rating",
                 {{"secret", IssueSessionToken().token}, {"satisfaction", "satisfied"}})
                .status,
            404);
  EXPECT_EQ(Get("/api/v1/feedback?colour=red", Officer("tiepnhan")).status, 400);
  EXPECT_EQ(Get("/api/v1/feedback?state=open", Officer("tiepnhan")).status, 400);
  EXPECT_EQ(Get("/api/v1/feedback?limit=0", Officer("tiepnhan")).status, 400);
  EXPECT_EQ(Footprint(), before);
}

TEST_P(FeedbackApiTest, OfficersSeeAndActWithinTheirRights) {
  const std::string code = SubmitDirect().feedback.id;
  // No sign-in: 401 on every officer endpoint.
  EXPECT_EQ(Get("/api/v1/feedback").status, 401);
  EXPECT_EQ(Get("/api/v1/feedback/" + code).status, 401);
  EXPECT_EQ(Post("/api/v1/feedback/" + code + "/actions/classify", {{"topic", "staff"}}).status, 401);
  // A session POST without the CSRF token is refused; an API token needs none.
  As no_csrf = Session("tiepnhan");
  no_csrf.csrf.clear();
  EXPECT_EQ(Post("/api/v1/feedback/" + code + "/actions/classify", {{"topic", "staff"}}, no_csrf).status,
            403);
  As token;
  token.bearer = IssueToken("tiepnhan");
  EXPECT_EQ(Post("/api/v1/feedback/" + code + "/actions/classify", {{"topic", "staff"}}, token).status, 200);

  for (const char* user : {"cv.ht", "vanthu", "tiepnhan.b"}) {
    EXPECT_EQ(Get("/api/v1/feedback/" + code, Officer(user)).status, 403) << user;
  }
  EXPECT_EQ(Act(code, "assign", {{"to", "cv.ht"}}, "vanthu").status, 403);
  EXPECT_EQ(Act(code, "decline", {{"text", "Là khiếu nại"}}, "tiepnhan").status, 403);
  ASSERT_EQ(Act(code, "assign", {{"to", "cv.ht"}}, "tiepnhan").status, 200);
  EXPECT_EQ(Get("/api/v1/feedback/" + code, Officer("cv.ht")).status, 200);  // now the assignee
  EXPECT_EQ(Act(code, "answer", {{"text", "Trả lời"}}, "cv.ht2").status, 403);

  // Lists: the desk sees the unit's, a specialist what is assigned to them, another commune nothing of ours.
  SubmitDirect();
  auto total = [&](const std::string& query, const std::string& user) {
    const RawResponse response = Get("/api/v1/feedback" + query, Officer(user));
    EXPECT_EQ(response.status, 200) << response.body;
    return Json(response)["total"].get<int>();
  };
  EXPECT_EQ(total("", "tiepnhan"), 2);
  EXPECT_EQ(total("", "cv.ht"), 1);
  EXPECT_EQ(total("", "cv.ht2"), 0);
  EXPECT_EQ(total("", "tiepnhan.b"), 0);
  EXPECT_EQ(Get("/api/v1/feedback?assignee=cv.ht", Officer("cv.ht2")).status, 403);

  // Intake at the desk: any channel, a secret for the citizen; not for the clerk.
  const json letter = {
      {"citizen_name", "Lê Văn Bình"}, {"content", "Thư góp ý về giờ làm việc."}, {"channel", "postal"}};
  RawResponse received = Post("/api/v1/feedback", letter, Officer("tiepnhan"));
  ASSERT_EQ(received.status, 201) << received.body;
  const json body = Json(received);
  EXPECT_EQ(body["code"], "000.00.20.H31-PA-251001-0003");
  EXPECT_EQ(body["secret"].get<std::string>().size(), kTokenSecretChars);
  EXPECT_EQ(body["feedback"]["channel"], "postal");
  EXPECT_EQ(received.Header("location"), "/api/v1/feedback/000.00.20.H31-PA-251001-0003");
  EXPECT_EQ(Post("/api/v1/feedback", letter, Officer("vanthu")).status, 403);
  json with_unit = letter;
  with_unit["unit"] = kOtherCommune;
  EXPECT_EQ(Post("/api/v1/feedback", with_unit, Officer("tiepnhan")).status, 400);
  EXPECT_EQ(total("", "tiepnhan"), 3);
}

TEST_P(FeedbackApiTest, ListFiltersOverHttp) {
  const std::string first = SubmitDirect().feedback.id;
  clock_.Advance(3600);
  const std::string second = SubmitDirect().feedback.id;
  ASSERT_EQ(Act(second, "classify", {{"topic", "staff"}}, "tiepnhan").status, 200);
  ASSERT_EQ(Act(second, "decline", {{"text", "Nội dung là khiếu nại."}}, "lanhdao").status, 200);
  auto codes = [&](const std::string& query) {
    const RawResponse response = Get("/api/v1/feedback" + query, Officer("tiepnhan"));
    EXPECT_EQ(response.status, 200) << query << ": " << response.body;
    std::vector<std::string> out;
    const json body = Json(response);
    for (const json& item : body["items"]) out.push_back(item["code"]);
    return out;
  };
  EXPECT_EQ(codes(""), (std::vector<std::string>{second, first}));
  EXPECT_EQ(codes("?sort=received_asc"), (std::vector<std::string>{first, second}));
  EXPECT_EQ(codes("?state=declined"), (std::vector<std::string>{second}));
  EXPECT_EQ(codes("?topic=staff"), (std::vector<std::string>{second}));
  EXPECT_EQ(codes("?q=tran%20thi%20hoa&limit=1&offset=1"), (std::vector<std::string>{first}));
  EXPECT_EQ(codes("?received_from=2025-10-01T09:30:00%2B07:00"), (std::vector<std::string>{second}));
  EXPECT_TRUE(codes("?overdue=true").empty());
  clock_.Set(*ParseIsoInstant("2025-10-16T08:00:00+07:00"));             // after the first's due time
  EXPECT_EQ(codes("?overdue=true"), (std::vector<std::string>{first}));  // the declined one is not overdue
  const RawResponse item = Get("/api/v1/feedback?overdue=true", Officer("tiepnhan"));
  EXPECT_EQ(Json(item)["items"][0]["overdue"], true);
  EXPECT_EQ(Json(item)["items"][0]["citizen_name"], kName);
  const RawResponse public_view = Get("/api/v1/public/feedback/" + first);
  EXPECT_EQ(Json(public_view)["overdue"], true);
}

TEST_P(FeedbackApiTest, PublicSubmissionsAreLimitedPerAddress) {
  // Refused bodies do not use up the allowance: neither one refused before the limiter (no content) nor one
  // refused by the service after it (a unit that does not exist).
  json unknown_unit = PublicBody();
  unknown_unit["unit"] = "000.00.99.H31";
  json no_content = PublicBody();
  no_content.erase("content");
  for (int i = 0; i < kPublicPerHour; ++i) {
    EXPECT_EQ(Post("/api/v1/public/feedback", unknown_unit).status, 400);
    EXPECT_EQ(Post("/api/v1/public/feedback", no_content).status, 400);
  }
  for (int i = 0; i < kPublicPerHour; ++i) {
    ASSERT_EQ(Post("/api/v1/public/feedback", PublicBody()).status, 201) << i;
    clock_.Advance(60);
  }
  // A sixth one within the hour is refused and writes nothing.
  const auto before = Footprint();
  const RawResponse refused = Post("/api/v1/public/feedback", PublicBody());
  EXPECT_EQ(refused.status, 429) << refused.body;
  EXPECT_EQ(ErrorCode(refused), "RESOURCE_EXHAUSTED");
  EXPECT_EQ(refused.Header("retry-after"), std::to_string(3600 - 5 * 60));
  EXPECT_EQ(Footprint(), before);
  clock_.Advance(3600 - 5 * 60);  // the first one leaves the window
  EXPECT_EQ(Post("/api/v1/public/feedback", PublicBody()).status, 201);
  EXPECT_EQ(Post("/api/v1/public/feedback", PublicBody()).status, 429);
}

MOTCUA_INSTANTIATE_BACKENDS(FeedbackApiTest);

}  // namespace
}  // namespace motcua::web::testing
