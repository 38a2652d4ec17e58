#include "web/api_test_fixture.h"

#include <spdlog/spdlog.h>

#include <filesystem>

#include "auth/token.h"
#include "catalog/catalog.h"
#include "dossier/event.h"
#include "web/dossier_api.h"
#include "web/file_api.h"
#include "web/session_api.h"

namespace motcua::web::testing {
namespace {

using nlohmann::json;

// Wednesday 2025-10-01 09:00 +07:00.
const Instant kStart = FromLocal(CivilDate{2025, 10, 1}, 9 * 3600);

Unit MakeUnit(const std::string& code, const std::string& name) {
  Unit unit;
  unit.code = code;
  unit.name = name;
  unit.effective_from = CivilDate{2025, 7, 1};
  return unit;
}

struct AccountSpec {
  const char* username;
  const char* unit;
  std::vector<Role> roles;
  std::vector<std::string> fields;
};

const std::vector<AccountSpec>& Accounts() {
  static const std::vector<AccountSpec> accounts = {
      {"tiepnhan", kCommune, {Role::kDesk}, {}},         {"cv.ht", kCommune, {Role::kSpecialist}, {"HT"}},
      {"cv.ht2", kCommune, {Role::kSpecialist}, {"HT"}}, {"cv.ct", kCommune, {Role::kSpecialist}, {"CT"}},
      {"lanhdao", kCommune, {Role::kLeader}, {}},        {"vanthu", kCommune, {Role::kClerk}, {}},
      {"quantri", kCommune, {Role::kAdmin}, {}},         {"tiepnhan.b", kOtherCommune, {Role::kDesk}, {}},
  };
  return accounts;
}

}  // namespace

void ApiTest::SetUp() {
  BackendTest::SetUp();
  if (HasFatalFailure()) return;
  spdlog::set_level(spdlog::level::warn);  // no line per sign-in
  clock_.Set(kStart);
  store_ = OpenTestStore();
  ASSERT_NE(store_, nullptr);
  ASSERT_TRUE(store_->AddUnit(MakeUnit(kCommune, "UBND xã Đồng Tiến")).ok());
  ASSERT_TRUE(store_->AddUnit(MakeUnit(kOtherCommune, "UBND xã Bình Minh")).ok());
  Result<Catalog> catalog = LoadEmbeddedCatalog();
  ASSERT_TRUE(catalog.ok()) << catalog.status().ToString();
  ASSERT_TRUE(store_->ReplaceCatalog(catalog->fields(), catalog->procedures()).ok());
  catalog_ = std::make_shared<const Catalog>(std::move(catalog).value());
  Result<std::unique_ptr<UnitCalendars>> calendars = UnitCalendars::Create();
  ASSERT_TRUE(calendars.ok()) << calendars.status().ToString();
  calendars_ = std::move(calendars).value();
  service_ = std::make_shared<DossierService>(*store_, catalog_, *calendars_);

  Result<PasswordHasher> hasher = PasswordHasher::Create(Argon2Limits::FastForTests());
  ASSERT_TRUE(hasher.ok());
  hasher_ = std::make_shared<const PasswordHasher>(std::move(hasher).value());
  Result<std::string> hash = hasher_->Hash(kPassword);
  ASSERT_TRUE(hash.ok());
  for (const AccountSpec& spec : Accounts()) {
    User user;
    user.username = spec.username;
    user.display_name = std::string("Cán bộ ") + spec.username;
    user.unit_code = spec.unit;
    user.roles = spec.roles;
    user.fields = spec.fields;
    user.password_hash = *hash;
    user.created_at = kStart;
    user.updated_at = kStart;
    Result<int64_t> id = store_->AddUser(user);
    ASSERT_TRUE(id.ok()) << id.status().ToString();
  }

  auth_ = std::make_shared<const AuthContext>(*store_, CsrfKey::Generate(), clock_);
  AddSessionRoutes(router_, auth_, hasher_);
  AddDossierRoutes(router_, auth_, service_);
  AddOpenApiRoute(router_);
  std::string vault_folder = "motcua-api-files-";
  vault_folder.append(std::to_string(reinterpret_cast<uintptr_t>(this)));
  vault_root_ = std::filesystem::temp_directory_path() / vault_folder;
  std::filesystem::remove_all(vault_root_);
  auto vault = FileVault::Open(vault_root_);
  ASSERT_TRUE(vault.ok()) << vault.status().ToString();
  vault_ = std::make_unique<FileVault>(std::move(vault).value());
  files_ = std::make_shared<FileService>(*store_, *service_, *vault_, FileLimits{});
  AddFileRoutes(router_, auth_, files_);
  HttpServerOptions options;
  options.body_limit_bytes = static_cast<size_t>(FileLimits{}.max_bytes) + 64 * 1024;
  options.listen = "127.0.0.1:0";  // loopback only
  options.threads = 4;             // handlers block on the database
  options.access_log = false;
  server_ = std::make_unique<HttpServer>(options, router_);
  ASSERT_TRUE(server_->Start().ok());
  SignInAgain();
}

void ApiTest::SignInAgain() {
  for (const AccountSpec& spec : Accounts()) {
    sessions_[spec.username] = Login(spec.username);
    ASSERT_FALSE(HasFailure()) << "cannot sign in " << spec.username;
  }
}

void ApiTest::TearDown() {
  if (server_) {
    server_->Stop();
    server_->Wait();
  }
  if (!vault_root_.empty()) std::filesystem::remove_all(vault_root_);
}

RawResponse ApiTest::Call(const HttpCall& call) const {
  std::string request =
      call.method + " " + call.target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
  if (!call.body.empty() && call.json_content_type) request += "Content-Type: application/json\r\n";
  bool declares_length = false;  // a test may declare its own (e.g. a 2 GB Content-Length)
  for (const auto& header : call.headers) declares_length |= header.first == "Content-Length";
  if (call.method != "GET" && call.method != "HEAD" && !declares_length) {
    request += "Content-Length: " + std::to_string(call.body.size()) + "\r\n";
  }
  if (!call.as.cookie.empty()) request += "Cookie: " + call.as.cookie + "\r\n";
  if (!call.as.csrf.empty()) request += "X-CSRF-Token: " + call.as.csrf + "\r\n";
  if (!call.as.bearer.empty()) request += "Authorization: Bearer " + call.as.bearer + "\r\n";
  for (const auto& [name, value] : call.headers) request += name + ": " + value + "\r\n";
  request += "\r\n" + call.body;
  TestClient client(server_->port());
  if (!client.connected() || !client.Send(request)) return {};
  auto response = client.ReadResponse(std::chrono::seconds(30));
  return response ? *response : RawResponse{};
}

RawResponse ApiTest::Get(const std::string& target, const As& as) const {
  return Call(HttpCall("GET", target, "", as));
}

RawResponse ApiTest::Post(const std::string& target, const json& body, const As& as) const {
  return Call(HttpCall("POST", target, body.dump(), as));
}

json ApiTest::Json(const RawResponse& response) { return json::parse(response.body, nullptr, false); }

std::string ApiTest::ErrorCode(const RawResponse& response) {
  const json body = Json(response);
  if (!body.is_object() || !body.contains("error")) return "";
  return body["error"].value("code", "");
}

std::string ApiTest::ErrorMessage(const RawResponse& response) {
  const json body = Json(response);
  if (!body.is_object() || !body.contains("error")) return "";
  return body["error"].value("message", "");
}

As ApiTest::Login(const std::string& username, const std::string& password) const {
  const RawResponse response = Post("/api/v1/session", json{{"username", username}, {"password", password}});
  EXPECT_EQ(response.status, 200) << username << ": " << response.body;
  As as;
  const std::string set_cookie = response.Header("set-cookie");
  as.cookie = set_cookie.substr(0, set_cookie.find(';'));
  const json body = Json(response);
  if (body.is_object()) as.csrf = body.value("csrf_token", "");
  EXPECT_FALSE(as.cookie.empty());
  EXPECT_FALSE(as.csrf.empty());
  return as;
}

User ApiTest::UserNamed(const std::string& username) {
  Result<User> user = store_->GetUser(username);
  EXPECT_TRUE(user.ok()) << username;
  return user.ok() ? *user : User{};
}

std::string ApiTest::IssueToken(const std::string& username, std::optional<Instant> expires_at) {
  const IssuedApiToken issued = IssueApiToken();
  ApiTokenRow row;
  row.key_id = issued.key_id;
  row.token_hash = issued.hash;
  row.user_id = UserNamed(username).id;
  row.name = "Cổng DVC tỉnh";
  row.created_at = clock_.Now();
  row.expires_at = expires_at;
  EXPECT_TRUE(store_->AddApiToken(row).ok());
  return issued.token;
}

json ApiTest::IntakeBody(const std::string& procedure, const std::string& applicant) {
  return {
      {"procedure", procedure},
      {"applicant", {{"name", applicant}, {"id_number", kCitizenId}, {"address", "Thôn Đông, xã Đồng Tiến"}}},
      {"contact", {{"phone", "0912345678"}, {"email", "an.nguyen@example.vn"}}},
      {"components", {{{"name", "Tờ khai"}, {"originals", 1}}}}};
}

std::string ApiTest::ReceiveDirect(const std::string& procedure, const std::string& applicant) {
  json body = IntakeBody(procedure, applicant);
  body["event"] = "received";
  body["code"] = std::string(kCommune) + "-251001-0001";  // replaced by the store
  body["at"] = FormatIsoInstant(clock_.Now());
  body["by"] = "tiepnhan";
  body["unit"] = kCommune;
  body["channel"] = "direct";
  Result<Event> event = EventFromJson(body);
  EXPECT_TRUE(event.ok()) << event.status().ToString();
  if (!event.ok()) return "";
  Result<Dossier> dossier = service_->Receive(UserNamed("tiepnhan"), *event->intake, clock_.Now());
  EXPECT_TRUE(dossier.ok()) << dossier.status().ToString();
  return dossier.ok() ? dossier->code : "";
}

void ApiTest::ActDirect(const std::string& username, const std::string& code, const std::string& action,
                        json fields) {
  Result<DossierAction> parsed = ParseActionId(action);
  ASSERT_TRUE(parsed.ok()) << action;
  fields["event"] = std::string(EventKindId(EventKindFor(*parsed)));
  fields["code"] = code;
  fields["at"] = FormatIsoInstant(clock_.Now());
  fields["by"] = username;
  Result<Event> event = EventFromJson(fields);
  ASSERT_TRUE(event.ok()) << event.status().ToString();
  Result<Dossier> dossier = service_->Act(UserNamed(username), code, *event, clock_.Now());
  ASSERT_TRUE(dossier.ok()) << action << ": " << dossier.status().ToString();
}

std::string ApiTest::DossierIn(const std::string& state) {
  const std::string code = ReceiveDirect();
  if (state == "received") return code;
  ActDirect("tiepnhan", code, "assign", {{"to", "cv.ht"}});
  if (state == "in_progress") return code;
  if (state == "supplement_requested") {
    ActDirect("cv.ht", code, "request_supplement", {{"items", {"Bản sao sổ hộ khẩu"}}});
    return code;
  }
  if (state == "fees_requested") {
    ActDirect("cv.ht", code, "request_fees", {{"fees", {{{"description", "Lệ phí"}, {"amount", 10000}}}}});
    return code;
  }
  ActDirect("lanhdao", code, "approve");
  if (state == "approved") return code;
  ActDirect("lanhdao", code, "sign");
  if (state == "signed") return code;
  ActDirect("vanthu", code, "number", {{"document", "15/GXNTTHN"}});
  if (state == "numbered") return code;
  ActDirect("vanthu", code, "result_ready", {{"digitized", false}});
  if (state == "resolved") return code;
  ActDirect("tiepnhan", code, "return_result", {{"recipient", "Nguyễn Văn An"}});
  if (state == "returned") return code;
  ADD_FAILURE() << "DossierIn: unknown state " << state;
  return code;
}

int64_t ApiTest::DossierTotal() {
  DossierFilter filter;
  filter.unit_codes = {kCommune, kOtherCommune};
  filter.limit = 1;
  Result<DossierPage> page = store_->ListDossiers(filter);
  EXPECT_TRUE(page.ok()) << page.status().ToString();
  return page.ok() ? page->total : -1;
}

size_t ApiTest::HistoryLength(const std::string& code) {
  Result<std::vector<StoredEvent>> history = store_->GetDossierHistory(code);
  EXPECT_TRUE(history.ok()) << history.status().ToString();
  return history.ok() ? history->size() : 0;
}

}  // namespace motcua::web::testing
