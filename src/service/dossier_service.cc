#include "service/dossier_service.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "dossier/apply.h"

namespace motcua {
namespace {

Status UnknownProcedure(std::string_view code) {
  return Status::NotFound("procedure '" + std::string(code) + "' is not in the catalogue",
                          "Không có thủ tục mã '" + std::string(code) + "' trong danh mục.");
}

Status AtLine(const Status& status, int line) {
  return status.WithContext("line " + std::to_string(line) + ": ", "Dòng " + std::to_string(line) + ": ");
}

Role ImportedActorRole(EventKind kind, bool is_receiver) {
  if (is_receiver) return Role::kSpecialist;
  switch (kind) {
    case EventKind::kReceived:
    case EventKind::kCompletionRequested:
    case EventKind::kRefusedAtDesk:
    case EventKind::kReturned:
    case EventKind::kSupplementReceived:
      return Role::kDesk;
    case EventKind::kApproved:
    case EventKind::kSigned:
      return Role::kLeader;
    case EventKind::kNumbered:
      return Role::kClerk;
    default:
      return Role::kSpecialist;
  }
}

// Every file an event refers to must have been uploaded (recorded in the store) before.
Status CheckFilesRecorded(Store& store, const Event& event) {
  std::vector<std::string> ids;
  if (event.intake) {
    for (const SubmittedComponent& component : event.intake->components) {
      ids.insert(ids.end(), component.file_ids.begin(), component.file_ids.end());
    }
  }
  if (!event.file_id.empty()) ids.push_back(event.file_id);
  for (const std::string& id : ids) {
    auto file = store.GetFile(id);
    if (!file.ok()) {
      if (file.status().code() != StatusCode::kNotFound) return file.status();
      return Status::InvalidArgument("event refers to file " + id + " that was not uploaded",
                                     "Tệp đính kèm " + id.substr(0, 12) + "… chưa được tải lên.");
    }
  }
  return Status::Ok();
}

}  // namespace

Permission PermissionFor(DossierAction action) {
  switch (action) {
    case DossierAction::kSubmitOnline:
    case DossierAction::kReceive:
    case DossierAction::kRequestCompletion:
    case DossierAction::kResubmit:
    case DossierAction::kRefuseAtDesk:
      return Permission::kReceive;
    case DossierAction::kAssign:
    case DossierAction::kHandOver:
      return Permission::kAssign;
    case DossierAction::kRequestSupplement:
      return Permission::kRequestSupplement;
    case DossierAction::kReceiveSupplement:
      return Permission::kReceiveSupplement;
    case DossierAction::kRequestFees:
      return Permission::kRequestFees;
    case DossierAction::kPayFees:
      return Permission::kConfirmFees;
    case DossierAction::kApologize:
      return Permission::kApologise;
    case DossierAction::kApprove:
      return Permission::kApprove;
    case DossierAction::kSign:
      return Permission::kSign;
    case DossierAction::kNumber:
      return Permission::kNumber;
    case DossierAction::kReject:
      return Permission::kRefuse;
    case DossierAction::kResultReady:
      return Permission::kResultReady;
    case DossierAction::kReturnResult:
      return Permission::kReturn;
    case DossierAction::kWithdraw:
    case DossierAction::kStop:
      return Permission::kWithdraw;
    case DossierAction::kEvaluate:
      return Permission::kRecordEvaluation;
  }
  return Permission::kViewDossier;
}

Result<ApplyContext> DossierService::ContextFor(const std::string& unit_code, ApplyMode mode,
                                                std::shared_ptr<const CalendarDueClock>& clock_holder) {
  MOTCUA_ASSIGN_OR_RETURN(const Unit unit, store_.GetUnit(unit_code));
  MOTCUA_ASSIGN_OR_RETURN(clock_holder, calendars_.ClockFor(unit));
  ApplyContext context;
  context.clock = clock_holder.get();
  context.find_procedure = [catalog = catalog_](std::string_view code, CivilDate on) {
    return catalog->Find(code, on);
  };
  context.mode = mode;
  return context;
}

Result<DossierWrite> DossierService::ApplyNew(const Dossier& current, const Event& event,
                                              const ApplyContext& context) {
  MOTCUA_ASSIGN_OR_RETURN(Dossier next, Apply(current, event, context));
  const Procedure* procedure = catalog_->FindLatest(next.procedure_code);
  if (procedure == nullptr) return UnknownProcedure(next.procedure_code);
  return DossierWrite{std::move(next), procedure->field_code, {event}};
}

Status DossierService::Authorize(const User& officer, Permission permission, const DossierSummary& dossier) {
  Resource resource;
  resource.unit_code = dossier.unit_code;
  resource.field_code = dossier.field_code;
  if (!dossier.assignee.empty()) {
    auto assignee = store_.GetUser(dossier.assignee);
    if (assignee.ok()) resource.assignee_user_id = assignee->id;
  }
  return motcua::Authorize(PrincipalOf(officer), permission, resource);
}

Result<Dossier> DossierService::Receive(const User& officer, Intake intake, Instant now) {
  if (intake.unit.empty()) intake.unit = officer.unit_code;
  const Procedure* procedure = catalog_->Find(intake.procedure, LocalDate(now));
  if (procedure == nullptr) return UnknownProcedure(intake.procedure);
  Resource resource;
  resource.unit_code = intake.unit;
  resource.field_code = procedure->field_code;
  MOTCUA_RETURN_IF_ERROR(motcua::Authorize(PrincipalOf(officer), Permission::kReceive, resource));
  for (const SubmittedComponent& component : intake.components) {
    Event probe;
    probe.intake = Intake{};
    probe.intake->components = {component};
    MOTCUA_RETURN_IF_ERROR(CheckFilesRecorded(store_, probe));
  }
  std::shared_ptr<const CalendarDueClock> clock;
  MOTCUA_ASSIGN_OR_RETURN(const ApplyContext context, ContextFor(intake.unit, ApplyMode::kLive, clock));
  const std::string unit = intake.unit;
  return store_.CreateDossier(unit, LocalDate(now), [&](const std::string& code) -> Result<DossierWrite> {
    Event event;
    event.kind = EventKind::kReceived;
    event.code = code;
    event.at = now;
    event.by = officer.username;
    event.intake = intake;
    MOTCUA_RETURN_IF_ERROR(ValidateEvent(event));
    return ApplyNew(Dossier{}, event, context);
  });
}

Result<Dossier> DossierService::Act(const User& officer, std::string_view code, Event event, Instant now) {
  MOTCUA_ASSIGN_OR_RETURN(const DossierSummary summary, store_.GetDossierSummary(code));
  MOTCUA_RETURN_IF_ERROR(Authorize(officer, PermissionFor(EventAction(event.kind)), summary));
  if (event.intake) {
    return Status::InvalidArgument("an action on an existing dossier cannot carry an intake",
                                   "Thao tác trên hồ sơ đã có không được kèm thông tin tiếp nhận.");
  }
  if (!event.to.empty()) {
    MOTCUA_ASSIGN_OR_RETURN(const User receiver, store_.GetUser(event.to));
    if (receiver.disabled) {
      return Status::FailedPrecondition(
          "user " + receiver.username + " is disabled",
          "Tài khoản " + receiver.username + " đã bị khóa, không thể giao hồ sơ.");
    }
    if (event.to_unit.empty() && receiver.unit_code != summary.unit_code) {
      return Status::InvalidArgument(
          "user " + receiver.username + " is not in unit " + summary.unit_code,
          "Cán bộ " + receiver.username + " không thuộc đơn vị của hồ sơ; hãy ghi rõ đơn vị nhận.");
    }
  }
  event.code = std::string(code);
  event.at = now;
  event.by = officer.username;
  MOTCUA_RETURN_IF_ERROR(ValidateEvent(event));
  MOTCUA_RETURN_IF_ERROR(CheckFilesRecorded(store_, event));
  std::shared_ptr<const CalendarDueClock> clock;
  MOTCUA_ASSIGN_OR_RETURN(const ApplyContext context, ContextFor(summary.unit_code, ApplyMode::kLive, clock));
  // The stored history replays as history (it may be imported, coarser than live use); only the new event
  // must meet the live rules. Events that were live when written replay identically in either mode.
  ApplyContext history_context = context;
  history_context.mode = ApplyMode::kImport;
  return store_.UpdateDossier(code, [&](std::span<const StoredEvent> history) -> Result<DossierWrite> {
    std::vector<Event> events;
    events.reserve(history.size());
    for (const StoredEvent& stored : history) events.push_back(stored.event);
    MOTCUA_ASSIGN_OR_RETURN(const Dossier current, Replay(events, history_context));
    return ApplyNew(current, event, context);
  });
}

Result<DossierView> DossierService::Get(const User& officer, std::string_view code) {
  MOTCUA_ASSIGN_OR_RETURN(const DossierSummary summary, store_.GetDossierSummary(code));
  MOTCUA_RETURN_IF_ERROR(Authorize(officer, Permission::kViewDossier, summary));
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<StoredEvent> history, store_.GetDossierHistory(code));
  std::vector<Event> events;
  for (const StoredEvent& stored : history) events.push_back(stored.event);
  std::shared_ptr<const CalendarDueClock> clock;
  MOTCUA_ASSIGN_OR_RETURN(const ApplyContext context,
                          ContextFor(summary.unit_code, ApplyMode::kImport, clock));
  MOTCUA_ASSIGN_OR_RETURN(Dossier dossier, Replay(events, context));
  return DossierView{std::move(dossier), summary.field_code};
}

Result<std::vector<StoredEvent>> DossierService::History(const User& officer, std::string_view code) {
  MOTCUA_ASSIGN_OR_RETURN(const DossierSummary summary, store_.GetDossierSummary(code));
  MOTCUA_RETURN_IF_ERROR(Authorize(officer, Permission::kViewDossier, summary));
  return store_.GetDossierHistory(code);
}

Result<DossierPage> DossierService::List(const User& officer, DossierFilter filter) {
  const Principal principal = PrincipalOf(officer);
  Resource unit_resource;
  unit_resource.unit_code = officer.unit_code;
  // Unit-wide viewers see every field; otherwise only the fields the officer holds.
  if (!motcua::Authorize(principal, Permission::kViewDossier, unit_resource).ok()) {
    std::vector<std::string> allowed;
    for (const std::string& field : officer.fields) {
      Resource field_resource = unit_resource;
      field_resource.field_code = field;
      field_resource.assignee_user_id = officer.id;
      if (motcua::Authorize(principal, Permission::kViewDossier, field_resource).ok())
        allowed.push_back(field);
    }
    if (allowed.empty()) {
      return Status::PermissionDenied("user " + officer.username + " may not list dossiers",
                                      "Bạn không có quyền xem danh sách hồ sơ.");
    }
    if (filter.field_codes.empty()) {
      filter.field_codes = allowed;
    } else {
      for (const std::string& field : filter.field_codes) {
        if (std::find(allowed.begin(), allowed.end(), field) == allowed.end()) {
          return Status::PermissionDenied("user " + officer.username + " may not list field " + field,
                                          "Bạn không có quyền xem hồ sơ lĩnh vực " + field + ".");
        }
      }
    }
  }
  filter.unit_codes = {officer.unit_code};
  return store_.ListDossiers(filter);
}

Result<DossierSummary> DossierService::PublicLookup(std::string_view code) {
  return store_.GetDossierSummary(code);
}

Result<ImportResult> DossierService::Import(std::span<const ImportLine> lines, bool dry_run) {
  struct Pending {
    Dossier dossier;
    std::string unit;
    std::shared_ptr<const CalendarDueClock> clock;
    ApplyContext context;
    std::vector<Event> events;
  };
  std::map<std::string, Pending> dossiers;
  std::vector<std::string> order;  // codes in order of first appearance
  std::map<std::string, User> new_users;
  ImportResult result;
  auto note_actor = [&](const std::string& username, const Pending& pending, const Event& event,
                        bool is_receiver) -> Status {
    if (username.empty() || new_users.count(username)) return Status::Ok();
    auto existing = store_.GetUser(username);
    if (existing.ok()) return Status::Ok();
    if (existing.status().code() != StatusCode::kNotFound) return existing.status();
    User user;
    user.username = username;
    user.display_name = username;
    user.unit_code = pending.unit;
    user.roles = {ImportedActorRole(event.kind, is_receiver)};
    if (const Procedure* procedure = catalog_->FindLatest(pending.dossier.procedure_code)) {
      user.fields = {procedure->field_code};
    }
    user.disabled = true;
    user.created_at = event.at;
    user.updated_at = event.at;
    new_users.emplace(username, std::move(user));
    return Status::Ok();
  };
  for (const ImportLine& line : lines) {
    const Event& event = line.event;
    auto it = dossiers.find(event.code);
    if (it == dossiers.end()) {
      if (!event.intake) {
        return AtLine(Status::InvalidArgument("first event of " + event.code + " has no intake",
                                              "sự kiện đầu tiên của hồ sơ " + event.code +
                                                  " phải là tiếp nhận (có 'unit', 'procedure')."),
                      line.line);
      }
      auto existing = store_.GetDossierSummary(event.code);
      if (existing.ok()) {
        return AtLine(Status::AlreadyExists("dossier " + event.code + " already exists",
                                            "hồ sơ " + event.code + " đã có trong hệ thống."),
                      line.line);
      }
      Pending pending;
      pending.unit = event.intake->unit;
      auto context = ContextFor(pending.unit, ApplyMode::kImport, pending.clock);
      if (!context.ok()) return AtLine(context.status(), line.line);
      pending.context = *context;
      it = dossiers.emplace(event.code, std::move(pending)).first;
      order.push_back(event.code);
    }
    Pending& pending = it->second;
    auto next = Apply(pending.dossier, event, pending.context);
    if (!next.ok()) return AtLine(next.status(), line.line);
    pending.dossier = *std::move(next);
    pending.events.push_back(event);
    if (Status s = note_actor(event.by, pending, event, false); !s.ok()) return AtLine(s, line.line);
    if (Status s = note_actor(event.to, pending, event, true); !s.ok()) return AtLine(s, line.line);
    ++result.events;
  }
  std::vector<DossierWrite> writes;
  for (const std::string& code : order) {
    Pending& pending = dossiers.at(code);
    const Procedure* procedure = catalog_->FindLatest(pending.dossier.procedure_code);
    if (procedure == nullptr) return UnknownProcedure(pending.dossier.procedure_code);
    writes.push_back(
        DossierWrite{std::move(pending.dossier), procedure->field_code, std::move(pending.events)});
  }
  std::vector<User> users;
  for (auto& [name, user] : new_users) {
    result.created_users.push_back(name);
    users.push_back(std::move(user));
  }
  result.dossiers = static_cast<int>(writes.size());
  if (!dry_run) MOTCUA_RETURN_IF_ERROR(store_.ImportDossiers(users, writes));
  return result;
}

}  // namespace motcua
