#include "web/procedure_snapshot.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "base/text.h"
#include "catalog/procedure_json.h"

namespace motcua::web {
namespace {

std::string Dump(const nlohmann::json& json) {
  return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::json Summary(const Procedure& p) {
  return {{"code", p.code},
          {"name", p.name},
          {"field", p.field_code},
          {"level", p.level},
          {"online_level", OnlineLevelName(p.online_level)},
          {"effective_from", FormatIsoDate(p.effective_from)},
          {"effective_to",
           p.effective_to ? nlohmann::json(FormatIsoDate(*p.effective_to)) : nlohmann::json(nullptr)}};
}

bool CodeLess(const ProcedureEntry& entry, std::string_view code) { return entry.procedure.code < code; }

}  // namespace

ProcedureSnapshot::ProcedureSnapshot(std::vector<Procedure> procedures) {
  entries_.reserve(procedures.size());
  for (Procedure& procedure : procedures) {
    ProcedureEntry entry;
    entry.json = std::make_shared<const std::string>(Dump(ProcedureToJson(procedure)));
    entry.summary_json = Dump(Summary(procedure));
    entry.search_key = procedure.search_key.empty() ? SearchKey(procedure.code + " " + procedure.name)
                                                    : procedure.search_key;
    entry.procedure = std::move(procedure);
    entries_.push_back(std::move(entry));
  }
  std::stable_sort(entries_.begin(), entries_.end(), [](const ProcedureEntry& a, const ProcedureEntry& b) {
    if (a.procedure.code != b.procedure.code) return a.procedure.code < b.procedure.code;
    return a.procedure.effective_from < b.procedure.effective_from;
  });
}

const ProcedureEntry* ProcedureSnapshot::Find(std::string_view code, CivilDate on) const {
  for (auto it = std::lower_bound(entries_.begin(), entries_.end(), code, CodeLess);
       it != entries_.end() && it->procedure.code == code; ++it) {
    if (it->procedure.InForceOn(on)) return &*it;
  }
  return nullptr;
}

bool ProcedureSnapshot::HasCode(std::string_view code) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), code, CodeLess);
  return it != entries_.end() && it->procedure.code == code;
}

ProcedureSnapshotHolder::ProcedureSnapshotHolder(std::vector<Procedure> procedures)
    : snapshot_(std::make_shared<const ProcedureSnapshot>(std::move(procedures))) {}

void ProcedureSnapshotHolder::Replace(std::vector<Procedure> procedures) {
  auto next = std::make_shared<const ProcedureSnapshot>(std::move(procedures));
  snapshot_.store(std::move(next), std::memory_order_release);
}

}  // namespace motcua::web
