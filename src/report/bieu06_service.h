// Biểu 06 (report/bieu06.h) of a unit and the units below it over one period, from the store: every dossier
// IndicatorService::ForEachDossier gives (replayed as of the period end, with its procedure's field) goes to
// a Bieu06Builder; the rows follow the catalogue's fields. Access control is the caller's, as for
// IndicatorService. Thread-safe as IndicatorService is; the progress callback runs on the calling thread.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "report/bieu06.h"
#include "report/indicator_service.h"

namespace motcua {

struct Bieu06Report {
  Unit unit;                            // the unit the report is for
  std::optional<Unit> parent;           // the unit above it, if any (for the national heading)
  std::vector<std::string> unit_codes;  // the unit, then every unit below it
  Bieu06 form;
};

// Called after each dossier read, with the number read so far (for a progress display).
using Bieu06Progress = std::function<void(int64_t dossiers)>;

// NotFound for an unknown unit.
Result<Bieu06Report> ComputeBieu06(Store& store, IndicatorService& service, std::string_view unit_code,
                                   const ReportPeriod& period, const Bieu06Progress& progress = {});

}  // namespace motcua
