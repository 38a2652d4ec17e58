// Test fixture of the page handler suites: a fresh SQLite store in a temporary folder with the commune
// 000.00.20.H31 (under its province), the embedded catalogue, one account per role, the services, and a
// Router carrying the session, dossier, file and feedback API routes and the pages, called directly (no
// socket: Router::Dispatch is what the server calls). Time is a ManualClock on Wednesday 2025-10-01 09:00
// +07:00, a working day. A small "browser" keeps cookies per test user and reads form fields out of pages.
// Not thread-safe except where a test says so.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "attachment/file_vault.h"
#include "auth/clock.h"
#include "auth/password.h"
#include "service/dossier_service.h"
#include "service/feedback_service.h"
#include "service/file_service.h"
#include "service/unit_calendars.h"
#include "store/store.h"
#include "web/auth_context.h"
#include "web/router.h"

namespace motcua::web::pages::testing {

inline constexpr char kCommune[] = "000.00.20.H31";
inline constexpr char kProvince[] = "000.00.00.H31";
inline constexpr char kPassword[] = "Hoa sen nở giữa đầm 2025";
inline constexpr char kHost[] = "motcua.test";
// Cấp Giấy xác nhận tình trạng hôn nhân: field HT, 3 working days.
inline constexpr char kHtProcedure[] = "1.004873";
// A structurally valid CCCD: Hà Nội (001), a man born in 1990.
inline constexpr char kCitizenId[] = "001090012345";

// One browser: its cookies (name -> value).
struct Browser {
  std::map<std::string, std::string> cookies;
  std::string CookieHeader() const;
  void Absorb(const Response& response);  // applies Set-Cookie (Max-Age=0 deletes)
};

class PagesTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Dispatches one request through the router as `browser` (cookies sent and updated). `headers` are extra
  // fields; Host is always motcua.test and, for POSTs, Origin is http://motcua.test unless given.
  Response Send(Browser& browser, const std::string& method, const std::string& target,
                const std::string& body = "", const std::string& content_type = "",
                std::vector<std::pair<std::string, std::string>> headers = {});
  Response Get(Browser& browser, const std::string& target) { return Send(browser, "GET", target); }
  // POSTs urlencoded `fields`.
  Response PostForm(Browser& browser, const std::string& target,
                    const std::vector<std::pair<std::string, std::string>>& fields);

  // Signs `username` in through the sign-in page; fails the test otherwise.
  Browser SignedIn(const std::string& username);
  // The value of the first input named `name` in `html` (HTML entities decoded), "" when none.
  static std::string InputValue(const std::string& html, const std::string& name);
  // The value of input `name` inside the form whose action is `action`.
  static std::string FormInput(const std::string& html, const std::string& action, const std::string& name);
  // Every hidden input (name, decoded value) of the form whose action is `action`, in order.
  static std::vector<std::pair<std::string, std::string>> HiddenFields(const std::string& html,
                                                                       const std::string& action);
  static std::string Encode(const std::vector<std::pair<std::string, std::string>>& fields);

  // Receives a dossier through the service as "tiepnhan" (fast set-up); returns its code.
  std::string ReceiveDirect(const std::string& applicant = "Nguyễn Văn An");
  void ActDirect(const std::string& username, const std::string& code, const std::string& action,
                 nlohmann::json fields = nlohmann::json::object());
  User UserNamed(const std::string& username);
  int64_t DossierCount();

  std::filesystem::path folder_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<UnitCalendars> calendars_;
  std::shared_ptr<const Catalog> catalog_;
  std::shared_ptr<DossierService> service_;
  std::unique_ptr<FileVault> vault_;
  std::shared_ptr<FileService> files_;
  std::shared_ptr<FeedbackService> feedback_;
  ManualClock clock_;
  std::shared_ptr<const AuthContext> auth_;
  Router router_;
};

}  // namespace motcua::web::pages::testing
