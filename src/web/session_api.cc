#include "web/session_api.h"

#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>
#include <string>

#include "auth/token.h"
#include "auth/username.h"
#include "web/json_body.h"

namespace motcua::web {
namespace {

using nlohmann::json;

Status MissingCredentials() {
  return Status::InvalidArgument("login without username or password",
                                 "Vui lòng nhập tên đăng nhập và mật khẩu.");
}

// The one answer for an unknown user, a user without a password and a wrong password.
Status BadCredentials(std::string log) {
  return Status::Unauthenticated(std::move(log), "Tên đăng nhập hoặc mật khẩu không đúng.");
}

json SessionJson(const Caller& caller, const AuthContext& auth) {
  json out = {{"user", UserToJson(caller.user)}};
  if (caller.method == AuthMethod::kSession) {
    out["auth"] = "session";
    out["csrf_token"] = caller.csrf_token;
    const SessionTimes times{caller.session_created_at, caller.session_last_seen_at};
    out["expires_at"] = FormatIsoInstant(SessionExpiresAt(times, auth.options().session_policy));
  } else {
    out["auth"] = "api_token";
  }
  return out;
}

Result<Response> Login(const Request& request, const AuthContext& auth, const PasswordHasher& hasher,
                       LoginThrottle& throttle) {
  MOTCUA_ASSIGN_OR_RETURN(const json body, ParseJsonObjectBody(request, /*allow_empty=*/false));
  MOTCUA_RETURN_IF_ERROR(CheckAllowedKeys(body, {"username", "password"}));
  MOTCUA_ASSIGN_OR_RETURN(const std::string typed_username, OptionalStringMember(body, "username"));
  MOTCUA_ASSIGN_OR_RETURN(const std::string password, OptionalStringMember(body, "password"));
  if (typed_username.empty() || password.empty()) return MissingCredentials();
  // Login CSRF: the session cookie is not there yet, so only the origin can be checked (and the JSON
  // content type, which a cross-site form cannot send).
  MOTCUA_RETURN_IF_ERROR(AuthContext::CheckSameOrigin(request));

  Store& store = auth.store();
  const Result<std::string> normalized = NormalizeUsername(typed_username);
  // A malformed name is throttled under what was typed (bounded), exactly like an unknown one.
  const std::string username = normalized.ok() ? *normalized : typed_username.substr(0, 64);
  const std::string address = auth.ClientAddress(request);
  LoginAttempt attempt = throttle.Begin(username, address);
  if (!attempt.allowed()) {
    spdlog::warn("auth: login for '{}' from {} refused by the throttle for {} s", username.substr(0, 32),
                 address, attempt.retry_after_seconds());
    Response response = ErrorResponse(TooManyLoginAttempts(attempt.retry_after_seconds()));
    response.headers.Set("Retry-After", std::to_string(attempt.retry_after_seconds()));
    response.headers.Set("Cache-Control", "no-store");
    return response;
  }

  Result<User> found =
      normalized.ok() ? store.GetUser(username) : Result<User>(Status::NotFound("malformed username"));
  if (!found.ok() && found.status().code() != StatusCode::kNotFound) return found.status();
  if (!found.ok() || found->password_hash.empty()) {
    // Same time and same answer as a wrong password, so neither tells which usernames exist.
    (void)hasher.VerifyUnknownUser(password);
    attempt.Failed();
    return BadCredentials(found.ok() ? "user " + username + " has no password" : "unknown user");
  }
  User user = std::move(found).value();
  if (Status verified = hasher.Verify(user.password_hash, password); !verified.ok()) {
    attempt.Failed();
    if (verified.code() != StatusCode::kUnauthenticated) return verified;
    return BadCredentials("wrong password for " + user.username);
  }
  if (user.disabled) {
    attempt.Failed();
    return Status::PermissionDenied("login of disabled user " + user.username,
                                    "Tài khoản này đã bị khóa. Vui lòng liên hệ quản trị viên.");
  }
  attempt.Succeeded();

  const Instant now = auth.clock().Now();
  if (hasher.NeedsRehash(user.password_hash)) {
    // Before the new session: changing the password ends the user's sessions.
    auto rehashed = hasher.Hash(password);
    Status stored = rehashed.ok() ? store.SetUserPassword(user.username, *rehashed, now) : rehashed.status();
    if (!stored.ok())
      spdlog::warn("auth: cannot rehash the password of {}: {}", user.username, stored.ToString());
  }
  // A fresh token at every login: a token planted before it (session fixation) opens nothing.
  if (const auto previous = auth.SessionHashFromCookie(request)) {
    if (Status deleted = store.DeleteSession(*previous); !deleted.ok()) return deleted;
  }
  const IssuedToken token = IssueSessionToken();
  MOTCUA_RETURN_IF_ERROR(store.CreateSession(SessionRecord{token.hash, user.id, now, now}));
  spdlog::info("auth: {} signed in from {} (session {})", user.username, address, token.hash.substr(0, 8));

  Caller caller;
  caller.user = std::move(user);
  caller.method = AuthMethod::kSession;
  caller.session_hash = token.hash;
  caller.csrf_token = CsrfTokenFor(auth.csrf_key(), token.hash);
  caller.session_created_at = now;
  caller.session_last_seen_at = now;
  Response response = JsonResponse(200, SessionJson(caller, auth));
  response.headers.Add("Set-Cookie", SessionSetCookie(token.token, auth.options().secure_cookie));
  response.headers.Set("Cache-Control", "no-store");
  return response;
}

Result<Response> Logout(const Caller& caller, const AuthContext& auth) {
  if (caller.method != AuthMethod::kSession) {
    return Status::InvalidArgument("DELETE /api/v1/session with an API token",
                                   "Yêu cầu dùng mã truy cập API không có phiên đăng nhập để đăng xuất; "
                                   "hãy thu hồi mã nếu không dùng nữa.");
  }
  MOTCUA_RETURN_IF_ERROR(auth.store().DeleteSession(caller.session_hash));
  spdlog::info("auth: {} signed out (session {})", caller.user.username, caller.session_hash.substr(0, 8));
  Response response = JsonResponse(200, json{{"signed_out", true}});
  response.headers.Add("Set-Cookie", SessionClearCookie(auth.options().secure_cookie));
  return response;
}

}  // namespace

void AddSessionRoutes(Router& router, std::shared_ptr<const AuthContext> auth,
                      std::shared_ptr<const PasswordHasher> hasher, SessionApiOptions options) {
  auto throttle = std::make_shared<LoginThrottle>(auth->clock(), options.throttle);
  router.Post("/api/v1/session", [auth, hasher, throttle](const Request& request) -> Result<Response> {
    Result<Response> result = Login(request, *auth, *hasher, *throttle);
    if (result.ok()) return result;
    Response response = ErrorResponse(result.status());
    response.headers.Set("Cache-Control", "no-store");
    return response;
  });
  router.Get("/api/v1/session", Authenticated(auth, [auth](const Request&, const Caller& caller) {
               return Result<Response>(JsonResponse(200, SessionJson(caller, *auth)));
             }));
  router.Add("DELETE", "/api/v1/session", Authenticated(auth, [auth](const Request&, const Caller& caller) {
               return Logout(caller, *auth);
             }));
}

}  // namespace motcua::web
