// Login throttling in memory, keyed by username and by remote address. Each key keeps a sliding window of
// recent failures; reaching the limit locks the key for a period that doubles with each lockout (capped) and
// resets after a quiet day. An attempt is reserved before the password is checked and counted as a failure
// unless it is marked successful, so parallel requests cannot slip more guesses through than the limit.
//
// Usage in the login handler:
//   LoginAttempt attempt = throttle.Begin(username, address);
//   if (!attempt.allowed()) -> 429, header "Retry-After: attempt.retry_after_seconds()",
//                              body TooManyLoginAttempts(attempt.retry_after_seconds())
//   ... verify the password (PasswordHasher::VerifyUnknownUser for unknown names) ...
//   ok ? attempt.Succeeded() : attempt.Failed();   // destroying it unmarked counts as Failed()
//
// A success resets the username's failure count, not the address's (one valid account must not reset the
// counter of a guessing machine), and makes the (username, address) pair "known" for `known_address_seconds`.
// From a known address the user is throttled by that pair's own record instead of the username's, so a
// stranger who locks "nguyenvana" from outside does not lock the real officer out at the office (NIST SP
// 800-63B 5.2.2 suggests this allow-list). The throttle is thread-safe and must outlive its LoginAttempts.
// Its state is per process and lost on restart (see docs/security.md).
#pragma once

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "auth/clock.h"
#include "base/status.h"

namespace motcua {

struct ThrottleRule {
  int max_failures = 5;                      // failures within the window that trigger a lockout
  int64_t window_seconds = 15 * 60;          // sliding window
  int64_t first_lockout_seconds = 5 * 60;    // doubled at each further lockout...
  int64_t max_lockout_seconds = 60 * 60;     // ...up to this
  int64_t forget_after_seconds = 24 * 3600;  // a key quiet this long starts again from the first lockout
};

struct LoginThrottleOptions {
  ThrottleRule per_username;  // also used for a (username, known address) pair
  // An office behind one NAT address has many officers; the address rule is looser and catches one machine
  // trying many usernames.
  ThrottleRule per_address{.max_failures = 20};
  // How long a successful login makes its address "known" for that username.
  int64_t known_address_seconds = 30 * 24 * 3600;
  // Memory bound for each of the two tables (failure records, known addresses): when full, idle records are
  // dropped first, then the least recently active; locked records are kept.
  size_t max_tracked_keys = 100'000;
};

class LoginThrottle;

// One login attempt holding a reservation in the throttle. Move-only.
class LoginAttempt {
 public:
  LoginAttempt(LoginAttempt&& other) noexcept;
  LoginAttempt& operator=(LoginAttempt&& other) noexcept;
  LoginAttempt(const LoginAttempt&) = delete;
  LoginAttempt& operator=(const LoginAttempt&) = delete;
  ~LoginAttempt();  // Failed() unless already marked

  bool allowed() const { return allowed_; }
  // Seconds to wait before trying again (>= 1) when not allowed; 0 when allowed.
  int64_t retry_after_seconds() const { return retry_after_seconds_; }

  // Record the outcome; only the first call counts. No effect on a refused attempt.
  void Succeeded();
  // Returns the seconds the caller must now wait (0 if this failure did not lock anything).
  int64_t Failed();

 private:
  friend class LoginThrottle;
  LoginAttempt(LoginThrottle* throttle, std::string user, std::string address, bool known, bool allowed,
               int64_t retry_after_seconds);

  LoginThrottle* throttle_;  // null once finished, or when refused
  std::string user_;         // normalised username
  std::string address_;
  bool known_;  // the pair was known when the attempt began
  bool allowed_;
  int64_t retry_after_seconds_;
};

class LoginThrottle {
 public:
  explicit LoginThrottle(const Clock& clock, LoginThrottleOptions options = {});

  // Reserves an attempt for (username, address). `username` is compared ASCII case-insensitively, trimmed.
  // Pass the client address as text (for IPv6, its /64 prefix: one host commonly owns a whole /64). Unknown
  // usernames are throttled like real ones, so throttling reveals nothing about which accounts exist.
  LoginAttempt Begin(std::string_view username, std::string_view address);

  // Seconds until (username, address) may try again; 0 when it may now. Reserves nothing.
  int64_t RetryAfterSeconds(std::string_view username, std::string_view address) const;

  // Number of failure records and known (username, address) pairs held (for tests and monitoring).
  size_t TrackedKeys() const;
  size_t KnownAddresses() const;

 private:
  friend class LoginAttempt;

  struct Entry {
    std::deque<int64_t> failures;  // unix seconds of failures inside the window, oldest first
    int in_flight = 0;             // reserved attempts not yet finished
    int64_t locked_until = 0;
    int lockouts = 0;  // lockouts since the key was last quiet for forget_after_seconds
    int64_t last_failure = 0;
    int64_t last_activity = 0;
  };

  // Helpers ending in Locked expect mu_ held. Keys: "u:<user>", "p:<user>\n<address>", "a:<address>".
  bool IsKnownLocked(const std::string& pair, int64_t now) const;
  int64_t WaitLocked(const std::string& key, int64_t now, bool count_in_flight) const;
  int64_t FinishKeyLocked(const std::string& key, bool success, bool clear_on_success, int64_t now);
  void EnforceCapacityLocked(int64_t now);
  bool IsIdleLocked(const std::string& key, const Entry& entry, int64_t now) const;
  const ThrottleRule& RuleFor(std::string_view key) const;

  // Called by LoginAttempt; returns the wait a failure caused (0 on success or without lockout).
  int64_t Finish(const LoginAttempt& attempt, bool success);

  const Clock& clock_;
  const LoginThrottleOptions options_;
  mutable std::mutex mu_;
  std::unordered_map<std::string, Entry> entries_;
  std::unordered_map<std::string, int64_t> known_until_;  // pair key -> unix seconds
};

// ResourceExhausted (HTTP 429) with a Vietnamese message: "Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử
// lại sau 5 phút." Waits under a minute are shown in seconds; longer ones rounded up to minutes.
Status TooManyLoginAttempts(int64_t retry_after_seconds);

}  // namespace motcua
