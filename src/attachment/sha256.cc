#include "attachment/sha256.h"

#include <sodium.h>

#include <cassert>
#include <cstdio>
#include <cstdlib>

namespace motcua {
namespace {

void EnsureSodium() {
  // libsodium asks for sodium_init() before any other call; it is idempotent and thread-safe.
  static const bool initialised = [] {
    if (sodium_init() < 0) {
      std::fputs("motcua: libsodium failed to initialise\n", stderr);
      std::abort();
    }
    return true;
  }();
  (void)initialised;
}

std::string HexOf(const unsigned char (&digest)[crypto_hash_sha256_BYTES]) {
  std::string out(kSha256HexChars + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), digest, sizeof(digest));
  out.resize(kSha256HexChars);  // drop the NUL sodium writes
  return out;
}

}  // namespace

std::string Sha256Hex(std::string_view bytes) {
  EnsureSodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return HexOf(digest);
}

bool IsSha256Hex(std::string_view text) {
  if (text.size() != kSha256HexChars) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

Sha256Hasher::Sha256Hasher() {
  EnsureSodium();
  crypto_hash_sha256_init(&state_);
}

void Sha256Hasher::Update(std::string_view bytes) {
  assert(!finished_);
  crypto_hash_sha256_update(&state_, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

std::string Sha256Hasher::FinishHex() {
  assert(!finished_);
  finished_ = true;
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state_, digest);
  crypto_hash_sha256_init(&state_);
  return HexOf(digest);
}

}  // namespace motcua
