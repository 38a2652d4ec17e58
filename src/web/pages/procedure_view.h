// The view models of a procedure (catalog/procedure.h) for the templates: one row of a list, and the full
// details (cases with their time limits, fees, the component checklist, process steps, legal basis) shown
// by the public catalogue and at the desk. Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "catalog/catalog.h"

namespace motcua::web::pages {

// {code, name, href, field, time, fee}: "time" is the first case's processing time in words, "fee" the fees
// in one line ("Miễn phí" when none).
nlohmann::json ProcedureRowView(const Procedure& procedure, const Catalog& catalog);

// The row plus {level, cases[], fees[], components[], steps[], result, legal_basis, decision,
// online_level, interconnected, receive_anywhere, effective_from, effective_to, sources[]}.
nlohmann::json ProcedureDetailView(const Procedure& procedure, const Catalog& catalog);

// The fees in one line: "Lệ phí: 8.000 đ; Phí ..." or "Miễn phí".
std::string FeesLine(const std::vector<Fee>& fees);

}  // namespace motcua::web::pages
