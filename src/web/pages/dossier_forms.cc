#include "web/pages/dossier_forms.h"

#include <utf8proc.h>

#include <algorithm>

#include "auth/personal_data.h"
#include "base/text.h"
#include "calendar/classification.h"
#include "calendar/duration.h"

namespace motcua::web::pages {
namespace {

constexpr PrintFormInfo kForms[] = {
    {PrintForm::kReceipt, "mau-01", "Mẫu 01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"},
    {PrintForm::kSupplementRequest, "mau-02", "Mẫu 02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"},
    {PrintForm::kRefusal, "mau-03", "Mẫu 03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ"},
    {PrintForm::kApology, "mau-04", "Mẫu 04", "Phiếu xin lỗi và hẹn lại ngày trả kết quả"},
    {PrintForm::kControlSlip, "mau-05", "Mẫu 05", "Phiếu kiểm soát quá trình giải quyết hồ sơ"},
};

// Prefixes of a unit's name before its administrative name ("UBND xã Đồng Tiến" -> "xã Đồng Tiến").
constexpr std::string_view kBodyPrefixes[] = {"UBND ", "Ủy ban nhân dân ", "Uỷ ban nhân dân ",
                                              "ỦY BAN NHÂN DÂN ", "Ủy Ban Nhân Dân "};
// Kinds of administrative units before the place's own name ("xã Đồng Tiến" -> "Đồng Tiến").
constexpr std::string_view kLevelPrefixes[] = {
    "thành phố ", "Thành phố ", "thị trấn ", "Thị trấn ", "thị xã ", "Thị xã ",
    "đặc khu ",   "Đặc khu ",   "phường ",   "Phường ",   "tỉnh ",   "Tỉnh ",
    "huyện ",     "Huyện ",     "quận ",     "Quận ",     "xã ",     "Xã "};

std::string_view StripPrefix(std::string_view text, std::span<const std::string_view> prefixes) {
  for (std::string_view prefix : prefixes) {
    if (text.starts_with(prefix)) return text.substr(prefix.size());
  }
  return text;
}

// "xã Đồng Tiến" from "UBND xã Đồng Tiến".
std::string AdministrativeName(std::string_view unit_name) {
  return std::string(StripPrefix(TrimAscii(unit_name), kBodyPrefixes));
}

bool IsPeoplesCommittee(std::string_view unit_name) {
  return StripPrefix(TrimAscii(unit_name), kBodyPrefixes).size() != TrimAscii(unit_name).size();
}

std::string NameOf(const FormSource& source, const std::string& username) {
  auto it = source.names.find(username);
  return it == source.names.end() ? username : it->second;
}

std::string UnitNameOf(const FormSource& source, const std::string& code) {
  if (code.empty()) return "";
  if (source.unit != nullptr && code == source.unit->code) return source.unit->name;
  auto it = source.unit_names.find(code);
  return it == source.unit_names.end() ? code : it->second;
}

std::string Personal(const FormSource& source, std::string_view value) {
  if (value.empty() || source.show_personal_data) return std::string(value);
  return MaskIdentifier(value);
}

forms::Applicant ApplicantOf(const FormSource& source) {
  const Dossier& d = *source.dossier;
  return forms::Applicant{.name = d.applicant.name,
                          .id_number = Personal(source, d.applicant.id_number),
                          .address = Personal(source, d.applicant.address),
                          .phone = Personal(source, d.contact.phone),
                          .email = Personal(source, d.contact.email)};
}

std::string ProcedureName(const FormSource& source) {
  const Dossier& d = *source.dossier;
  if (source.procedure == nullptr) return d.procedure_code;
  return source.procedure->name + " (" + source.procedure->code + ")";
}

// A free-text reason split into its non-empty lines (the forms list each reason on its own line).
std::vector<std::string> Lines(std::string_view text) {
  std::vector<std::string> out;
  for (std::string_view line : SplitString(text, '\n')) {
    line = TrimAscii(line);
    if (!line.empty()) out.emplace_back(line);
  }
  return out;
}

Status NotApplicable(PrintForm form, const Dossier& dossier, std::string_view why_vi) {
  const PrintFormInfo& info = InfoOf(form);
  return Status::NotFound(std::string(info.slug) + " does not apply to dossier " + dossier.code,
                          "Hồ sơ " + dossier.code + " không có " + std::string(info.title) + " (" +
                              std::string(info.number) + "): " + std::string(why_vi));
}

Status CheckSource(const FormSource& source) {
  if (source.dossier == nullptr || source.unit == nullptr) {
    return Status::Internal("FormSource without dossier or unit");
  }
  return Status::Ok();
}

const Pause* LastSupplementPause(const Dossier& d) {
  const Pause* last = nullptr;
  for (const Pause& pause : d.pauses) {
    if (pause.kind == PauseKind::kSupplement) last = &pause;
  }
  return last;
}

forms::StepOutcome OutcomeOf(const HandOver& hand_over) {
  if (!hand_over.completed_at || !hand_over.step_due) return forms::StepOutcome::kNotAssessed;
  switch (ClassifyResolution(*hand_over.completed_at, *hand_over.step_due)) {
    case Timeliness::kEarly:
      return forms::StepOutcome::kEarly;
    case Timeliness::kOnTime:
      return forms::StepOutcome::kOnTime;
    case Timeliness::kLate:
      return forms::StepOutcome::kLate;
  }
  return forms::StepOutcome::kNotAssessed;
}

std::string LedgerNote(const Dossier& d) {
  std::vector<std::string> notes;
  if (d.resolution && d.resolution->kind == ResolutionKind::kRefused)
    notes.emplace_back("Từ chối giải quyết");
  if (d.closure) {
    switch (d.closure->kind) {
      case ClosureKind::kRefusedAtDesk:
        notes.emplace_back("Từ chối tiếp nhận");
        break;
      case ClosureKind::kWithdrawn:
        notes.emplace_back("Công dân rút hồ sơ");
        break;
      case ClosureKind::kStopped:
        notes.emplace_back("Dừng xử lý");
        break;
    }
  }
  if (d.apology)
    notes.emplace_back("Đã xin lỗi, hẹn lại " + FormatVnDate(LocalDate(d.apology->new_appointment)));
  std::string out;
  for (const std::string& note : notes) {
    if (!out.empty()) out.append("; ");
    out.append(note);
  }
  return out;
}

}  // namespace

std::span<const PrintFormInfo> AllPrintForms() { return kForms; }

const PrintFormInfo& InfoOf(PrintForm form) {
  for (const PrintFormInfo& info : kForms) {
    if (info.form == form) return info;
  }
  return kForms[0];
}

bool FormApplies(PrintForm form, const Dossier& d) {
  switch (form) {
    case PrintForm::kReceipt:
    case PrintForm::kControlSlip:
      return d.received_at.has_value();
    case PrintForm::kSupplementRequest:
      return !d.completion_requests.empty() || LastSupplementPause(d) != nullptr;
    case PrintForm::kRefusal:
      return (d.closure && d.closure->kind == ClosureKind::kRefusedAtDesk) ||
             (d.resolution && d.resolution->kind == ResolutionKind::kRefused);
    case PrintForm::kApology:
      return d.apology.has_value() && d.received_at.has_value();
  }
  return false;
}

std::vector<PrintForm> ApplicableForms(const Dossier& dossier) {
  std::vector<PrintForm> out;
  for (const PrintFormInfo& info : kForms) {
    if (FormApplies(info.form, dossier)) out.push_back(info.form);
  }
  return out;
}

std::string UpperVi(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t pos = 0;
  const auto size = static_cast<utf8proc_ssize_t>(text.size());
  while (pos < size) {
    utf8proc_int32_t code_point = 0;
    const utf8proc_ssize_t length = utf8proc_iterate(bytes + pos, size - pos, &code_point);
    if (length <= 0) {  // not UTF-8: keep the byte as it is
      out.push_back(text[static_cast<size_t>(pos)]);
      ++pos;
      continue;
    }
    utf8proc_uint8_t encoded[4];
    const utf8proc_ssize_t written = utf8proc_encode_char(utf8proc_toupper(code_point), encoded);
    out.append(reinterpret_cast<const char*>(encoded), static_cast<size_t>(written));
    pos += length;
  }
  return out;
}

std::string PlaceName(std::string_view unit_name) {
  const std::string administrative = AdministrativeName(unit_name);
  return std::string(StripPrefix(administrative, kLevelPrefixes));
}

forms::Issuer DeskIssuer(const Unit& unit, const Unit* parent) {
  const bool centre = parent == nullptr && !unit.parent_code;
  forms::Issuer issuer;
  issuer.parent_lines = {UpperVi(unit.name)};
  if (centre) {
    issuer.unit_lines = {"TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"};
    issuer.unit_name = "Trung tâm Phục vụ hành chính công " + AdministrativeName(unit.name);
    issuer.number_symbol = "TTPVHCC";
  } else {
    issuer.unit_lines = {"BỘ PHẬN TIẾP NHẬN", "VÀ TRẢ KẾT QUẢ"};
    issuer.unit_name = "Bộ phận Tiếp nhận và Trả kết quả " + AdministrativeName(unit.name);
    issuer.number_symbol = "BPTNTKQ";
  }
  issuer.place = PlaceName(unit.name);
  return issuer;
}

forms::Issuer UnitIssuer(const Unit& unit, const Unit* parent) {
  forms::Issuer issuer;
  if (parent != nullptr) issuer.parent_lines = {UpperVi(parent->name)};
  issuer.unit_lines = {UpperVi(unit.name)};
  issuer.unit_name = unit.name;
  issuer.number_symbol = IsPeoplesCommittee(unit.name) ? "UBND" : "";
  issuer.place = PlaceName(unit.name);
  return issuer;
}

Result<forms::ReceiptForm> ReceiptFormFor(const FormSource& source) {
  MOTCUA_RETURN_IF_ERROR(CheckSource(source));
  const Dossier& d = *source.dossier;
  if (!FormApplies(PrintForm::kReceipt, d)) {
    return NotApplicable(PrintForm::kReceipt, d, "hồ sơ chưa được tiếp nhận.");
  }
  forms::ReceiptForm form;
  form.issuer = DeskIssuer(*source.unit, source.parent);
  form.dossier_code = d.code;
  form.applicant = ApplicantOf(source);
  form.procedure_name = ProcedureName(source);
  for (const SubmittedComponent& component : d.components) {
    form.components.push_back({component.name, component.originals, component.copies});
  }
  form.sets = 1;
  form.processing_time = DescribeDurationVi(d.processing_time);
  form.received_at = *d.received_at;
  // The receipt states what was promised at receipt; an apology (Mẫu 04) moves the appointment later.
  if (d.apology) {
    form.appointment_at = d.apology->previous_appointment;
  } else if (d.appointment) {
    form.appointment_at = *d.appointment;
  } else {
    form.appointment_at = d.legal_due.value_or(*d.received_at);
  }
  form.lookup_url = source.lookup_url;
  form.receiver_name = d.received_by.empty() ? "" : NameOf(source, d.received_by);
  return form;
}

Result<forms::SupplementRequestForm> SupplementRequestFormFor(const FormSource& source) {
  MOTCUA_RETURN_IF_ERROR(CheckSource(source));
  const Dossier& d = *source.dossier;
  if (!FormApplies(PrintForm::kSupplementRequest, d)) {
    return NotApplicable(PrintForm::kSupplementRequest, d, "chưa có yêu cầu bổ sung, hoàn thiện hồ sơ nào.");
  }
  forms::SupplementRequestForm form;
  form.issuer = DeskIssuer(*source.unit, source.parent);
  form.dossier_code = d.code;
  form.applicant = ApplicantOf(source);
  form.procedure_name = ProcedureName(source);
  // The latest request: a completion request before acceptance or a supplement pause after it.
  const CompletionRequest* completion =
      d.completion_requests.empty() ? nullptr : &d.completion_requests.back();
  const Pause* pause = LastSupplementPause(d);
  std::string officer;
  if (pause != nullptr && (completion == nullptr || completion->at <= pause->start)) {
    form.issued_on = LocalDate(pause->start);
    form.items = pause->items;
    if (pause->deadline) form.supplement_by = LocalDate(*pause->deadline);
    officer = pause->requested_by;
  } else {
    form.issued_on = LocalDate(completion->at);
    form.items = completion->items;
    officer = completion->by;
  }
  form.guide_name = officer.empty() ? "" : NameOf(source, officer);
  form.contact_name = form.guide_name;
  return form;
}

Result<forms::RefusalForm> RefusalFormFor(const FormSource& source) {
  MOTCUA_RETURN_IF_ERROR(CheckSource(source));
  const Dossier& d = *source.dossier;
  if (!FormApplies(PrintForm::kRefusal, d)) {
    return NotApplicable(PrintForm::kRefusal, d, "hồ sơ không bị từ chối tiếp nhận hay từ chối giải quyết.");
  }
  forms::RefusalForm form;
  form.issuer = DeskIssuer(*source.unit, source.parent);
  form.applicant = ApplicantOf(source);
  form.procedure_name = ProcedureName(source);
  if (d.closure && d.closure->kind == ClosureKind::kRefusedAtDesk) {
    form.issued_on = LocalDate(d.closure->at);
    form.reasons = Lines(d.closure->reason);
    form.receiver_name = NameOf(source, d.closure->by);
  } else {
    form.issued_on = LocalDate(d.resolution->at);
    form.reasons = Lines(d.resolution->reason);
    form.receiver_name = NameOf(source, d.resolution->by);
  }
  return form;
}

Result<forms::ApologyForm> ApologyFormFor(const FormSource& source) {
  MOTCUA_RETURN_IF_ERROR(CheckSource(source));
  const Dossier& d = *source.dossier;
  if (!FormApplies(PrintForm::kApology, d)) {
    return NotApplicable(PrintForm::kApology, d, "chưa có lần xin lỗi, hẹn lại ngày trả kết quả nào.");
  }
  forms::ApologyForm form;
  form.issuer = UnitIssuer(*source.unit, source.parent);
  form.issued_on = LocalDate(d.apology->at);
  form.applicant = ApplicantOf(source);
  form.dossier_code = d.code;
  form.procedure_name = ProcedureName(source);
  form.received_on = LocalDate(*d.received_at);
  form.original_appointment = d.apology->previous_appointment;
  form.reason = d.apology->reason;
  form.new_appointment = d.apology->new_appointment;
  form.signer_title = IsPeoplesCommittee(source.unit->name) ? "CHỦ TỊCH" : "";
  form.signer_name = NameOf(source, d.apology->by);
  return form;
}

Result<forms::ControlSlipForm> ControlSlipFormFor(const FormSource& source) {
  MOTCUA_RETURN_IF_ERROR(CheckSource(source));
  const Dossier& d = *source.dossier;
  if (!FormApplies(PrintForm::kControlSlip, d)) {
    return NotApplicable(PrintForm::kControlSlip, d, "hồ sơ chưa được tiếp nhận.");
  }
  forms::ControlSlipForm form;
  form.issuer = DeskIssuer(*source.unit, source.parent);
  form.dossier_code = d.code;
  form.lead_unit = source.unit->name;
  form.issued_on = LocalDate(*d.received_at);
  for (const HandOver& hand_over : d.hand_overs) {
    form.handovers.push_back(forms::Handover{.from_unit = UnitNameOf(source, hand_over.from_unit),
                                             .to_unit = UnitNameOf(source, hand_over.to_unit),
                                             .at = hand_over.at,
                                             .giver_name = NameOf(source, hand_over.giver),
                                             .receiver_name = NameOf(source, hand_over.receiver),
                                             .step_due = hand_over.step_due,
                                             .outcome = OutcomeOf(hand_over),
                                             .note = hand_over.note});
  }
  return form;
}

Result<std::string> RenderPrintForm(PrintForm form, const FormSource& source) {
  switch (form) {
    case PrintForm::kReceipt: {
      MOTCUA_ASSIGN_OR_RETURN(const forms::ReceiptForm values, ReceiptFormFor(source));
      return forms::RenderReceiptPdf(values);
    }
    case PrintForm::kSupplementRequest: {
      MOTCUA_ASSIGN_OR_RETURN(const forms::SupplementRequestForm values, SupplementRequestFormFor(source));
      return forms::RenderSupplementRequestPdf(values);
    }
    case PrintForm::kRefusal: {
      MOTCUA_ASSIGN_OR_RETURN(const forms::RefusalForm values, RefusalFormFor(source));
      return forms::RenderRefusalPdf(values);
    }
    case PrintForm::kApology: {
      MOTCUA_ASSIGN_OR_RETURN(const forms::ApologyForm values, ApologyFormFor(source));
      return forms::RenderApologyPdf(values);
    }
    case PrintForm::kControlSlip: {
      MOTCUA_ASSIGN_OR_RETURN(const forms::ControlSlipForm values, ControlSlipFormFor(source));
      return forms::RenderControlSlipPdf(values);
    }
  }
  return Status::Internal("unknown print form");
}

forms::LedgerRow LedgerRowFor(const FormSource& source) {
  const Dossier& d = *source.dossier;
  forms::LedgerRow row;
  row.dossier_code = d.code;
  row.procedure_name = source.procedure != nullptr ? source.procedure->name : d.procedure_code;
  row.sets = 1;
  row.applicant_name = d.applicant.name;
  const std::string address = Personal(source, d.applicant.address);
  const std::string phone = Personal(source, d.contact.phone);
  row.address_and_phone = address;
  if (!phone.empty()) row.address_and_phone.append(address.empty() ? "" : "; ").append("ĐT: " + phone);
  row.lead_unit = source.unit != nullptr ? source.unit->name : d.unit;
  row.received_at = d.received_at.value_or(Instant{});
  row.appointment_at = d.appointment.value_or(row.received_at);
  if (!d.hand_overs.empty()) row.forwarded_at = d.hand_overs.front().at;
  if (d.resolution) row.result_received_at = d.resolution->at;
  if (d.returned) {
    row.returned_at = d.returned->at;
    row.recipient = d.returned->recipient;
  }
  row.note = LedgerNote(d);
  return row;
}

}  // namespace motcua::web::pages
