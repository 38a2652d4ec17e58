// JSON form of a Procedure: the API's representation and the catalogue rows' stored body. ToJson and
// FromJson round-trip exactly. FromJson validates shape and values, naming the offending key.
#pragma once

#include <nlohmann/json.hpp>

#include "base/result.h"
#include "catalog/procedure.h"

namespace motcua {

nlohmann::json ProcedureToJson(const Procedure& procedure);
Result<Procedure> ProcedureFromJson(const nlohmann::json& json);

// Stable names used in JSON and in the catalogue files.
const char* OnlineLevelName(OnlineLevel level);    // "none", "partial", "full"
const char* OnlineLevelNameVi(OnlineLevel level);  // "Không", "Một phần", "Toàn trình"
Result<OnlineLevel> ParseOnlineLevel(std::string_view name);
const char* ProcessRoleName(ProcessRole role);  // "desk", "specialist", "leader", "clerk"
const char* ProcessRoleNameVi(ProcessRole role);  // "Tiếp nhận", "Chuyên viên", "Lãnh đạo", "Văn thư"
Result<ProcessRole> ParseProcessRole(std::string_view name);

}  // namespace motcua
