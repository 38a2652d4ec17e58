// The procedure API over a small in-memory catalogue built here, through the Router and over a socket.
#include "web/procedure_api.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "catalog/procedure_json.h"
#include "web/health_api.h"
#include "web/server.h"
#include "web/test_http_client.h"

namespace motcua::web {
namespace {

Procedure MakeProcedure(std::string code, std::string name, std::string field, CivilDate from,
                        std::optional<CivilDate> to = std::nullopt, int days = 3) {
  Procedure p;
  p.code = std::move(code);
  p.name = std::move(name);
  p.field_code = std::move(field);
  p.cases.push_back({"Thông thường", {days, DurationUnit::kWorkingDays}, std::nullopt});
  p.fees.push_back({"Miễn lệ phí", 0});
  p.components.push_back({"Tờ khai", 1, 0, false});
  p.result = "Giấy chứng nhận";
  p.effective_from = from;
  p.effective_to = to;
  p.confidence = "confirmed";
  return p;
}

std::vector<Procedure> SmallCatalogue() {
  return {
      MakeProcedure("2.000908", "Cấp bản sao từ sổ gốc", "CT", {2016, 1, 1}),
      MakeProcedure("1.001193", "Đăng ký khai sinh", "HT", {2016, 1, 1}, CivilDate{2024, 12, 31}, 1),
      MakeProcedure("1.001193", "Đăng ký khai sinh (sửa đổi)", "HT", {2025, 1, 1}, std::nullopt, 0),
      MakeProcedure("1.000656", "Đăng ký khai tử", "HT", {2016, 1, 1}),
      MakeProcedure("1.010010", "Đề nghị dừng thực hiện thủ tục", "HT", {2030, 1, 1}),
  };
}

class ProcedureApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    holder_ = std::make_shared<ProcedureSnapshotHolder>(SmallCatalogue());
    ProcedureApiOptions options;
    options.today = [] { return CivilDate{2025, 6, 1}; };
    options.max_limit = 3;
    AddProcedureRoutes(router_, holder_, options);
    AddHealthRoutes(router_);
  }

  Response Get(std::string_view target) {
    Request request;
    request.method = "GET";
    request.target = std::string(target);
    EXPECT_TRUE(ParseRequestTarget(target, &request).ok()) << target;
    return router_.Dispatch(request);
  }

  nlohmann::json GetJson(std::string_view target, int expected_status = 200) {
    const Response response = Get(target);
    EXPECT_EQ(response.status, expected_status) << target << " " << response.BodyView();
    return nlohmann::json::parse(response.BodyView());
  }

  static std::vector<std::string> Codes(const nlohmann::json& list) {
    std::vector<std::string> codes;
    for (const auto& item : list["items"]) codes.push_back(item["code"].get<std::string>());
    return codes;
  }

  Router router_;
  std::shared_ptr<ProcedureSnapshotHolder> holder_;
};

TEST_F(ProcedureApiTest, HealthzIsOk) {
  const Response response = Get("/healthz");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.BodyView(), R"({"status":"ok"})");
}

TEST_F(ProcedureApiTest, ListsProceduresInForceTodaySortedByCode) {
  const auto list = GetJson("/api/v1/procedures");
  EXPECT_EQ(list["total"], 3);
  EXPECT_EQ(list["on"], "2025-06-01");
  EXPECT_EQ(Codes(list), (std::vector<std::string>{"1.000656", "1.001193", "2.000908"}));
  EXPECT_EQ(list["items"][1]["name"], "Đăng ký khai sinh (sửa đổi)");
  EXPECT_EQ(list["items"][1]["field"], "HT");
  EXPECT_EQ(list["items"][1]["effective_from"], "2025-01-01");
  EXPECT_TRUE(list["items"][1]["effective_to"].is_null());
}

TEST_F(ProcedureApiTest, FiltersByField) {
  EXPECT_EQ(Codes(GetJson("/api/v1/procedures?field=HT")),
            (std::vector<std::string>{"1.000656", "1.001193"}));
  EXPECT_EQ(Codes(GetJson("/api/v1/procedures?field=ct")), (std::vector<std::string>{"2.000908"}));
  EXPECT_EQ(GetJson("/api/v1/procedures?field=XX")["total"], 0);
}

TEST_F(ProcedureApiTest, SearchIgnoresAccentsCaseAndWordOrder) {
  EXPECT_EQ(Codes(GetJson("/api/v1/procedures?q=dang+ky+khai+sinh")), (std::vector<std::string>{"1.001193"}));
  EXPECT_EQ(Codes(GetJson("/api/v1/procedures?q=%C4%90%C4%82NG%20K%C3%9D")),  // "ĐĂNG KÝ"
            (std::vector<std::string>{"1.000656", "1.001193"}));
  EXPECT_EQ(Codes(GetJson("/api/v1/procedures?q=khai%20sinh%20dang%20ky")),
            (std::vector<std::string>{"1.001193"}));
  EXPECT_EQ(Codes(GetJson("/api/v1/procedures?q=2.000908")), (std::vector<std::string>{"2.000908"}));
  EXPECT_EQ(GetJson("/api/v1/procedures?q=ket+hon")["total"], 0);
  EXPECT_EQ(GetJson("/api/v1/procedures?q=+")["total"], 3);  // blank: no filter
  EXPECT_EQ(GetJson("/api/v1/procedures?q=" + std::string(201, 'a'), 400)["error"]["code"],
            "INVALID_ARGUMENT");
}

TEST_F(ProcedureApiTest, DateOfValidityChoosesVersions) {
  const auto in_2024 = GetJson("/api/v1/procedures?on=2024-06-01&q=khai+sinh");
  ASSERT_EQ(in_2024["total"], 1);
  EXPECT_EQ(in_2024["items"][0]["name"], "Đăng ký khai sinh");
  EXPECT_EQ(GetJson("/api/v1/procedures?on=2030-01-01")["total"], 4);
  EXPECT_EQ(GetJson("/api/v1/procedures?on=2015-12-31")["total"], 0);
  EXPECT_EQ(GetJson("/api/v1/procedures?on=2025-13-01", 400)["error"]["code"], "INVALID_ARGUMENT");
  EXPECT_EQ(GetJson("/api/v1/procedures?on=yesterday", 400)["error"]["code"], "INVALID_ARGUMENT");
}

TEST_F(ProcedureApiTest, PagesWithLimitAndOffset) {
  const auto page = GetJson("/api/v1/procedures?limit=1&offset=1");
  EXPECT_EQ(page["total"], 3);
  EXPECT_EQ(page["limit"], 1);
  EXPECT_EQ(page["offset"], 1);
  EXPECT_EQ(Codes(page), (std::vector<std::string>{"1.001193"}));
  EXPECT_TRUE(GetJson("/api/v1/procedures?offset=10")["items"].empty());
  EXPECT_EQ(GetJson("/api/v1/procedures?limit=1000")["limit"], 3);  // clamped to max_limit
  EXPECT_EQ(GetJson("/api/v1/procedures?limit=0")["items"].size(), 0u);
  for (const char* bad : {"limit=-1", "limit=abc", "offset=1.5", "limit=", "offset=99999999999999"}) {
    EXPECT_EQ(GetJson(std::string("/api/v1/procedures?") + bad, 400)["error"]["code"], "INVALID_ARGUMENT")
        << bad;
  }
}

TEST_F(ProcedureApiTest, GetsTheVersionInForce) {
  const auto current = GetJson("/api/v1/procedures/1.001193");
  EXPECT_EQ(current["name"], "Đăng ký khai sinh (sửa đổi)");
  EXPECT_EQ(current["cases"][0]["processing_time"], "0 wd");
  const auto old = GetJson("/api/v1/procedures/1.001193?on=2024-12-31");
  EXPECT_EQ(old["name"], "Đăng ký khai sinh");
  // The body is ProcedureToJson of that version.
  const auto snapshot = holder_->Get();
  const ProcedureEntry* entry = snapshot->Find("1.001193", {2024, 12, 31});
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(old, ProcedureToJson(entry->procedure));
}

TEST_F(ProcedureApiTest, UnknownOrMalformedCodes) {
  const auto unknown = GetJson("/api/v1/procedures/9.999999", 404);
  EXPECT_EQ(unknown["error"]["code"], "NOT_FOUND");
  EXPECT_EQ(unknown["error"]["message"], "Không tìm thấy thủ tục có mã 9.999999.");
  const auto not_yet = GetJson("/api/v1/procedures/1.010010", 404);
  EXPECT_EQ(not_yet["error"]["message"], "Thủ tục mã 1.010010 không có hiệu lực vào ngày 01/06/2025.");
  for (const char* bad : {"1001193", "1.00119", "1.0011934", "a.001193", "1-001193", "%C4%91"}) {
    const auto malformed = GetJson(std::string("/api/v1/procedures/") + bad, 400);
    EXPECT_EQ(malformed["error"]["code"], "INVALID_ARGUMENT") << bad;
  }
  EXPECT_EQ(GetJson("/api/v1/procedures/1.001193?on=2025-02-30", 400)["error"]["code"], "INVALID_ARGUMENT");
}

TEST_F(ProcedureApiTest, ReplaceSwapsTheSnapshotWithoutDisturbingHolders) {
  const auto before = holder_->Get();
  holder_->Replace({MakeProcedure("1.999999", "Thủ tục mới", "HT", {2020, 1, 1})});
  EXPECT_EQ(Codes(GetJson("/api/v1/procedures")), (std::vector<std::string>{"1.999999"}));
  EXPECT_EQ(GetJson("/api/v1/procedures/1.001193", 404)["error"]["code"], "NOT_FOUND");
  // A reader holding the old snapshot still sees it whole.
  EXPECT_EQ(before->entries().size(), 5u);
  EXPECT_NE(before->Find("1.001193", {2025, 6, 1}), nullptr);
}

TEST_F(ProcedureApiTest, ServedOverHttp) {
  HttpServerOptions options;
  options.listen = "127.0.0.1:0";
  options.threads = 1;
  options.access_log = false;
  HttpServer server(options, router_);
  ASSERT_TRUE(server.Start().ok());
  testing::TestClient client(server.port());
  ASSERT_TRUE(
      client.Send("GET /api/v1/procedures/1.001193?on=2024-01-01 HTTP/1.1\r\nHost: t\r\n\r\n"
                  "GET /api/v1/procedures?q=%C4%91%C4%83ng%20k%C3%BD%20khai%20t%E1%BB%AD HTTP/1.1\r\n"
                  "Host: t\r\n\r\n"
                  "GET /api/v1/procedures/1.2 HTTP/1.1\r\nHost: t\r\n\r\n"));
  auto detail = client.ReadResponse();
  ASSERT_TRUE(detail.has_value());
  EXPECT_EQ(detail->status, 200);
  EXPECT_EQ(nlohmann::json::parse(detail->body)["name"], "Đăng ký khai sinh");
  auto list = client.ReadResponse();
  ASSERT_TRUE(list.has_value());
  EXPECT_EQ(Codes(nlohmann::json::parse(list->body)), (std::vector<std::string>{"1.000656"}));
  auto malformed = client.ReadResponse();
  ASSERT_TRUE(malformed.has_value());
  EXPECT_EQ(malformed->status, 400);
  server.Stop();
  server.Wait();
}

}  // namespace
}  // namespace motcua::web
