#include "report/bieu06_service.h"

namespace motcua {

Result<Bieu06Report> ComputeBieu06(Store& store, IndicatorService& service, std::string_view unit_code,
                                   const ReportPeriod& period, const Bieu06Progress& progress) {
  MOTCUA_ASSIGN_OR_RETURN(std::vector<Unit> units, service.UnitTree(unit_code));
  Bieu06Report report;
  if (units.front().parent_code) {
    MOTCUA_ASSIGN_OR_RETURN(Unit parent, store.GetUnit(*units.front().parent_code));
    report.parent = std::move(parent);
  }
  Bieu06Builder builder(period);
  int64_t read = 0;
  MOTCUA_RETURN_IF_ERROR(
      service.ForEachDossier(units, period, [&](const Dossier& dossier, std::string_view field_code) {
        builder.AddDossier(dossier, field_code);
        if (progress) progress(++read);
        return Status::Ok();
      }));
  report.form = builder.Finish(service.catalog().fields());
  for (const Unit& unit : units) report.unit_codes.push_back(unit.code);
  report.unit = std::move(units.front());
  return report;
}

}  // namespace motcua
