// Who may do what, over HTTP: one row per endpoint or lifecycle action, one column per kind of caller, each
// cell the HTTP status expected. The table is written by hand from docs/security.md section 8 (not derived
// from auth/access_table.cc), so a change of the rules in code that the documentation does not follow fails
// here. Every refused cell is also checked to leave the dossier's journal untouched, and every allowed
// action to append exactly one event.
#include <gtest/gtest.h>

#include <array>
#include <map>

#include "web/api_test_fixture.h"

namespace motcua::web::testing {
namespace {

using nlohmann::json;

// The callers. cv.ht is a Hộ tịch specialist and the holder of every dossier past "received"; cv.ht2 is a
// Hộ tịch specialist who does not hold it; cv.ct a Chứng thực specialist; tiepnhan.b the desk of another
// commune; "" nobody signed in. The dossiers are of field HT, unit 000.00.20.H31.
constexpr std::array<const char*, 9> kCallers = {"tiepnhan", "cv.ht",   "cv.ht2",     "cv.ct", "lanhdao",
                                                 "vanthu",   "quantri", "tiepnhan.b", ""};
using Cells = std::array<int, kCallers.size()>;

struct Row {
  const char* name;
  const char* state;  // the dossier's state before the request; "" for no dossier
  const char* method;
  std::string path;  // "{code}" is replaced by the dossier's code
  json body;
  Cells expected;  // in the order of kCallers
};

// Abbreviations for the cells.
constexpr int OK = 200, NEW = 201, DENY = 403, ANON = 401, LATE = 409;

std::vector<Row> Matrix() {
  const json intake = [] {
    json body = ApiTest::IntakeBody();
    body["unit"] = kCommune;  // explicit, so the other commune's desk asks for this commune
    return body;
  }();
  auto p = [](const char* id) { return std::string("/api/v1/dossiers/{code}/actions/") + id; };
  //                                                                tiepnhan cv.ht cv.ht2 cv.ct lanhdao vanthu
  //                                                                quantri other  anon
  return {
      {"receive",
       "",
       "POST",
       "/api/v1/dossiers",
       intake,
       {NEW, DENY, DENY, DENY, DENY, DENY, DENY, DENY, ANON}},
      {"list", "", "GET", "/api/v1/dossiers", nullptr, {OK, OK, OK, OK, OK, OK, OK, OK, ANON}},
      {"view",
       "in_progress",
       "GET",
       "/api/v1/dossiers/{code}",
       nullptr,
       {OK, OK, OK, DENY, OK, OK, OK, DENY, ANON}},
      {"history",
       "in_progress",
       "GET",
       "/api/v1/dossiers/{code}/history",
       nullptr,
       {OK, OK, OK, DENY, OK, OK, OK, DENY, ANON}},
      {"assign",
       "received",
       "POST",
       p("assign"),
       {{"to", "cv.ht"}},
       {OK, DENY, DENY, DENY, OK, DENY, DENY, DENY, ANON}},
      {"hand_over",
       "in_progress",
       "POST",
       p("hand_over"),
       {{"to", "cv.ht2"}},
       {OK, OK, DENY, DENY, OK, DENY, DENY, DENY, ANON}},
      {"request_supplement",
       "in_progress",
       "POST",
       p("request_supplement"),
       {{"items", {"Bản sao"}}},
       {OK, OK, DENY, DENY, DENY, DENY, DENY, DENY, ANON}},
      {"receive_supplement",
       "supplement_requested",
       "POST",
       p("receive_supplement"),
       json::object(),
       {OK, DENY, DENY, DENY, DENY, DENY, DENY, DENY, ANON}},
      {"request_fees",
       "in_progress",
       "POST",
       p("request_fees"),
       {{"fees", {{{"description", "Phí"}, {"amount", 8000}}}}},
       {OK, OK, DENY, DENY, DENY, DENY, DENY, DENY, ANON}},
      {"pay_fees",
       "fees_requested",
       "POST",
       p("pay_fees"),
       json::object(),
       {OK, DENY, DENY, DENY, DENY, DENY, DENY, DENY, ANON}},
      {"apologize",
       "in_progress",
       "POST",
       p("apologize"),
       {{"new_due", "2025-10-15T16:00:00+07:00"}, {"reason", "Cần xác minh thêm"}},
       {DENY, DENY, DENY, DENY, OK, DENY, DENY, DENY, ANON}},
      {"approve",
       "in_progress",
       "POST",
       p("approve"),
       json::object(),
       {DENY, DENY, DENY, DENY, OK, DENY, DENY, DENY, ANON}},
      {"sign",
       "approved",
       "POST",
       p("sign"),
       json::object(),
       {DENY, DENY, DENY, DENY, OK, DENY, DENY, DENY, ANON}},
      {"number",
       "signed",
       "POST",
       p("number"),
       {{"document", "20/GXN"}},
       {DENY, DENY, DENY, DENY, DENY, OK, DENY, DENY, ANON}},
      {"reject",
       "in_progress",
       "POST",
       p("reject"),
       {{"reason", "Không đủ điều kiện"}},
       {DENY, DENY, DENY, DENY, OK, DENY, DENY, DENY, ANON}},
      {"result_ready",
       "numbered",
       "POST",
       p("result_ready"),
       {{"digitized", false}},
       {DENY, OK, DENY, DENY, DENY, OK, DENY, DENY, ANON}},
      {"return_result",
       "resolved",
       "POST",
       p("return_result"),
       {{"recipient", "Nguyễn Văn An"}},
       {OK, DENY, DENY, DENY, DENY, DENY, DENY, DENY, ANON}},
      {"withdraw",
       "received",
       "POST",
       p("withdraw"),
       {{"reason", "Công dân rút hồ sơ"}},
       {OK, DENY, DENY, DENY, OK, DENY, DENY, DENY, ANON}},
      {"stop",
       "in_progress",
       "POST",
       p("stop"),
       {{"reason", "Đề nghị dừng"}},
       {OK, DENY, DENY, DENY, OK, DENY, DENY, DENY, ANON}},
      {"evaluate",
       "returned",
       "POST",
       p("evaluate"),
       {{"overall", "satisfied"}},
       {OK, DENY, DENY, DENY, DENY, DENY, DENY, DENY, ANON}},
      // Allowed to the desk by role but not from this state: the right is checked first (403 for the others),
      // then the lifecycle (409 for the desk).
      {"refuse_at_desk on a received dossier",
       "received",
       "POST",
       p("refuse_at_desk"),
       {{"reason", "Thiếu"}},
       {LATE, DENY, DENY, DENY, DENY, DENY, DENY, DENY, ANON}},
  };
}

class AccessMatrixTest : public ApiTest {};

TEST_P(AccessMatrixTest, EveryRoleOnEveryEndpoint) {
  for (const Row& row : Matrix()) {
    std::string code;  // the row's dossier; a new one after each successful action
    for (size_t column = 0; column < kCallers.size(); ++column) {
      const std::string caller = kCallers[column];
      const int expected = row.expected[column];
      if (*row.state != '\0' && code.empty()) code = DossierIn(row.state);
      ASSERT_FALSE(HasFatalFailure());
      std::string target = row.path;
      if (const size_t at = target.find("{code}"); at != std::string::npos) target.replace(at, 6, code);
      const size_t history_before = code.empty() ? 0 : HistoryLength(code);
      const int64_t total_before = DossierTotal();
      HttpCall call{row.method, target, row.body.is_null() ? "" : row.body.dump()};
      if (!caller.empty()) call.as = Session(caller);
      const RawResponse response = Call(call);
      EXPECT_EQ(response.status, expected)
          << row.name << " as " << (caller.empty() ? "anonymous" : caller) << ": " << response.body;
      const bool changed = response.status == OK || response.status == NEW;
      if (response.status >= 400) {
        EXPECT_FALSE(ErrorMessage(response).empty()) << row.name << " as " << caller;
      }
      if (std::string(row.method) == "POST") {
        if (!code.empty()) {
          EXPECT_EQ(HistoryLength(code), history_before + (changed ? 1 : 0)) << row.name;
        }
        EXPECT_EQ(DossierTotal(), total_before + (response.status == NEW ? 1 : 0)) << row.name;
        if (changed) code.clear();  // the next caller gets a dossier in the row's state again
      }
    }
  }
}

TEST_P(AccessMatrixTest, PermissionDeniedMessagesSayWhatIsMissing) {
  const std::string code = DossierIn("in_progress");
  // The role.
  const RawResponse clerk =
      Post("/api/v1/dossiers/" + code + "/actions/approve", json::object(), Session("vanthu"));
  EXPECT_EQ(clerk.status, 403);
  EXPECT_NE(ErrorMessage(clerk).find("Lãnh đạo"), std::string::npos) << clerk.body;
  // The field.
  const RawResponse other_field = Get("/api/v1/dossiers/" + code, Session("cv.ct"));
  EXPECT_EQ(other_field.status, 403);
  EXPECT_NE(ErrorMessage(other_field).find("HT"), std::string::npos) << other_field.body;
  // The assignment.
  const RawResponse not_holder = Post("/api/v1/dossiers/" + code + "/actions/request_supplement",
                                      json{{"items", {"Bản sao"}}}, Session("cv.ht2"));
  EXPECT_EQ(not_holder.status, 403);
  EXPECT_NE(ErrorMessage(not_holder).find("phân công"), std::string::npos) << not_holder.body;
  // The unit.
  const RawResponse other_unit = Get("/api/v1/dossiers/" + code, Session("tiepnhan.b"));
  EXPECT_EQ(other_unit.status, 403);
  EXPECT_NE(ErrorMessage(other_unit).find("đơn vị"), std::string::npos) << other_unit.body;
}

TEST_P(AccessMatrixTest, WhoSeesPersonalData) {
  const std::string code = DossierIn("in_progress");  // held by cv.ht
  // true: the ID number in full; false: masked. Callers who may not view the dossier at all are absent.
  const std::map<std::string, bool> expected = {
      {"tiepnhan", true}, {"cv.ht", true},   {"cv.ht2", false},
      {"lanhdao", true},  {"vanthu", false}, {"quantri", true},
  };
  for (const auto& [caller, full] : expected) {
    const RawResponse response = Get("/api/v1/dossiers/" + code, Session(caller));
    ASSERT_EQ(response.status, 200) << caller;
    EXPECT_EQ(Json(response)["applicant"]["id_number"], full ? kCitizenId : "*********345") << caller;
    EXPECT_EQ(Json(response)["personal_data_masked"], !full) << caller;
  }
}

MOTCUA_INSTANTIATE_BACKENDS(AccessMatrixTest);

}  // namespace
}  // namespace motcua::web::testing
