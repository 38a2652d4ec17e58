// Indicators month by month (the dashboard's trends) from one pass over the journals: each dossier's journal
// is replayed as of each month's end (report/as_of.h ReplayAsOf) and fed to one IndicatorCollector per month,
// so every month's figures follow the indicator rules exactly and equal a separate computation of that month
// (tested), without reading the store once per month. A journal is replayed again only for a month in which
// it has new events; otherwise the previous month's replay is reused (the same prefix gives the same
// dossier).
//
// Covers the dossier indicators and the procedures; feedback (PAKN) is not fed month by month.
// Pure values and functions; a MonthlySeries is not thread-safe (one per computation).
#pragma once

#include <span>
#include <vector>

#include "base/result.h"
#include "catalog/procedure.h"
#include "dossier/apply.h"
#include "dossier/dossier.h"
#include "dossier/event.h"
#include "report/indicators.h"
#include "report/report_period.h"

namespace motcua {

// The calendar months from `from` to `to`, the first and last clipped to them (1/10-15/12: 1/10-31/10,
// 1/11-30/11, 1/12-15/12). Empty when `to` is before `from`.
std::vector<ReportPeriod> MonthsBetween(CivilDate from, CivilDate to);

// The range a dashboard draws its trend over for `period`: the period itself when it lasts at least two
// months (its last day on or after the day before the same day two months later: 1/10-30/11 does, 15/10-13/12
// does not), otherwise the twelve months ending at its last day (from the first of the month eleven months
// before `to`'s month, to `to`).
ReportPeriod TrendRange(const ReportPeriod& period);

class MonthlySeries {
 public:
  // `months`: consecutive periods in ascending order (MonthsBetween). At least one.
  explicit MonthlySeries(std::vector<ReportPeriod> months);

  const std::vector<ReportPeriod>& months() const { return months_; }
  // From the first month's start to the last month's end: the scan a caller reads the journals with.
  ReportPeriod Span() const;

  // One dossier's journal in journal order (events at or after the last month's end are ignored), replayed
  // with `context` (ApplyMode::kImport for stored journals). Returns the dossier as of the last month's end
  // (nullopt when none of its events is before it). Errors are ReplayAsOf's.
  Result<std::optional<Dossier>> AddJournal(std::span<const Event> events, const ApplyContext& context);
  // A procedure version of the catalogue, for every month (IndicatorCollector::AddProcedure).
  void AddProcedure(const Procedure& procedure);

  // One IndicatorSet per month, in the order of months().
  std::vector<IndicatorSet> Finish() const;

 private:
  std::vector<ReportPeriod> months_;
  std::vector<IndicatorCollector> collectors_;
};

}  // namespace motcua
