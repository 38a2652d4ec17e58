// GET /api/v1/reports/indicators over HTTP on both store backends (web/api_test_fixture.h plus the report
// route): who may read a unit's figures (reports.view of auth/access.h, reaching down from a unit above),
// the JSON document and an explanation, and bad requests refused with Vietnamese messages.
#include "web/report_api.h"

#include <gtest/gtest.h>

#include "web/api_test_fixture.h"

namespace motcua::web::testing {
namespace {

using nlohmann::json;

constexpr char kChildUnit[] = "000.00.22.H31";  // a unit below the commune (e.g. a branch desk)

class ReportApiTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (HasFatalFailure()) return;
    // Routes must not change under a running server: stop the fixture's, add ours, serve again.
    server_->Stop();
    server_->Wait();
    Unit child;
    child.code = kChildUnit;
    child.name = "Điểm tiếp nhận thôn Đông";
    child.parent_code = kCommune;
    child.effective_from = CivilDate{2025, 7, 1};
    ASSERT_TRUE(store_->AddUnit(child).ok());
    User leader;
    leader.username = "lanhdao.thon";
    leader.display_name = "Trưởng điểm tiếp nhận";
    leader.unit_code = kChildUnit;
    leader.roles = {Role::kLeader};
    leader.password_hash = *hasher_->Hash(kPassword);
    leader.created_at = clock_.Now();
    leader.updated_at = clock_.Now();
    ASSERT_TRUE(store_->AddUser(leader).ok());
    reports_ = std::make_shared<IndicatorService>(*store_, catalog_, *calendars_);
    AddReportRoutes(router_, auth_, reports_,
                    std::make_shared<const Decision766Formula>(*DefaultDecision766Formula()));
    HttpServerOptions options;
    options.listen = "127.0.0.1:0";
    options.threads = 4;
    options.access_log = false;
    server_ = std::make_unique<HttpServer>(options, router_);
    ASSERT_TRUE(server_->Start().ok());
    for (const char* user :
         {"tiepnhan", "cv.ht", "lanhdao", "vanthu", "quantri", "tiepnhan.b", "lanhdao.thon"}) {
      tokens_[user].bearer = IssueToken(user);
    }
  }

  RawResponse Report(const std::string& query, const std::string& user) const {
    return Get("/api/v1/reports/indicators" + query, tokens_.at(user));
  }

  std::shared_ptr<IndicatorService> reports_;
  std::map<std::string, As> tokens_;
};

constexpr char kToday[] = "?from=2025-10-01&to=2025-10-01";

TEST_P(ReportApiTest, TheUnitsFiguresAndTheDossiersBehindThem) {
  const std::string code = ReceiveDirect();
  const RawResponse response = Report(std::string(kToday) + "&unit=" + kCommune, "lanhdao");
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(response.Header("cache-control"), "no-store");
  const json body = Json(response);
  std::vector<std::string> keys;
  for (auto it = body.begin(); it != body.end(); ++it) keys.push_back(it.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"from", "indicators", "to", "unit"}));  // nlohmann sorts keys
  EXPECT_EQ(body["unit"], kCommune);
  EXPECT_EQ(body["from"], "2025-10-01");
  EXPECT_EQ(body["to"], "2025-10-01");
  EXPECT_EQ(body["indicators"].size(), Indicators().size());
  EXPECT_EQ(body["indicators"]["dossiers.received"], (json{{"value", 1}}));
  EXPECT_EQ(body["indicators"]["dossiers.pending.within_deadline"], (json{{"value", 1}}));
  EXPECT_EQ(body["indicators"]["rate.resolved_in_time"],
            (json{{"numerator", 0}, {"denominator", 0}, {"rate", nullptr}}));
  // The raw body keeps the definition order (the JSON of report/indicator_format.h).
  EXPECT_LT(response.body.find("\"dossiers.received\""), response.body.find("\"rate.online\""));
  EXPECT_LT(response.body.find("\"unit\""), response.body.find("\"indicators\""));

  const RawResponse explained =
      Report(std::string(kToday) + "&explain=dossiers.received", "lanhdao");  // the caller's unit
  ASSERT_EQ(explained.status, 200) << explained.body;
  EXPECT_EQ(Json(explained), (json{{"unit", kCommune},
                                   {"from", "2025-10-01"},
                                   {"to", "2025-10-01"},
                                   {"indicator", "dossiers.received"},
                                   {"codes", {code}}}));
  // The day before: nothing.
  const RawResponse before = Report("?from=2025-09-30&to=2025-09-30&explain=dossiers.received", "lanhdao");
  EXPECT_EQ(Json(before)["codes"], json::array());
}

TEST_P(ReportApiTest, WhoMayReadAUnitsFigures) {
  const std::string own = std::string(kToday) + "&unit=" + kCommune;
  const std::string child = std::string(kToday) + "&unit=" + kChildUnit;
  EXPECT_EQ(Get("/api/v1/reports/indicators" + own).status, 401);
  // reports.view (auth/access.h): leaders, administrators and desk officers of the unit, and of a unit above.
  for (const char* user : {"lanhdao", "quantri", "tiepnhan"}) {
    EXPECT_EQ(Report(own, user).status, 200) << user;
    EXPECT_EQ(Report(child, user).status, 200) << user;
  }
  EXPECT_EQ(Report(child, "lanhdao.thon").status, 200);
  // Not a unit below one's own, another commune, the clerk, or a specialist (whose grant is by field).
  for (auto [user, query] : {std::pair{"lanhdao.thon", own}, std::pair{"tiepnhan.b", own},
                             std::pair{"vanthu", own}, std::pair{"cv.ht", own}}) {
    const RawResponse denied = Report(query, user);
    EXPECT_EQ(denied.status, 403) << user;
    EXPECT_EQ(ErrorCode(denied), "PERMISSION_DENIED") << user;
    EXPECT_NE(ErrorMessage(denied).find("Xem báo cáo"), std::string::npos) << ErrorMessage(denied);
  }
  // An explanation is a figure too.
  EXPECT_EQ(Report(own + "&explain=dossiers.received", "tiepnhan.b").status, 403);
}

TEST_P(ReportApiTest, BadRequestsAreRefusedInVietnamese) {
  struct Case {
    std::string query;
    int status;
    std::string message_part;
  };
  const std::vector<Case> cases = {
      {"?to=2025-10-01", 400, "Thiếu tham số 'from'"},
      {"?from=2025-10-01", 400, "Thiếu tham số 'to'"},
      {"?from=2025-10-02&to=2025-10-01", 400, "ngày bắt đầu 02/10/2025 sau ngày kết thúc 01/10/2025"},
      {"?from=2025-02-30&to=2025-10-01", 400, "Ngày bắt đầu kỳ báo cáo (from)"},
      {"?from=2025-10-01&to=01-10-2025", 400, "Ngày kết thúc kỳ báo cáo (to)"},
      {std::string(kToday) + "&explain=dossiers.nothing", 400, "Không có chỉ tiêu mã 'dossiers.nothing'"},
      {std::string(kToday) + "&field=HT", 400, "Tham số 'field' không được hỗ trợ"},
      {std::string(kToday) + "&from=2025-10-01", 400, "chỉ được ghi một lần"},
      {std::string(kToday) + "&unit=", 400, "Tham số 'unit' không hợp lệ"},
      {std::string(kToday) + "&unit=000.00.99.H31", 404, "000.00.99.H31"},
  };
  for (const Case& c : cases) {
    const RawResponse response = Report(c.query, "lanhdao");
    EXPECT_EQ(response.status, c.status) << c.query << ": " << response.body;
    EXPECT_NE(ErrorMessage(response).find(c.message_part), std::string::npos)
        << c.query << ": " << ErrorMessage(response);
  }
}

TEST_P(ReportApiTest, TheDecision766PointsOfTheUnitsRatios) {
  ReceiveDirect();
  const std::string own = std::string(kToday) + "&unit=" + kCommune;
  const RawResponse response = Get("/api/v1/reports/decision766" + own, tokens_.at("lanhdao"));
  ASSERT_EQ(response.status, 200) << response.body;
  const json body = Json(response);
  EXPECT_EQ(body["unit"], kCommune);
  // One dossier received, none resolved yet: progress 0 of 1, which is 0 of its 20 points.
  const json& progress = body["groups"][1]["criteria"][0];
  EXPECT_EQ(progress["id"], "progress");
  EXPECT_EQ(progress["ratio"],
            (json{{"indicator", "rate.766.progress"}, {"numerator", 0}, {"denominator", 1}, {"rate", 0.0}}));
  EXPECT_EQ(progress["points"], 0.0);
  // Measured: progress (20) and the received dossier's digitisation (4, not digitised: 0 points).
  EXPECT_EQ(body["groups"][4]["criteria"][1]["ratio"]["denominator"], 1);
  EXPECT_EQ(body["points_measured"], 24.0);
  EXPECT_EQ(body["points_earned"], 0.0);
  // The same right as the indicators; no explain here.
  EXPECT_EQ(Get("/api/v1/reports/decision766" + own).status, 401);
  EXPECT_EQ(Get("/api/v1/reports/decision766" + own, tokens_.at("vanthu")).status, 403);
  EXPECT_EQ(Get("/api/v1/reports/decision766" + own + "&explain=rate.online", tokens_.at("lanhdao")).status,
            400);
}

MOTCUA_INSTANTIATE_BACKENDS(ReportApiTest);

}  // namespace
}  // namespace motcua::web::testing
