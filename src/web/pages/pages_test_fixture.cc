#include "web/pages/pages_test_fixture.h"

#include <spdlog/spdlog.h>

#include <atomic>
#include <regex>

#include "catalog/catalog.h"
#include "dossier/event.h"
#include "web/dossier_api.h"
#include "web/feedback_api.h"
#include "web/file_api.h"
#include "web/pages/pages.h"
#include "web/pages/view_format.h"
#include "web/session_api.h"

namespace motcua::web::pages::testing {
namespace {

using nlohmann::json;

// Wednesday 2025-10-01 09:00 +07:00.
const Instant kStart = FromLocal(CivilDate{2025, 10, 1}, 9 * 3600);

std::string Unescape(std::string text) {
  const std::pair<const char*, const char*> entities[] = {
      {"&quot;", "\""}, {"&apos;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}};
  for (const auto& [entity, plain] : entities) {
    for (size_t pos = text.find(entity); pos != std::string::npos; pos = text.find(entity, pos + 1)) {
      text.replace(pos, std::string_view(entity).size(), plain);
    }
  }
  return text;
}

}  // namespace

std::string Browser::CookieHeader() const {
  std::string header;
  for (const auto& [name, value] : cookies) {
    if (!header.empty()) header.append("; ");
    header.append(name).append("=").append(value);
  }
  return header;
}

void Browser::Absorb(const Response& response) {
  for (const auto& [name, value] : response.headers.fields()) {
    if (!EqualsIgnoreCase(name, "Set-Cookie")) continue;
    const size_t equals = value.find('=');
    const size_t end = value.find(';');
    const std::string cookie = value.substr(0, equals);
    const std::string content = value.substr(equals + 1, end - equals - 1);
    if (value.find("Max-Age=0") != std::string::npos) {
      cookies.erase(cookie);
    } else {
      cookies[cookie] = content;
    }
  }
}

void PagesTest::SetUp() {
  spdlog::set_level(spdlog::level::warn);
  static std::atomic<int> counter{0};
  folder_ = std::filesystem::temp_directory_path() /
            ("motcua-pages-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(folder_);
  std::filesystem::create_directories(folder_);
  clock_.Set(kStart);
  auto store = OpenStore("sqlite:" + (folder_ / "motcua.db").string());
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  store_ = std::move(store).value();
  ASSERT_TRUE(store_->Migrate().ok());
  Unit province;
  province.code = kProvince;
  province.name = "UBND tỉnh Hưng Yên";
  province.effective_from = CivilDate{2025, 7, 1};
  ASSERT_TRUE(store_->AddUnit(province).ok());
  Unit commune;
  commune.code = kCommune;
  commune.name = "UBND xã Đồng Tiến";
  commune.parent_code = kProvince;
  commune.effective_from = CivilDate{2025, 7, 1};
  ASSERT_TRUE(store_->AddUnit(commune).ok());
  Result<Catalog> catalog = LoadEmbeddedCatalog();
  ASSERT_TRUE(catalog.ok()) << catalog.status().ToString();
  ASSERT_TRUE(store_->ReplaceCatalog(catalog->fields(), catalog->procedures()).ok());
  catalog_ = std::make_shared<const Catalog>(std::move(catalog).value());
  auto calendars = UnitCalendars::Create();
  ASSERT_TRUE(calendars.ok());
  calendars_ = std::move(calendars).value();
  service_ = std::make_shared<DossierService>(*store_, catalog_, *calendars_);

  auto hasher = PasswordHasher::Create(Argon2Limits::FastForTests(), 2);
  ASSERT_TRUE(hasher.ok());
  auto hash = hasher->Hash(kPassword);
  ASSERT_TRUE(hash.ok());
  struct Account {
    const char* username;
    const char* display_name;
    std::vector<Role> roles;
    std::vector<std::string> fields;
  };
  const std::vector<Account> accounts = {
      {"tiepnhan", "Nguyễn Thị Hồng", {Role::kDesk}, {}},
      {"cv.ht", "Trần Văn Minh", {Role::kSpecialist}, {"HT"}},
      {"cv.ct", "Lê Thị Thu", {Role::kSpecialist}, {"CT"}},
      {"lanhdao", "Hoàng Văn Sơn", {Role::kLeader}, {}},
      {"vanthu", "Đỗ Thị Mai", {Role::kClerk}, {}},
  };
  for (const Account& account : accounts) {
    User user;
    user.username = account.username;
    user.display_name = account.display_name;
    user.unit_code = kCommune;
    user.roles = account.roles;
    user.fields = account.fields;
    user.password_hash = *hash;
    user.created_at = kStart;
    user.updated_at = kStart;
    ASSERT_TRUE(store_->AddUser(user).ok());
  }

  auto vault = FileVault::Open(folder_ / "files");
  ASSERT_TRUE(vault.ok());
  vault_ = std::make_unique<FileVault>(std::move(vault).value());
  files_ = std::make_shared<FileService>(*store_, *service_, *vault_, FileLimits{});
  feedback_ = std::make_shared<FeedbackService>(*store_, *calendars_);
  auth_ = std::make_shared<const AuthContext>(*store_, CsrfKey::Generate(), clock_);
  AddSessionRoutes(router_, auth_, std::make_shared<const PasswordHasher>(std::move(hasher).value()));
  AddDossierRoutes(router_, auth_, service_);
  AddFileRoutes(router_, auth_, files_);
  AddFeedbackRoutes(router_, auth_, feedback_);
  std::shared_ptr<UnitCalendars> calendars_alias(std::shared_ptr<UnitCalendars>(), calendars_.get());
  const Status added = AddPageRoutes(router_, {auth_, service_, files_, calendars_alias});
  ASSERT_TRUE(added.ok()) << added.ToString();
}

void PagesTest::TearDown() {
  store_.reset();
  std::error_code ignored;
  std::filesystem::remove_all(folder_, ignored);
}

Response PagesTest::Send(Browser& browser, const std::string& method, const std::string& target,
                         const std::string& body, const std::string& content_type,
                         std::vector<std::pair<std::string, std::string>> headers) {
  Request request;
  request.method = method;
  request.target = target;
  EXPECT_TRUE(ParseRequestTarget(target, &request).ok()) << target;
  request.headers.Add("Host", kHost);
  bool has_origin = false;
  for (const auto& [name, value] : headers) has_origin |= EqualsIgnoreCase(name, "Origin");
  if (method == "POST" && !has_origin) request.headers.Add("Origin", std::string("http://") + kHost);
  if (!browser.cookies.empty()) request.headers.Add("Cookie", browser.CookieHeader());
  if (!content_type.empty()) request.headers.Add("Content-Type", content_type);
  for (auto& [name, value] : headers) request.headers.Set(name, value);
  request.body = body;
  request.remote_address = "127.0.0.1:50000";
  request.request_id = "test";
  Response response = router_.Dispatch(request);
  browser.Absorb(response);
  return response;
}

std::string PagesTest::Encode(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string out;
  for (const auto& [name, value] : fields) {
    if (!out.empty()) out.push_back('&');
    out.append(PercentEncode(name)).append("=").append(PercentEncode(value));
  }
  return out;
}

Response PagesTest::PostForm(Browser& browser, const std::string& target,
                             const std::vector<std::pair<std::string, std::string>>& fields) {
  return Send(browser, "POST", target, Encode(fields), "application/x-www-form-urlencoded");
}

std::string PagesTest::InputValue(const std::string& html, const std::string& name) {
  const std::regex pattern("name=\"" +
                           std::regex_replace(name, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") +
                           "\"[^>]*?value=\"([^\"]*)\"");
  std::smatch match;
  if (!std::regex_search(html, match, pattern)) return "";
  return Unescape(match[1].str());
}

std::string PagesTest::FormInput(const std::string& html, const std::string& action,
                                 const std::string& name) {
  const size_t start = html.find("action=\"" + action + "\"");
  if (start == std::string::npos) return "";
  const size_t end = html.find("</form>", start);
  return InputValue(html.substr(start, end - start), name);
}

std::vector<std::pair<std::string, std::string>> PagesTest::HiddenFields(const std::string& html,
                                                                         const std::string& action) {
  std::vector<std::pair<std::string, std::string>> out;
  const size_t start = html.find("action=\"" + action + "\"");
  if (start == std::string::npos) return out;
  const std::string form = html.substr(start, html.find("</form>", start) - start);
  static const std::regex hidden("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");
  for (auto it = std::sregex_iterator(form.begin(), form.end(), hidden); it != std::sregex_iterator(); ++it) {
    out.emplace_back(Unescape((*it)[1].str()), Unescape((*it)[2].str()));
  }
  return out;
}

Browser PagesTest::SignedIn(const std::string& username) {
  Browser browser;
  const Response form = Get(browser, "/dang-nhap");
  EXPECT_EQ(form.status, 200);
  const Response signed_in =
      PostForm(browser, "/dang-nhap",
               {{"csrf", InputValue(form.body, "csrf")}, {"username", username}, {"password", kPassword}});
  EXPECT_EQ(signed_in.status, 303) << signed_in.body;
  EXPECT_TRUE(browser.cookies.contains("motcua_session")) << username;
  return browser;
}

std::string PagesTest::ReceiveDirect(const std::string& applicant) {
  json body = {{"event", "received"},
               {"code", std::string(kCommune) + "-251001-0001"},
               {"at", FormatIsoInstant(clock_.Now())},
               {"by", "tiepnhan"},
               {"unit", kCommune},
               {"channel", "direct"},
               {"procedure", kHtProcedure},
               {"applicant", {{"name", applicant}, {"id_number", kCitizenId}, {"address", "Thôn Đông"}}},
               {"contact", {{"phone", "0912345678"}}},
               {"components", {{{"name", "Tờ khai"}, {"originals", 1}}}}};
  Result<Event> event = EventFromJson(body);
  EXPECT_TRUE(event.ok()) << event.status().ToString();
  if (!event.ok()) return "";
  Result<Dossier> dossier = service_->Receive(UserNamed("tiepnhan"), *event->intake, clock_.Now());
  EXPECT_TRUE(dossier.ok()) << dossier.status().ToString();
  return dossier.ok() ? dossier->code : "";
}

void PagesTest::ActDirect(const std::string& username, const std::string& code, const std::string& action,
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

User PagesTest::UserNamed(const std::string& username) {
  Result<User> user = store_->GetUser(username);
  EXPECT_TRUE(user.ok()) << username;
  return user.ok() ? *user : User{};
}

int64_t PagesTest::DossierCount() {
  DossierFilter filter;
  filter.unit_codes = {kCommune};
  filter.limit = 1;
  auto page = store_->ListDossiers(filter);
  EXPECT_TRUE(page.ok());
  return page.ok() ? page->total : -1;
}

}  // namespace motcua::web::pages::testing
