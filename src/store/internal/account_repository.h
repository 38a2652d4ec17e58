// Rows of the users, sessions and api_tokens tables, read and written on a connection inside the caller's
// transaction (the dossier import creates the actors of its history in the same transaction as their
// dossiers). Inputs are validated and canonicalised here: usernames in their lowercase form (so uniqueness is
// case-insensitive), display names in NFC, roles deduplicated in kAllRoles order, field codes sorted and
// unique. Usernames given to lookups are normalised the same way ("NguyenVanA" finds "nguyenvana").
// Not thread-safe (a SqlConnection is used by one thread).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_time.h"
#include "base/result.h"
#include "store/account_records.h"
#include "store/internal/sql.h"

namespace motcua::store_internal {

// ---- Users ----

// `user` with its username, display name, roles and fields in canonical form; InvalidArgument for a
// malformed username or display name, no role, a malformed field code, or a password hash that is neither
// empty nor an Argon2 encoded hash (a guard against storing a password in clear). Its id is left as given.
Result<User> CanonicalUser(const User& user);

// Inserts `user` (canonicalised; user.id is ignored) and returns the new id. AlreadyExists for a taken
// username, NotFound for a missing unit.
Result<int64_t> InsertUser(SqlConnection& connection, const User& user);
// nullopt when absent (a malformed name cannot exist, so it is absent too).
Result<std::optional<User>> FindUserByName(SqlConnection& connection, std::string_view username);
Result<std::optional<User>> FindUserById(SqlConnection& connection, int64_t id);
// Ordered by username. NotFound when filter.unit_code names no unit.
Result<std::vector<User>> SelectUsers(SqlConnection& connection, const UserFilter& filter);

// These change one account and delete all its sessions; disabling also revokes its API tokens at `now`
// (docs/security.md: disabling a user revokes their tokens; enabling does not bring them back). NotFound
// when the user is absent.
Status UpdateUserPassword(SqlConnection& connection, std::string_view username,
                          std::string_view password_hash, Instant now);
Status UpdateUserDisabled(SqlConnection& connection, std::string_view username, bool disabled, Instant now);
Status UpdateUserRoles(SqlConnection& connection, std::string_view username, const std::vector<Role>& roles,
                       const std::vector<std::string>& fields, Instant now);

// ---- Sessions ----

// AlreadyExists for a taken token hash, NotFound for a missing user, FailedPrecondition for a disabled one
// (checked in the same transaction, so a login racing with "disable" cannot leave a live session behind).
Status InsertSession(SqlConnection& connection, const SessionRecord& session);
Result<std::optional<SessionRecord>> FindSession(SqlConnection& connection, std::string_view token_hash);
// Moves last_seen_at forward (never back: concurrent requests may touch out of order). NotFound when absent.
Status TouchSessionRow(SqlConnection& connection, std::string_view token_hash, Instant last_seen_at);
// OK when already absent.
Status DeleteSessionRow(SqlConnection& connection, std::string_view token_hash);
// Deletes sessions with last_seen_at < idle_before or created_at < created_before; returns how many.
Result<int64_t> DeleteStaleSessions(SqlConnection& connection, Instant idle_before, Instant created_before);

// ---- API tokens ----

// AlreadyExists for a taken key id, NotFound for a missing user, InvalidArgument for a malformed key id or
// hash, an empty name, or an expiry not after creation.
Status InsertApiToken(SqlConnection& connection, const ApiTokenRow& token);
Result<std::optional<ApiTokenRow>> FindApiToken(SqlConnection& connection, std::string_view key_id);
// Ordered by creation time, then key id. NotFound when the user is absent.
Result<std::vector<ApiTokenRow>> SelectApiTokens(SqlConnection& connection, int64_t user_id);
// Sets revoked_at to `now` unless already revoked (the first time is kept). NotFound when absent.
Status RevokeApiTokenRow(SqlConnection& connection, std::string_view key_id, Instant now);

// The NotFound statuses for a missing user / session / token, shared by SqlStore.
Status NoSuchUser(std::string_view username);
Status NoSuchUserId(int64_t id);
Status NoSuchSession();
Status NoSuchApiToken(std::string_view key_id);

}  // namespace motcua::store_internal
