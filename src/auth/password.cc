#include "auth/password.h"

#include <sodium.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <thread>

#include "auth/internal/sodium_util.h"
#include "base/text.h"

namespace motcua {
namespace {

constexpr std::string_view kWrongCredentials = "Tên đăng nhập hoặc mật khẩu không đúng.";

struct FreeDeleter {
  void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};

// The shape libsodium writes: "$argon2id$v=19$m=<n>,t=<n>,p=<n>$<salt>$<hash>" (or "$argon2i$..."), base64
// without padding. Checked before verifying so a corrupted row is reported as such in the log.
bool LooksLikeArgon2String(std::string_view s) {
  if (s.size() >= crypto_pwhash_STRBYTES) return false;  // libsodium needs a NUL inside STRBYTES
  if (!s.starts_with("$argon2id$") && !s.starts_with("$argon2i$")) return false;
  if (std::count(s.begin(), s.end(), '$') != 5) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '$' ||
           c == '=' || c == ',' || c == '+' || c == '/';
  });
}

// Holds one Argon2 slot for the lifetime of the guard.
class SlotGuard {
 public:
  explicit SlotGuard(std::counting_semaphore<>& slots) : slots_(slots) { slots_.acquire(); }
  ~SlotGuard() { slots_.release(); }
  SlotGuard(const SlotGuard&) = delete;
  SlotGuard& operator=(const SlotGuard&) = delete;

 private:
  std::counting_semaphore<>& slots_;
};

}  // namespace

Argon2Limits Argon2Limits::Interactive() {
  return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}

Argon2Limits Argon2Limits::Moderate() {
  return {crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE};
}

Argon2Limits Argon2Limits::FastForTests() {
  return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

Result<std::string> NormalizePassword(std::string_view password) {
  if (!IsValidUtf8(password)) {
    return Status::InvalidArgument("password is not valid UTF-8", "Mật khẩu chứa ký tự không hợp lệ.");
  }
  if (password.empty()) return std::string();
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(password.data()),
                   static_cast<utf8proc_ssize_t>(password.size()), &out,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
  std::unique_ptr<utf8proc_uint8_t, FreeDeleter> holder(out);
  if (n < 0) {
    return Status::InvalidArgument("password NFKC normalisation failed", "Mật khẩu chứa ký tự không hợp lệ.");
  }
  return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(n));
}

PasswordHasher::PasswordHasher(Argon2Limits limits, int max_concurrent)
    : limits_(limits), slots_(std::make_shared<std::counting_semaphore<>>(max_concurrent)) {}

Result<PasswordHasher> PasswordHasher::Create(Argon2Limits limits, int max_concurrent) {
  auth_internal::EnsureSodium();
  if (limits.ops_limit < crypto_pwhash_argon2id_OPSLIMIT_MIN ||
      limits.ops_limit > crypto_pwhash_argon2id_OPSLIMIT_MAX ||
      limits.mem_limit_bytes < crypto_pwhash_argon2id_MEMLIMIT_MIN ||
      limits.mem_limit_bytes > crypto_pwhash_argon2id_MEMLIMIT_MAX) {
    return Status::InvalidArgument("Argon2id limits out of range: ops=" + std::to_string(limits.ops_limit) +
                                       " mem=" + std::to_string(limits.mem_limit_bytes),
                                   "Tham số băm mật khẩu không hợp lệ.");
  }
  if (max_concurrent < 0) {
    return Status::InvalidArgument("max_concurrent must be >= 0", "Tham số băm mật khẩu không hợp lệ.");
  }
  if (max_concurrent == 0)
    max_concurrent = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  PasswordHasher hasher(limits, max_concurrent);
  // A hash of a random password nobody knows, with the same cost as real hashes.
  MOTCUA_ASSIGN_OR_RETURN(hasher.dummy_hash_,
                          hasher.Hash(auth_internal::Base64UrlEncode(auth_internal::RandomBytes(24))));
  return hasher;
}

Result<std::string> PasswordHasher::Hash(std::string_view password) const {
  MOTCUA_ASSIGN_OR_RETURN(std::string normalized, NormalizePassword(password));
  if (normalized.size() > kMaxPasswordBytes) {
    return Status::InvalidArgument("password longer than " + std::to_string(kMaxPasswordBytes) + " bytes",
                                   "Mật khẩu quá dài.");
  }
  char out[crypto_pwhash_STRBYTES];
  SlotGuard slot(*slots_);
  if (crypto_pwhash_str_alg(out, normalized.data(), normalized.size(), limits_.ops_limit,
                            limits_.mem_limit_bytes, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    sodium_memzero(normalized.data(), normalized.size());
    return Status::Internal("crypto_pwhash_str failed (out of memory?)",
                            "Không thể lưu mật khẩu lúc này, vui lòng thử lại.");
  }
  sodium_memzero(normalized.data(), normalized.size());
  return std::string(out);
}

Status PasswordHasher::Verify(std::string_view encoded_hash, std::string_view password) const {
  if (!LooksLikeArgon2String(encoded_hash)) {
    return Status::Unauthenticated("stored password hash is malformed", std::string(kWrongCredentials));
  }
  Result<std::string> normalized = NormalizePassword(password);
  if (!normalized.ok() || normalized->size() > kMaxPasswordBytes) {
    return Status::Unauthenticated("presented password is not valid UTF-8 or too long",
                                   std::string(kWrongCredentials));
  }
  const std::string stored(encoded_hash);  // libsodium needs a NUL-terminated string
  SlotGuard slot(*slots_);
  const int rc = crypto_pwhash_str_verify(stored.c_str(), normalized->data(), normalized->size());
  sodium_memzero(normalized->data(), normalized->size());
  if (rc != 0) return Status::Unauthenticated("password mismatch", std::string(kWrongCredentials));
  return Status::Ok();
}

Status PasswordHasher::VerifyUnknownUser(std::string_view password) const {
  // The result is ignored: nobody knows the dummy password. Only the time spent matters.
  (void)Verify(dummy_hash_, password);
  return Status::Unauthenticated("unknown username", std::string(kWrongCredentials));
}

bool PasswordHasher::NeedsRehash(std::string_view encoded_hash) const {
  if (!LooksLikeArgon2String(encoded_hash)) return true;
  const std::string stored(encoded_hash);
  // 1: other parameters or argon2i; -1: not a valid argon2id string. Both mean "replace it".
  return crypto_pwhash_str_needs_rehash(stored.c_str(), limits_.ops_limit, limits_.mem_limit_bytes) != 0;
}

}  // namespace motcua
