#include "catalog/procedure_json.h"

#include "base/text.h"

namespace motcua {
namespace {

using nlohmann::json;

Status BadJson(std::string_view key, std::string_view why) {
  return Status::InvalidArgument("procedure JSON: '" + std::string(key) + "' " + std::string(why),
                                 "Dữ liệu thủ tục không hợp lệ ở trường '" + std::string(key) + "'.");
}

Result<std::string> GetString(const json& j, const char* key, bool required = true) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) {
    if (required) return BadJson(key, "is missing");
    return std::string();
  }
  if (!it->is_string()) return BadJson(key, "must be a string");
  return it->get<std::string>();
}

Result<int64_t> GetInt(const json& j, const char* key, int64_t min, int64_t max) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number_integer()) return BadJson(key, "must be an integer");
  const int64_t v = it->get<int64_t>();
  if (v < min || v > max) return BadJson(key, "is out of range");
  return v;
}

Result<bool> GetBool(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) return false;
  if (!it->is_boolean()) return BadJson(key, "must be true or false");
  return it->get<bool>();
}

Result<const json*> GetArray(const json& j, const char* key) {
  static const json kEmpty = json::array();
  auto it = j.find(key);
  if (it == j.end()) return &kEmpty;
  if (!it->is_array()) return BadJson(key, "must be an array");
  return &*it;
}

}  // namespace

const char* OnlineLevelName(OnlineLevel level) {
  switch (level) {
    case OnlineLevel::kNone:
      return "none";
    case OnlineLevel::kPartial:
      return "partial";
    case OnlineLevel::kFull:
      return "full";
  }
  return "none";
}

const char* OnlineLevelNameVi(OnlineLevel level) {
  switch (level) {
    case OnlineLevel::kNone:
      return "Không";
    case OnlineLevel::kPartial:
      return "Một phần";
    case OnlineLevel::kFull:
      return "Toàn trình";
  }
  return "Không";
}

Result<OnlineLevel> ParseOnlineLevel(std::string_view name) {
  if (name == "none") return OnlineLevel::kNone;
  if (name == "partial") return OnlineLevel::kPartial;
  if (name == "full") return OnlineLevel::kFull;
  return Status::InvalidArgument("unknown online level '" + std::string(name) + "' (none|partial|full)",
                                 "Mức độ trực tuyến không hợp lệ: '" + std::string(name) + "'.");
}

const char* ProcessRoleName(ProcessRole role) {
  switch (role) {
    case ProcessRole::kDesk:
      return "desk";
    case ProcessRole::kSpecialist:
      return "specialist";
    case ProcessRole::kLeader:
      return "leader";
    case ProcessRole::kClerk:
      return "clerk";
  }
  return "specialist";
}

const char* ProcessRoleNameVi(ProcessRole role) {
  switch (role) {
    case ProcessRole::kDesk:
      return "Tiếp nhận";
    case ProcessRole::kSpecialist:
      return "Chuyên viên";
    case ProcessRole::kLeader:
      return "Lãnh đạo";
    case ProcessRole::kClerk:
      return "Văn thư";
  }
  return "Chuyên viên";
}

Result<ProcessRole> ParseProcessRole(std::string_view name) {
  if (name == "desk") return ProcessRole::kDesk;
  if (name == "specialist") return ProcessRole::kSpecialist;
  if (name == "leader") return ProcessRole::kLeader;
  if (name == "clerk") return ProcessRole::kClerk;
  return Status::InvalidArgument("unknown role '" + std::string(name) + "' (desk|specialist|leader|clerk)",
                                 "Vai trò không hợp lệ: '" + std::string(name) + "'.");
}

json ProcedureToJson(const Procedure& p) {
  json cases = json::array();
  for (const ProcedureCase& c : p.cases) {
    json jc = {{"name", c.name},
               {"processing_time", FormatDuration(c.processing_time)},
               {"processing_time_vi", DescribeDurationVi(c.processing_time)}};
    jc["cutoff"] = c.cutoff_seconds ? json(FormatClock(*c.cutoff_seconds)) : json(nullptr);
    cases.push_back(std::move(jc));
  }
  json fees = json::array();
  for (const Fee& f : p.fees) {
    fees.push_back({{"description", f.description},
                    {"amount_dong", f.amount_dong ? json(*f.amount_dong) : json(nullptr)}});
  }
  json components = json::array();
  for (const Component& c : p.components) {
    components.push_back({{"name", c.name},
                          {"originals", c.originals},
                          {"copies", c.copies},
                          {"digitize_required", c.digitize_required}});
  }
  json steps = json::array();
  for (const ProcessStep& s : p.steps) {
    steps.push_back(
        {{"name", s.name}, {"role", ProcessRoleName(s.role)}, {"share_percent", s.share_percent}});
  }
  return json{{"code", p.code},
              {"name", p.name},
              {"field", p.field_code},
              {"level", p.level},
              {"cases", std::move(cases)},
              {"fees", std::move(fees)},
              {"components", std::move(components)},
              {"result", p.result},
              {"online_level", OnlineLevelName(p.online_level)},
              {"interconnected", p.interconnected},
              {"receive_anywhere", p.receive_anywhere},
              {"steps", std::move(steps)},
              {"steps_default", p.steps_default},
              {"legal_basis", p.legal_basis},
              {"decision", p.decision},
              {"effective_from", FormatIsoDate(p.effective_from)},
              {"effective_to", p.effective_to ? json(FormatIsoDate(*p.effective_to)) : json(nullptr)},
              {"sources", p.sources},
              {"confidence", p.confidence}};
}

Result<Procedure> ProcedureFromJson(const json& j) {
  if (!j.is_object()) return BadJson("(root)", "must be an object");
  Procedure p;
  MOTCUA_ASSIGN_OR_RETURN(p.code, GetString(j, "code"));
  MOTCUA_ASSIGN_OR_RETURN(p.name, GetString(j, "name"));
  MOTCUA_ASSIGN_OR_RETURN(p.field_code, GetString(j, "field"));
  MOTCUA_ASSIGN_OR_RETURN(p.level, GetString(j, "level"));
  MOTCUA_ASSIGN_OR_RETURN(const json* cases, GetArray(j, "cases"));
  for (const json& jc : *cases) {
    ProcedureCase c;
    MOTCUA_ASSIGN_OR_RETURN(c.name, GetString(jc, "name"));
    MOTCUA_ASSIGN_OR_RETURN(std::string time, GetString(jc, "processing_time"));
    auto duration = ParseDuration(time);
    if (!duration.ok()) return BadJson("processing_time", duration.status().message());
    c.processing_time = *duration;
    MOTCUA_ASSIGN_OR_RETURN(std::string cutoff, GetString(jc, "cutoff", false));
    if (!cutoff.empty()) {
      auto seconds = ParseClockTime(cutoff);
      if (!seconds.ok()) return BadJson("cutoff", seconds.status().message());
      c.cutoff_seconds = *seconds;
    }
    p.cases.push_back(std::move(c));
  }
  if (p.cases.empty()) return BadJson("cases", "must hold at least one case");
  MOTCUA_ASSIGN_OR_RETURN(const json* fees, GetArray(j, "fees"));
  for (const json& jf : *fees) {
    Fee f;
    MOTCUA_ASSIGN_OR_RETURN(f.description, GetString(jf, "description"));
    auto amount = jf.find("amount_dong");
    if (amount != jf.end() && !amount->is_null()) {
      MOTCUA_ASSIGN_OR_RETURN(f.amount_dong, GetInt(jf, "amount_dong", 0, 1'000'000'000'000));
    }
    p.fees.push_back(std::move(f));
  }
  MOTCUA_ASSIGN_OR_RETURN(const json* components, GetArray(j, "components"));
  for (const json& jc : *components) {
    Component c;
    MOTCUA_ASSIGN_OR_RETURN(c.name, GetString(jc, "name"));
    MOTCUA_ASSIGN_OR_RETURN(int64_t originals, GetInt(jc, "originals", 0, 100));
    MOTCUA_ASSIGN_OR_RETURN(int64_t copies, GetInt(jc, "copies", 0, 100));
    c.originals = static_cast<int>(originals);
    c.copies = static_cast<int>(copies);
    MOTCUA_ASSIGN_OR_RETURN(c.digitize_required, GetBool(jc, "digitize_required"));
    p.components.push_back(std::move(c));
  }
  MOTCUA_ASSIGN_OR_RETURN(p.result, GetString(j, "result"));
  MOTCUA_ASSIGN_OR_RETURN(std::string online, GetString(j, "online_level"));
  MOTCUA_ASSIGN_OR_RETURN(p.online_level, ParseOnlineLevel(online));
  MOTCUA_ASSIGN_OR_RETURN(p.interconnected, GetBool(j, "interconnected"));
  MOTCUA_ASSIGN_OR_RETURN(p.receive_anywhere, GetBool(j, "receive_anywhere"));
  MOTCUA_ASSIGN_OR_RETURN(const json* steps, GetArray(j, "steps"));
  for (const json& js : *steps) {
    ProcessStep s;
    MOTCUA_ASSIGN_OR_RETURN(s.name, GetString(js, "name"));
    MOTCUA_ASSIGN_OR_RETURN(std::string role, GetString(js, "role"));
    MOTCUA_ASSIGN_OR_RETURN(s.role, ParseProcessRole(role));
    MOTCUA_ASSIGN_OR_RETURN(int64_t share, GetInt(js, "share_percent", 0, 100));
    s.share_percent = static_cast<int>(share);
    p.steps.push_back(std::move(s));
  }
  MOTCUA_ASSIGN_OR_RETURN(p.steps_default, GetBool(j, "steps_default"));
  MOTCUA_ASSIGN_OR_RETURN(p.legal_basis, GetString(j, "legal_basis", false));
  MOTCUA_ASSIGN_OR_RETURN(p.decision, GetString(j, "decision", false));
  MOTCUA_ASSIGN_OR_RETURN(std::string from, GetString(j, "effective_from"));
  auto from_date = ParseIsoDate(from);
  if (!from_date.ok()) return BadJson("effective_from", from_date.status().message());
  p.effective_from = *from_date;
  MOTCUA_ASSIGN_OR_RETURN(std::string to, GetString(j, "effective_to", false));
  if (!to.empty()) {
    auto to_date = ParseIsoDate(to);
    if (!to_date.ok()) return BadJson("effective_to", to_date.status().message());
    p.effective_to = *to_date;
  }
  MOTCUA_ASSIGN_OR_RETURN(const json* sources, GetArray(j, "sources"));
  for (const json& s : *sources) {
    if (!s.is_string()) return BadJson("sources", "must hold strings");
    p.sources.push_back(s.get<std::string>());
  }
  MOTCUA_ASSIGN_OR_RETURN(p.confidence, GetString(j, "confidence", false));
  p.search_key = SearchKey(p.code + " " + p.name);
  return p;
}

}  // namespace motcua
