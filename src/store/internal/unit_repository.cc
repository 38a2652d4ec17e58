#include "store/internal/unit_repository.h"

#include "base/text.h"

namespace motcua::store_internal {
namespace {

constexpr std::string_view kUnitColumns =
    "code, name, parent_code, effective_from, effective_to, office_hours, day_overrides";

Result<Unit> UnitFromRow(const SqlRow& row) {
  Unit unit;
  unit.code = row.String(0);
  unit.name = row.String(1);
  unit.parent_code = row.OptionalString(2);
  MOTCUA_ASSIGN_OR_RETURN(unit.effective_from, row.Date(3));
  MOTCUA_ASSIGN_OR_RETURN(unit.effective_to, row.OptionalDate(4));
  unit.settings.office_hours = row.OptionalString(5);
  unit.settings.day_overrides = row.String(6);
  return unit;
}

Status NoSuchUnit(std::string_view code) {
  return Status::NotFound("unit '" + std::string(code) + "' does not exist",
                          "Không tìm thấy đơn vị có mã '" + std::string(code) + "'.");
}

Status ValidateUnit(const Unit& unit) {
  MOTCUA_RETURN_IF_ERROR(ValidateUnitCode(unit.code));
  if (unit.parent_code) {
    Status parent = ValidateUnitCode(*unit.parent_code);
    if (!parent.ok()) return parent.WithContext("parent: ", "Đơn vị cấp trên: ");
    if (*unit.parent_code == unit.code) {
      return Status::InvalidArgument("unit " + unit.code + " cannot be its own parent",
                                     "Đơn vị không thể là cấp trên của chính nó.");
    }
  }
  if (TrimAscii(unit.name).empty()) {
    return Status::InvalidArgument("unit " + unit.code + " has an empty name",
                                   "Tên đơn vị không được để trống.");
  }
  if (unit.effective_to && *unit.effective_to < unit.effective_from) {
    return Status::InvalidArgument("unit " + unit.code + ": effective_to is before effective_from",
                                   "Ngày hết hiệu lực của đơn vị phải sau ngày bắt đầu hiệu lực.");
  }
  return Status::Ok();
}

}  // namespace

Status InsertUnit(SqlConnection& connection, const Unit& unit) {
  MOTCUA_RETURN_IF_ERROR(ValidateUnit(unit));
  auto inserted = connection.Execute(
      "INSERT INTO units (code, name, parent_code, effective_from, effective_to, office_hours, "
      "day_overrides) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {unit.code, unit.name, unit.parent_code, unit.effective_from, unit.effective_to,
       unit.settings.office_hours, unit.settings.day_overrides});
  if (inserted.ok()) return Status::Ok();
  // The constraints decide (no read-then-write race); their generic errors get a precise message here.
  const Status& status = inserted.status();
  if (status.code() == StatusCode::kAlreadyExists) {
    return Status::AlreadyExists("unit '" + unit.code + "' already exists (" + status.message() + ")",
                                 "Mã đơn vị '" + unit.code + "' đã tồn tại.");
  }
  if (status.code() == StatusCode::kNotFound) {
    return Status::NotFound(
        "parent unit '" + unit.parent_code.value_or("") + "' does not exist (" + status.message() + ")",
        "Không tìm thấy đơn vị cấp trên có mã '" + unit.parent_code.value_or("") + "'.");
  }
  return status;
}

Result<std::optional<Unit>> FindUnit(SqlConnection& connection, std::string_view code) {
  std::optional<Unit> found;
  MOTCUA_RETURN_IF_ERROR(
      connection.Query("SELECT " + std::string(kUnitColumns) + " FROM units WHERE code = $1", {code},
                       [&](const SqlRow& row) -> Status {
                         MOTCUA_ASSIGN_OR_RETURN(Unit unit, UnitFromRow(row));
                         found = std::move(unit);
                         return Status::Ok();
                       }));
  return found;
}

Result<std::vector<Unit>> SelectUnits(SqlConnection& connection, const UnitFilter& filter) {
  std::string sql = "SELECT " + std::string(kUnitColumns) + " FROM units WHERE 1 = 1";
  SqlParams params;
  if (filter.parent_code) {
    MOTCUA_ASSIGN_OR_RETURN(std::optional<Unit> parent, FindUnit(connection, *filter.parent_code));
    if (!parent) return NoSuchUnit(*filter.parent_code);
    params.emplace_back(*filter.parent_code);
    sql += " AND parent_code = $" + std::to_string(params.size());
  }
  if (filter.in_force_on) {
    params.emplace_back(*filter.in_force_on);
    const std::string date = "$" + std::to_string(params.size());
    sql += " AND effective_from <= " + date + " AND (effective_to IS NULL OR effective_to >= " + date + ")";
  }
  sql += " ORDER BY code";
  std::vector<Unit> units;
  MOTCUA_RETURN_IF_ERROR(connection.Query(sql, params, [&](const SqlRow& row) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(Unit unit, UnitFromRow(row));
    units.push_back(std::move(unit));
    return Status::Ok();
  }));
  return units;
}

Status UpdateUnitSettingsRow(SqlConnection& connection, std::string_view code, const UnitSettings& settings) {
  MOTCUA_ASSIGN_OR_RETURN(
      int64_t changed,
      connection.Execute("UPDATE units SET office_hours = $2, day_overrides = $3 WHERE code = $1",
                         {code, settings.office_hours, settings.day_overrides}));
  if (changed == 0) return NoSuchUnit(code);
  return Status::Ok();
}

}  // namespace motcua::store_internal
