// Record types of user accounts, browser sessions and API tokens as the Store (store/store.h) keeps them.
// Passwords and tokens appear only as hashes (auth/password.h, auth/token.h). Plain values; thread-safe to
// share const.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "auth/access.h"
#include "base/civil_time.h"

namespace motcua {

// An officer's account. A user belongs to one unit and holds one or more roles; a specialist is bound to
// fields. An account without a password hash cannot sign in (actors created by an import of history).
struct User {
  int64_t id = 0;  // assigned by the store
  std::string username;
  std::string display_name;
  std::string unit_code;
  std::vector<Role> roles;
  std::vector<std::string> fields;  // field codes, sorted, no duplicates
  std::string password_hash;        // Argon2id encoded hash; "" = cannot sign in
  bool disabled = false;
  Instant created_at;
  Instant updated_at;
  bool operator==(const User&) const = default;
};

// What sign-in and every authorised request need: the access principal (auth/access.h) of a user.
Principal PrincipalOf(const User& user);

// Which users ListUsers returns, ordered by username.
struct UserFilter {
  std::optional<std::string> unit_code;
  bool include_disabled = true;
};

// A browser session row, found by the hash of its cookie token.
struct SessionRecord {
  std::string token_hash;
  int64_t user_id = 0;
  Instant created_at;
  Instant last_seen_at;
  bool operator==(const SessionRecord&) const = default;
};

// An integration's API token row (the token itself is shown once and never stored).
struct ApiTokenRow {
  std::string key_id;
  std::string token_hash;
  int64_t user_id = 0;
  std::string name;  // what the token is for ("Cổng DVC tỉnh")
  Instant created_at;
  std::optional<Instant> expires_at;
  std::optional<Instant> revoked_at;
  bool operator==(const ApiTokenRow&) const = default;
};

}  // namespace motcua
