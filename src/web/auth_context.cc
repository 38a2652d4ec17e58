#include "web/auth_context.h"

#include <arpa/inet.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>

#include "auth/token.h"
#include "base/text.h"

namespace motcua::web {
namespace {

constexpr std::string_view kNotSignedIn = "Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.";
constexpr std::string_view kDisabled = "Tài khoản này đã bị khóa. Vui lòng liên hệ quản trị viên.";

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// "scheme://authority/..." -> lowercase authority without a default port; nullopt when not of that shape.
std::optional<std::string> AuthorityOfUrl(std::string_view url) {
  const size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return std::nullopt;
  const std::string scheme = AsciiLower(url.substr(0, scheme_end));
  std::string_view rest = url.substr(scheme_end + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (rest.empty() || rest.find('@') != std::string_view::npos) return std::nullopt;
  std::string authority = AsciiLower(rest);
  if (scheme == "http" && authority.ends_with(":80")) authority.resize(authority.size() - 3);
  if (scheme == "https" && authority.ends_with(":443")) authority.resize(authority.size() - 4);
  return authority;
}

std::string HostAuthority(std::string_view host) {
  std::string authority = AsciiLower(Trim(host));
  // The scheme is unknown here; a Host with an explicit default port matches an Origin without one.
  if (authority.ends_with(":80")) authority.resize(authority.size() - 3);
  if (authority.ends_with(":443")) authority.resize(authority.size() - 4);
  return authority;
}

// An address without its port: "1.2.3.4:5" -> "1.2.3.4", "::1:5" -> "::1" (the server appends ":port").
std::string_view WithoutPort(std::string_view peer) {
  const size_t colon = peer.rfind(':');
  return colon == std::string_view::npos ? peer : peer.substr(0, colon);
}

// IPv4 as is; IPv6 by its /64 (one host commonly owns a whole /64); IPv4-mapped IPv6 as IPv4.
std::string ThrottleKeyOf(std::string_view address) {
  address = Trim(address);
  if (address.size() >= 2 && address.front() == '[' && address.back() == ']') {
    address = address.substr(1, address.size() - 2);
  }
  const std::string text(address);
  in6_addr v6{};
  if (address.find(':') != std::string_view::npos && inet_pton(AF_INET6, text.c_str(), &v6) == 1) {
    static constexpr unsigned char kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::memcmp(v6.s6_addr, kMapped, sizeof(kMapped)) == 0) {
      char v4[INET_ADDRSTRLEN];
      if (inet_ntop(AF_INET, v6.s6_addr + 12, v4, sizeof(v4)) != nullptr) return v4;
    }
    std::memset(v6.s6_addr + 8, 0, 8);
    char out[INET6_ADDRSTRLEN];
    if (inet_ntop(AF_INET6, &v6, out, sizeof(out)) != nullptr) return std::string(out) + "/64";
  }
  return text;
}

Status NotSignedIn(std::string log) {
  return Status::Unauthenticated(std::move(log), std::string(kNotSignedIn));
}

}  // namespace

bool IsUnsafeMethod(std::string_view method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

std::optional<std::string_view> CookieValue(const Request& request, std::string_view name) {
  for (const auto& [key, value] : request.headers.fields()) {
    if (!EqualsIgnoreCase(key, "Cookie")) continue;
    for (std::string_view pair : SplitString(value, ';')) {
      pair = Trim(pair);
      const size_t equals = pair.find('=');
      if (equals == std::string_view::npos) continue;
      if (Trim(pair.substr(0, equals)) == name) return Trim(pair.substr(equals + 1));
    }
  }
  return std::nullopt;
}

nlohmann::json UserToJson(const User& user) {
  nlohmann::json roles = nlohmann::json::array();
  for (Role role : user.roles) roles.push_back(std::string(RoleName(role)));
  return {{"id", user.id},          {"username", user.username}, {"display_name", user.display_name},
          {"unit", user.unit_code}, {"roles", std::move(roles)}, {"fields", user.fields}};
}

AuthContext::AuthContext(Store& store, CsrfKey csrf_key, const Clock& clock, AuthOptions options)
    : store_(store), csrf_key_(std::move(csrf_key)), clock_(clock), options_(std::move(options)) {}

std::optional<std::string> AuthContext::SessionHashFromCookie(const Request& request) const {
  const auto value = CookieValue(request, SessionCookieName(options_.secure_cookie));
  if (!value) return std::nullopt;
  auto hash = SessionLookupHash(*value);
  if (!hash.ok()) return std::nullopt;
  return std::move(hash).value();
}

std::string AuthContext::ClientAddress(const Request& request) const {
  const std::string peer(WithoutPort(request.remote_address));
  const bool trusted = std::find(options_.trusted_proxies.begin(), options_.trusted_proxies.end(), peer) !=
                       options_.trusted_proxies.end();
  if (trusted) {
    if (const auto forwarded = request.headers.Get("X-Forwarded-For")) {
      // The last entry is the one our proxy appended; earlier ones are the client's to forge.
      const size_t comma = forwarded->rfind(',');
      const std::string_view last =
          Trim(comma == std::string_view::npos ? *forwarded : forwarded->substr(comma + 1));
      if (!last.empty()) return ThrottleKeyOf(last);
    }
  }
  return ThrottleKeyOf(peer);
}

Status AuthContext::CheckSameOrigin(const Request& request) {
  std::optional<std::string_view> source = request.headers.Get("Origin");
  const char* which = "Origin";
  if (!source) {
    source = request.headers.Get("Referer");
    which = "Referer";
  }
  if (!source) return Status::Ok();
  const auto host = request.headers.Get("Host");
  const auto authority = AuthorityOfUrl(Trim(*source));
  if (host && authority && *authority == HostAuthority(*host)) return Status::Ok();
  return Status::PermissionDenied(std::string(which) + " of an unsafe request names another site",
                                  "Yêu cầu bị từ chối vì được gửi từ một trang web khác.");
}

Result<User> AuthContext::ActiveUser(int64_t user_id) const {
  auto user = store_.GetUserById(user_id);
  if (!user.ok()) {
    if (user.status().code() == StatusCode::kNotFound) return NotSignedIn("credential of a deleted user");
    return user.status();
  }
  if (user->disabled) {
    return Status::Unauthenticated("user " + user->username + " is disabled", std::string(kDisabled));
  }
  return user;
}

Result<Caller> AuthContext::AuthenticateApiToken(std::string_view authorization, Instant now) const {
  const size_t space = authorization.find(' ');
  if (space == std::string_view::npos || !EqualsIgnoreCase(authorization.substr(0, space), "Bearer")) {
    return Status::Unauthenticated("Authorization header is not a Bearer token",
                                   "Tiêu đề Authorization phải có dạng 'Bearer mc_...'.");
  }
  const std::string_view token = Trim(authorization.substr(space + 1));
  MOTCUA_ASSIGN_OR_RETURN(const ParsedApiToken parsed, ParseApiToken(token));
  auto row = store_.GetApiToken(parsed.key_id);
  if (!row.ok()) {
    if (row.status().code() != StatusCode::kNotFound) return row.status();
    return Status::Unauthenticated("no API token with key " + parsed.key_id,
                                   "Mã truy cập API không hợp lệ, đã hết hạn hoặc đã bị thu hồi.");
  }
  const ApiTokenRecord record{row->key_id,     row->token_hash, row->user_id,
                              row->created_at, row->expires_at, row->revoked_at};
  MOTCUA_RETURN_IF_ERROR(VerifyApiToken(record, token, now));
  MOTCUA_ASSIGN_OR_RETURN(User user, ActiveUser(row->user_id));
  Caller caller;
  caller.user = std::move(user);
  caller.method = AuthMethod::kApiToken;
  return caller;
}

Result<Caller> AuthContext::AuthenticateSession(const Request& request, Instant now) const {
  const auto cookie = CookieValue(request, SessionCookieName(options_.secure_cookie));
  if (!cookie) return NotSignedIn("no session cookie");
  MOTCUA_ASSIGN_OR_RETURN(const std::string hash, SessionLookupHash(*cookie));
  auto session = store_.GetSession(hash);
  if (!session.ok()) {
    if (session.status().code() != StatusCode::kNotFound) return session.status();
    return NotSignedIn("unknown session " + hash.substr(0, 8));
  }
  const SessionTimes times{session->created_at, session->last_seen_at};
  if (Status live = CheckSessionLive(times, now, options_.session_policy); !live.ok()) {
    // A dead session is deleted at once rather than left to the periodic purge.
    if (Status deleted = store_.DeleteSession(hash); !deleted.ok()) {
      spdlog::warn("auth: cannot delete expired session {}: {}", hash.substr(0, 8), deleted.ToString());
    }
    return live;
  }
  MOTCUA_ASSIGN_OR_RETURN(User user, ActiveUser(session->user_id));
  if (IsUnsafeMethod(request.method)) {
    MOTCUA_RETURN_IF_ERROR(CheckSameOrigin(request));
    const std::string_view presented = request.headers.Get("X-CSRF-Token").value_or("");
    MOTCUA_RETURN_IF_ERROR(CheckCsrfToken(csrf_key_, hash, Trim(presented)));
  }
  Instant last_seen = session->last_seen_at;
  if (ShouldTouchSession(times, now, options_.session_policy)) {
    // Losing a touch only shortens the session; the request itself still succeeds.
    if (Status touched = store_.TouchSession(hash, now); touched.ok()) {
      last_seen = now;
    } else {
      spdlog::warn("auth: cannot touch session {}: {}", hash.substr(0, 8), touched.ToString());
    }
  }
  Caller caller;
  caller.user = std::move(user);
  caller.method = AuthMethod::kSession;
  caller.csrf_token = CsrfTokenFor(csrf_key_, hash);
  caller.session_hash = hash;
  caller.session_created_at = session->created_at;
  caller.session_last_seen_at = last_seen;
  return caller;
}

Result<Caller> AuthContext::Authenticate(const Request& request) const {
  const Instant now = clock_.Now();
  if (const auto authorization = request.headers.Get("Authorization")) {
    return AuthenticateApiToken(Trim(*authorization), now);
  }
  return AuthenticateSession(request, now);
}

Handler Authenticated(std::shared_ptr<const AuthContext> auth, AuthenticatedHandler handler) {
  return [auth = std::move(auth), handler = std::move(handler)](const Request& request) -> Result<Response> {
    const bool secure = auth->options().secure_cookie;
    Result<Response> result = [&]() -> Result<Response> {
      MOTCUA_ASSIGN_OR_RETURN(const Caller caller, auth->Authenticate(request));
      return handler(request, caller);
    }();
    Response response;
    if (result.ok()) {
      response = std::move(result).value();
    } else {
      const Status& status = result.status();
      if (HttpStatusFor(status.code()) >= 500) {
        spdlog::error("request {} {} {} failed: {}", request.request_id, request.method, request.path,
                      status.ToString());
      } else {
        spdlog::debug("request {} {} {} rejected: {}", request.request_id, request.method, request.path,
                      status.ToString());
      }
      response = ErrorResponse(status);
      if (status.code() == StatusCode::kUnauthenticated) {
        response.headers.Set("WWW-Authenticate", "Bearer realm=\"motcua\"");
        // A session cookie that no longer opens anything is removed from the browser.
        if (!request.headers.Get("Authorization") && CookieValue(request, SessionCookieName(secure))) {
          response.headers.Add("Set-Cookie", SessionClearCookie(secure));
        }
      }
    }
    response.headers.Set("Cache-Control", "no-store");
    return response;
  };
}

}  // namespace motcua::web
