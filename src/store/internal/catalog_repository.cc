#include "store/internal/catalog_repository.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "base/text.h"
#include "catalog/procedure_json.h"
#include "store/internal/text_search.h"

namespace motcua::store_internal {
namespace {

std::string ProcedureKey(const Procedure& procedure) {
  return SearchKey(procedure.code + " " + procedure.name);
}

Status BadCatalog(const std::string& log, const std::string& user) {
  return Status::InvalidArgument("catalogue: " + log, "Danh mục thủ tục không hợp lệ: " + user);
}

std::string DateText(const std::optional<CivilDate>& date) { return date ? FormatIsoDate(*date) : "…"; }

struct WhereClause {
  std::string sql;  // " WHERE ..." or ""
  SqlParams params;
};

// The filter as SQL built from constant fragments; every value is a parameter.
Result<WhereClause> BuildWhere(const ProcedureFilter& filter) {
  WhereClause where;
  std::vector<std::string> conditions;
  auto placeholder = [&](SqlValue value) {
    where.params.push_back(std::move(value));
    return "$" + std::to_string(where.params.size());
  };
  if (filter.field_code) conditions.push_back("field_code = " + placeholder(*filter.field_code));
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<std::string> words, SearchWords(filter.text));
  for (const std::string& word : words) {
    conditions.push_back("search_key LIKE " + placeholder(ContainsPattern(word)) + " ESCAPE '!'");
  }
  if (filter.in_force_on) {
    const std::string date = placeholder(*filter.in_force_on);
    conditions.push_back("effective_from <= " + date +
                         " AND (effective_to IS NULL OR effective_to >= " + date + ")");
  }
  for (size_t i = 0; i < conditions.size(); ++i) {
    where.sql += (i == 0 ? " WHERE " : " AND ");
    where.sql += conditions[i];
  }
  return where;
}

// The stored body. Never throws: text that is not UTF-8 is replaced, which ValidateCatalog detects.
std::string ProcedureBody(const Procedure& procedure) {
  return ProcedureToJson(procedure).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<Procedure> ProcedureFromBody(std::string_view body) {
  nlohmann::json json = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) {
    return Status::Internal("stored procedure body is not JSON",
                            "Dữ liệu thủ tục trong cơ sở dữ liệu bị hỏng.");
  }
  auto procedure = ProcedureFromJson(json);
  if (!procedure.ok()) {
    return Status::Internal("stored procedure body does not read back: " + procedure.status().message(),
                            "Dữ liệu thủ tục trong cơ sở dữ liệu bị hỏng.");
  }
  return std::move(procedure).value();
}

}  // namespace

Status ValidateCatalog(const std::vector<Field>& fields, const std::vector<Procedure>& procedures) {
  std::set<std::string> field_codes;
  for (const Field& field : fields) {
    if (TrimAscii(field.code).empty() || TrimAscii(field.name).empty()) {
      return BadCatalog("a field has an empty code or name ('" + field.code + "')",
                        "lĩnh vực thiếu mã hoặc tên ('" + field.code + "').");
    }
    if (!field_codes.insert(field.code).second) {
      return BadCatalog("field " + field.code + " appears twice", "lĩnh vực " + field.code + " bị trùng.");
    }
  }
  std::map<std::string, std::vector<const Procedure*>> versions;
  for (const Procedure& procedure : procedures) {
    const std::string& code = procedure.code;
    if (TrimAscii(code).empty() || TrimAscii(procedure.name).empty()) {
      return BadCatalog("a procedure has an empty code or name ('" + code + "')",
                        "thủ tục thiếu mã hoặc tên ('" + code + "').");
    }
    if (!field_codes.count(procedure.field_code)) {
      return BadCatalog(
          "procedure " + code + " belongs to unknown field '" + procedure.field_code + "'",
          "thủ tục " + code + " thuộc lĩnh vực không có trong danh mục ('" + procedure.field_code + "').");
    }
    if (procedure.effective_to && *procedure.effective_to < procedure.effective_from) {
      return BadCatalog("procedure " + code + " ends before it starts",
                        "thủ tục " + code + " có ngày hết hiệu lực trước ngày có hiệu lực.");
    }
    // What is stored must read back as it was: the body is the JSON form, as text.
    auto round_trip = ProcedureFromBody(ProcedureBody(procedure));
    if (!round_trip.ok()) {
      Status status = ProcedureFromJson(ProcedureToJson(procedure)).status();
      if (status.ok()) status = round_trip.status();
      return status.WithContext("catalogue: procedure " + code + ": ", "Thủ tục " + code + ": ");
    }
    if (ProcedureToJson(*round_trip) != ProcedureToJson(procedure)) {
      return BadCatalog("procedure " + code + " holds text that is not valid UTF-8",
                        "thủ tục " + code + " chứa ký tự không hợp lệ (không phải UTF-8).");
    }
    versions[code].push_back(&procedure);
  }
  for (auto& [code, list] : versions) {
    std::sort(list.begin(), list.end(),
              [](const Procedure* a, const Procedure* b) { return a->effective_from < b->effective_from; });
    for (size_t i = 1; i < list.size(); ++i) {
      const Procedure& earlier = *list[i - 1];
      const Procedure& later = *list[i];
      // Open-ended (no effective_to) overlaps everything after it.
      if (!earlier.effective_to || *earlier.effective_to >= later.effective_from) {
        return BadCatalog("procedure " + code + " has overlapping versions (" +
                              FormatIsoDate(earlier.effective_from) + ".." + DateText(earlier.effective_to) +
                              " and " + FormatIsoDate(later.effective_from) + ".." +
                              DateText(later.effective_to) + ")",
                          "thủ tục " + code + " có các phiên bản trùng thời gian hiệu lực.");
      }
    }
  }
  return Status::Ok();
}

Status WriteCatalog(SqlConnection& connection, const std::vector<Field>& fields,
                    const std::vector<Procedure>& procedures) {
  MOTCUA_RETURN_IF_ERROR(ValidateCatalog(fields, procedures));
  // 1. Fields first: new procedures may refer to new fields.
  for (const Field& field : fields) {
    MOTCUA_RETURN_IF_ERROR(connection
                               .Execute("INSERT INTO fields (code, name) VALUES ($1, $2) "
                                        "ON CONFLICT (code) DO UPDATE SET name = excluded.name",
                                        {field.code, field.name})
                               .status());
  }
  // 2. Versions that are no longer in the catalogue.
  std::set<std::pair<std::string, std::string>> wanted;
  for (const Procedure& procedure : procedures)
    wanted.emplace(procedure.code, FormatIsoDate(procedure.effective_from));
  std::vector<std::pair<std::string, std::string>> stale;
  MOTCUA_RETURN_IF_ERROR(
      connection.Query("SELECT code, effective_from FROM procedures", {}, [&](const SqlRow& row) {
        std::pair<std::string, std::string> key(row.String(0), row.String(1));
        if (!wanted.count(key)) stale.push_back(std::move(key));
        return Status::Ok();
      }));
  for (const auto& [code, from] : stale) {
    MOTCUA_RETURN_IF_ERROR(
        connection.Execute("DELETE FROM procedures WHERE code = $1 AND effective_from = $2", {code, from})
            .status());
  }
  // 3. Every version, inserted or brought up to date.
  for (const Procedure& procedure : procedures) {
    MOTCUA_RETURN_IF_ERROR(
        connection
            .Execute(
                "INSERT INTO procedures (code, effective_from, effective_to, field_code, name, search_key, "
                "body) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7) "
                "ON CONFLICT (code, effective_from) DO UPDATE SET effective_to = excluded.effective_to, "
                "field_code = excluded.field_code, name = excluded.name, search_key = excluded.search_key, "
                "body = excluded.body",
                {procedure.code, procedure.effective_from, procedure.effective_to, procedure.field_code,
                 procedure.name, ProcedureKey(procedure), ProcedureBody(procedure)})
            .status());
  }
  // 4. Fields that are gone; no procedure refers to them any more.
  std::set<std::string> field_codes;
  for (const Field& field : fields) field_codes.insert(field.code);
  std::vector<std::string> stale_fields;
  MOTCUA_RETURN_IF_ERROR(connection.Query("SELECT code FROM fields", {}, [&](const SqlRow& row) {
    if (!field_codes.count(row.String(0))) stale_fields.push_back(row.String(0));
    return Status::Ok();
  }));
  for (const std::string& code : stale_fields) {
    MOTCUA_RETURN_IF_ERROR(connection.Execute("DELETE FROM fields WHERE code = $1", {code}).status());
  }
  return Status::Ok();
}

Result<std::vector<Field>> SelectFields(SqlConnection& connection) {
  std::vector<Field> fields;
  MOTCUA_RETURN_IF_ERROR(
      connection.Query("SELECT code, name FROM fields ORDER BY code", {}, [&](const SqlRow& row) {
        fields.push_back(Field{row.String(0), row.String(1)});
        return Status::Ok();
      }));
  return fields;
}

Result<std::vector<Procedure>> SelectProcedures(SqlConnection& connection, const ProcedureFilter& filter) {
  if (filter.limit < 1 || filter.limit > kMaxProcedurePage || filter.offset < 0) {
    return Status::InvalidArgument("procedure page limit " + std::to_string(filter.limit) + " offset " +
                                       std::to_string(filter.offset) + " out of range",
                                   "Tham số phân trang không hợp lệ.");
  }
  MOTCUA_ASSIGN_OR_RETURN(WhereClause where, BuildWhere(filter));
  where.params.emplace_back(filter.limit);
  const std::string limit = "$" + std::to_string(where.params.size());
  where.params.emplace_back(filter.offset);
  const std::string offset = "$" + std::to_string(where.params.size());
  // Collected first, parsed after: a row callback must stay cheap and must not fail half-way.
  std::vector<std::string> bodies;
  MOTCUA_RETURN_IF_ERROR(connection.Query("SELECT body FROM procedures" + where.sql +
                                              " ORDER BY code, effective_from LIMIT " + limit + " OFFSET " +
                                              offset,
                                          where.params, [&](const SqlRow& row) {
                                            bodies.push_back(row.String(0));
                                            return Status::Ok();
                                          }));
  std::vector<Procedure> procedures;
  procedures.reserve(bodies.size());
  for (const std::string& body : bodies) {
    MOTCUA_ASSIGN_OR_RETURN(Procedure procedure, ProcedureFromBody(body));
    procedures.push_back(std::move(procedure));
  }
  return procedures;
}

Result<int64_t> CountProcedureRows(SqlConnection& connection, const ProcedureFilter& filter) {
  MOTCUA_ASSIGN_OR_RETURN(WhereClause where, BuildWhere(filter));
  MOTCUA_ASSIGN_OR_RETURN(std::optional<int64_t> count,
                          connection.QueryInt("SELECT count(*) FROM procedures" + where.sql, where.params));
  return count.value_or(0);
}

Result<std::optional<Procedure>> FindProcedure(SqlConnection& connection, std::string_view code,
                                               CivilDate date) {
  MOTCUA_ASSIGN_OR_RETURN(
      std::optional<std::string> body,
      connection.QueryText("SELECT body FROM procedures WHERE code = $1 AND effective_from <= $2 "
                           "AND (effective_to IS NULL OR effective_to >= $2) "
                           "ORDER BY effective_from DESC LIMIT 1",
                           {code, date}));
  if (!body) return std::optional<Procedure>();
  MOTCUA_ASSIGN_OR_RETURN(Procedure procedure, ProcedureFromBody(*body));
  return std::optional<Procedure>(std::move(procedure));
}

}  // namespace motcua::store_internal
