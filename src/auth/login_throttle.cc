#include "auth/login_throttle.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "base/text.h"

namespace motcua {
namespace {

std::string NormalUser(std::string_view username) {
  std::string user(TrimAscii(username));
  for (char& c : user) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return user;
}

std::string UserKey(const std::string& user) { return "u:" + user; }
std::string AddressKey(const std::string& address) { return "a:" + address; }
std::string PairKey(const std::string& user, const std::string& address) {
  std::string key = "p:";
  key.append(user).append("\n").append(address);  // '\n' never occurs in a username or an address
  return key;
}

int64_t LockoutSeconds(const ThrottleRule& rule, int lockouts_before) {
  int64_t seconds = rule.first_lockout_seconds;
  for (int i = 0; i < lockouts_before && seconds < rule.max_lockout_seconds; ++i) seconds *= 2;
  return std::min(seconds, rule.max_lockout_seconds);
}

int64_t RecentFailures(const std::deque<int64_t>& failures, const ThrottleRule& rule, int64_t now) {
  return std::count_if(failures.begin(), failures.end(),
                       [&](int64_t t) { return t > now - rule.window_seconds; });
}

// Erases up to `count` map entries chosen by the smallest `age(value)` among those `evictable(value)`.
template <typename Map, typename Evictable, typename Age>
void EvictOldest(Map& map, size_t count, Evictable evictable, Age age) {
  std::vector<std::pair<int64_t, typename Map::key_type>> candidates;
  for (const auto& [key, value] : map) {
    if (evictable(value)) candidates.emplace_back(age(value), key);
  }
  const size_t drop = std::min(count, candidates.size());
  if (drop == 0) return;
  std::nth_element(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(drop - 1),
                   candidates.end());
  for (size_t i = 0; i < drop; ++i) map.erase(candidates[i].second);
}

}  // namespace

// ---- LoginAttempt ----

LoginAttempt::LoginAttempt(LoginThrottle* throttle, std::string user, std::string address, bool known,
                           bool allowed, int64_t retry_after_seconds)
    : throttle_(allowed ? throttle : nullptr),
      user_(std::move(user)),
      address_(std::move(address)),
      known_(known),
      allowed_(allowed),
      retry_after_seconds_(retry_after_seconds) {}

LoginAttempt::LoginAttempt(LoginAttempt&& other) noexcept
    : throttle_(std::exchange(other.throttle_, nullptr)),
      user_(std::move(other.user_)),
      address_(std::move(other.address_)),
      known_(other.known_),
      allowed_(other.allowed_),
      retry_after_seconds_(other.retry_after_seconds_) {}

LoginAttempt& LoginAttempt::operator=(LoginAttempt&& other) noexcept {
  if (this != &other) {
    if (throttle_ != nullptr) Failed();
    throttle_ = std::exchange(other.throttle_, nullptr);
    user_ = std::move(other.user_);
    address_ = std::move(other.address_);
    known_ = other.known_;
    allowed_ = other.allowed_;
    retry_after_seconds_ = other.retry_after_seconds_;
  }
  return *this;
}

LoginAttempt::~LoginAttempt() {
  if (throttle_ != nullptr) Failed();
}

void LoginAttempt::Succeeded() {
  if (throttle_ == nullptr) return;
  std::exchange(throttle_, nullptr)->Finish(*this, /*success=*/true);
}

int64_t LoginAttempt::Failed() {
  if (throttle_ == nullptr) return 0;
  return std::exchange(throttle_, nullptr)->Finish(*this, /*success=*/false);
}

// ---- LoginThrottle ----

LoginThrottle::LoginThrottle(const Clock& clock, LoginThrottleOptions options)
    : clock_(clock), options_(options) {}

const ThrottleRule& LoginThrottle::RuleFor(std::string_view key) const {
  return key.starts_with("a:") ? options_.per_address : options_.per_username;
}

bool LoginThrottle::IsKnownLocked(const std::string& pair, int64_t now) const {
  const auto it = known_until_.find(pair);
  return it != known_until_.end() && it->second > now;
}

int64_t LoginThrottle::WaitLocked(const std::string& key, int64_t now, bool count_in_flight) const {
  const auto it = entries_.find(key);
  if (it == entries_.end()) return 0;
  const Entry& e = it->second;
  if (e.locked_until > now) return e.locked_until - now;
  // Attempts being checked right now might all fail: admit no more than the limit allows, and tell the
  // extra request to come back in a second.
  if (count_in_flight &&
      RecentFailures(e.failures, RuleFor(key), now) + e.in_flight >= RuleFor(key).max_failures) {
    return 1;
  }
  return 0;
}

LoginAttempt LoginThrottle::Begin(std::string_view username, std::string_view address) {
  std::string user = NormalUser(username);
  std::string addr(TrimAscii(address));
  std::lock_guard<std::mutex> lock(mu_);
  const int64_t now = clock_.Now().unix_seconds;
  const bool known = IsKnownLocked(PairKey(user, addr), now);
  const std::string first_key = known ? PairKey(user, addr) : UserKey(user);
  const std::string address_key = AddressKey(addr);
  const int64_t wait = std::max(WaitLocked(first_key, now, /*count_in_flight=*/true),
                                WaitLocked(address_key, now, /*count_in_flight=*/true));
  if (wait > 0) return LoginAttempt(this, std::move(user), std::move(addr), known, /*allowed=*/false, wait);
  if (entries_.size() + 2 > options_.max_tracked_keys) EnforceCapacityLocked(now);
  for (const std::string* key : {&first_key, &address_key}) {
    Entry& e = entries_[*key];
    ++e.in_flight;
    e.last_activity = now;
  }
  return LoginAttempt(this, std::move(user), std::move(addr), known, /*allowed=*/true, 0);
}

int64_t LoginThrottle::RetryAfterSeconds(std::string_view username, std::string_view address) const {
  const std::string user = NormalUser(username);
  const std::string addr(TrimAscii(address));
  std::lock_guard<std::mutex> lock(mu_);
  const int64_t now = clock_.Now().unix_seconds;
  const std::string first_key = IsKnownLocked(PairKey(user, addr), now) ? PairKey(user, addr) : UserKey(user);
  return std::max(WaitLocked(first_key, now, /*count_in_flight=*/false),
                  WaitLocked(AddressKey(addr), now, /*count_in_flight=*/false));
}

size_t LoginThrottle::TrackedKeys() const {
  std::lock_guard<std::mutex> lock(mu_);
  return entries_.size();
}

size_t LoginThrottle::KnownAddresses() const {
  std::lock_guard<std::mutex> lock(mu_);
  return known_until_.size();
}

int64_t LoginThrottle::Finish(const LoginAttempt& attempt, bool success) {
  std::lock_guard<std::mutex> lock(mu_);
  const int64_t now = clock_.Now().unix_seconds;
  const std::string pair = PairKey(attempt.user_, attempt.address_);
  const std::string first_key = attempt.known_ ? pair : UserKey(attempt.user_);
  // A success resets the failure count of the record the attempt was judged by (not the address's, and not
  // the username's when the attempt came from a known address: strangers elsewhere keep their lock). The
  // lockout level is kept, so a success does not hand a guesser a fresh short lockout; it decays after a
  // quiet day.
  const int64_t first_wait = FinishKeyLocked(first_key, success, /*clear_on_success=*/true, now);
  const int64_t address_wait =
      FinishKeyLocked(AddressKey(attempt.address_), success, /*clear_on_success=*/false, now);
  if (success) {
    if (known_until_.size() + 1 > options_.max_tracked_keys && !known_until_.contains(pair)) {
      std::erase_if(known_until_, [&](const auto& kv) { return kv.second <= now; });
      if (known_until_.size() + 1 > options_.max_tracked_keys) {
        EvictOldest(
            known_until_, known_until_.size() + 1 - options_.max_tracked_keys * 3 / 4,
            [](int64_t) { return true; }, [](int64_t until) { return until; });
      }
    }
    known_until_[pair] = now + options_.known_address_seconds;
  }
  return std::max(first_wait, address_wait);
}

int64_t LoginThrottle::FinishKeyLocked(const std::string& key, bool success, bool clear_on_success,
                                       int64_t now) {
  const ThrottleRule& rule = RuleFor(key);
  Entry& e = entries_[key];
  if (e.in_flight > 0) --e.in_flight;
  e.last_activity = now;
  while (!e.failures.empty() && e.failures.front() <= now - rule.window_seconds) e.failures.pop_front();
  if (success) {
    if (clear_on_success) e.failures.clear();
    return 0;
  }
  if (e.lockouts > 0 && now - e.last_failure >= rule.forget_after_seconds) e.lockouts = 0;
  e.failures.push_back(now);
  e.last_failure = now;
  if (static_cast<int>(e.failures.size()) < rule.max_failures) return 0;
  e.locked_until = std::max(e.locked_until, now + LockoutSeconds(rule, e.lockouts));
  ++e.lockouts;
  e.failures.clear();
  return e.locked_until - now;
}

bool LoginThrottle::IsIdleLocked(const std::string& key, const Entry& e, int64_t now) const {
  const ThrottleRule& rule = RuleFor(key);
  return e.in_flight == 0 && e.locked_until <= now && RecentFailures(e.failures, rule, now) == 0 &&
         (e.lockouts == 0 || now - e.last_failure >= rule.forget_after_seconds);
}

void LoginThrottle::EnforceCapacityLocked(int64_t now) {
  // First drop records that carry no information any more.
  std::erase_if(entries_, [&](const auto& kv) { return IsIdleLocked(kv.first, kv.second, now); });
  const size_t target = options_.max_tracked_keys - options_.max_tracked_keys / 4;
  if (entries_.size() <= target) return;
  // Still full: forget the least recently active records that are neither locked nor mid-attempt. Locked
  // records stay, so flooding the table cannot unlock an account under attack.
  EvictOldest(
      entries_, entries_.size() - target,
      [&](const Entry& e) { return e.in_flight == 0 && e.locked_until <= now; },
      [](const Entry& e) { return e.last_activity; });
}

Status TooManyLoginAttempts(int64_t retry_after_seconds) {
  const int64_t seconds = std::max<int64_t>(retry_after_seconds, 1);
  std::string wait;
  if (seconds < 60) {
    wait = std::to_string(seconds) + " giây";
  } else {
    wait = std::to_string((seconds + 59) / 60) + " phút";
  }
  return Status::ResourceExhausted("login throttled; retry after " + std::to_string(seconds) + " s",
                                   "Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau " + wait + ".");
}

}  // namespace motcua
