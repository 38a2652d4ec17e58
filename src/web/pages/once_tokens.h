// OnceTokens: the double-submit guard of every state-changing form (intake, dossier actions, PAKN). Each
// rendered form carries a fresh random token in the hidden field "once". The first POST that presents it
// claims it and acts; any later POST with the same token (a double click, a reload of the result, the Back
// button and send again) acts on nothing and is sent where the first one went. A POST that arrives while
// the first is still running waits for it (up to Options::wait). A failed first POST releases its token,
// and the page it re-renders carries a new one.
//
// Tokens are scoped by the caller's session (or the anonymous form cookie), so one user cannot claim
// another's. The record lives in this process's memory for `keep_seconds` (longer than a session), bounded
// by `max_entries` (the oldest finished records are dropped first). It does not survive a restart and is
// not shared between processes: docs/pages.md says what that leaves open. Thread-safe.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

#include "auth/clock.h"
#include "base/result.h"

namespace motcua::web::pages {

class OnceTokens {
 public:
  struct Options {
    int64_t keep_seconds = 12 * 3600;
    size_t max_entries = 200'000;
    std::chrono::milliseconds wait{5000};
  };

  enum class Outcome {
    kFirst,      // go ahead, then Finish() or Release()
    kDuplicate,  // already sent: do nothing; redirect to `location` when it is not empty
  };
  struct Claim {
    Outcome outcome = Outcome::kFirst;
    std::string location;  // kDuplicate: where the first submission's answer pointed ("" if still running)
  };

  explicit OnceTokens(const Clock& clock) : OnceTokens(clock, Options{}) {}
  OnceTokens(const Clock& clock, Options options) : clock_(clock), options_(options) {}

  // A fresh token for one rendered form (43 URL-safe characters, 256 random bits).
  static std::string Issue();

  // Claims `token` for `scope`. InvalidArgument (Vietnamese: reload the page) for a missing or malformed
  // token.
  Result<Claim> Take(std::string_view scope, std::string_view token);
  // The claimed submission succeeded and answered with a redirect to `location`.
  void Finish(std::string_view scope, std::string_view token, std::string location);
  // The claimed submission failed and changed nothing: the token may be used again.
  void Release(std::string_view scope, std::string_view token);

  size_t size() const;

 private:
  struct Entry {
    bool done = false;
    std::string location;
    int64_t created = 0;
  };
  static std::string Key(std::string_view scope, std::string_view token);
  void PruneLocked(int64_t now);

  const Clock& clock_;
  const Options options_;
  mutable std::mutex mutex_;
  std::condition_variable finished_;
  std::map<std::string, Entry, std::less<>> entries_;
  std::deque<std::pair<int64_t, std::string>> order_;  // (created, key), oldest first
};

}  // namespace motcua::web::pages
