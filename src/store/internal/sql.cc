#include "store/internal/sql.h"

#include "base/text.h"

namespace motcua::store_internal {

std::string_view BackendName(Backend backend) {
  return backend == Backend::kSqlite ? "sqlite" : "postgresql";
}

Status CheckBindable(const SqlValue& value, int index) {
  if (value.type() != SqlValue::Type::kText) return Status::Ok();
  const std::string& text = value.text();
  if (text.find('\0') != std::string::npos) {
    return Status::InvalidArgument("SQL parameter $" + std::to_string(index) + " contains a NUL byte",
                                   "Dữ liệu chứa ký tự không hợp lệ.");
  }
  if (!IsValidUtf8(text)) {
    return Status::InvalidArgument("SQL parameter $" + std::to_string(index) + " is not valid UTF-8",
                                   "Dữ liệu chứa ký tự không hợp lệ (không phải UTF-8).");
  }
  return Status::Ok();
}

std::optional<std::string> SqlRow::OptionalString(int column) const {
  if (IsNull(column)) return std::nullopt;
  return String(column);
}

Result<CivilDate> SqlRow::Date(int column) const {
  auto date = ParseIsoDate(Text(column));
  if (!date.ok()) {
    return Status::Internal("stored date '" + String(column) + "' in column " + std::to_string(column) +
                                " does not parse: " + date.status().message(),
                            "Dữ liệu ngày tháng trong cơ sở dữ liệu bị hỏng.");
  }
  return *date;
}

Result<std::optional<CivilDate>> SqlRow::OptionalDate(int column) const {
  if (IsNull(column)) return std::optional<CivilDate>();
  MOTCUA_ASSIGN_OR_RETURN(CivilDate date, Date(column));
  return std::optional<CivilDate>(date);
}

Status SqlConnection::Query(std::string_view sql, std::span<const SqlValue> params,
                            const RowCallback& on_row) {
  for (size_t i = 0; i < params.size(); ++i)
    MOTCUA_RETURN_IF_ERROR(CheckBindable(params[i], static_cast<int>(i) + 1));
  return Run(sql, params, on_row, nullptr);
}

Result<int64_t> SqlConnection::Execute(std::string_view sql, std::span<const SqlValue> params) {
  for (size_t i = 0; i < params.size(); ++i) {
    MOTCUA_RETURN_IF_ERROR(CheckBindable(params[i], static_cast<int>(i) + 1));
  }
  int64_t changes = 0;
  MOTCUA_RETURN_IF_ERROR(Run(sql, params, RowCallback(), &changes));
  return changes;
}

Result<std::optional<int64_t>> SqlConnection::QueryInt(std::string_view sql,
                                                       std::span<const SqlValue> params) {
  std::optional<int64_t> value;
  bool first = true;
  MOTCUA_RETURN_IF_ERROR(Query(sql, params, [&](const SqlRow& row) {
    if (first && !row.IsNull(0)) value = row.Int(0);
    first = false;
    return Status::Ok();
  }));
  return value;
}

Result<std::optional<std::string>> SqlConnection::QueryText(std::string_view sql,
                                                            std::span<const SqlValue> params) {
  std::optional<std::string> value;
  bool first = true;
  MOTCUA_RETURN_IF_ERROR(Query(sql, params, [&](const SqlRow& row) {
    if (first && !row.IsNull(0)) value = row.String(0);
    first = false;
    return Status::Ok();
  }));
  return value;
}

}  // namespace motcua::store_internal
