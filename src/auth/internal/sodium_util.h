// Internal helpers over libsodium for src/auth only: one-time initialisation, random bytes, URL-safe base64,
// hex and constant-time comparison. Not part of the public API. Thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::auth_internal {

// Initialises libsodium once (thread-safe). Aborts the process if libsodium cannot start: without a working
// random source no token or salt may be produced.
void EnsureSodium();

// `count` bytes from the operating system's CSPRNG.
std::string RandomBytes(size_t count);
// A uniformly random integer in [0, upper_bound).
uint32_t RandomUniform(uint32_t upper_bound);

// URL-safe base64 without padding (RFC 4648 section 5), the alphabet A-Z a-z 0-9 - _.
std::string Base64UrlEncode(std::string_view bytes);
// Strict decode of unpadded URL-safe base64; nullopt on any other character, padding or bad length.
std::optional<std::string> Base64UrlDecode(std::string_view text);

std::string HexEncode(std::string_view bytes);
// Lowercase or uppercase hex; nullopt on odd length or a non-hex character.
std::optional<std::string> HexDecode(std::string_view text);

// Constant-time equality for equal-length inputs; different lengths compare unequal (the length of a
// fixed-size token or hash is public).
bool ConstantTimeEquals(std::string_view a, std::string_view b);

// BLAKE2b (crypto_generichash) with a 32-byte output.
std::string Blake2b256(std::string_view data);

}  // namespace motcua::auth_internal
