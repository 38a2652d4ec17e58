#include "store/internal/account_repository.h"

#include <algorithm>

#include "auth/username.h"
#include "base/text.h"
#include "store/internal/unit_repository.h"

namespace motcua::store_internal {
namespace {

constexpr std::string_view kUserColumns =
    "id, username, display_name, unit_code, roles, fields, password_hash, disabled, created_at, updated_at";
constexpr std::string_view kSessionColumns = "token_hash, user_id, created_at, last_seen_at";
constexpr std::string_view kApiTokenColumns =
    "key_id, token_hash, user_id, name, created_at, expires_at, revoked_at";

constexpr size_t kMaxFieldCodeLength = 16;
constexpr size_t kMaxTokenNameBytes = 200;

// ---- Encoding of the list columns ----

std::string JoinComma(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts) {
    if (!out.empty()) out += ',';
    out += part;
  }
  return out;
}

std::string EncodeRoles(const std::vector<Role>& roles) {
  std::string out;
  for (Role role : roles) {
    if (!out.empty()) out += ',';
    out += RoleName(role);
  }
  return out;
}

Result<std::vector<Role>> DecodeRoles(std::string_view text) {
  std::vector<Role> roles;
  for (std::string_view name : SplitString(text, ',')) {
    Result<Role> role = ParseRole(name);
    if (!role.ok()) {
      return Status::Internal("users.roles holds unknown role '" + std::string(name) + "'",
                              "Dữ liệu vai trò của người dùng bị hỏng.");
    }
    roles.push_back(*role);
  }
  return roles;
}

std::vector<std::string> DecodeFields(std::string_view text) {
  std::vector<std::string> fields;
  if (text.empty()) return fields;
  for (std::string_view code : SplitString(text, ',')) fields.emplace_back(code);
  return fields;
}

// ---- Validation ----

// Roles without duplicates, in kAllRoles order, so equal role sets are stored identically.
Result<std::vector<Role>> CanonicalRoles(const std::vector<Role>& roles) {
  std::vector<Role> out;
  for (Role role : kAllRoles) {
    if (std::find(roles.begin(), roles.end(), role) != roles.end()) out.push_back(role);
  }
  if (out.empty()) {
    return Status::InvalidArgument("a user needs at least one role",
                                   "Người dùng phải có ít nhất một vai trò.");
  }
  return out;
}

// The catalogue's field code shape (catalog_loader: A-Z, 0-9, '-', '_', 1-16 characters); it also keeps
// the comma that separates codes in the column out of them.
bool IsFieldCode(std::string_view code) {
  if (code.empty() || code.size() > kMaxFieldCodeLength) return false;
  return std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

Result<std::vector<std::string>> CanonicalFields(const std::vector<std::string>& fields) {
  std::vector<std::string> out;
  for (const std::string& code : fields) {
    if (!IsFieldCode(code)) {
      return Status::InvalidArgument(
          "malformed field code '" + code + "'",
          "Mã lĩnh vực '" + code + "' không hợp lệ (chỉ gồm A-Z, 0-9, '-', '_', tối đa 16 ký tự).");
    }
    out.push_back(code);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// An Argon2 encoded hash as PasswordHasher makes ("$argon2id$v=19$..."), or "" (cannot sign in). Anything
// else is most likely a password given by mistake where its hash was meant.
Status CheckPasswordHash(std::string_view hash, bool allow_empty) {
  if (hash.empty() && allow_empty) return Status::Ok();
  if (hash.rfind("$argon2", 0) == 0 && IsValidUtf8(hash)) return Status::Ok();
  return Status::InvalidArgument("password hash is not an Argon2 encoded hash",
                                 "Mật khẩu phải được lưu dưới dạng băm (lỗi chương trình).");
}

bool IsLowerHex(std::string_view text, size_t length) {
  return text.size() == length && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

Status CheckTokenHash(std::string_view hash) {
  if (IsLowerHex(hash, 64)) return Status::Ok();
  return Status::InvalidArgument("token hash is not 64 lowercase hex characters",
                                 "Mã băm của phiên hoặc mã truy cập không hợp lệ (lỗi chương trình).");
}

bool IsKeyId(std::string_view key_id) {
  return key_id.size() == 10 && std::all_of(key_id.begin(), key_id.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
         });
}

Result<std::string> CanonicalTokenName(std::string_view name) {
  Result<std::string> nfc = NormalizeNfc(TrimAscii(name));
  if (!nfc.ok()) {
    return Status::InvalidArgument("API token name is not valid UTF-8",
                                   "Tên mã truy cập chứa ký tự không hợp lệ.");
  }
  if (nfc->empty()) {
    return Status::InvalidArgument("API token name is empty",
                                   "Hãy ghi mục đích sử dụng của mã truy cập (tên không được để trống).");
  }
  if (nfc->size() > kMaxTokenNameBytes) {
    return Status::InvalidArgument("API token name longer than 200 bytes",
                                   "Tên mã truy cập quá dài (tối đa 200 byte).");
  }
  for (char c : *nfc) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x20 || b == 0x7F) {
      return Status::InvalidArgument("API token name contains a control character",
                                     "Tên mã truy cập không được chứa ký tự điều khiển.");
    }
  }
  return nfc;
}

// ---- Rows ----

Result<User> UserFromRow(const SqlRow& row) {
  User user;
  user.id = row.Int(0);
  user.username = row.String(1);
  user.display_name = row.String(2);
  user.unit_code = row.String(3);
  MOTCUA_ASSIGN_OR_RETURN(user.roles, DecodeRoles(row.Text(4)));
  user.fields = DecodeFields(row.Text(5));
  user.password_hash = row.String(6);
  user.disabled = row.Bool(7);
  user.created_at = Instant{row.Int(8)};
  user.updated_at = Instant{row.Int(9)};
  return user;
}

SessionRecord SessionFromRow(const SqlRow& row) {
  SessionRecord session;
  session.token_hash = row.String(0);
  session.user_id = row.Int(1);
  session.created_at = Instant{row.Int(2)};
  session.last_seen_at = Instant{row.Int(3)};
  return session;
}

std::optional<Instant> OptionalInstant(const SqlRow& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return Instant{row.Int(column)};
}

std::optional<int64_t> OptionalSeconds(const std::optional<Instant>& instant) {
  if (!instant) return std::nullopt;
  return instant->unix_seconds;
}

ApiTokenRow ApiTokenFromRow(const SqlRow& row) {
  ApiTokenRow token;
  token.key_id = row.String(0);
  token.token_hash = row.String(1);
  token.user_id = row.Int(2);
  token.name = row.String(3);
  token.created_at = Instant{row.Int(4)};
  token.expires_at = OptionalInstant(row, 5);
  token.revoked_at = OptionalInstant(row, 6);
  return token;
}

Result<std::optional<User>> QueryOneUser(SqlConnection& connection, std::string_view where,
                                         std::initializer_list<SqlValue> params) {
  std::optional<User> found;
  MOTCUA_RETURN_IF_ERROR(
      connection.Query("SELECT " + std::string(kUserColumns) + " FROM users WHERE " + std::string(where),
                       params, [&](const SqlRow& row) -> Status {
                         MOTCUA_ASSIGN_OR_RETURN(User user, UserFromRow(row));
                         found = std::move(user);
                         return Status::Ok();
                       }));
  return found;
}

Status UserExists(SqlConnection& connection, int64_t user_id) {
  MOTCUA_ASSIGN_OR_RETURN(std::optional<int64_t> found,
                          connection.QueryInt("SELECT id FROM users WHERE id = $1", {user_id}));
  if (!found) return NoSuchUserId(user_id);
  return Status::Ok();
}

// Runs `update_sql` ($1 = canonical username, RETURNING id) and deletes the user's sessions; returns the id.
Result<int64_t> UpdateUserAndEndSessions(SqlConnection& connection, std::string_view username,
                                         std::string_view update_sql, SqlParams params) {
  Result<std::string> canonical = NormalizeUsername(username);
  if (!canonical.ok()) return NoSuchUser(username);
  params.insert(params.begin(), SqlValue(*canonical));
  MOTCUA_ASSIGN_OR_RETURN(std::optional<int64_t> id, connection.QueryInt(update_sql, params));
  if (!id) return NoSuchUser(username);
  MOTCUA_RETURN_IF_ERROR(connection.Execute("DELETE FROM sessions WHERE user_id = $1", {*id}).status());
  return *id;
}

}  // namespace

Status NoSuchUser(std::string_view username) {
  return Status::NotFound("user '" + std::string(username) + "' does not exist",
                          "Không tìm thấy người dùng '" + std::string(username) + "'.");
}

Status NoSuchUserId(int64_t id) {
  return Status::NotFound("user #" + std::to_string(id) + " does not exist",
                          "Không tìm thấy người dùng #" + std::to_string(id) + ".");
}

Status NoSuchSession() {
  // Never name the hash: it identifies a live session.
  return Status::NotFound("session does not exist", "Phiên đăng nhập không tồn tại hoặc đã hết hạn.");
}

Status NoSuchApiToken(std::string_view key_id) {
  return Status::NotFound("API token '" + std::string(key_id) + "' does not exist",
                          "Không tìm thấy mã truy cập API '" + std::string(key_id) + "'.");
}

Result<User> CanonicalUser(const User& user) {
  User out = user;
  MOTCUA_ASSIGN_OR_RETURN(out.username, NormalizeUsername(user.username));
  MOTCUA_ASSIGN_OR_RETURN(out.display_name, NormalizeDisplayName(user.display_name));
  MOTCUA_ASSIGN_OR_RETURN(out.roles, CanonicalRoles(user.roles));
  MOTCUA_ASSIGN_OR_RETURN(out.fields, CanonicalFields(user.fields));
  MOTCUA_RETURN_IF_ERROR(CheckPasswordHash(user.password_hash, /*allow_empty=*/true));
  return out;
}

Result<int64_t> InsertUser(SqlConnection& connection, const User& user) {
  MOTCUA_ASSIGN_OR_RETURN(const User canonical, CanonicalUser(user));
  Result<std::optional<int64_t>> id = connection.QueryInt(
      "INSERT INTO users (username, display_name, unit_code, roles, fields, password_hash, disabled, "
      "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
      {canonical.username, canonical.display_name, canonical.unit_code, EncodeRoles(canonical.roles),
       JoinComma(canonical.fields), canonical.password_hash, canonical.disabled,
       canonical.created_at.unix_seconds, canonical.updated_at.unix_seconds});
  if (id.ok()) {
    if (!*id) return Status::Internal("INSERT INTO users returned no id", "Không tạo được người dùng.");
    return **id;
  }
  // The constraints decide (no read-then-write race); their generic errors get a precise message here.
  const Status& status = id.status();
  if (status.code() == StatusCode::kAlreadyExists) {
    return Status::AlreadyExists("username '" + canonical.username + "' is taken (" + status.message() + ")",
                                 "Tên đăng nhập '" + canonical.username + "' đã có người dùng.");
  }
  if (status.code() == StatusCode::kNotFound) {  // the only foreign key of users
    return Status::NotFound("unit '" + canonical.unit_code + "' does not exist (" + status.message() + ")",
                            "Không tìm thấy đơn vị có mã '" + canonical.unit_code + "'.");
  }
  return status;
}

Result<std::optional<User>> FindUserByName(SqlConnection& connection, std::string_view username) {
  Result<std::string> canonical = NormalizeUsername(username);
  if (!canonical.ok()) return std::optional<User>();
  return QueryOneUser(connection, "username = $1", {*canonical});
}

Result<std::optional<User>> FindUserById(SqlConnection& connection, int64_t id) {
  return QueryOneUser(connection, "id = $1", {id});
}

Result<std::vector<User>> SelectUsers(SqlConnection& connection, const UserFilter& filter) {
  std::string sql = "SELECT " + std::string(kUserColumns) + " FROM users WHERE 1 = 1";
  SqlParams params;
  if (filter.unit_code) {
    MOTCUA_ASSIGN_OR_RETURN(std::optional<Unit> unit, FindUnit(connection, *filter.unit_code));
    if (!unit) {
      return Status::NotFound("unit '" + *filter.unit_code + "' does not exist",
                              "Không tìm thấy đơn vị có mã '" + *filter.unit_code + "'.");
    }
    params.emplace_back(*filter.unit_code);
    sql += " AND unit_code = $" + std::to_string(params.size());
  }
  if (!filter.include_disabled) {
    params.emplace_back(false);
    sql += " AND disabled = $" + std::to_string(params.size());
  }
  sql += " ORDER BY username";
  std::vector<User> users;
  MOTCUA_RETURN_IF_ERROR(connection.Query(sql, params, [&](const SqlRow& row) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(User user, UserFromRow(row));
    users.push_back(std::move(user));
    return Status::Ok();
  }));
  return users;
}

Status UpdateUserPassword(SqlConnection& connection, std::string_view username,
                          std::string_view password_hash, Instant now) {
  MOTCUA_RETURN_IF_ERROR(CheckPasswordHash(password_hash, /*allow_empty=*/false));
  return UpdateUserAndEndSessions(
             connection, username,
             "UPDATE users SET password_hash = $2, updated_at = $3 WHERE username = $1 RETURNING id",
             {password_hash, now.unix_seconds})
      .status();
}

Status UpdateUserDisabled(SqlConnection& connection, std::string_view username, bool disabled, Instant now) {
  MOTCUA_ASSIGN_OR_RETURN(
      const int64_t id,
      UpdateUserAndEndSessions(
          connection, username,
          "UPDATE users SET disabled = $2, updated_at = $3 WHERE username = $1 RETURNING id",
          {disabled, now.unix_seconds}));
  if (!disabled) return Status::Ok();
  return connection
      .Execute("UPDATE api_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL",
               {id, now.unix_seconds})
      .status();
}

Status UpdateUserRoles(SqlConnection& connection, std::string_view username, const std::vector<Role>& roles,
                       const std::vector<std::string>& fields, Instant now) {
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<Role> canonical_roles, CanonicalRoles(roles));
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<std::string> canonical_fields, CanonicalFields(fields));
  return UpdateUserAndEndSessions(
             connection, username,
             "UPDATE users SET roles = $2, fields = $3, updated_at = $4 WHERE username = $1 RETURNING id",
             {EncodeRoles(canonical_roles), JoinComma(canonical_fields), now.unix_seconds})
      .status();
}

Status InsertSession(SqlConnection& connection, const SessionRecord& session) {
  MOTCUA_RETURN_IF_ERROR(CheckTokenHash(session.token_hash));
  std::optional<bool> disabled;
  MOTCUA_RETURN_IF_ERROR(
      connection.Query("SELECT disabled FROM users WHERE id = $1", {session.user_id}, [&](const SqlRow& row) {
        disabled = row.Bool(0);
        return Status::Ok();
      }));
  if (!disabled) return NoSuchUserId(session.user_id);
  if (*disabled) {
    return Status::FailedPrecondition("user #" + std::to_string(session.user_id) + " is disabled",
                                      "Tài khoản đã bị khóa.");
  }
  Result<int64_t> inserted = connection.Execute(
      "INSERT INTO sessions (" + std::string(kSessionColumns) + ") VALUES ($1, $2, $3, $4)",
      {session.token_hash, session.user_id, session.created_at.unix_seconds,
       session.last_seen_at.unix_seconds});
  if (inserted.ok()) return Status::Ok();
  if (inserted.status().code() == StatusCode::kAlreadyExists) {
    return Status::AlreadyExists("session token hash is taken (" + inserted.status().message() + ")",
                                 "Phiên đăng nhập đã tồn tại.");
  }
  return inserted.status();
}

Result<std::optional<SessionRecord>> FindSession(SqlConnection& connection, std::string_view token_hash) {
  std::optional<SessionRecord> found;
  MOTCUA_RETURN_IF_ERROR(
      connection.Query("SELECT " + std::string(kSessionColumns) + " FROM sessions WHERE token_hash = $1",
                       {token_hash}, [&](const SqlRow& row) {
                         found = SessionFromRow(row);
                         return Status::Ok();
                       }));
  return found;
}

Status TouchSessionRow(SqlConnection& connection, std::string_view token_hash, Instant last_seen_at) {
  MOTCUA_ASSIGN_OR_RETURN(
      const int64_t changed,
      connection.Execute("UPDATE sessions SET last_seen_at = CASE WHEN last_seen_at < $2 THEN $2 ELSE "
                         "last_seen_at END WHERE token_hash = $1",
                         {token_hash, last_seen_at.unix_seconds}));
  if (changed == 0) return NoSuchSession();
  return Status::Ok();
}

Status DeleteSessionRow(SqlConnection& connection, std::string_view token_hash) {
  return connection.Execute("DELETE FROM sessions WHERE token_hash = $1", {token_hash}).status();
}

Result<int64_t> DeleteStaleSessions(SqlConnection& connection, Instant idle_before, Instant created_before) {
  return connection.Execute("DELETE FROM sessions WHERE last_seen_at < $1 OR created_at < $2",
                            {idle_before.unix_seconds, created_before.unix_seconds});
}

Status InsertApiToken(SqlConnection& connection, const ApiTokenRow& token) {
  if (!IsKeyId(token.key_id)) {
    return Status::InvalidArgument("API token key id is not 10 characters [a-z0-9]",
                                   "Mã nhận diện của mã truy cập không hợp lệ (lỗi chương trình).");
  }
  MOTCUA_RETURN_IF_ERROR(CheckTokenHash(token.token_hash));
  MOTCUA_ASSIGN_OR_RETURN(const std::string name, CanonicalTokenName(token.name));
  if (token.expires_at && *token.expires_at <= token.created_at) {
    return Status::InvalidArgument("API token expires before it is created",
                                   "Thời hạn của mã truy cập phải sau thời điểm tạo.");
  }
  Result<int64_t> inserted = connection.Execute(
      "INSERT INTO api_tokens (" + std::string(kApiTokenColumns) + ") VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {token.key_id, token.token_hash, token.user_id, name, token.created_at.unix_seconds,
       OptionalSeconds(token.expires_at), OptionalSeconds(token.revoked_at)});
  if (inserted.ok()) return Status::Ok();
  const Status& status = inserted.status();
  if (status.code() == StatusCode::kAlreadyExists) {
    return Status::AlreadyExists(
        "API token key id '" + token.key_id + "' is taken (" + status.message() + ")",
        "Mã truy cập '" + token.key_id + "' đã tồn tại.");
  }
  if (status.code() == StatusCode::kNotFound) {  // the only foreign key of api_tokens
    return Status::NotFound(
        "user #" + std::to_string(token.user_id) + " does not exist (" + status.message() + ")",
        "Không tìm thấy người dùng #" + std::to_string(token.user_id) + ".");
  }
  return status;
}

Result<std::optional<ApiTokenRow>> FindApiToken(SqlConnection& connection, std::string_view key_id) {
  std::optional<ApiTokenRow> found;
  MOTCUA_RETURN_IF_ERROR(
      connection.Query("SELECT " + std::string(kApiTokenColumns) + " FROM api_tokens WHERE key_id = $1",
                       {key_id}, [&](const SqlRow& row) {
                         found = ApiTokenFromRow(row);
                         return Status::Ok();
                       }));
  return found;
}

Result<std::vector<ApiTokenRow>> SelectApiTokens(SqlConnection& connection, int64_t user_id) {
  MOTCUA_RETURN_IF_ERROR(UserExists(connection, user_id));
  std::vector<ApiTokenRow> tokens;
  MOTCUA_RETURN_IF_ERROR(
      connection.Query("SELECT " + std::string(kApiTokenColumns) +
                           " FROM api_tokens WHERE user_id = $1 ORDER BY created_at, key_id",
                       {user_id}, [&](const SqlRow& row) {
                         tokens.push_back(ApiTokenFromRow(row));
                         return Status::Ok();
                       }));
  return tokens;
}

Status RevokeApiTokenRow(SqlConnection& connection, std::string_view key_id, Instant now) {
  MOTCUA_ASSIGN_OR_RETURN(const int64_t changed,
                          connection.Execute("UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $2) "
                                             "WHERE key_id = $1",
                                             {key_id, now.unix_seconds}));
  if (changed == 0) return NoSuchApiToken(key_id);
  return Status::Ok();
}

}  // namespace motcua::store_internal
