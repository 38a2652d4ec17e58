#include "web/dossier_json.h"

#include <string>

#include "auth/access.h"
#include "auth/personal_data.h"
#include "calendar/duration.h"
#include "dossier/event.h"

namespace motcua::web {
namespace {

using nlohmann::json;

json Time(const std::optional<Instant>& instant) {
  return instant ? json(FormatIsoInstant(*instant)) : json(nullptr);
}

json Text(std::string_view text) { return text.empty() ? json(nullptr) : json(std::string(text)); }

std::string Personal(std::string_view value, bool show) {
  if (value.empty() || show) return std::string(value);
  return MaskIdentifier(value);
}

// The procedure version the dossier was received under (or the latest, for a dossier not yet received).
const Procedure* ProcedureOf(const Catalog& catalog, std::string_view code,
                             const std::optional<Instant>& at) {
  if (at) {
    if (const Procedure* procedure = catalog.Find(code, LocalDate(*at))) return procedure;
  }
  return catalog.FindLatest(code);
}

json ProcedureJson(const Catalog& catalog, std::string_view code, const std::optional<Instant>& at) {
  const Procedure* procedure = ProcedureOf(catalog, code, at);
  return {{"code", std::string(code)}, {"name", procedure ? json(procedure->name) : json(nullptr)}};
}

bool IsOpen(DossierState state) {
  return !IsFinal(state) && state != DossierState::kResolved && state != DossierState::kNone;
}

bool Overdue(DossierState state, const std::optional<Instant>& legal_due, Instant now) {
  return IsOpen(state) && !IsPaused(state) && legal_due && *legal_due < now;
}

std::string_view ProcessRoleName(ProcessRole role) {
  switch (role) {
    case ProcessRole::kDesk:
      return "tiep_nhan";
    case ProcessRole::kSpecialist:
      return "chuyen_vien";
    case ProcessRole::kLeader:
      return "lanh_dao";
    case ProcessRole::kClerk:
      return "van_thu";
  }
  return "";
}

json StepRecordJson(const std::optional<StepRecord>& step) {
  if (!step) return nullptr;
  return {{"at", FormatIsoInstant(step->at)}, {"by", step->by}, {"implied", step->implied}};
}

json FeesJson(const std::vector<FeeItem>& fees) {
  json out = json::array();
  for (const FeeItem& fee : fees) {
    out.push_back({{"description", fee.description},
                   {"amount", fee.amount_dong ? json(*fee.amount_dong) : json(nullptr)}});
  }
  return out;
}

json EvaluationJson(const std::optional<Evaluation>& evaluation) {
  if (!evaluation) return nullptr;
  json criteria = json::object();
  for (int i = 0; i < kEvaluationCriterionCount; ++i) {
    const std::optional<int>& score = evaluation->scores[static_cast<size_t>(i)];
    if (score) criteria[std::string(CriterionId(static_cast<EvaluationCriterion>(i)))] = *score;
  }
  return {{"at", FormatIsoInstant(evaluation->at)},
          {"overall", std::string(OverallId(evaluation->overall))},
          {"overall_name", std::string(OverallNameVi(evaluation->overall))},
          {"criteria", std::move(criteria)},
          {"total_score", TotalScore(*evaluation)},
          {"channel", evaluation->channel ? json(std::string(EvaluationChannelId(*evaluation->channel)))
                                          : json(nullptr)}};
}

void MaskMember(json& object, const char* key) {
  auto it = object.find(key);
  if (it != object.end() && it->is_string()) *it = Personal(it->get<std::string>(), false);
}

}  // namespace

bool MayViewPersonalData(const User& viewer, std::string_view unit_code, std::string_view field_code,
                         std::string_view assignee) {
  Resource resource;
  resource.unit_code = std::string(unit_code);
  resource.field_code = std::string(field_code);
  // Only "is it the viewer?" matters to the assignee scope, so no lookup of the assignee's id is needed.
  if (!assignee.empty() && assignee == viewer.username) resource.assignee_user_id = viewer.id;
  return Authorize(PrincipalOf(viewer), Permission::kViewPersonalData, resource).ok();
}

json StatusToJson(DossierState state) {
  const int code = NationalStatusCode(state);
  return {{"state", std::string(StateId(state))},
          {"state_name", std::string(StateNameVi(state))},
          {"code", code},
          {"name", std::string(NationalStatusName(code))}};
}

json DossierSummaryToJson(const DossierSummary& summary, const Catalog& catalog, bool show_personal_data,
                          Instant now) {
  const std::optional<Instant> dated = summary.received_at ? summary.received_at : summary.submitted_at;
  return {
      {"code", summary.code},
      {"external_code", Text(summary.external_code)},
      {"unit", summary.unit_code},
      {"procedure", ProcedureJson(catalog, summary.procedure_code, dated)},
      {"field", summary.field_code},
      {"case_index", summary.case_index},
      {"channel", std::string(ChannelId(summary.channel))},
      {"status", StatusToJson(summary.state)},
      {"applicant",
       {{"name", summary.applicant_name},
        {"id_number", Text(Personal(summary.applicant_id_number, show_personal_data))}}},
      {"assignee", Text(summary.assignee)},
      {"submitted_at", Time(summary.submitted_at)},
      {"received_at", Time(summary.received_at)},
      {"legal_due", Time(summary.legal_due)},
      {"appointment", Time(summary.appointment)},
      {"paused", summary.paused},
      {"overdue", Overdue(summary.state, summary.legal_due, now)},
      {"apologised", summary.apologised},
      {"resolution", Text(summary.resolution)},
      {"resolved_at", Time(summary.resolved_at)},
      {"returned_at", Time(summary.returned_at)},
      {"closure", Text(summary.closure)},
      {"closed_at", Time(summary.closed_at)},
      {"evaluation", Text(summary.evaluation)},
      {"event_count", summary.event_count},
      {"last_event_at", FormatIsoInstant(summary.last_event_at)},
      {"personal_data_masked", !show_personal_data},
  };
}

json DossierToJson(const Dossier& d, std::string_view field_code, const Catalog& catalog,
                   bool show_personal_data, Instant now) {
  const bool show = show_personal_data;
  const std::optional<Instant> dated = d.received_at ? d.received_at : d.submitted_at;
  const Procedure* procedure = ProcedureOf(catalog, d.procedure_code, dated);

  json procedure_json = ProcedureJson(catalog, d.procedure_code, dated);
  procedure_json["rule_version"] = d.rule_version ? json(FormatIsoDate(*d.rule_version)) : json(nullptr);
  json case_json = {{"index", d.case_index}, {"name", nullptr}};
  if (procedure != nullptr && d.case_index >= 0 &&
      static_cast<size_t>(d.case_index) < procedure->cases.size()) {
    case_json["name"] = procedure->cases[static_cast<size_t>(d.case_index)].name;
  }

  json components = json::array();
  for (const SubmittedComponent& c : d.components) {
    components.push_back({{"name", c.name},
                          {"originals", c.originals},
                          {"copies", c.copies},
                          {"digitized", c.digitized},
                          {"file_ids", c.file_ids}});
  }
  json steps = json::array();
  for (const StepShare& step : d.steps) {
    steps.push_back(
        {{"role", std::string(ProcessRoleName(step.role))}, {"share_percent", step.share_percent}});
  }
  json completion_requests = json::array();
  for (const CompletionRequest& r : d.completion_requests) {
    completion_requests.push_back({{"at", FormatIsoInstant(r.at)}, {"by", r.by}, {"items", r.items}});
  }
  json pauses = json::array();
  for (const Pause& p : d.pauses) {
    pauses.push_back({{"kind", p.kind == PauseKind::kSupplement ? "supplement" : "fees"},
                      {"start", FormatIsoInstant(p.start)},
                      {"end", Time(p.end)},
                      {"requested_by", p.requested_by},
                      {"items", p.items},
                      {"deadline", Time(p.deadline)}});
  }
  json hand_overs = json::array();
  for (const HandOver& h : d.hand_overs) {
    hand_overs.push_back({{"action", std::string(ActionId(h.action))},
                          {"at", FormatIsoInstant(h.at)},
                          {"from_unit", h.from_unit},
                          {"to_unit", h.to_unit},
                          {"giver", h.giver},
                          {"receiver", h.receiver},
                          {"step", h.step ? json(*h.step) : json(nullptr)},
                          {"step_due", Time(h.step_due)},
                          {"completed_at", Time(h.completed_at)},
                          {"note", Text(h.note)}});
  }
  json notes = json::array();
  for (const Note& n : d.notes)
    notes.push_back({{"at", FormatIsoInstant(n.at)}, {"by", n.by}, {"text", n.text}});
  json implied = json::array();
  for (DossierAction a : d.implied_actions) implied.push_back(std::string(ActionId(a)));

  json apology = nullptr;
  if (d.apology) {
    apology = {{"at", FormatIsoInstant(d.apology->at)},
               {"by", d.apology->by},
               {"reason", d.apology->reason},
               {"previous_appointment", FormatIsoInstant(d.apology->previous_appointment)},
               {"new_appointment", FormatIsoInstant(d.apology->new_appointment)}};
  }
  json resolution = nullptr;
  if (d.resolution) {
    resolution = {{"kind", std::string(ResolutionKindId(d.resolution->kind))},
                  {"at", FormatIsoInstant(d.resolution->at)},
                  {"by", d.resolution->by},
                  {"digitized", d.resolution->digitized},
                  {"file_id", Text(d.resolution->file_id)},
                  {"document", Text(d.resolution->document)},
                  {"reason", Text(d.resolution->reason)}};
  }
  json returned = nullptr;
  if (d.returned) {
    returned = {{"at", FormatIsoInstant(d.returned->at)},
                {"by", d.returned->by},
                {"recipient", d.returned->recipient},
                {"method", std::string(ReturnMethodId(d.returned->method))},
                {"originals_returned", d.returned->originals_returned}};
  }
  json closure = nullptr;
  if (d.closure) {
    closure = {{"kind", std::string(ClosureKindId(d.closure->kind))},
               {"at", FormatIsoInstant(d.closure->at)},
               {"by", d.closure->by},
               {"reason", d.closure->reason}};
  }

  return {
      {"code", d.code},
      {"external_code", Text(d.external_code)},
      {"unit", d.unit},
      {"procedure", std::move(procedure_json)},
      {"field", std::string(field_code)},
      {"case", std::move(case_json)},
      {"processing_time", FormatDuration(d.processing_time)},
      {"processing_time_name", DescribeDurationVi(d.processing_time)},
      {"steps", std::move(steps)},
      {"channel", std::string(ChannelId(d.channel))},
      {"status", StatusToJson(d.state)},
      {"applicant",
       {{"kind", std::string(ApplicantKindId(d.applicant.kind))},
        {"name", d.applicant.name},
        {"id_kind", Text(IdKindId(d.applicant.id_kind))},
        {"id_number", Text(Personal(d.applicant.id_number, show))},
        {"address", Text(Personal(d.applicant.address, show))}}},
      {"contact",
       {{"phone", Text(Personal(d.contact.phone, show))}, {"email", Text(Personal(d.contact.email, show))}}},
      {"components", std::move(components)},
      {"fees", FeesJson(d.fees)},
      {"fees_paid_at", Time(d.fees_paid_at)},
      {"fees_paid_online", d.fees_paid_online},
      {"submitted_at", Time(d.submitted_at)},
      {"received_at", Time(d.received_at)},
      {"received_by", Text(d.received_by)},
      {"legal_due", Time(d.legal_due)},
      {"appointment", Time(d.appointment)},
      {"overdue", Overdue(d.state, d.legal_due, now)},
      {"assignee", Text(d.assignee)},
      {"paused", OpenPause(d) != nullptr},
      {"completion_requests", std::move(completion_requests)},
      {"pauses", std::move(pauses)},
      {"hand_overs", std::move(hand_overs)},
      {"apology", std::move(apology)},
      {"approved", StepRecordJson(d.approved)},
      {"signed", StepRecordJson(d.signed_off)},
      {"numbered", StepRecordJson(d.numbered)},
      {"document_number", Text(d.document_number)},
      {"resolution", std::move(resolution)},
      {"returned", std::move(returned)},
      {"closure", std::move(closure)},
      {"evaluation", EvaluationJson(d.evaluation)},
      {"notes", std::move(notes)},
      {"implied_actions", std::move(implied)},
      {"event_count", d.event_count},
      {"last_event_at", Time(d.last_event_at)},
      {"personal_data_masked", !show},
  };
}

json PublicDossierToJson(const DossierSummary& summary, const Catalog& catalog) {
  const std::optional<Instant> dated = summary.received_at ? summary.received_at : summary.submitted_at;
  const int code = NationalStatusCode(summary.state);
  return {
      {"code", summary.code},
      {"procedure", ProcedureJson(catalog, summary.procedure_code, dated)},
      {"status", {{"code", code}, {"name", std::string(NationalStatusName(code))}}},
      {"received_at", Time(summary.received_at)},
      {"legal_due", Time(summary.legal_due)},
      {"appointment", Time(summary.appointment)},
      {"resolved_at", Time(summary.resolved_at)},
      {"returned_at", Time(summary.returned_at)},
      {"closed_at", Time(summary.closed_at)},
  };
}

json StoredEventToJson(const StoredEvent& stored, bool show_personal_data) {
  json event = EventToJson(stored.event);
  if (!show_personal_data) {
    if (auto applicant = event.find("applicant"); applicant != event.end() && applicant->is_object()) {
      MaskMember(*applicant, "id_number");
      MaskMember(*applicant, "address");
    }
    if (auto contact = event.find("contact"); contact != event.end() && contact->is_object()) {
      MaskMember(*contact, "phone");
      MaskMember(*contact, "email");
    }
  }
  return {{"seq", stored.seq},
          {"event", std::move(event)},
          {"recorded_at", FormatIsoInstant(stored.recorded_at)}};
}

}  // namespace motcua::web
