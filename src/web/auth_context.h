// AuthContext: who is calling the JSON API. One object per server, shared by every authenticated endpoint:
//   - "Authorization: Bearer mc_..." (an API token, auth/token.h): ParseApiToken, Store::GetApiToken,
//     VerifyApiToken (revoked, expired or wrong -> 401). No CSRF token needed: browsers never add that
//     header on their own. When the header is present the cookie is ignored.
//   - otherwise the session cookie (auth/session.h SessionCookieName): SessionLookupHash, Store::GetSession,
//     CheckSessionLive (expired -> 401, the row is deleted), Store::TouchSession at most once a minute
//     (ShouldTouchSession). On POST/PUT/PATCH/DELETE the request must also carry the session's CSRF token in
//     "X-CSRF-Token" (auth/csrf.h; missing or stale -> 403) and, when it names one, an Origin (or Referer)
//     of this very host (-> 403).
//   - a disabled account is refused (401) whichever way it comes.
// Authenticated() wraps an endpoint: it resolves the caller first, adds "Cache-Control: no-store" (answers
// carry personal data, and offices share PCs) and, when a presented session cookie turned out dead, clears
// it. Thread-safe: const after construction; the store and the clock are thread-safe.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "auth/clock.h"
#include "auth/csrf.h"
#include "auth/session.h"
#include "base/result.h"
#include "store/account_records.h"
#include "store/store.h"
#include "web/http.h"
#include "web/router.h"

namespace motcua::web {

struct AuthOptions {
  // Sessions over TLS: the "__Host-" cookie with Secure. False for a plain-HTTP install on a LAN; take it
  // from configuration (the public URL is https://), never from request headers.
  bool secure_cookie = false;
  SessionPolicy session_policy;
  // Peer addresses (without port) of reverse proxies whose X-Forwarded-For is believed for the client address
  // (login throttling). Empty: the TCP peer is the client.
  std::vector<std::string> trusted_proxies;
};

enum class AuthMethod { kSession, kApiToken };

// The authenticated caller of one request.
struct Caller {
  User user;
  AuthMethod method = AuthMethod::kSession;
  std::string session_hash;  // kSession: the session's token hash
  std::string csrf_token;    // kSession: the token to send back in X-CSRF-Token
  Instant session_created_at;
  Instant session_last_seen_at;
};

// The answer of an authenticated endpoint.
using AuthenticatedHandler = std::function<Result<Response>(const Request&, const Caller&)>;

class AuthContext {
 public:
  AuthContext(Store& store, CsrfKey csrf_key, const Clock& clock, AuthOptions options = {});

  // The caller of `request`, or Unauthenticated (no or bad credentials, expired session, disabled account),
  // or PermissionDenied (an unsafe method by session without the right CSRF token or from another origin).
  Result<Caller> Authenticate(const Request& request) const;

  // The storage hash of the session token in the request's cookie; nullopt when there is no well-formed one.
  std::optional<std::string> SessionHashFromCookie(const Request& request) const;
  // The client's address for throttling: the TCP peer without its port (an IPv6 peer by its /64), or, from a
  // trusted proxy, the last address of X-Forwarded-For.
  std::string ClientAddress(const Request& request) const;
  // PermissionDenied when the request names an Origin (or, failing that, a Referer) whose host:port is not
  // this request's Host. Requests that name neither pass (non-browser clients).
  static Status CheckSameOrigin(const Request& request);

  Store& store() const { return store_; }
  const CsrfKey& csrf_key() const { return csrf_key_; }
  const Clock& clock() const { return clock_; }
  const AuthOptions& options() const { return options_; }

 private:
  Result<Caller> AuthenticateApiToken(std::string_view authorization, Instant now) const;
  Result<Caller> AuthenticateSession(const Request& request, Instant now) const;
  Result<User> ActiveUser(int64_t user_id) const;

  Store& store_;
  const CsrfKey csrf_key_;
  const Clock& clock_;
  const AuthOptions options_;
};

// A router handler that authenticates with `auth`, then runs `handler` (see the file comment).
Handler Authenticated(std::shared_ptr<const AuthContext> auth, AuthenticatedHandler handler);

// POST, PUT, PATCH and DELETE (anything but GET, HEAD and OPTIONS).
bool IsUnsafeMethod(std::string_view method);
// The value of cookie `name` in the request's Cookie header(s); the first one when repeated.
std::optional<std::string_view> CookieValue(const Request& request, std::string_view name);
// {"id","username","display_name","unit","roles":[...],"fields":[...]}: the JSON of a signed-in user.
nlohmann::json UserToJson(const User& user);

}  // namespace motcua::web
