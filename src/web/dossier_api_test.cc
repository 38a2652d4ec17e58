// The dossier API over HTTP on both store backends (web/api_test_fixture.h): a whole lifecycle, refused
// transitions, parallel intake, bad input leaving the store unchanged, masking of personal data, list
// filters, the public lookup and the OpenAPI document.
#include "web/dossier_api.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <set>
#include <thread>

#include "web/api_test_fixture.h"

namespace motcua::web::testing {
namespace {

using nlohmann::json;

class DossierApiTest : public ApiTest {
 protected:
  RawResponse Act(const std::string& code, const std::string& action, const json& body, const As& as) const {
    return Post("/api/v1/dossiers/" + code + "/actions/" + action, body, as);
  }

  static std::vector<std::string> Ids(const json& actions) {
    std::vector<std::string> ids;
    for (const json& action : actions) ids.push_back(action["id"].get<std::string>());
    return ids;
  }

  static std::vector<std::string> Codes(const json& list) {
    std::vector<std::string> codes;
    for (const json& item : list["items"]) codes.push_back(item["code"].get<std::string>());
    return codes;
  }

  json List(const std::string& query, const std::string& user = "tiepnhan", int expected = 200) const {
    const RawResponse response = Get("/api/v1/dossiers" + query, Session(user));
    EXPECT_EQ(response.status, expected) << query << ": " << response.body;
    return Json(response);
  }
};

TEST_P(DossierApiTest, WholeLifecycleOverHttp) {
  const RawResponse received = Post("/api/v1/dossiers", IntakeBody(), Session("tiepnhan"));
  ASSERT_EQ(received.status, 201) << received.body;
  json dossier = Json(received);
  const std::string code = dossier["code"];
  EXPECT_EQ(code, "000.00.20.H31-251001-0001");
  EXPECT_EQ(received.Header("location"), "/api/v1/dossiers/" + code);
  EXPECT_EQ(dossier["status"]["state"], "received");
  EXPECT_EQ(dossier["status"]["code"], 2);
  EXPECT_EQ(dossier["status"]["name"], "Được tiếp nhận");
  EXPECT_EQ(dossier["procedure"]["name"], "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân");
  EXPECT_EQ(dossier["field"], "HT");
  EXPECT_EQ(dossier["channel"], "direct");
  EXPECT_EQ(dossier["unit"], kCommune);
  EXPECT_EQ(dossier["received_at"], "2025-10-01T09:00:00+07:00");
  EXPECT_EQ(dossier["received_by"], "tiepnhan");
  EXPECT_EQ(dossier["processing_time"], "3 wd");
  ASSERT_TRUE(dossier["legal_due"].is_string());
  ASSERT_TRUE(dossier["appointment"].is_string());
  EXPECT_TRUE(dossier["legal_due"].get<std::string>().ends_with("+07:00"));
  EXPECT_GT(dossier["legal_due"].get<std::string>(), "2025-10-03");  // three working days later
  EXPECT_EQ(Ids(dossier["allowed_actions"]), (std::vector<std::string>{"assign", "withdraw", "stop"}));

  struct Step {
    std::string user, action;
    json body;
    std::string state;
  };
  const std::vector<Step> steps = {
      {"tiepnhan", "assign", {{"to", "cv.ht"}, {"note", "Giao chuyên viên hộ tịch"}}, "in_progress"},
      {"cv.ht", "request_supplement", {{"items", {"Bản sao giấy tờ tùy thân"}}}, "supplement_requested"},
      {"tiepnhan", "receive_supplement", json::object(), "in_progress"},
      {"lanhdao", "approve", json::object(), "approved"},
      {"lanhdao", "sign", json::object(), "signed"},
      {"vanthu", "number", {{"document", "15/GXNTTHN"}}, "numbered"},
      {"vanthu", "result_ready", {{"digitized", false}}, "resolved"},
      {"tiepnhan", "return_result", {{"recipient", "Nguyễn Văn An"}, {"method", "desk"}}, "returned"},
      {"tiepnhan",
       "evaluate",
       {{"evaluation",
         {{"overall", "very_satisfied"}, {"criteria", {{"attitude", 2}}}, {"channel", "desk"}}}},
       "returned"},
  };
  for (const Step& step : steps) {
    clock_.Advance(60);
    const RawResponse response = Act(code, step.action, step.body, Session(step.user));
    ASSERT_EQ(response.status, 200) << step.action << ": " << response.body;
    dossier = Json(response);
    EXPECT_EQ(dossier["status"]["state"], step.state) << step.action;
  }
  EXPECT_EQ(dossier["status"]["code"], 10);
  EXPECT_EQ(dossier["assignee"], "cv.ht");
  EXPECT_EQ(dossier["document_number"], "15/GXNTTHN");
  EXPECT_EQ(dossier["returned"]["recipient"], "Nguyễn Văn An");
  EXPECT_EQ(dossier["evaluation"]["overall"], "very_satisfied");
  EXPECT_EQ(dossier["evaluation"]["criteria"]["attitude"], 2);
  ASSERT_EQ(dossier["pauses"].size(), 1u);
  EXPECT_EQ(dossier["pauses"][0]["kind"], "supplement");
  EXPECT_EQ(dossier["pauses"][0]["start"], "2025-10-01T09:02:00+07:00");
  EXPECT_EQ(dossier["pauses"][0]["end"], "2025-10-01T09:03:00+07:00");
  EXPECT_TRUE(dossier["allowed_actions"].empty());

  const RawResponse history = Get("/api/v1/dossiers/" + code + "/history", Session("tiepnhan"));
  ASSERT_EQ(history.status, 200) << history.body;
  const json events = Json(history);
  const std::vector<std::string> kinds = {"received",
                                          "assigned",
                                          "supplement_requested",
                                          "supplement_received",
                                          "approved",
                                          "signed",
                                          "numbered",
                                          "result_ready",
                                          "returned",
                                          "evaluated"};
  ASSERT_EQ(events.size(), kinds.size());
  for (size_t i = 0; i < kinds.size(); ++i) {
    EXPECT_EQ(events[i]["seq"], i + 1);
    EXPECT_EQ(events[i]["event"]["event"], kinds[i]);
    EXPECT_EQ(events[i]["event"]["code"], code);
    EXPECT_TRUE(events[i]["recorded_at"].is_string());
  }
  EXPECT_EQ(events[1]["event"]["by"], "tiepnhan");
  EXPECT_EQ(events[1]["event"]["to"], "cv.ht");
  EXPECT_EQ(events[1]["event"]["at"], "2025-10-01T09:01:00+07:00");  // the server's clock, not the client's
  EXPECT_EQ(events[0]["event"]["applicant"]["id_number"], kCitizenId);  // the desk sees it
  EXPECT_EQ(events[9]["event"]["overall"], "very_satisfied");

  // The same dossier read back equals the last answer.
  const RawResponse read = Get("/api/v1/dossiers/" + code, Session("tiepnhan"));
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(Json(read), dossier);
}

TEST_P(DossierApiTest, OutOfOrderActionsAre409AndNameTheAllowedOnes) {
  const std::string code = DossierIn("in_progress");
  const size_t before = HistoryLength(code);
  const RawResponse early = Act(code, "result_ready", {{"digitized", false}}, Session("vanthu"));
  EXPECT_EQ(early.status, 409) << early.body;
  EXPECT_EQ(ErrorCode(early), "FAILED_PRECONDITION");
  const std::string message = ErrorMessage(early);
  EXPECT_NE(message.find("Các thao tác được phép: "), std::string::npos) << message;
  EXPECT_NE(message.find("Yêu cầu bổ sung giấy tờ"), std::string::npos) << message;
  EXPECT_NE(message.find("Duyệt, trình ký"), std::string::npos) << message;
  EXPECT_EQ(Act(code, "return_result", {{"recipient", "A"}}, Session("tiepnhan")).status, 409);
  EXPECT_EQ(Act(code, "assign", {{"to", "cv.ht2"}}, Session("tiepnhan")).status, 409);  // already assigned
  EXPECT_EQ(Act(code, "refuse_at_desk", {{"reason", "Thiếu giấy tờ"}}, Session("tiepnhan")).status, 409);
  EXPECT_EQ(HistoryLength(code), before);

  // What each caller is offered from "in_progress": the table filtered by their rights.
  const auto offered = [&](const std::string& user) {
    const RawResponse response = Get("/api/v1/dossiers/" + code, Session(user));
    EXPECT_EQ(response.status, 200) << response.body;
    return Ids(Json(response)["allowed_actions"]);
  };
  EXPECT_EQ(offered("cv.ht"), (std::vector<std::string>{"hand_over", "request_supplement", "request_fees"}));
  EXPECT_EQ(offered("tiepnhan"), (std::vector<std::string>{"hand_over", "request_supplement", "request_fees",
                                                           "withdraw", "stop"}));
  EXPECT_EQ(offered("lanhdao"),
            (std::vector<std::string>{"hand_over", "apologize", "approve", "reject", "withdraw", "stop"}));
  EXPECT_TRUE(offered("cv.ht2").empty());
  EXPECT_TRUE(offered("vanthu").empty());
  EXPECT_TRUE(offered("quantri").empty());

  // A second evaluation is refused too.
  const std::string returned = DossierIn("returned");
  EXPECT_EQ(Act(returned, "evaluate", {{"overall", "satisfied"}}, Session("tiepnhan")).status, 200);
  EXPECT_EQ(Act(returned, "evaluate", {{"overall", "unsatisfied"}}, Session("tiepnhan")).status, 409);
}

TEST_P(DossierApiTest, ParallelIntakeGivesEveryNumberExactlyOnce) {
  constexpr int kThreads = 16;
  constexpr int kPerThread = 4;
  std::vector<std::vector<std::string>> codes(kThreads);
  std::vector<std::thread> threads;
  const As desk = Session("tiepnhan");
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        const RawResponse response = Post(
            "/api/v1/dossiers", IntakeBody(kHtProcedure, "Người nộp " + std::to_string(t * 100 + i)), desk);
        if (response.status == 201) {
          codes[static_cast<size_t>(t)].push_back(Json(response)["code"]);
        } else {
          codes[static_cast<size_t>(t)].push_back("HTTP " + std::to_string(response.status) + " " +
                                                  response.body);
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  std::vector<std::string> all;
  for (const auto& list : codes) all.insert(all.end(), list.begin(), list.end());
  std::sort(all.begin(), all.end());
  std::vector<std::string> expected;
  for (int n = 1; n <= kThreads * kPerThread; ++n) {
    char sequence[8];
    std::snprintf(sequence, sizeof(sequence), "%04d", n);
    std::string code(kCommune);
    code.append("-251001-").append(sequence);
    expected.push_back(std::move(code));
  }
  EXPECT_EQ(all, expected);
  EXPECT_EQ(DossierTotal(), kThreads * kPerThread);
}

TEST_P(DossierApiTest, BadInputIsRefusedAndChangesNothing) {
  const std::string code = DossierIn("in_progress");  // takes number 0001
  const int64_t total = DossierTotal();
  const size_t history = HistoryLength(code);
  const As desk = Session("tiepnhan");

  auto raw = [&](const std::string& target, const std::string& body) {
    return Call(HttpCall{"POST", target, body, desk});
  };
  auto intake = [&](const std::function<void(json&)>& change) {
    json body = IntakeBody();
    change(body);
    return Post("/api/v1/dossiers", body, desk);
  };
  struct Case {
    std::string name;
    RawResponse response;
    int status;
  };
  const std::vector<Case> cases = {
      {"malformed JSON", raw("/api/v1/dossiers", "{\"procedure\": \"1.004873\","), 400},
      {"not an object", raw("/api/v1/dossiers", "[1,2]"), 400},
      {"duplicate key", raw("/api/v1/dossiers", R"({"procedure":"1.004873","procedure":"2.001035"})"), 400},
      {"too deep", raw("/api/v1/dossiers", std::string(40, '[') + std::string(40, ']')), 400},
      {"too large", raw("/api/v1/dossiers", "{\"x\":\"" + std::string(70 * 1024, 'a') + "\"}"), 413},
      {"empty", raw("/api/v1/dossiers", ""), 400},
      {"bad province in ID", intake([](json& b) { b["applicant"]["id_number"] = "999090012345"; }), 400},
      {"ID of 11 digits", intake([](json& b) { b["applicant"]["id_number"] = "00109001234"; }), 400},
      {"unknown procedure", intake([](json& b) { b["procedure"] = "9.999999"; }), 404},
      {"unknown unit", intake([](json& b) { b["unit"] = "000.00.99.H31"; }), 403},
      {"malformed unit", intake([](json& b) { b["unit"] = "H31"; }), 400},
      {"unknown key", intake([](json& b) { b["priority"] = "high"; }), 400},
      {"unknown applicant key", intake([](json& b) { b["applicant"]["birthday"] = "1990-01-01"; }), 400},
      {"client sets at", intake([](json& b) { b["at"] = "2020-01-01T08:00:00+07:00"; }), 400},
      {"client sets by", intake([](json& b) { b["by"] = "lanhdao"; }), 400},
      {"client sets code", intake([](json& b) { b["code"] = "000.00.20.H31-251001-0009"; }), 400},
      {"no applicant name", intake([](json& b) { b["applicant"].erase("name"); }), 400},
      {"bad channel", intake([](json& b) { b["channel"] = "fax"; }), 400},
      {"number as name", intake([](json& b) { b["applicant"]["name"] = 42; }), 400},
      {"unknown action", Act(code, "fly", json::object(), desk), 404},
      {"intake action", Act(code, "receive", json::object(), desk), 400},
      {"action sets at",
       Act(code, "request_fees", {{"fees", {{{"description", "Phí"}}}}, {"at", "2025-10-01T09:00:00+07:00"}},
           desk),
       400},
      {"action unknown key",
       Act(code, "request_fees", {{"fees", {{{"description", "Phí"}}}}, {"urgent", true}}, desk), 400},
      {"action misses items", Act(code, "request_supplement", json::object(), desk), 400},
      {"evaluation on another action",
       Act(code, "hand_over", {{"to", "cv.ht2"}, {"evaluation", {{"overall", "satisfied"}}}}, desk), 400},
      {"hand over to nobody", Act(code, "hand_over", {{"to", "khongtontai"}}, desk), 404},
      {"action malformed JSON", raw("/api/v1/dossiers/" + code + "/actions/request_fees", "{fees}"), 400},
      {"malformed code", Act("000.00.20.H31-251301-0001", "assign", {{"to", "cv.ht"}}, desk), 400},
      {"unknown code", Act("000.00.20.H31-251001-0999", "withdraw", {{"reason", "Rút"}}, desk), 404},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(c.response.status, c.status) << c.name << ": " << c.response.body;
    EXPECT_FALSE(ErrorMessage(c.response).empty()) << c.name;
  }
  // One message checked in full: the Vietnamese text names the field.
  EXPECT_NE(ErrorMessage(cases[12].response).find("'applicant.birthday'"), std::string::npos)
      << cases[12].response.body;
  EXPECT_EQ(DossierTotal(), total);
  EXPECT_EQ(HistoryLength(code), history);
  // No number was used up by the refused intakes.
  const RawResponse next = Post("/api/v1/dossiers", IntakeBody(), desk);
  ASSERT_EQ(next.status, 201) << next.body;
  EXPECT_EQ(Json(next)["code"], std::string(kCommune) + "-251001-0002");
}

TEST_P(DossierApiTest, PersonalDataIsMaskedForThoseWhoMayNotSeeIt) {
  const RawResponse created = Post("/api/v1/dossiers", IntakeBody(), Session("tiepnhan"));
  ASSERT_EQ(created.status, 201);
  const json full = Json(created);
  const std::string code = full["code"];
  EXPECT_EQ(full["applicant"]["id_number"], kCitizenId);
  EXPECT_EQ(full["contact"]["phone"], "0912345678");
  EXPECT_EQ(full["personal_data_masked"], false);

  auto read = [&](const std::string& user) {
    const RawResponse response = Get("/api/v1/dossiers/" + code, Session(user));
    EXPECT_EQ(response.status, 200) << user << ": " << response.body;
    return response;
  };
  for (const char* user : {"lanhdao", "quantri"}) {
    EXPECT_EQ(Json(read(user))["applicant"]["id_number"], kCitizenId) << user;
  }
  for (const char* user : {"cv.ht", "cv.ht2", "vanthu"}) {
    const RawResponse response = read(user);
    const json masked = Json(response);
    EXPECT_EQ(masked["personal_data_masked"], true) << user;
    EXPECT_EQ(masked["applicant"]["id_number"], "*********345") << user;
    EXPECT_EQ(masked["contact"]["phone"], "*******678") << user;
    EXPECT_EQ(masked["applicant"]["name"], "Nguyễn Văn An") << user;  // the name is not masked
    for (const char* secret : {kCitizenId, "0912345678", "an.nguyen@example.vn", "Thôn Đông"}) {
      EXPECT_EQ(response.body.find(secret), std::string::npos) << user << " sees " << secret;
    }
    const RawResponse history = Get("/api/v1/dossiers/" + code + "/history", Session(user));
    ASSERT_EQ(history.status, 200) << user;
    EXPECT_EQ(history.body.find(kCitizenId), std::string::npos) << user;
    EXPECT_EQ(history.body.find("0912345678"), std::string::npos) << user;
    EXPECT_EQ(Json(history)[0]["event"]["applicant"]["id_number"], "*********345");
  }
  // Once the dossier is assigned to cv.ht, that specialist (and only that one) sees it in full.
  ASSERT_EQ(Act(code, "assign", {{"to", "cv.ht"}}, Session("tiepnhan")).status, 200);
  EXPECT_EQ(Json(read("cv.ht"))["applicant"]["id_number"], kCitizenId);
  EXPECT_EQ(Json(read("cv.ht2"))["applicant"]["id_number"], "*********345");
  const json list = List("", "cv.ht2");
  ASSERT_EQ(list["items"].size(), 1u);
  EXPECT_EQ(list["items"][0]["applicant"]["id_number"], "*********345");
  EXPECT_EQ(List("", "cv.ht")["items"][0]["applicant"]["id_number"], kCitizenId);
}

TEST_P(DossierApiTest, ListFiltersSortsAndPages) {
  const std::vector<std::pair<std::string, std::string>> intakes = {
      {kHtProcedure, "Nguyễn Văn An"}, {kHtProcedure, "Trần Thị Bình"}, {kCtProcedure, "Lê Văn Cường"},
      {kHtProcedure, "Phạm Thị Dung"}, {kCtProcedure, "Hoàng Văn Em"},
  };
  std::vector<std::string> codes;
  for (const auto& [procedure, name] : intakes) {
    codes.push_back(ReceiveDirect(procedure, name));
    clock_.Advance(600);
  }
  ActDirect("tiepnhan", codes[1], "assign", {{"to", "cv.ht"}});
  SignInAgain();  // 50 minutes went by

  const json all = List("");
  EXPECT_EQ(all["total"], 5);
  EXPECT_EQ(all["limit"], 50);
  EXPECT_EQ(all["offset"], 0);
  EXPECT_EQ(Codes(all), (std::vector<std::string>{codes[4], codes[3], codes[2], codes[1], codes[0]}));
  EXPECT_EQ(all["items"][0]["procedure"]["code"], kCtProcedure);
  EXPECT_EQ(all["items"][0]["status"]["state"], "received");
  EXPECT_EQ(Codes(List("?sort=code")), codes);
  EXPECT_EQ(Codes(List("?sort=received_asc&limit=2&offset=1")),
            (std::vector<std::string>{codes[1], codes[2]}));
  EXPECT_EQ(List("?limit=2&offset=1")["total"], 5);
  EXPECT_EQ(List("?limit=100000")["limit"], 500);
  EXPECT_EQ(Codes(List("?field=CT&sort=code")), (std::vector<std::string>{codes[2], codes[4]}));
  EXPECT_EQ(List("?field=HT,CT")["total"], 5);
  EXPECT_EQ(Codes(List("?status=in_progress")), (std::vector<std::string>{codes[1]}));
  EXPECT_EQ(List("?status=received,in_progress")["total"], 5);
  EXPECT_EQ(Codes(List("?assignee=cv.ht")), (std::vector<std::string>{codes[1]}));
  EXPECT_EQ(Codes(List("?q=tran+thi+binh")), (std::vector<std::string>{codes[1]}));
  EXPECT_EQ(Codes(List("?q=C%C6%AF%E1%BB%9CNG")), (std::vector<std::string>{codes[2]}));  // "CƯỜNG"
  EXPECT_EQ(List("?channel=online")["total"], 0);
  EXPECT_EQ(List("?channel=direct")["total"], 5);
  EXPECT_EQ(List("?received_to=2025-10-01")["total"], 5);  // the whole day
  EXPECT_EQ(List("?received_to=2025-09-30")["total"], 0);
  EXPECT_EQ(List("?received_from=2025-10-02")["total"], 0);
  EXPECT_EQ(List("?received_from=2025-10-01T09:15:00%2B07:00")["total"], 3);
  EXPECT_EQ(List("?due_before=2025-10-01")["total"], 0);
  EXPECT_EQ(List("?overdue=true")["total"], 0);
  EXPECT_EQ(List("?overdue=false")["total"], 5);
  // A specialist lists the fields they hold; another field is refused.
  EXPECT_EQ(List("", "cv.ct")["total"], 2);
  List("?field=HT", "cv.ct", 403);
  EXPECT_EQ(List("", "tiepnhan.b")["total"], 0);  // another commune

  for (const char* bad : {"?status=flying", "?status=none", "?limit=0", "?limit=abc", "?offset=-1", "?page=2",
                          "?limit=1&limit=2", "?channel=fax", "?received_from=yesterday", "?overdue=yes",
                          "?sort=name", "?field=XX", "?assignee="}) {
    const json error = List(bad, "tiepnhan", 400);
    EXPECT_EQ(error["error"]["code"], "INVALID_ARGUMENT") << bad;
  }

  // Two weeks later every open, unpaused dossier is overdue.
  clock_.Advance(14 * 24 * 3600);
  SignInAgain();
  const json overdue = List("?overdue=true");
  EXPECT_EQ(overdue["total"], 5);
  EXPECT_EQ(overdue["items"][0]["overdue"], true);
  EXPECT_EQ(List("?due_before=2025-10-20")["total"], 5);
}

TEST_P(DossierApiTest, PublicLookupShowsNothingPersonal) {
  const std::string code = DossierIn("in_progress");
  const RawResponse response = Get("/api/v1/public/dossiers/" + code);  // no credentials
  ASSERT_EQ(response.status, 200) << response.body;
  const json body = Json(response);
  EXPECT_EQ(body["code"], code);
  EXPECT_EQ(body["procedure"]["code"], kHtProcedure);
  EXPECT_EQ(body["procedure"]["name"], "Thủ tục cấp Giấy xác nhận tình trạng hôn nhân");
  EXPECT_EQ(body["status"]["code"], 4);
  EXPECT_EQ(body["status"]["name"], "Đang xử lý");
  EXPECT_EQ(body["received_at"], "2025-10-01T09:00:00+07:00");
  EXPECT_TRUE(body["legal_due"].is_string());
  EXPECT_TRUE(body["appointment"].is_string());
  EXPECT_TRUE(body["resolved_at"].is_null());
  EXPECT_TRUE(body["returned_at"].is_null());
  std::set<std::string> keys;
  for (auto it = body.begin(); it != body.end(); ++it) keys.insert(it.key());
  EXPECT_EQ(keys, (std::set<std::string>{"code", "procedure", "status", "received_at", "legal_due",
                                         "appointment", "resolved_at", "returned_at", "closed_at"}));
  for (const char* secret : {"Nguyễn Văn An", kCitizenId, "0912345678", "cv.ht", "tiepnhan", "Thôn"}) {
    EXPECT_EQ(response.body.find(secret), std::string::npos) << secret;
  }
  const RawResponse unknown = Get("/api/v1/public/dossiers/000.00.20.H31-251001-0777");
  EXPECT_EQ(unknown.status, 404);
  EXPECT_EQ(ErrorMessage(unknown), "Không tìm thấy hồ sơ có mã 000.00.20.H31-251001-0777.");
  for (const char* bad : {"abc", "000.00.20.H31-251301-0001", "000.00.20.H31-251001-00001", "%C4%91"}) {
    const RawResponse malformed = Get(std::string("/api/v1/public/dossiers/") + bad);
    EXPECT_EQ(malformed.status, 400) << bad;
    EXPECT_EQ(ErrorCode(malformed), "INVALID_ARGUMENT") << bad;
  }
}

TEST_P(DossierApiTest, OpenApiDocumentDescribesEveryRoute) {
  const RawResponse response = Get("/api/v1/openapi.json");
  ASSERT_EQ(response.status, 200);
  const json document = Json(response);
  ASSERT_TRUE(document.is_object()) << "not JSON";
  EXPECT_TRUE(document["openapi"].get<std::string>().starts_with("3."));
  const std::vector<std::pair<std::string, std::string>> operations = {
      {"/api/v1/session", "post"},
      {"/api/v1/session", "get"},
      {"/api/v1/session", "delete"},
      {"/api/v1/dossiers", "post"},
      {"/api/v1/dossiers", "get"},
      {"/api/v1/dossiers/{code}", "get"},
      {"/api/v1/dossiers/{code}/actions/{action}", "post"},
      {"/api/v1/dossiers/{code}/history", "get"},
      {"/api/v1/public/dossiers/{code}", "get"},
      {"/api/v1/openapi.json", "get"},
      {"/api/v1/files", "post"},
      {"/api/v1/dossiers/{code}/files/{sha256}", "get"},
      {"/api/v1/public/feedback", "post"},
      {"/api/v1/public/feedback/{code}", "get"},
      {"/api/v1/public/feedback/{code}/rating", "post"},
      {"/api/v1/feedback", "post"},
      {"/api/v1/feedback", "get"},
      {"/api/v1/feedback/{code}", "get"},
      {"/api/v1/feedback/{code}/actions/{action}", "post"},
      {"/api/v1/reports/indicators", "get"},
      {"/api/v1/reports/decision766", "get"},
  };
  std::set<std::string> described;
  for (auto path = document["paths"].begin(); path != document["paths"].end(); ++path) {
    for (auto op = path.value().begin(); op != path.value().end(); ++op) {
      if (op.key() != "parameters") described.insert(path.key() + " " + op.key());
    }
  }
  std::set<std::string> expected;
  for (const auto& [path, method] : operations) expected.insert(path + " " + method);
  EXPECT_EQ(described, expected);
  for (const auto& [path, method] : operations) {
    const json& op = document["paths"][path][method];
    EXPECT_TRUE(op.contains("responses")) << path << " " << method;
    EXPECT_TRUE(op.contains("summary")) << path << " " << method;
  }
  // Every action id of the endpoint is listed in the document's enum.
  const json& action_enum = document["components"]["parameters"]["Action"]["schema"]["enum"];
  std::set<std::string> listed(action_enum.begin(), action_enum.end());
  std::set<std::string> actions;
  for (int i = 0; i < kDossierActionCount; ++i) {
    const auto action = static_cast<DossierAction>(i);
    if (action != DossierAction::kSubmitOnline && action != DossierAction::kResubmit &&
        action != DossierAction::kReceive) {
      actions.insert(std::string(ActionId(action)));
    }
  }
  EXPECT_EQ(listed, actions);
  // The error envelope is a shared schema.
  EXPECT_TRUE(document["components"]["schemas"].contains("Error"));
}

MOTCUA_INSTANTIATE_BACKENDS(DossierApiTest);

}  // namespace
}  // namespace motcua::web::testing
