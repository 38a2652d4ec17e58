// Which demo accounts the start page may show with their password. A database is a demo when it holds the
// demo commune (service/demo_data.h kDemoCommune) with the demo officers created by `motcua init --demo`
// AND the first of them still has the demo password (kDemoPassword): then every enabled demo account of
// that commune is listed. A real deployment that happens to reuse a demo username, or a demo whose
// passwords were changed, shows nothing. The password check is one Argon2 verification per stored hash per
// process (remembered by the hash string), not one per view. Thread-safe.
#pragma once

#include <mutex>
#include <string>
#include <vector>

#include "store/store.h"

namespace motcua::web::pages {

struct ShownDemoAccount {
  std::string username;
  std::string display_name;
  std::string roles;  // Vietnamese role labels, comma-separated
};

class DemoAccountFinder {
 public:
  explicit DemoAccountFinder(Store& store) : store_(store) {}

  // The accounts to show; empty when this is not a demo database (or on any store error).
  std::vector<ShownDemoAccount> Find();

 private:
  bool HasDemoPassword(const std::string& password_hash);

  Store& store_;
  std::mutex mutex_;
  std::string checked_hash_;  // the last hash verified, and its result
  bool checked_result_ = false;
};

}  // namespace motcua::web::pages
