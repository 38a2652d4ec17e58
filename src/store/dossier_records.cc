#include "store/dossier_records.h"

#include <utility>

namespace motcua {

DossierSummary SummaryOf(const Dossier& dossier, std::string field_code) {
  DossierSummary summary;
  summary.code = dossier.code;
  summary.unit_code = dossier.unit;
  summary.procedure_code = dossier.procedure_code;
  summary.field_code = std::move(field_code);
  summary.case_index = dossier.case_index;
  summary.channel = dossier.channel;
  summary.state = dossier.state;
  summary.status_code = NationalStatusCode(dossier.state);
  summary.applicant_name = dossier.applicant.name;
  summary.applicant_id_number = dossier.applicant.id_number;
  summary.assignee = dossier.assignee;
  summary.external_code = dossier.external_code;
  summary.submitted_at = dossier.submitted_at;
  summary.received_at = dossier.received_at;
  summary.legal_due = dossier.legal_due;
  summary.appointment = dossier.appointment;
  summary.paused = OpenPause(dossier) != nullptr;
  summary.apologised = dossier.apology.has_value();
  if (dossier.resolution) {
    summary.resolution = std::string(ResolutionKindId(dossier.resolution->kind));
    summary.resolved_at = dossier.resolution->at;
  }
  if (dossier.returned) summary.returned_at = dossier.returned->at;
  if (dossier.closure) {
    summary.closure = std::string(ClosureKindId(dossier.closure->kind));
    summary.closed_at = dossier.closure->at;
  }
  if (dossier.evaluation) summary.evaluation = std::string(OverallId(dossier.evaluation->overall));
  summary.event_count = dossier.event_count;
  summary.last_event_at = dossier.last_event_at.value_or(Instant{});
  return summary;
}

}  // namespace motcua
