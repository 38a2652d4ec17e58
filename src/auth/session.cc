#include "auth/session.h"

#include <algorithm>

namespace motcua {

Instant SessionExpiresAt(const SessionTimes& times, const SessionPolicy& policy) {
  const int64_t idle_end = times.last_seen_at.unix_seconds + policy.idle_timeout_seconds;
  const int64_t absolute_end = times.created_at.unix_seconds + policy.absolute_lifetime_seconds;
  return Instant{std::min(idle_end, absolute_end)};
}

Status CheckSessionLive(const SessionTimes& times, Instant now, const SessionPolicy& policy) {
  const std::string_view user = "Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.";
  if (now.unix_seconds < times.created_at.unix_seconds - policy.absolute_lifetime_seconds) {
    return Status::Unauthenticated("session created in the future (clock skew beyond the absolute lifetime)",
                                   std::string(user));
  }
  if (now.unix_seconds >= times.created_at.unix_seconds + policy.absolute_lifetime_seconds) {
    return Status::Unauthenticated("session reached its absolute lifetime", std::string(user));
  }
  if (now.unix_seconds >= times.last_seen_at.unix_seconds + policy.idle_timeout_seconds) {
    return Status::Unauthenticated("session idle timeout", std::string(user));
  }
  return Status::Ok();
}

bool ShouldTouchSession(const SessionTimes& times, Instant now, const SessionPolicy& policy) {
  return now.unix_seconds - times.last_seen_at.unix_seconds >= policy.touch_interval_seconds;
}

std::string_view SessionCookieName(bool secure) {
  return secure ? "__Host-motcua_session" : "motcua_session";
}

std::string SessionSetCookie(std::string_view token, bool secure) {
  std::string out(SessionCookieName(secure));
  out.append("=").append(token).append("; Path=/; HttpOnly; SameSite=Lax");
  if (secure) out.append("; Secure");
  return out;
}

std::string SessionClearCookie(bool secure) {
  std::string out(SessionCookieName(secure));
  out.append("=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
  if (secure) out.append("; Secure");
  return out;
}

}  // namespace motcua
