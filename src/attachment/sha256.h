// SHA-256 (FIPS 180-4) over libsodium's crypto_hash_sha256, as lowercase hex: the content address of a stored
// file (FileVault names each file by it). One-shot Sha256Hex for a buffer, Sha256Hasher for data read in
// pieces. IsSha256Hex is the strict shape check applied to every hash that arrives from outside.
// Free functions are thread-safe; a Sha256Hasher object is not (use one per thread).
#pragma once

#include <sodium.h>

#include <string>
#include <string_view>

namespace motcua {

inline constexpr size_t kSha256HexChars = 64;

// Lowercase hex SHA-256 of `bytes`: Sha256Hex("abc") == "ba7816bf...f20015ad".
std::string Sha256Hex(std::string_view bytes);

// True when `text` is exactly 64 characters of [0-9a-f]. Uppercase is refused so that one file has one name.
bool IsSha256Hex(std::string_view text);

// Incremental SHA-256: Update() any number of times, then FinishHex() once. Finishing twice, or updating
// after finishing, is a programming error (asserted; the hasher is reset in release builds).
class Sha256Hasher {
 public:
  Sha256Hasher();
  void Update(std::string_view bytes);
  std::string FinishHex();

 private:
  crypto_hash_sha256_state state_;
  bool finished_ = false;
};

}  // namespace motcua
