// Plain-text renderings of the catalogue for the command line (and any text export): the one-line-per-
// procedure list and the Vietnamese detail of one procedure. They take values only, so they work the same
// whether the catalogue comes from the embedded files or from the store. Pure functions; thread-safe.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "catalog/catalog.h"

namespace motcua {

// One line per procedure: code, TAB, field code, TAB, default case's processing time in Vietnamese
// ("Trong ngày", "3 ngày làm việc"), TAB, name.
void WriteProcedureList(const std::vector<const Procedure*>& procedures, std::ostream& out);

// Human-readable Vietnamese detail: name, field, cases with times and cut-off, fees, components, result,
// online level, flags, steps, legal basis, decision, effective dates, sources. `catalog` supplies field
// names.
void WriteProcedureDetail(const Catalog& catalog, const Procedure& procedure, std::ostream& out);

// "Trong ngày; nhận sau 15:00 thì trả trong ngày làm việc tiếp theo", "3 ngày làm việc".
std::string DescribeCaseVi(const ProcedureCase& procedure_case);

}  // namespace motcua
