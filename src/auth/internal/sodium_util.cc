#include "auth/internal/sodium_util.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>

namespace motcua::auth_internal {

void EnsureSodium() {
  // sodium_init() is itself thread-safe and idempotent; the static makes the common path one load.
  static const bool initialised = [] {
    if (sodium_init() < 0) {
      std::fputs("motcua: libsodium failed to initialise; refusing to run without a random source\n", stderr);
      std::abort();
    }
    return true;
  }();
  (void)initialised;
}

std::string RandomBytes(size_t count) {
  EnsureSodium();
  std::string out(count, '\0');
  randombytes_buf(out.data(), out.size());
  return out;
}

uint32_t RandomUniform(uint32_t upper_bound) {
  EnsureSodium();
  return randombytes_uniform(upper_bound);
}

std::string Base64UrlEncode(std::string_view bytes) {
  EnsureSodium();
  constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), kVariant), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), kVariant);
  out.resize(out.size() - 1);  // drop the terminating NUL that sodium writes
  return out;
}

std::optional<std::string> Base64UrlDecode(std::string_view text) {
  EnsureSodium();
  std::string out(text.size(), '\0');  // decoded is always shorter
  size_t out_len = 0;
  const char* end = nullptr;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(),
                        /*ignore=*/nullptr, &out_len, &end, sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0) {
    return std::nullopt;
  }
  if (end != text.data() + text.size()) return std::nullopt;  // trailing garbage
  out.resize(out_len);
  // Reject non-canonical encodings (unused low bits set) so one token has exactly one spelling.
  if (Base64UrlEncode(out) != text) return std::nullopt;
  return out;
}

std::string HexEncode(std::string_view bytes) {
  EnsureSodium();
  std::string out(bytes.size() * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  out.resize(bytes.size() * 2);
  return out;
}

std::optional<std::string> HexDecode(std::string_view text) {
  EnsureSodium();
  if (text.size() % 2 != 0) return std::nullopt;
  std::string out(text.size() / 2, '\0');
  size_t out_len = 0;
  const char* end = nullptr;
  if (sodium_hex2bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(),
                     /*ignore=*/nullptr, &out_len, &end) != 0) {
    return std::nullopt;
  }
  if (end != text.data() + text.size() || out_len != out.size()) return std::nullopt;
  return out;
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  EnsureSodium();
  if (a.size() != b.size()) return false;
  if (a.empty()) return true;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string Blake2b256(std::string_view data) {
  EnsureSodium();
  std::string out(32, '\0');
  crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), out.size(),
                     reinterpret_cast<const unsigned char*>(data.data()), data.size(), /*key=*/nullptr, 0);
  return out;
}

}  // namespace motcua::auth_internal
