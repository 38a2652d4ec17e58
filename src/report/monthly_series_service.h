// The store side of report/monthly_series.h: reads the journals of a unit tree once
// (Store::ScanDossierHistories, as of the series' end, leaving out what was settled before its start) and
// replays each with its unit's calendar into a MonthlySeries. Access control is the caller's. Thread-safe
// (the store, the catalogue and the calendars are); a MonthlySeries passed in is the caller's alone.
#pragma once

#include <functional>
#include <memory>
#include <span>
#include <string_view>

#include "base/status.h"
#include "catalog/catalog.h"
#include "report/monthly_series.h"
#include "service/unit_calendars.h"
#include "store/store.h"

namespace motcua {

class MonthlySeriesService {
 public:
  MonthlySeriesService(Store& store, std::shared_ptr<const Catalog> catalog, UnitCalendars& calendars)
      : store_(store), catalog_(std::move(catalog)), calendars_(calendars) {}

  // Called with each dossier as of the series' end and its procedure's field (what
  // IndicatorService::ForEachDossier gives for a period ending there), e.g. to feed a Bieu06Builder in the
  // same pass.
  using AtEndVisitor = std::function<void(const Dossier& dossier, std::string_view field_code)>;

  // Every dossier of `units` (a unit tree: IndicatorService::UnitTree) into `series`, and every procedure
  // version of the catalogue. `at_end` may be empty.
  Status Collect(std::span<const Unit> units, MonthlySeries& series, const AtEndVisitor& at_end = {});

 private:
  Store& store_;
  std::shared_ptr<const Catalog> catalog_;
  UnitCalendars& calendars_;
};

}  // namespace motcua
