// Bearer secrets: browser session tokens and API tokens. A token is 32 random bytes from libsodium,
// written as URL-safe base64 without padding (43 characters). The server stores only its BLAKE2b-256 hash
// (64 hex characters), so a copy of the database does not yield a usable token; the token itself is shown
// to its owner once (Set-Cookie, or the "new API token" screen) and never logged.
//
// API tokens look like "mc_<key id>_<secret>": "mc_" + 10 characters [a-z0-9] (public, shown in lists and
// logs to identify and revoke the token) + "_" + 43 characters of secret. The hash covers the whole string.
// Pure functions over libsodium; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/civil_time.h"
#include "base/result.h"
#include "base/status.h"

namespace motcua {

inline constexpr size_t kTokenSecretBytes = 32;
inline constexpr size_t kTokenSecretChars = 43;  // base64url of 32 bytes, unpadded
inline constexpr size_t kTokenHashHexChars = 64;
inline constexpr std::string_view kApiTokenPrefix = "mc_";
inline constexpr size_t kApiTokenKeyIdChars = 10;
inline constexpr size_t kApiTokenChars = 3 + kApiTokenKeyIdChars + 1 + kTokenSecretChars;  // 57

// A freshly issued secret and the hash to store. Give `token` to the client; store `hash`.
struct IssuedToken {
  std::string token;
  std::string hash;  // lowercase hex BLAKE2b-256 of `token`
};

// The storage hash of any presented token string (session or API): lowercase hex BLAKE2b-256.
std::string HashToken(std::string_view token);

// Constant-time: does `presented` hash to `stored_hash_hex`? False for a malformed stored hash.
bool TokenMatchesHash(std::string_view presented, std::string_view stored_hash_hex);

// ---- Sessions ----

IssuedToken IssueSessionToken();

// Validates the shape of a session token taken from a cookie (43 base64url characters that decode to 32
// bytes) and returns its storage hash, for the session lookup. Unauthenticated when malformed: a session
// token is untrusted input and garbage never reaches the store.
Result<std::string> SessionLookupHash(std::string_view presented);

// ---- API tokens ----

struct IssuedApiToken {
  std::string token;   // "mc_<key id>_<secret>", shown once
  std::string key_id;  // 10 characters [a-z0-9], stored in clear, unique per token
  std::string hash;    // HashToken(token), stored
};

IssuedApiToken IssueApiToken();

// The parts of a presented API token ("Authorization: Bearer mc_..."), after a strict shape check.
struct ParsedApiToken {
  std::string key_id;
  std::string hash;  // HashToken(presented)
};
// Unauthenticated when the string is not exactly "mc_" + 10 [a-z0-9] + "_" + 43 base64url characters.
Result<ParsedApiToken> ParseApiToken(std::string_view presented);

// What the store keeps for an API token.
struct ApiTokenRecord {
  std::string key_id;
  std::string token_hash;
  int64_t user_id = 0;
  Instant created_at;
  std::optional<Instant> expires_at;
  std::optional<Instant> revoked_at;
};

// OK when `presented` is the token of `record` (constant-time hash comparison) and the token is neither
// revoked nor expired at `now`. Unauthenticated otherwise, with one Vietnamese message for all cases (the log
// message says which).
Status VerifyApiToken(const ApiTokenRecord& record, std::string_view presented, Instant now);

// Marks the record revoked at `now` (idempotent: the first revocation time is kept).
void RevokeApiToken(ApiTokenRecord& record, Instant now);

// "mc_ab12cd34ef_…": how to show a token in lists without its secret.
std::string ApiTokenDisplayName(std::string_view key_id);

}  // namespace motcua
