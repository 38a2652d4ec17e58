#include "store/internal/settings_repository.h"

#include "base/civil_time.h"

namespace motcua::store_internal {

Status ValidateSettingKey(std::string_view key) {
  bool ok = !key.empty() && key.size() <= 64 && key[0] >= 'a' && key[0] <= 'z';
  for (char c : key) {
    ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.');
  }
  if (ok) return Status::Ok();
  return Status::InvalidArgument("bad setting key (want [a-z][a-z0-9_.]{0,63})",
                                 "Tên thiết lập không hợp lệ.");
}

Result<std::optional<std::string>> SelectSetting(SqlConnection& connection, std::string_view key) {
  MOTCUA_RETURN_IF_ERROR(ValidateSettingKey(key));
  return connection.QueryText("SELECT value FROM settings WHERE key = $1", {key});
}

Status UpsertSetting(SqlConnection& connection, std::string_view key, std::string_view value) {
  MOTCUA_RETURN_IF_ERROR(ValidateSettingKey(key));
  return connection
      .Execute(
          "INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3) "
          "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
          {key, value, Now().unix_seconds})
      .status();
}

}  // namespace motcua::store_internal
