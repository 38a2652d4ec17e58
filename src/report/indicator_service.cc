#include "report/indicator_service.h"

#include <deque>
#include <map>
#include <set>
#include <utility>

#include "report/as_of.h"
#include "store/feedback_records.h"

namespace motcua {
namespace {

// Deeper than any real hierarchy (province > commune); stops a corrupt parent cycle.
constexpr int kMaxUnitDepth = 64;

std::vector<std::string> CodesOf(std::span<const Unit> units) {
  std::vector<std::string> codes;
  codes.reserve(units.size());
  for (const Unit& unit : units) codes.push_back(unit.code);
  return codes;
}

}  // namespace

Result<std::vector<Unit>> IndicatorService::UnitTree(std::string_view unit_code) {
  MOTCUA_ASSIGN_OR_RETURN(Unit root, store_.GetUnit(unit_code));
  std::vector<Unit> tree;
  std::set<std::string> seen = {root.code};
  std::deque<Unit> queue = {std::move(root)};
  while (!queue.empty()) {
    Unit unit = std::move(queue.front());
    queue.pop_front();
    UnitFilter filter;
    filter.parent_code = unit.code;
    MOTCUA_ASSIGN_OR_RETURN(std::vector<Unit> children, store_.ListUnits(filter));
    for (Unit& child : children) {
      if (seen.insert(child.code).second) queue.push_back(std::move(child));
    }
    tree.push_back(std::move(unit));
  }
  return tree;
}

Result<std::vector<std::string>> IndicatorService::AncestorUnits(std::string_view unit_code) {
  MOTCUA_ASSIGN_OR_RETURN(Unit unit, store_.GetUnit(unit_code));
  std::vector<std::string> ancestors;
  while (unit.parent_code && static_cast<int>(ancestors.size()) < kMaxUnitDepth) {
    ancestors.push_back(*unit.parent_code);
    MOTCUA_ASSIGN_OR_RETURN(unit, store_.GetUnit(*unit.parent_code));
  }
  return ancestors;
}

Status IndicatorService::ForEachDossier(std::span<const Unit> units, const ReportPeriod& period,
                                        const DossierVisitor& visit) {
  // Each unit's calendar, fetched before the scan: the scan's callback must not use the store.
  struct UnitContext {
    std::shared_ptr<const CalendarDueClock> clock;
    ApplyContext context;
  };
  std::map<std::string, UnitContext, std::less<>> contexts;
  for (const Unit& unit : units) {
    UnitContext& entry = contexts[unit.code];
    MOTCUA_ASSIGN_OR_RETURN(entry.clock, calendars_.ClockFor(unit));
    entry.context.clock = entry.clock.get();
    entry.context.find_procedure = [catalog = catalog_](std::string_view code, CivilDate on) {
      return catalog->Find(code, on);
    };
    // Stored journals may be imported history, coarser than live use (as DossierService::Get replays them).
    entry.context.mode = ApplyMode::kImport;
  }
  DossierHistoryScan scan;
  scan.unit_codes = CodesOf(units);
  scan.as_of = period.end;
  scan.active_since = period.start;
  std::vector<Event> events;
  return store_.ScanDossierHistories(scan, [&](const DossierHistory& history) -> Status {
    const auto unit = contexts.find(history.unit_code);
    if (unit == contexts.end()) {
      return Status::Internal("scan returned dossier " + history.code + " of unit " + history.unit_code,
                              "Lỗi nội bộ khi lập báo cáo.");
    }
    events.clear();
    for (const StoredEvent& stored : history.events) events.push_back(stored.event);
    MOTCUA_ASSIGN_OR_RETURN(const std::optional<Dossier> dossier,
                            ReplayAsOf(events, period.end, unit->second.context));
    if (!dossier) return Status::Ok();
    return visit(*dossier, history.field_code);
  });
}

Status IndicatorService::ForEachFeedback(std::span<const Unit> units, const ReportPeriod& period,
                                         const FeedbackVisitor& visit) {
  FeedbackRecordScan scan;
  scan.unit_codes = CodesOf(units);
  scan.as_of = period.end;
  return store_.ScanFeedbackRecords(scan, [&](const FeedbackRecord& record) -> Status {
    auto feedback = ReplayFeedback(record);
    if (!feedback.ok()) {
      return feedback.status().WithContext("feedback " + record.intake.id + ": ",
                                           "Phản ánh, kiến nghị " + record.intake.id + ": ");
    }
    return visit(*feedback);
  });
}

Result<IndicatorReport> IndicatorService::Compute(std::string_view unit_code, const ReportPeriod& period) {
  MOTCUA_ASSIGN_OR_RETURN(std::vector<Unit> units, UnitTree(unit_code));
  IndicatorCollector collector(period);
  MOTCUA_RETURN_IF_ERROR(ForEachDossier(units, period, [&](const Dossier& dossier, std::string_view) {
    collector.AddDossier(dossier);
    return Status::Ok();
  }));
  MOTCUA_RETURN_IF_ERROR(ForEachFeedback(units, period, [&](const Feedback& feedback) {
    collector.AddFeedback(feedback);
    return Status::Ok();
  }));
  for (const Procedure& procedure : catalog_->procedures()) collector.AddProcedure(procedure);
  IndicatorReport report;
  report.unit_codes = CodesOf(units);
  report.unit = std::move(units.front());
  report.period = period;
  report.indicators = collector.Finish();
  return report;
}

}  // namespace motcua
