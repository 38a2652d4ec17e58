// The bridge from the store to the indicators (report/indicators.h): reads the journals of a unit and of
// every unit below it as they stood at a period's end (Store::ScanDossierHistories / ScanFeedbackRecords: one
// streaming query each), replays each record with its unit's working calendar and the catalogue
// (report/as_of.h), and feeds the values to an IndicatorCollector. Access control is the caller's (the API
// checks reports.view; the command line runs with the server's rights). This is the only part of report/
// that reaches the store; it is a library of its own (motcua_report_service) so the rest stays pure.
// Thread-safe: the store, the immutable catalogue and the calendars are.
#pragma once

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "catalog/catalog.h"
#include "dossier/dossier.h"
#include "dossier/pakn.h"
#include "report/indicators.h"
#include "report/report_period.h"
#include "service/unit_calendars.h"
#include "store/store.h"

namespace motcua {

// The figures of one unit (and the units below it) over one period.
struct IndicatorReport {
  Unit unit;
  std::vector<std::string> unit_codes;  // the unit, then every unit below it
  ReportPeriod period;
  IndicatorSet indicators;
};

class IndicatorService {
 public:
  IndicatorService(Store& store, std::shared_ptr<const Catalog> catalog, UnitCalendars& calendars)
      : store_(store), catalog_(std::move(catalog)), calendars_(calendars) {}

  // Every indicator of `unit_code` and the units below it over `period`. NotFound for an unknown unit.
  Result<IndicatorReport> Compute(std::string_view unit_code, const ReportPeriod& period);

  // The unit, then every unit below it (breadth first, each level by code). NotFound for an unknown unit.
  Result<std::vector<Unit>> UnitTree(std::string_view unit_code);
  // The codes of the units above `unit_code`, nearest first (auth/access.h Resource::ancestor_units).
  Result<std::vector<std::string>> AncestorUnits(std::string_view unit_code);

  // The building blocks of every report: each dossier of `units` received by the period end, replayed as of
  // the period end, with its procedure's field, in receipt order. Dossiers resolved or closed, with their
  // last event, before the period start are skipped: no figure of the period can count them.
  using DossierVisitor = std::function<Status(const Dossier& dossier, std::string_view field_code)>;
  Status ForEachDossier(std::span<const Unit> units, const ReportPeriod& period, const DossierVisitor& visit);
  // Each feedback of `units` received by the period end, replayed as of the period end, in receipt order.
  using FeedbackVisitor = std::function<Status(const Feedback& feedback)>;
  Status ForEachFeedback(std::span<const Unit> units, const ReportPeriod& period,
                         const FeedbackVisitor& visit);

  const Catalog& catalog() const { return *catalog_; }

 private:
  Store& store_;
  std::shared_ptr<const Catalog> catalog_;
  UnitCalendars& calendars_;
};

}  // namespace motcua
