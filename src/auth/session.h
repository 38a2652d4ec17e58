// Session lifetime policy and the session cookie the web layer sets. A session is a server-side row found by
// the hash of the cookie's token (token.h); it ends after `idle_timeout` without a request or
// `absolute_lifetime` after login, whichever comes first, and on logout, password change or role change.
// The cookie is non-persistent (no Expires/Max-Age), HttpOnly, SameSite=Lax, Path=/, and Secure with the
// "__Host-" name prefix when served over TLS (docs/security.md explains each choice).
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/civil_time.h"
#include "base/status.h"

namespace motcua {

struct SessionPolicy {
  // OWASP's range for low-risk applications is 15-30 min; officers leave the screen to serve citizens, so
  // the upper end.
  int64_t idle_timeout_seconds = 30 * 60;
  // One office day (07:00-17:00 is 10 hours): log in once in the morning.
  int64_t absolute_lifetime_seconds = 10 * 3600;
  // Write last-seen back to the store at most this often (saves a write per request).
  int64_t touch_interval_seconds = 60;
};

struct SessionTimes {
  Instant created_at;
  Instant last_seen_at;
};

// OK while the session is live at `now`; Unauthenticated (Vietnamese: session expired, log in again) once
// idle too long or too old. A `now` before `created_at` (clock moved back) is accepted only within the
// absolute lifetime measured the other way, so a wrong clock cannot extend a session forever.
Status CheckSessionLive(const SessionTimes& times, Instant now,
                        const SessionPolicy& policy = SessionPolicy{});

// The instant the session ends if no further request arrives.
Instant SessionExpiresAt(const SessionTimes& times, const SessionPolicy& policy = SessionPolicy{});

// True when `last_seen_at` should be updated to `now` in the store.
bool ShouldTouchSession(const SessionTimes& times, Instant now,
                        const SessionPolicy& policy = SessionPolicy{});

// ---- Cookie ----

// "__Host-motcua_session" over TLS; "motcua_session" over plain HTTP (a LAN install: browsers refuse
// "__Host-" cookies without Secure).
std::string_view SessionCookieName(bool secure);

// The Set-Cookie value that installs `token`:
//   "__Host-motcua_session=<token>; Path=/; HttpOnly; SameSite=Lax; Secure"
// `token` must be a token from IssueSessionToken() (base64url, no characters needing quoting).
std::string SessionSetCookie(std::string_view token, bool secure);

// The Set-Cookie value that deletes the session cookie (logout, expired session).
std::string SessionClearCookie(bool secure);

}  // namespace motcua
