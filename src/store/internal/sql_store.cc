#include "store/internal/sql_store.h"

#include "store/internal/catalog_repository.h"
#include "store/internal/migrations.h"
#include "store/internal/settings_repository.h"
#include "store/internal/unit_repository.h"

namespace motcua::store_internal {

Status SqlStore::Migrate() { return RunMigrations(*database_); }

Result<int> SqlStore::SchemaVersion() { return AppliedSchemaVersion(*database_); }

int SqlStore::LatestSchemaVersion() const { return store_internal::LatestSchemaVersion(); }

Status SqlStore::AddUnit(const Unit& unit) {
  return database_->InTransaction(TxMode::kReadWrite,
                                  [&](SqlConnection& connection) { return InsertUnit(connection, unit); });
}

Result<Unit> SqlStore::GetUnit(std::string_view code) {
  std::optional<Unit> unit;
  MOTCUA_RETURN_IF_ERROR(
      database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
        MOTCUA_ASSIGN_OR_RETURN(unit, FindUnit(connection, code));
        return Status::Ok();
      }));
  if (!unit) {
    return Status::NotFound("unit '" + std::string(code) + "' does not exist",
                            "Không tìm thấy đơn vị có mã '" + std::string(code) + "'.");
  }
  return *std::move(unit);
}

Result<std::vector<Unit>> SqlStore::ListUnits(const UnitFilter& filter) {
  std::vector<Unit> units;
  MOTCUA_RETURN_IF_ERROR(
      database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
        MOTCUA_ASSIGN_OR_RETURN(units, SelectUnits(connection, filter));
        return Status::Ok();
      }));
  return units;
}

Status SqlStore::UpdateUnitSettings(std::string_view code, const UnitSettings& settings) {
  return database_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& connection) {
    return UpdateUnitSettingsRow(connection, code, settings);
  });
}

Status SqlStore::ReplaceCatalog(const std::vector<Field>& fields, const std::vector<Procedure>& procedures) {
  // Validated before a connection is taken: bad input never holds the write lock.
  MOTCUA_RETURN_IF_ERROR(ValidateCatalog(fields, procedures));
  return database_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& connection) {
    return WriteCatalog(connection, fields, procedures);
  });
}

Result<std::vector<Field>> SqlStore::ListFields() {
  std::vector<Field> fields;
  MOTCUA_RETURN_IF_ERROR(
      database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
        MOTCUA_ASSIGN_OR_RETURN(fields, SelectFields(connection));
        return Status::Ok();
      }));
  return fields;
}

Result<std::vector<Procedure>> SqlStore::ListProcedures(const ProcedureFilter& filter) {
  std::vector<Procedure> procedures;
  MOTCUA_RETURN_IF_ERROR(
      database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
        MOTCUA_ASSIGN_OR_RETURN(procedures, SelectProcedures(connection, filter));
        return Status::Ok();
      }));
  return procedures;
}

Result<int64_t> SqlStore::CountProcedures(const ProcedureFilter& filter) {
  int64_t count = 0;
  MOTCUA_RETURN_IF_ERROR(
      database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
        MOTCUA_ASSIGN_OR_RETURN(count, CountProcedureRows(connection, filter));
        return Status::Ok();
      }));
  return count;
}

Result<Procedure> SqlStore::GetProcedure(std::string_view code, CivilDate date) {
  std::optional<Procedure> procedure;
  MOTCUA_RETURN_IF_ERROR(
      database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
        MOTCUA_ASSIGN_OR_RETURN(procedure, FindProcedure(connection, code, date));
        return Status::Ok();
      }));
  if (!procedure) {
    return Status::NotFound(
        "no version of procedure '" + std::string(code) + "' is in force on " + FormatIsoDate(date),
        "Không tìm thấy thủ tục '" + std::string(code) + "' có hiệu lực vào ngày " + FormatVnDate(date) +
            ".");
  }
  return *std::move(procedure);
}

Result<std::string> SqlStore::GetSetting(std::string_view key) {
  std::optional<std::string> value;
  MOTCUA_RETURN_IF_ERROR(
      database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
        MOTCUA_ASSIGN_OR_RETURN(value, SelectSetting(connection, key));
        return Status::Ok();
      }));
  if (!value) {
    return Status::NotFound("setting '" + std::string(key) + "' is not set",
                            "Chưa có thiết lập '" + std::string(key) + "'.");
  }
  return *std::move(value);
}

Status SqlStore::SetSetting(std::string_view key, std::string_view value) {
  return database_->InTransaction(
      TxMode::kReadWrite, [&](SqlConnection& connection) { return UpsertSetting(connection, key, value); });
}

}  // namespace motcua::store_internal
