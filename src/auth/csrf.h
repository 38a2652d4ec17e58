// CSRF protection by the HMAC-based token pattern: the token for a session is
//   base64url(HMAC-SHA-256(server key, "motcua-csrf-v1\0" || session token hash)),
// 43 characters, derived on demand and never stored. It is the same for every form of one session, changes
// when the session changes (login, logout, re-login), and a token taken from another session or made with
// another key fails. The web layer puts it in a hidden form field or the X-CSRF-Token header of every
// state-changing request (POST/PUT/PATCH/DELETE) and calls CheckCsrfToken() before acting.
// CsrfKey is an immutable value; all functions are thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "base/result.h"
#include "base/status.h"

namespace motcua {

// The server's 32-byte CSRF secret. Generate once (motcua init) and keep it with the server's
// configuration; rotating it invalidates every open form.
class CsrfKey {
 public:
  static constexpr size_t kBytes = 32;

  static CsrfKey Generate();
  // From the 43-character base64url text written by ToBase64(). InvalidArgument otherwise.
  static Result<CsrfKey> FromBase64(std::string_view text);
  std::string ToBase64() const;

 private:
  friend std::string CsrfTokenFor(const CsrfKey& key, std::string_view session_token_hash);
  friend Status CheckCsrfToken(const CsrfKey& key, std::string_view session_token_hash,
                               std::string_view presented);
  explicit CsrfKey(std::string bytes) : bytes_(std::move(bytes)) {}
  std::string bytes_;
};

// The CSRF token for the session whose token hash (token.h HashToken) is `session_token_hash`. For the
// login form, which has no session yet, pass the hash of a short-lived pre-login cookie token.
std::string CsrfTokenFor(const CsrfKey& key, std::string_view session_token_hash);

// OK when `presented` is the token of this session under `key` (constant-time comparison). PermissionDenied
// otherwise (missing, malformed, another session's, another key's), with a Vietnamese message asking to
// reload the page.
Status CheckCsrfToken(const CsrfKey& key, std::string_view session_token_hash, std::string_view presented);

}  // namespace motcua
