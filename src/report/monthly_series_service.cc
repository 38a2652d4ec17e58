#include "report/monthly_series_service.h"

#include <map>
#include <string>
#include <vector>

namespace motcua {

Status MonthlySeriesService::Collect(std::span<const Unit> units, MonthlySeries& series,
                                     const AtEndVisitor& at_end) {
  // Each unit's calendar, fetched before the scan (its callback must not use the store); as
  // IndicatorService::ForEachDossier does.
  struct UnitContext {
    std::shared_ptr<const CalendarDueClock> clock;
    ApplyContext context;
  };
  std::map<std::string, UnitContext, std::less<>> contexts;
  DossierHistoryScan scan;
  for (const Unit& unit : units) {
    UnitContext& entry = contexts[unit.code];
    MOTCUA_ASSIGN_OR_RETURN(entry.clock, calendars_.ClockFor(unit));
    entry.context.clock = entry.clock.get();
    entry.context.find_procedure = [catalog = catalog_](std::string_view code, CivilDate on) {
      return catalog->Find(code, on);
    };
    entry.context.mode = ApplyMode::kImport;  // stored journals may be imported history
    scan.unit_codes.push_back(unit.code);
  }
  const ReportPeriod span = series.Span();
  scan.as_of = span.end;
  scan.active_since = span.start;
  std::vector<Event> events;
  MOTCUA_RETURN_IF_ERROR(store_.ScanDossierHistories(scan, [&](const DossierHistory& history) -> Status {
    const auto unit = contexts.find(history.unit_code);
    if (unit == contexts.end()) {
      return Status::Internal("scan returned dossier " + history.code + " of unit " + history.unit_code,
                              "Lỗi nội bộ khi lập báo cáo.");
    }
    events.clear();
    for (const StoredEvent& stored : history.events) events.push_back(stored.event);
    MOTCUA_ASSIGN_OR_RETURN(const std::optional<Dossier> at_series_end,
                            series.AddJournal(events, unit->second.context));
    if (at_series_end && at_end) at_end(*at_series_end, history.field_code);
    return Status::Ok();
  }));
  for (const Procedure& procedure : catalog_->procedures()) series.AddProcedure(procedure);
  return Status::Ok();
}

}  // namespace motcua
