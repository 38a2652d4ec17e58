#include "dossier/apply.h"

#include <algorithm>
#include <string>

#include "base/text.h"
#include "dossier/dossier_code.h"

namespace motcua {
namespace {

Status Invalid(std::string log, std::string user) {
  return Status::InvalidArgument(std::move(log), std::move(user));
}

// The internal steps an imported "result_ready" (or "rejected", ...) may imply, in process order.
struct ImpliedStep {
  DossierState from;
  DossierAction action;
};
constexpr ImpliedStep kImpliedChain[] = {
    {DossierState::kReceived, DossierAction::kAssign},
    {DossierState::kInProgress, DossierAction::kApprove},
    {DossierState::kApproved, DossierAction::kSign},
    {DossierState::kSigned, DossierAction::kNumber},
};

// Walks the implied chain until `action` is allowed; false (and `d` untouched) when it never is.
bool ImplySteps(Dossier& d, DossierAction action, Instant at) {
  Dossier trial = d;
  while (!IsAllowed(trial.state, action)) {
    const ImpliedStep* step = nullptr;
    for (const ImpliedStep& s : kImpliedChain) {
      if (s.from == trial.state) step = &s;
    }
    if (step == nullptr) return false;
    const StepRecord record{at, "", true};
    if (step->action == DossierAction::kApprove) trial.approved = record;
    if (step->action == DossierAction::kSign) trial.signed_off = record;
    if (step->action == DossierAction::kNumber) trial.numbered = record;
    trial.implied_actions.push_back(step->action);
    trial.state = NextState(trial.state, step->action).value();
  }
  d = std::move(trial);
  return true;
}

Result<int> SelectCase(const Procedure& procedure, std::string_view case_name) {
  if (procedure.cases.empty()) {
    return Status::Internal("procedure " + procedure.code + " has no case",
                            "Thủ tục " + procedure.code + " chưa có thời hạn giải quyết trong danh mục.");
  }
  if (case_name.empty()) return 0;
  for (size_t i = 0; i < procedure.cases.size(); ++i) {
    if (procedure.cases[i].name == case_name) return static_cast<int>(i);
  }
  // A case may also be named by its 1-based number ("2"); at most three digits, so n cannot overflow.
  bool digits = case_name.size() <= 3;
  int n = 0;
  for (size_t i = 0; digits && i < case_name.size(); ++i) {
    const char c = case_name[i];
    digits = c >= '0' && c <= '9';
    n = n * 10 + (c - '0');
  }
  if (digits && n >= 1 && n <= static_cast<int>(procedure.cases.size())) return n - 1;
  return Invalid(
      "event: 'case' names no case of procedure " + procedure.code,
      "Sự kiện không hợp lệ: trường 'case' không khớp trường hợp nào của thủ tục " + procedure.code + ".");
}

// Records what an intake event says; `at_receipt` also fixes the rule version and the processing time.
Status ApplyIntake(Dossier& d, const Event& e, const ApplyContext& ctx, bool at_receipt) {
  const Intake& in = *e.intake;
  const CivilDate local_date = LocalDate(e.at);
  MOTCUA_ASSIGN_OR_RETURN(const DossierCode code, ParseDossierCode(e.code));
  if (code.unit_id != in.unit) {
    return Invalid("event: 'unit' " + in.unit + " differs from the unit of code " + e.code,
                   "Sự kiện không hợp lệ: trường 'unit' khác mã đơn vị trong mã hồ sơ " + e.code + ".");
  }
  if (code.date > local_date) {
    return Invalid("event: code " + e.code + " is dated after the event",
                   "Sự kiện không hợp lệ: mã hồ sơ " + e.code + " mang ngày sau thời điểm sự kiện.");
  }
  const Procedure* procedure = ctx.find_procedure(in.procedure, local_date);
  if (procedure == nullptr) {
    return Invalid("event: 'procedure' " + in.procedure + " is not in force on " + FormatIsoDate(local_date),
                   "Sự kiện không hợp lệ: thủ tục " + in.procedure +
                       " không có trong danh mục hiệu lực ngày " + FormatVnDate(local_date) + ".");
  }
  MOTCUA_ASSIGN_OR_RETURN(const int case_index, SelectCase(*procedure, in.case_name));

  Applicant applicant = in.applicant;
  if (!applicant.id_number.empty()) {
    applicant.id_number = CanonicalIdNumber(applicant.id_number);
    const IdCheckOptions options{local_date, ctx.mode == ApplyMode::kImport};
    auto kind = ValidateIdNumber(applicant.id_number, applicant.id_kind, options);
    if (!kind.ok()) return kind.status().WithContext("event: 'applicant.id_number': ", "");
    applicant.id_kind = *kind;
  } else if (applicant.id_kind != IdKind::kNone) {
    return Invalid(
        "event: 'applicant.id_number' is missing for id_kind " + std::string(IdKindId(applicant.id_kind)),
        "Sự kiện không hợp lệ: thiếu số giấy tờ tùy thân của người nộp.");
  }
  if (ctx.mode == ApplyMode::kLive) {
    for (size_t i = 0; i < in.components.size(); ++i) {
      if (in.components[i].digitized && in.components[i].file_ids.empty()) {
        const std::string key = "components[" + std::to_string(i) + "].file_ids";
        return Invalid(
            "event: '" + key + "' is empty for a digitised component",
            "Sự kiện không hợp lệ: thành phần hồ sơ đã số hóa phải có tệp đính kèm (trường '" + key + "').");
      }
    }
  }

  d.unit = in.unit;
  d.procedure_code = in.procedure;
  d.case_index = case_index;
  d.channel = in.channel;
  if (!in.external_code.empty()) d.external_code = in.external_code;
  d.applicant = std::move(applicant);
  d.contact = in.contact;
  d.components = in.components;
  d.fees = in.fees;
  if (at_receipt) {
    const ProcedureCase& c = procedure->cases[static_cast<size_t>(case_index)];
    d.rule_version = procedure->effective_from;
    d.processing_time = c.processing_time;
    d.cutoff_seconds = c.cutoff_seconds;
    d.steps.clear();
    for (const ProcessStep& s : procedure->steps) d.steps.push_back(StepShare{s.role, s.share_percent});
  }
  return Status::Ok();
}

Result<std::optional<Instant>> StepDue(const Dossier& d, std::optional<int> step, Instant start,
                                       const DueClock& clock) {
  if (!step || *step >= static_cast<int>(d.steps.size())) return std::optional<Instant>();
  const int64_t allotted = d.total_working_seconds * d.steps[static_cast<size_t>(*step)].share_percent / 100;
  const std::vector<TimeInterval> pauses = ClosedPauseIntervals(d);
  MOTCUA_ASSIGN_OR_RETURN(Instant due, clock.AddWorkingTime(start, allotted, pauses));
  return std::optional<Instant>(due);
}

HandOver* OpenHandOver(Dossier& d) {
  if (!d.hand_overs.empty() && !d.hand_overs.back().completed_at) return &d.hand_overs.back();
  return nullptr;
}

// Legal due after the closed pauses, the appointment, and the open Mẫu 05 step's deadline.
Status RecomputeDue(Dossier& d, const DueClock& clock) {
  if (!d.received_at) return Status::Ok();
  const std::vector<TimeInterval> pauses = ClosedPauseIntervals(d);
  MOTCUA_ASSIGN_OR_RETURN(const Instant due,
                          clock.ComputeDue(*d.received_at, d.processing_time, d.cutoff_seconds, pauses));
  d.legal_due = due;
  // An apology's promise stands unless a later pause pushes the legal due time beyond it.
  d.appointment = d.apology ? std::max(d.apology->new_appointment, due) : due;
  if (HandOver* row = OpenHandOver(d)) {
    MOTCUA_ASSIGN_OR_RETURN(row->step_due, StepDue(d, row->step, row->at, clock));
  }
  return Status::Ok();
}

void CloseOpenHandOver(Dossier& d, Instant at) {
  if (HandOver* row = OpenHandOver(d)) row->completed_at = at;
}

Status AddHandOver(Dossier& d, const Event& e, DossierAction action, const DueClock& clock) {
  std::optional<int> step = e.step;
  const int step_count = static_cast<int>(d.steps.size());
  if (step && *step >= step_count) {
    return Invalid("event: 'step' " + std::to_string(*step) + " is beyond the procedure's " +
                       std::to_string(step_count) + " process steps",
                   "Sự kiện không hợp lệ: trường 'step' vượt quá số bước của quy trình nội bộ.");
  }
  if (!step && step_count > 0) {
    if (d.hand_overs.empty()) {
      step = (step_count > 1 && d.steps[0].role == ProcessRole::kDesk) ? 1 : 0;
    } else if (d.hand_overs.back().step && *d.hand_overs.back().step + 1 < step_count) {
      step = *d.hand_overs.back().step + 1;
    }
  }
  CloseOpenHandOver(d, e.at);
  HandOver row;
  row.action = action;
  row.at = e.at;
  row.from_unit = d.hand_overs.empty() ? d.unit : d.hand_overs.back().to_unit;
  row.to_unit = e.to_unit.empty() ? row.from_unit : e.to_unit;
  row.giver = e.by;
  row.receiver = e.to;
  row.step = step;
  row.note = e.note;
  MOTCUA_ASSIGN_OR_RETURN(row.step_due, StepDue(d, step, e.at, clock));
  d.hand_overs.push_back(std::move(row));
  d.assignee = e.to;
  return Status::Ok();
}

Status NeedsIntake(const Dossier& d, const Event& e) {
  if (d.state == DossierState::kNone && !e.intake) {
    return Invalid(
        "event: '" + std::string(EventKindId(e.kind)) + "' opening a dossier needs its intake ('unit')",
        "Sự kiện không hợp lệ: sự kiện đầu tiên của hồ sơ phải có thông tin tiếp nhận (trường 'unit').");
  }
  return Status::Ok();
}

void ClosePause(Dossier& d, Instant at) {
  if (!d.pauses.empty() && !d.pauses.back().end) d.pauses.back().end = at;
}

}  // namespace

Result<Dossier> Apply(const Dossier& current, const Event& e, const ApplyContext& ctx) {
  if (ctx.clock == nullptr || !ctx.find_procedure) {
    return Status::Internal("Apply needs a due clock and a procedure lookup");
  }
  MOTCUA_RETURN_IF_ERROR(ValidateEvent(e));
  if (current.state != DossierState::kNone) {
    if (e.code != current.code) {
      return Invalid("event for dossier " + e.code + " applied to dossier " + current.code,
                     "Sự kiện thuộc hồ sơ " + e.code + ", không phải hồ sơ " + current.code + ".");
    }
    if (current.last_event_at && e.at < *current.last_event_at) {
      return Invalid("event: 'at' " + FormatIsoInstant(e.at) + " is earlier than the previous event (" +
                         FormatIsoInstant(*current.last_event_at) + ")",
                     "Sự kiện không hợp lệ: thời điểm " + FormatVnDateTime(e.at) +
                         " sớm hơn sự kiện trước của hồ sơ (" + FormatVnDateTime(*current.last_event_at) +
                         ").");
    }
  }
  const DossierAction action = EventAction(e.kind);
  Dossier d = current;
  if (!IsAllowed(d.state, action)) {
    if (ctx.mode != ApplyMode::kImport || !ImplySteps(d, action, e.at)) {
      return NextState(current.state, action).status();
    }
  }
  MOTCUA_ASSIGN_OR_RETURN(const DossierState next, NextState(d.state, action));
  const DueClock& clock = *ctx.clock;

  switch (e.kind) {
    case EventKind::kSubmitted:
      MOTCUA_RETURN_IF_ERROR(ApplyIntake(d, e, ctx, /*at_receipt=*/false));
      d.code = e.code;
      d.submitted_at = e.at;
      break;
    case EventKind::kReceived: {
      MOTCUA_RETURN_IF_ERROR(ApplyIntake(d, e, ctx, /*at_receipt=*/true));
      d.code = e.code;
      d.received_at = e.at;
      d.received_by = e.by;
      MOTCUA_ASSIGN_OR_RETURN(const Instant base_due,
                              clock.ComputeDue(e.at, d.processing_time, d.cutoff_seconds, {}));
      d.total_working_seconds = clock.WorkingSecondsBetween(e.at, base_due);
      MOTCUA_RETURN_IF_ERROR(RecomputeDue(d, clock));
      break;
    }
    case EventKind::kCompletionRequested:
    case EventKind::kRefusedAtDesk:
      MOTCUA_RETURN_IF_ERROR(NeedsIntake(d, e));
      if (e.intake) MOTCUA_RETURN_IF_ERROR(ApplyIntake(d, e, ctx, /*at_receipt=*/false));
      d.code = e.code;
      if (e.kind == EventKind::kCompletionRequested) {
        d.completion_requests.push_back(CompletionRequest{e.at, e.by, e.items});
      } else {
        d.closure = Closure{ClosureKind::kRefusedAtDesk, e.at, e.by, e.reason};
      }
      break;
    case EventKind::kResubmitted:
      if (e.intake) MOTCUA_RETURN_IF_ERROR(ApplyIntake(d, e, ctx, /*at_receipt=*/false));
      break;
    case EventKind::kAssigned:
    case EventKind::kHandedOver:
      if (TrimAscii(e.to).empty()) {
        return Invalid("event: 'to' is empty: a dossier cannot be handed to nobody",
                       "Sự kiện không hợp lệ: phải chọn người nhận hồ sơ (trường 'to').");
      }
      MOTCUA_RETURN_IF_ERROR(AddHandOver(d, e, action, clock));
      break;
    case EventKind::kSupplementRequested:
      if (e.deadline && *e.deadline <= e.at) {
        return Invalid("event: 'deadline' is not after the request",
                       "Sự kiện không hợp lệ: hạn bổ sung (trường 'deadline') phải sau thời điểm yêu cầu.");
      }
      d.pauses.push_back(Pause{PauseKind::kSupplement, e.at, std::nullopt, e.by, e.items, e.deadline});
      break;
    case EventKind::kFeesRequested:
      d.pauses.push_back(Pause{PauseKind::kFees, e.at, std::nullopt, e.by, {}, std::nullopt});
      d.fees.insert(d.fees.end(), e.fees.begin(), e.fees.end());
      break;
    case EventKind::kSupplementReceived:
    case EventKind::kFeesPaid:
      ClosePause(d, e.at);
      if (e.kind == EventKind::kFeesPaid) {
        d.fees_paid_at = e.at;
        d.fees_paid_online = e.paid_online;
      }
      MOTCUA_RETURN_IF_ERROR(RecomputeDue(d, clock));
      break;
    case EventKind::kExtended: {
      if (d.apology) {
        return Status::FailedPrecondition(
            "an apology (Mẫu 04) was already issued at " + FormatIsoInstant(d.apology->at) +
                "; at most one per dossier",
            "Hồ sơ đã có Phiếu xin lỗi và hẹn lại ngày trả kết quả; chỉ được hẹn lại một lần.");
      }
      if (!d.legal_due || e.at >= *d.legal_due) {
        const std::string due = d.legal_due ? FormatVnDateTime(*d.legal_due) : std::string("-");
        return Status::FailedPrecondition(
            "apology at " + FormatIsoInstant(e.at) + " is not before the legal due time " +
                (d.legal_due ? FormatIsoInstant(*d.legal_due) : std::string("(none)")),
            "Chỉ được xin lỗi và hẹn lại ngày trả kết quả trước khi hết hạn giải quyết (hạn: " + due + ").");
      }
      const Instant previous = d.appointment.value_or(*d.legal_due);
      if (*e.new_due <= previous) {
        return Invalid("event: 'new_due' is not after the current appointment " + FormatIsoInstant(previous),
                       "Sự kiện không hợp lệ: ngày hẹn mới (trường 'new_due') phải sau ngày hẹn hiện tại (" +
                           FormatVnDateTime(previous) + ").");
      }
      d.apology = Apology{e.at, e.by, e.reason, previous, *e.new_due};
      d.appointment = *e.new_due;
      break;
    }
    case EventKind::kApproved:
    case EventKind::kSigned:
    case EventKind::kNumbered: {
      const StepRecord record{e.at, e.by, false};
      if (e.kind == EventKind::kApproved) d.approved = record;
      if (e.kind == EventKind::kSigned) d.signed_off = record;
      if (e.kind == EventKind::kNumbered) {
        d.numbered = record;
        d.document_number = e.document;
      }
      if (!e.to.empty()) MOTCUA_RETURN_IF_ERROR(AddHandOver(d, e, action, clock));
      break;
    }
    case EventKind::kRejected:
      d.resolution = Resolution{ResolutionKind::kRefused, e.at, e.by, false, "", e.document, e.reason};
      CloseOpenHandOver(d, e.at);
      break;
    case EventKind::kResultReady:
      if (!e.digitized && !e.file_id.empty()) {
        return Invalid("event: 'file_id' given for a result that is not digitised",
                       "Sự kiện không hợp lệ: kết quả chưa số hóa thì không có tệp (trường 'file_id').");
      }
      if (e.digitized && e.file_id.empty() && ctx.mode == ApplyMode::kLive) {
        return Invalid("event: 'file_id' is missing for a digitised result",
                       "Sự kiện không hợp lệ: kết quả đã số hóa phải có tệp kết quả (trường 'file_id').");
      }
      d.resolution = Resolution{ResolutionKind::kResult, e.at, e.by, e.digitized, e.file_id, e.document, ""};
      CloseOpenHandOver(d, e.at);
      break;
    case EventKind::kReturned:
      d.returned = ReturnInfo{e.at, e.by, e.recipient, e.method, e.originals_returned};
      break;
    case EventKind::kWithdrawn:
    case EventKind::kStopped:
      ClosePause(d, e.at);
      CloseOpenHandOver(d, e.at);
      d.closure = Closure{e.kind == EventKind::kWithdrawn ? ClosureKind::kWithdrawn : ClosureKind::kStopped,
                          e.at, e.by, e.reason};
      break;
    case EventKind::kEvaluated:
      if (d.evaluation) {
        return Status::FailedPrecondition(
            "dossier " + d.code + " was already evaluated at " + FormatIsoInstant(d.evaluation->at),
            "Hồ sơ đã được đánh giá; mỗi hồ sơ chỉ được đánh giá một lần.");
      }
      d.evaluation = *e.evaluation;
      break;
  }
  d.state = next;
  d.last_event_at = e.at;
  ++d.event_count;
  if (!e.note.empty()) d.notes.push_back(Note{e.at, e.by, e.note});
  return d;
}

Result<Dossier> Replay(std::span<const Event> events, const ApplyContext& context) {
  if (events.empty()) return Invalid("no events to replay", "Không có sự kiện nào để dựng lại hồ sơ.");
  Dossier d;
  for (size_t i = 0; i < events.size(); ++i) {
    auto next = Apply(d, events[i], context);
    if (!next.ok()) {
      const std::string n = std::to_string(i + 1);
      return next.status().WithContext("event " + n + ": ", "Sự kiện thứ " + n + ": ");
    }
    d = std::move(next).value();
  }
  return d;
}

}  // namespace motcua
