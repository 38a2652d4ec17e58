// SqlStore's account methods (store/store.h "Accounts"): each one transaction around account_repository.
#include "store/internal/account_repository.h"
#include "store/internal/sql_store.h"

namespace motcua::store_internal {

Result<int64_t> SqlStore::AddUser(const User& user) {
  // Validated before a connection is taken: bad input never holds the write lock.
  MOTCUA_RETURN_IF_ERROR(CanonicalUser(user).status());
  int64_t id = 0;
  MOTCUA_RETURN_IF_ERROR(
      database_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& connection) -> Status {
        MOTCUA_ASSIGN_OR_RETURN(id, InsertUser(connection, user));
        return Status::Ok();
      }));
  return id;
}

Result<User> SqlStore::GetUser(std::string_view username) {
  std::optional<User> user;
  MOTCUA_RETURN_IF_ERROR(
      database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
        MOTCUA_ASSIGN_OR_RETURN(user, FindUserByName(connection, username));
        return Status::Ok();
      }));
  if (!user) return NoSuchUser(username);
  return *std::move(user);
}

Result<User> SqlStore::GetUserById(int64_t id) {
  std::optional<User> user;
  MOTCUA_RETURN_IF_ERROR(
      database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
        MOTCUA_ASSIGN_OR_RETURN(user, FindUserById(connection, id));
        return Status::Ok();
      }));
  if (!user) return NoSuchUserId(id);
  return *std::move(user);
}

Result<std::vector<User>> SqlStore::ListUsers(const UserFilter& filter) {
  std::vector<User> users;
  MOTCUA_RETURN_IF_ERROR(
      database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
        MOTCUA_ASSIGN_OR_RETURN(users, SelectUsers(connection, filter));
        return Status::Ok();
      }));
  return users;
}

Status SqlStore::SetUserPassword(std::string_view username, std::string_view password_hash, Instant now) {
  return database_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& connection) {
    return UpdateUserPassword(connection, username, password_hash, now);
  });
}

Status SqlStore::SetUserDisabled(std::string_view username, bool disabled, Instant now) {
  return database_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& connection) {
    return UpdateUserDisabled(connection, username, disabled, now);
  });
}

Status SqlStore::SetUserRoles(std::string_view username, const std::vector<Role>& roles,
                              const std::vector<std::string>& fields, Instant now) {
  return database_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& connection) {
    return UpdateUserRoles(connection, username, roles, fields, now);
  });
}

Status SqlStore::CreateSession(const SessionRecord& session) {
  return database_->InTransaction(
      TxMode::kReadWrite, [&](SqlConnection& connection) { return InsertSession(connection, session); });
}

Result<SessionRecord> SqlStore::GetSession(std::string_view token_hash) {
  std::optional<SessionRecord> session;
  MOTCUA_RETURN_IF_ERROR(
      database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
        MOTCUA_ASSIGN_OR_RETURN(session, FindSession(connection, token_hash));
        return Status::Ok();
      }));
  if (!session) return NoSuchSession();
  return *std::move(session);
}

Status SqlStore::TouchSession(std::string_view token_hash, Instant last_seen_at) {
  return database_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& connection) {
    return TouchSessionRow(connection, token_hash, last_seen_at);
  });
}

Status SqlStore::DeleteSession(std::string_view token_hash) {
  return database_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& connection) {
    return DeleteSessionRow(connection, token_hash);
  });
}

Result<int64_t> SqlStore::PurgeSessions(Instant idle_before, Instant created_before) {
  int64_t deleted = 0;
  MOTCUA_RETURN_IF_ERROR(
      database_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& connection) -> Status {
        MOTCUA_ASSIGN_OR_RETURN(deleted, DeleteStaleSessions(connection, idle_before, created_before));
        return Status::Ok();
      }));
  return deleted;
}

Status SqlStore::AddApiToken(const ApiTokenRow& token) {
  return database_->InTransaction(
      TxMode::kReadWrite, [&](SqlConnection& connection) { return InsertApiToken(connection, token); });
}

Result<ApiTokenRow> SqlStore::GetApiToken(std::string_view key_id) {
  std::optional<ApiTokenRow> token;
  MOTCUA_RETURN_IF_ERROR(
      database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
        MOTCUA_ASSIGN_OR_RETURN(token, FindApiToken(connection, key_id));
        return Status::Ok();
      }));
  if (!token) return NoSuchApiToken(key_id);
  return *std::move(token);
}

Result<std::vector<ApiTokenRow>> SqlStore::ListApiTokens(int64_t user_id) {
  std::vector<ApiTokenRow> tokens;
  MOTCUA_RETURN_IF_ERROR(
      database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
        MOTCUA_ASSIGN_OR_RETURN(tokens, SelectApiTokens(connection, user_id));
        return Status::Ok();
      }));
  return tokens;
}

Status SqlStore::RevokeApiToken(std::string_view key_id, Instant now) {
  return database_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& connection) {
    return RevokeApiTokenRow(connection, key_id, now);
  });
}

}  // namespace motcua::store_internal
