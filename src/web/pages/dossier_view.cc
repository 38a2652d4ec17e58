#include "web/pages/dossier_view.h"

#include <algorithm>

#include "auth/personal_data.h"
#include "base/vn_format.h"
#include "calendar/classification.h"
#include "web/pages/view_format.h"

namespace motcua::web::pages {
namespace {

using nlohmann::json;

std::string NameOf(const DossierViewInput& input, const std::string& username) {
  auto it = input.names.find(username);
  return it == input.names.end() ? username : it->second;
}

std::string Personal(const DossierViewInput& input, std::string_view value) {
  if (value.empty() || input.show_personal_data) return std::string(value);
  return MaskIdentifier(value);
}

std::string FileHref(const std::string& code, const std::string& sha256) {
  return "/api/v1/dossiers/" + PercentEncode(code) + "/files/" + sha256;
}

json FileView(const DossierViewInput& input, const std::string& sha256) {
  auto it = input.files.find(sha256);
  const std::string name = it != input.files.end() && !it->second.file_name.empty()
                               ? it->second.file_name
                               : "Tệp " + sha256.substr(0, 8);
  return {{"name", name},
          {"href", FileHref(input.dossier->code, sha256)},
          {"size", it != input.files.end() ? json(FormatVnInteger((it->second.size + 1023) / 1024) + " KB")
                                           : json(nullptr)}};
}

json Timeline(const DossierViewInput& input) {
  json out = json::array();
  for (const StoredEvent& stored : input.history) {
    const Event& e = stored.event;
    std::vector<std::string> details;
    if (!e.to.empty()) details.push_back("Người nhận: " + NameOf(input, e.to));
    for (const std::string& item : e.items) details.push_back("Cần bổ sung: " + item);
    if (e.deadline) details.push_back("Hạn bổ sung: " + FormatVnDateTime(*e.deadline));
    for (const FeeItem& fee : e.fees) {
      details.push_back("Khoản phí: " + fee.description +
                        (fee.amount_dong ? " (" + FormatVnMoney(*fee.amount_dong) + ")" : std::string()));
    }
    if (e.new_due) details.push_back("Hẹn trả mới: " + FormatVnDateTime(*e.new_due));
    if (!e.reason.empty()) details.push_back("Lý do: " + e.reason);
    if (!e.document.empty()) details.push_back("Văn bản: " + e.document);
    if (e.kind == EventKind::kResultReady) {
      details.push_back(e.digitized ? "Kết quả có bản điện tử" : "Kết quả bản giấy");
    }
    if (!e.recipient.empty()) {
      details.push_back("Người nhận kết quả: " + e.recipient + " (" +
                        std::string(ReturnMethodNameVi(e.method)) + ")");
    }
    for (const std::string& original : e.originals_returned) details.push_back("Trả bản gốc: " + original);
    if (e.evaluation) details.push_back("Đánh giá: " + std::string(OverallNameVi(e.evaluation->overall)));
    if (e.kind == EventKind::kFeesPaid && e.paid_online) details.push_back("Nộp trực tuyến");
    if (!e.note.empty()) details.push_back("Ghi chú: " + e.note);
    out.push_back({{"at", FormatVnDateTime(e.at)},
                   {"name", std::string(ActionNameVi(EventAction(e.kind)))},
                   {"by", e.by.empty() ? json("Người nộp hồ sơ") : json(NameOf(input, e.by))},
                   {"has_details", !details.empty()},
                   {"details", details}});
  }
  return out;
}

json HandOvers(const DossierViewInput& input) {
  json out = json::array();
  for (const HandOver& h : input.dossier->hand_overs) {
    json result = nullptr;
    if (h.step_due) {
      if (h.completed_at) {
        result = TimelinessVi(ClassifyResolution(*h.completed_at, *h.step_due));
      } else {
        result = OpenStatusVi(ClassifyOpen(h.step_due, input.now));
      }
    }
    out.push_back({{"at", FormatVnDateTime(h.at)},
                   {"action", std::string(ActionNameVi(h.action))},
                   {"giver", NameOf(input, h.giver)},
                   {"receiver", NameOf(input, h.receiver)},
                   {"step_due", VnDateTimeOrNull(h.step_due)},
                   {"completed_at", VnDateTimeOrNull(h.completed_at)},
                   {"result", result}});
  }
  return out;
}

json TimeBar(const DossierViewInput& input) {
  const std::optional<WorkingTimeUse> use = WorkingTime(*input.dossier, *input.clock, input.now);
  if (!use || use->total <= 0) return nullptr;
  const int64_t shown_used = std::min(use->used, use->total);
  std::string state = "Đang tính giờ";
  if (use->paused) state = "Tạm dừng tính giờ (chờ người nộp)";
  if (use->stopped) state = "Đã dừng tính giờ";
  return {{"total", use->total},
          {"used", shown_used},
          {"low", use->total * 3 / 4},
          {"high", use->total * 9 / 10},
          {"total_text", WorkingTimeVi(use->total)},
          {"used_text", WorkingTimeVi(use->used)},
          {"left_text", use->left > 0 ? json(WorkingTimeVi(use->left)) : json(nullptr)},
          {"over_text", use->over > 0 ? json(WorkingTimeVi(use->over)) : json(nullptr)},
          {"state", state},
          {"stopped", use->stopped}};
}

}  // namespace

std::optional<WorkingTimeUse> WorkingTime(const Dossier& dossier, const DueClock& clock, Instant now) {
  if (!dossier.received_at || !dossier.legal_due) return std::nullopt;
  WorkingTimeUse use;
  use.total = dossier.total_working_seconds;
  Instant reference = now;
  if (const Pause* pause = OpenPause(dossier)) {
    reference = pause->start;
    use.paused = true;
  }
  if (dossier.resolution) {
    reference = dossier.resolution->at;
    use.stopped = true;
  } else if (dossier.closure) {
    reference = dossier.closure->at;
    use.stopped = true;
  }
  use.left = clock.WorkingSecondsBetween(reference, *dossier.legal_due);
  use.over = clock.WorkingSecondsBetween(*dossier.legal_due, reference);
  use.used = use.left > 0 ? std::max<int64_t>(0, use.total - use.left) : use.total + use.over;
  return use;
}

json DossierPageView(const DossierViewInput& input) {
  const Dossier& d = *input.dossier;
  const Catalog& catalog = *input.catalog;
  const std::optional<Instant> dated = d.received_at ? d.received_at : d.submitted_at;
  const Procedure* procedure = dated ? catalog.Find(d.procedure_code, LocalDate(*dated)) : nullptr;
  if (procedure == nullptr) procedure = catalog.FindLatest(d.procedure_code);
  const Field* field = catalog.FindField(input.field_code);
  json case_name = nullptr;
  if (procedure != nullptr && d.case_index >= 0 &&
      static_cast<size_t>(d.case_index) < procedure->cases.size() && procedure->cases.size() > 1) {
    case_name = procedure->cases[static_cast<size_t>(d.case_index)].name;
  }
  json components = json::array();
  for (const SubmittedComponent& c : d.components) {
    json files = json::array();
    for (const std::string& sha : c.file_ids) files.push_back(FileView(input, sha));
    components.push_back({{"name", c.name},
                          {"originals", c.originals},
                          {"copies", c.copies},
                          {"digitized", c.digitized},
                          {"files", std::move(files)}});
  }
  json fees = json::array();
  for (const FeeItem& fee : d.fees) {
    fees.push_back({{"description", fee.description},
                    {"amount", fee.amount_dong ? json(FormatVnMoney(*fee.amount_dong)) : json(nullptr)}});
  }
  const bool open = !IsFinal(d.state) && d.state != DossierState::kResolved;
  const bool overdue = open && !IsPaused(d.state) && d.legal_due && *d.legal_due < input.now;
  json resolution = nullptr;
  if (d.resolution) {
    resolution = {
        {"refused", d.resolution->kind == ResolutionKind::kRefused},
        {"at", FormatVnDateTime(d.resolution->at)},
        {"document", TextOrNull(d.resolution->document)},
        {"reason", TextOrNull(d.resolution->reason)},
        {"file", d.resolution->file_id.empty() ? json(nullptr) : FileView(input, d.resolution->file_id)}};
  }
  const Pause* pause = OpenPause(d);
  return {
      {"code", d.code},
      {"lookup_href", "/tra-cuu/" + PercentEncode(d.code)},
      {"procedure",
       {{"code", d.procedure_code},
        {"name", procedure ? procedure->name : d.procedure_code},
        {"href", "/thu-tuc/" + d.procedure_code}}},
      {"case_name", case_name},
      {"field", field ? field->name : input.field_code},
      {"channel", std::string(ChannelNameVi(d.channel))},
      {"status", std::string(StateNameVi(d.state))},
      {"national_status", std::string(NationalStatusName(NationalStatusCode(d.state)))},
      {"overdue", overdue},
      {"paused", pause != nullptr},
      {"pause_items", pause ? json(pause->items) : json::array()},
      {"pause_deadline", pause ? VnDateTimeOrNull(pause->deadline) : json(nullptr)},
      {"processing_time", DescribeDurationVi(d.processing_time)},
      {"received_at", VnDateTimeOrNull(d.received_at)},
      {"received_by", d.received_by.empty() ? json(nullptr) : json(NameOf(input, d.received_by))},
      {"legal_due", VnDateTimeOrNull(d.legal_due)},
      {"appointment", VnDateTimeOrNull(d.appointment)},
      {"apology", d.apology ? json({{"at", FormatVnDateTime(d.apology->at)},
                                    {"reason", d.apology->reason},
                                    {"new_appointment", FormatVnDateTime(d.apology->new_appointment)}})
                            : json(nullptr)},
      {"assignee", d.assignee.empty() ? json(nullptr) : json(NameOf(input, d.assignee))},
      {"assignee_label", open ? "Đang xử lý" : "Người xử lý"},
      {"applicant",
       {{"name", d.applicant.name},
        {"organisation", d.applicant.kind == ApplicantKind::kOrganisation},
        {"id_number", TextOrNull(Personal(input, d.applicant.id_number))},
        {"address", TextOrNull(Personal(input, d.applicant.address))},
        {"phone", TextOrNull(Personal(input, d.contact.phone))},
        {"email", TextOrNull(Personal(input, d.contact.email))}}},
      {"personal_masked", !input.show_personal_data},
      {"components", std::move(components)},
      {"has_fees", !fees.empty()},
      {"fees", std::move(fees)},
      {"fees_paid_at", VnDateTimeOrNull(d.fees_paid_at)},
      {"document_number", TextOrNull(d.document_number)},
      {"resolution", std::move(resolution)},
      {"returned", d.returned ? json({{"at", FormatVnDateTime(d.returned->at)},
                                      {"recipient", d.returned->recipient},
                                      {"method", std::string(ReturnMethodNameVi(d.returned->method))}})
                              : json(nullptr)},
      {"closure", d.closure ? json({{"at", FormatVnDateTime(d.closure->at)}, {"reason", d.closure->reason}})
                            : json(nullptr)},
      {"evaluation", d.evaluation ? json(std::string(OverallNameVi(d.evaluation->overall))) : json(nullptr)},
      {"time", TimeBar(input)},
      {"has_hand_overs", !d.hand_overs.empty()},
      {"hand_overs", HandOvers(input)},
      {"timeline", Timeline(input)},
  };
}

}  // namespace motcua::web::pages
