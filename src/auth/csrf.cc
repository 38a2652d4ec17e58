#include "auth/csrf.h"

#include <sodium.h>

#include "auth/internal/sodium_util.h"

namespace motcua {
namespace {

namespace ai = auth_internal;

// Domain separation: this key's MACs mean "CSRF token, version 1" and nothing else.
constexpr std::string_view kContext{"motcua-csrf-v1\0", 15};

std::string Mac(const std::string& key, std::string_view session_token_hash) {
  ai::EnsureSodium();
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()), key.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(kContext.data()),
                                kContext.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(session_token_hash.data()),
                                session_token_hash.size());
  std::string mac(crypto_auth_hmacsha256_BYTES, '\0');
  crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char*>(mac.data()));
  sodium_memzero(&state, sizeof state);
  return mac;
}

}  // namespace

CsrfKey CsrfKey::Generate() { return CsrfKey(ai::RandomBytes(kBytes)); }

Result<CsrfKey> CsrfKey::FromBase64(std::string_view text) {
  std::optional<std::string> bytes = ai::Base64UrlDecode(text);
  if (!bytes.has_value() || bytes->size() != kBytes) {
    return Status::InvalidArgument("CSRF key must be 32 bytes in unpadded base64url",
                                   "Khóa bảo mật biểu mẫu (CSRF) trong cấu hình không hợp lệ.");
  }
  return CsrfKey(std::move(*bytes));
}

std::string CsrfKey::ToBase64() const { return ai::Base64UrlEncode(bytes_); }

std::string CsrfTokenFor(const CsrfKey& key, std::string_view session_token_hash) {
  return ai::Base64UrlEncode(Mac(key.bytes_, session_token_hash));
}

Status CheckCsrfToken(const CsrfKey& key, std::string_view session_token_hash, std::string_view presented) {
  const std::string_view user =
      "Biểu mẫu đã hết hiệu lực hoặc không hợp lệ. Vui lòng tải lại trang rồi thử lại.";
  if (presented.empty()) return Status::PermissionDenied("missing CSRF token", std::string(user));
  if (session_token_hash.empty())
    return Status::PermissionDenied("CSRF check without a session", std::string(user));
  const std::optional<std::string> mac = ai::Base64UrlDecode(presented);
  if (!mac.has_value() || mac->size() != crypto_auth_hmacsha256_BYTES) {
    return Status::PermissionDenied("malformed CSRF token", std::string(user));
  }
  if (!ai::ConstantTimeEquals(*mac, Mac(key.bytes_, session_token_hash))) {
    return Status::PermissionDenied("CSRF token does not match this session", std::string(user));
  }
  return Status::Ok();
}

}  // namespace motcua
