// Sign-in for the JSON API (docs/security.md sections 1, 3-6):
//   POST   /api/v1/session  {"username","password"}
//       -> 200 {"user":{...},"csrf_token","expires_at"} and Set-Cookie with a new session (any session the
//          request already carried is ended: a fresh token at every login). Wrong username or password
//          -> 401 with one message for both (an unknown username costs the same Argon2 verification,
//          PasswordHasher::VerifyUnknownUser); a disabled account with the right password -> 403; too many
//          failures -> 429 with Retry-After (LoginThrottle, keyed by username and client address). A hash
//          made with other Argon2 limits is replaced after a successful login (NeedsRehash).
//   GET    /api/v1/session  -> 200 {"user","auth":"session"|"api_token","csrf_token","expires_at"}, or 401.
//   DELETE /api/v1/session  (session + X-CSRF-Token) -> 200 {"signed_out":true}; the row is deleted and the
//          cookie cleared.
// Every answer carries Cache-Control: no-store. Handlers are thread-safe; the throttle lives in the routes.
#pragma once

#include <memory>

#include "auth/login_throttle.h"
#include "auth/password.h"
#include "web/auth_context.h"
#include "web/router.h"

namespace motcua::web {

struct SessionApiOptions {
  LoginThrottleOptions throttle;
};

void AddSessionRoutes(Router& router, std::shared_ptr<const AuthContext> auth,
                      std::shared_ptr<const PasswordHasher> hasher, SessionApiOptions options = {});

}  // namespace motcua::web
