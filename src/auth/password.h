// Password storage with Argon2id (libsodium crypto_pwhash_str): hashing, constant-time verification and the
// rehash check used to upgrade old hashes after a successful login. Passwords are normalised to Unicode NFKC
// before hashing (NIST SP 800-63B 5.1.1.2), so the same Vietnamese password typed as precomposed or
// decomposed characters verifies. The encoded hash string ("$argon2id$v=19$m=...,t=...,p=1$salt$hash")
// carries its own salt and parameters; store it as-is. PasswordHasher is immutable after Create() and
// thread-safe. Each Hash/Verify allocates `mem_limit_bytes` for its duration, so at most `max_concurrent`
// of them run at once (others wait): memory stays bounded when many logins arrive together.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <semaphore>
#include <string>
#include <string_view>

#include "base/result.h"
#include "base/status.h"

namespace motcua {

// Argon2id cost parameters.
struct Argon2Limits {
  uint64_t ops_limit = 0;      // passes over memory
  size_t mem_limit_bytes = 0;  // memory per hash

  // Production default: libsodium's INTERACTIVE limits (2 passes, 64 MiB). Measured 0.48 s per hash on the
  // 2-vCPU build VM (docs/security.md); a dedicated modern core is several times faster.
  static Argon2Limits Interactive();
  // Stronger: libsodium's MODERATE limits (3 passes, 256 MiB); 2.6 s per hash on the build VM, so only for
  // fast dedicated servers.
  static Argon2Limits Moderate();
  // The cheapest setting libsodium accepts (1 pass, 8 KiB). For tests only: offers no protection against
  // offline guessing. Hashes made with it are flagged by NeedsRehash() under production limits.
  static Argon2Limits FastForTests();

  bool operator==(const Argon2Limits&) const = default;
};

// Longest password accepted, in bytes after NFKC; longer input is rejected before any hashing work.
inline constexpr size_t kMaxPasswordBytes = 1024;

class PasswordHasher {
 public:
  // Fails with InvalidArgument when the limits are outside libsodium's accepted range. `max_concurrent`
  // bounds simultaneous hashes (0: the number of hardware threads); peak memory is
  // max_concurrent x mem_limit_bytes.
  static Result<PasswordHasher> Create(Argon2Limits limits = Argon2Limits::Interactive(),
                                       int max_concurrent = 0);

  const Argon2Limits& limits() const { return limits_; }

  // Hashes `password` (UTF-8; NFKC-normalised first) with a fresh random salt. InvalidArgument when the
  // password is not valid UTF-8 or too long; Internal when Argon2 cannot allocate its memory.
  Result<std::string> Hash(std::string_view password) const;

  // OK when `password` matches `encoded_hash`. Otherwise Unauthenticated with the same Vietnamese message
  // for a wrong password and for a malformed or tampered hash (the log message says which), so a caller
  // cannot leak which case happened. The comparison inside libsodium is constant-time.
  Status Verify(std::string_view encoded_hash, std::string_view password) const;

  // Spends the same time as Verify() against a real hash, then returns Unauthenticated. Call it when the
  // username does not exist so response time does not reveal which usernames are valid.
  Status VerifyUnknownUser(std::string_view password) const;

  // True when `encoded_hash` was made with other parameters (or another algorithm) than this hasher's and
  // should be replaced by Hash(password) right after a successful Verify().
  bool NeedsRehash(std::string_view encoded_hash) const;

 private:
  PasswordHasher(Argon2Limits limits, int max_concurrent);

  Argon2Limits limits_;
  std::shared_ptr<std::counting_semaphore<>> slots_;  // shared by copies of this hasher
  std::string dummy_hash_;                            // a hash of a random password, for VerifyUnknownUser()
};

// The NFKC form of a password, as hashed. InvalidArgument when not valid UTF-8.
Result<std::string> NormalizePassword(std::string_view password);

}  // namespace motcua
