// Test fixture of the JSON API suites (session_api_test, dossier_api_test, access_matrix_test): a fresh
// store on each backend (store/test_backend.h) with the demo commune 000.00.20.H31, a second commune
// 000.00.21.H31, the embedded catalogue, one account per role, the DossierService, and a real HttpServer on
// 127.0.0.1 with an ephemeral port serving the session, dossier and OpenAPI routes. Time is a ManualClock
// starting on Wednesday 2025-10-01 09:00 +07:00 (a working day), so due times are deterministic.
// Requests go through test_http_client.h, one connection per call; Call() is thread-safe.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "auth/clock.h"
#include "auth/password.h"
#include "service/dossier_service.h"
#include "service/file_service.h"
#include "store/test_backend.h"
#include "web/auth_context.h"
#include "web/server.h"
#include "web/test_http_client.h"

namespace motcua::web::testing {

inline constexpr char kCommune[] = "000.00.20.H31";
inline constexpr char kOtherCommune[] = "000.00.21.H31";
// 3 working days, field HT (Hộ tịch): Thủ tục cấp Giấy xác nhận tình trạng hôn nhân.
inline constexpr char kHtProcedure[] = "1.004873";
// 2 working days, field CT (Chứng thực): chứng thực giao dịch.
inline constexpr char kCtProcedure[] = "2.001035";
// A structurally valid CCCD: Hà Nội (001), man born in the 1900s (0), 1990, serial 012345.
inline constexpr char kCitizenId[] = "001090012345";
inline constexpr char kPassword[] = "Hoa sen nở giữa đầm 2025";

// Who makes a request: nobody, a browser session, or an API token.
struct As {
  std::string cookie;  // "motcua_session=<token>"
  std::string csrf;    // sent as X-CSRF-Token when not empty
  std::string bearer;  // "mc_..."
};

struct HttpCall {
  HttpCall(std::string method_in, std::string target_in, std::string body_in = "", As as_in = {})
      : method(std::move(method_in)),
        target(std::move(target_in)),
        body(std::move(body_in)),
        as(std::move(as_in)) {}

  std::string method;
  std::string target;
  std::string body;
  As as;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers
  bool json_content_type = true;                             // add Content-Type: application/json to bodies
};

class ApiTest : public store_internal::BackendTest {
 public:
  // A valid intake body for `procedure` (HT by default).
  static nlohmann::json IntakeBody(const std::string& procedure = kHtProcedure,
                                   const std::string& applicant = "Nguyễn Văn An");

 protected:
  void SetUp() override;
  void TearDown() override;

  // Sends one request on a new connection; status 0 when no answer came.
  RawResponse Call(const HttpCall& call) const;
  RawResponse Get(const std::string& target, const As& as = {}) const;
  RawResponse Post(const std::string& target, const nlohmann::json& body, const As& as = {}) const;
  // The body of `response` as JSON (null JSON when it is not JSON).
  static nlohmann::json Json(const RawResponse& response);
  static std::string ErrorCode(const RawResponse& response);
  static std::string ErrorMessage(const RawResponse& response);

  // Signs in over HTTP and returns the session (cookie + CSRF token); fails the test otherwise.
  As Login(const std::string& username, const std::string& password = kPassword) const;
  // Signs every account in again (after the clock moved past the sessions' idle timeout).
  void SignInAgain();
  // The session of the account `username`, signed in once in SetUp.
  const As& Session(const std::string& username) const { return sessions_.at(username); }
  // Issues an API token for `username` directly in the store.
  std::string IssueToken(const std::string& username, std::optional<Instant> expires_at = std::nullopt);

  // Receives a dossier through the service as the desk officer (fast set-up, not over HTTP).
  std::string ReceiveDirect(const std::string& procedure = kHtProcedure,
                            const std::string& applicant = "Nguyễn Văn An");
  // Applies the action `action` (an ActionId) with `fields` through the service as `username`.
  void ActDirect(const std::string& username, const std::string& code, const std::string& action,
                 nlohmann::json fields = nlohmann::json::object());
  // Brings a fresh HT dossier to `state` (a StateId) through the service; the holder is "cv.ht".
  std::string DossierIn(const std::string& state);

  // Total of ListDossiers over both communes, and a dossier's journal length.
  int64_t DossierTotal();
  size_t HistoryLength(const std::string& code);

  User UserNamed(const std::string& username);

  std::unique_ptr<Store> store_;
  std::unique_ptr<UnitCalendars> calendars_;
  std::shared_ptr<const Catalog> catalog_;
  std::shared_ptr<DossierService> service_;
  std::shared_ptr<const PasswordHasher> hasher_;
  ManualClock clock_;
  std::shared_ptr<const AuthContext> auth_;
  Router router_;
  std::unique_ptr<HttpServer> server_;
  std::map<std::string, As> sessions_;
  std::filesystem::path vault_root_;
  std::unique_ptr<FileVault> vault_;
  std::shared_ptr<FileService> files_;
};

}  // namespace motcua::web::testing
