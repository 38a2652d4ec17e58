#include "auth/token.h"

#include "auth/internal/sodium_util.h"

namespace motcua {
namespace {

namespace ai = auth_internal;

constexpr std::string_view kBadSession =
    "Phiên đăng nhập không hợp lệ hoặc đã hết hạn, vui lòng đăng nhập lại.";
constexpr std::string_view kBadApiToken = "Mã truy cập API không hợp lệ, đã hết hạn hoặc đã bị thu hồi.";

bool IsKeyIdChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// A secret part: exactly 43 base64url characters that decode canonically to 32 bytes.
bool IsWellFormedSecret(std::string_view secret) {
  if (secret.size() != kTokenSecretChars) return false;
  const std::optional<std::string> bytes = ai::Base64UrlDecode(secret);
  return bytes.has_value() && bytes->size() == kTokenSecretBytes;
}

std::string NewSecret() { return ai::Base64UrlEncode(ai::RandomBytes(kTokenSecretBytes)); }

}  // namespace

std::string HashToken(std::string_view token) { return ai::HexEncode(ai::Blake2b256(token)); }

bool TokenMatchesHash(std::string_view presented, std::string_view stored_hash_hex) {
  const std::optional<std::string> stored = ai::HexDecode(stored_hash_hex);
  if (!stored.has_value() || stored->size() != 32) return false;
  return ai::ConstantTimeEquals(ai::Blake2b256(presented), *stored);
}

IssuedToken IssueSessionToken() {
  IssuedToken issued;
  issued.token = NewSecret();
  issued.hash = HashToken(issued.token);
  return issued;
}

Result<std::string> SessionLookupHash(std::string_view presented) {
  if (!IsWellFormedSecret(presented)) {
    return Status::Unauthenticated("malformed session token", std::string(kBadSession));
  }
  return HashToken(presented);
}

IssuedApiToken IssueApiToken() {
  static constexpr std::string_view kAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  IssuedApiToken issued;
  issued.key_id.reserve(kApiTokenKeyIdChars);
  for (size_t i = 0; i < kApiTokenKeyIdChars; ++i) {
    issued.key_id += kAlphabet[ai::RandomUniform(static_cast<uint32_t>(kAlphabet.size()))];
  }
  issued.token.reserve(kApiTokenChars);
  issued.token.append(kApiTokenPrefix).append(issued.key_id).append("_").append(NewSecret());
  issued.hash = HashToken(issued.token);
  return issued;
}

Result<ParsedApiToken> ParseApiToken(std::string_view presented) {
  auto malformed = [] { return Status::Unauthenticated("malformed API token", std::string(kBadApiToken)); };
  if (presented.size() != kApiTokenChars || !presented.starts_with(kApiTokenPrefix)) return malformed();
  const std::string_view key_id = presented.substr(kApiTokenPrefix.size(), kApiTokenKeyIdChars);
  for (char c : key_id) {
    if (!IsKeyIdChar(c)) return malformed();
  }
  if (presented[kApiTokenPrefix.size() + kApiTokenKeyIdChars] != '_') return malformed();
  if (!IsWellFormedSecret(presented.substr(kApiTokenPrefix.size() + kApiTokenKeyIdChars + 1)))
    return malformed();
  return ParsedApiToken{std::string(key_id), HashToken(presented)};
}

Status VerifyApiToken(const ApiTokenRecord& record, std::string_view presented, Instant now) {
  Result<ParsedApiToken> parsed = ParseApiToken(presented);
  if (!parsed.ok()) return parsed.status();
  // The key id is public, so comparing it in variable time reveals nothing; the hash comparison is
  // constant-time.
  if (parsed->key_id != record.key_id || !TokenMatchesHash(presented, record.token_hash)) {
    return Status::Unauthenticated("API token does not match key " + record.key_id,
                                   std::string(kBadApiToken));
  }
  if (record.revoked_at.has_value() && *record.revoked_at <= now) {
    return Status::Unauthenticated(
        "API token " + record.key_id + " was revoked at " + FormatIsoInstant(*record.revoked_at),
        std::string(kBadApiToken));
  }
  if (record.expires_at.has_value() && *record.expires_at <= now) {
    return Status::Unauthenticated(
        "API token " + record.key_id + " expired at " + FormatIsoInstant(*record.expires_at),
        std::string(kBadApiToken));
  }
  return Status::Ok();
}

void RevokeApiToken(ApiTokenRecord& record, Instant now) {
  if (!record.revoked_at.has_value()) record.revoked_at = now;
}

std::string ApiTokenDisplayName(std::string_view key_id) {
  std::string out(kApiTokenPrefix);
  out.append(key_id).append("_\u2026");
  return out;
}

}  // namespace motcua
