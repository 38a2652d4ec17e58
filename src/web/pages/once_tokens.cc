#include "web/pages/once_tokens.h"

#include "auth/token.h"

namespace motcua::web::pages {

std::string OnceTokens::Issue() { return IssueSessionToken().token; }

std::string OnceTokens::Key(std::string_view scope, std::string_view token) {
  std::string key(scope);
  key.push_back('\n');
  key.append(token);
  return key;
}

void OnceTokens::PruneLocked(int64_t now) {
  while (!order_.empty()) {
    const auto& [created, key] = order_.front();
    auto it = entries_.find(key);
    const bool gone = it == entries_.end() || it->second.created != created;
    const bool expired = created <= now - options_.keep_seconds;
    const bool over_capacity = entries_.size() >= options_.max_entries;
    if (!gone && !expired && !over_capacity) break;
    // Over capacity, a running submission is kept (its caller still needs the record).
    if (!gone && !expired && !it->second.done) break;
    if (!gone) entries_.erase(it);
    order_.pop_front();
  }
}

Result<OnceTokens::Claim> OnceTokens::Take(std::string_view scope, std::string_view token) {
  // Same shape as a session token: 43 base64url characters of 32 bytes.
  if (!SessionLookupHash(token).ok()) {
    return Status::InvalidArgument("form without a valid one-time token",
                                   "Biểu mẫu thiếu mã gửi một lần hoặc mã không hợp lệ. Vui lòng tải lại "
                                   "trang rồi gửi lại.");
  }
  const std::string key = Key(scope, token);
  const int64_t now = clock_.Now().unix_seconds;
  std::unique_lock lock(mutex_);
  PruneLocked(now);
  auto it = entries_.find(key);
  if (it == entries_.end()) {
    entries_.emplace(key, Entry{false, "", now});
    order_.emplace_back(now, key);
    return Claim{Outcome::kFirst, ""};
  }
  // Another request holds it: wait for its answer rather than acting twice.
  finished_.wait_for(lock, options_.wait, [&] {
    auto current = entries_.find(key);
    return current == entries_.end() || current->second.done;
  });
  auto current = entries_.find(key);
  if (current == entries_.end()) {
    // The first one failed and released the token: this one may act.
    entries_.emplace(key, Entry{false, "", now});
    order_.emplace_back(now, key);
    return Claim{Outcome::kFirst, ""};
  }
  return Claim{Outcome::kDuplicate, current->second.done ? current->second.location : ""};
}

void OnceTokens::Finish(std::string_view scope, std::string_view token, std::string location) {
  {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(Key(scope, token));
    if (it == entries_.end()) return;
    it->second.done = true;
    it->second.location = std::move(location);
  }
  finished_.notify_all();
}

void OnceTokens::Release(std::string_view scope, std::string_view token) {
  {
    std::lock_guard lock(mutex_);
    entries_.erase(Key(scope, token));
  }
  finished_.notify_all();
}

size_t OnceTokens::size() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

}  // namespace motcua::web::pages
