#include "service/feedback_service.h"

#include <utility>

#include "auth/access.h"
#include "auth/token.h"
#include "calendar/duration.h"

namespace motcua {
namespace {

Status BadKey(std::string_view key, std::string_view log, std::string_view user) {
  std::string user_message = "Phản ánh, kiến nghị không hợp lệ: trường '";
  user_message.append(key).append("' ").append(user).append(".");
  return Status::InvalidArgument("feedback: '" + std::string(key) + "' " + std::string(log),
                                 std::move(user_message));
}

Resource UnitResource(std::string_view unit_code) {
  Resource resource;
  resource.unit_code = std::string(unit_code);
  return resource;
}

// The assignee of a feedback of the officer's own unit.
bool IsAssignee(const User& officer, const Feedback& feedback, std::string_view unit_code) {
  return !feedback.assignee.empty() && feedback.assignee == officer.username &&
         officer.unit_code == unit_code;
}

Status WrongSecret(std::string_view code) {
  return Status::PermissionDenied(
      "wrong rating secret for feedback " + std::string(code),
      "Mã bí mật không đúng. Hãy dùng mã bí mật được cấp cùng mã phản ánh, kiến nghị.");
}

}  // namespace

Result<FeedbackPolicy> FeedbackService::Policy() {
  auto setting = store_.GetSetting(kFeedbackAnswerTimeSetting);
  std::string text;
  if (setting.ok()) {
    text = *setting;
  } else if (setting.status().code() == StatusCode::kNotFound) {
    text = kDefaultFeedbackAnswerTime;
  } else {
    return setting.status();
  }
  auto duration = ParseDuration(text);
  if (!duration.ok()) {
    return Status::FailedPrecondition(
        "setting " + std::string(kFeedbackAnswerTimeSetting) + " = '" + text + "' does not parse",
        "Thiết lập thời hạn trả lời phản ánh, kiến nghị (" + std::string(kFeedbackAnswerTimeSetting) +
            ") không hợp lệ; quản trị viên cần sửa lại (ví dụ \"10 wd\").");
  }
  return FeedbackPolicy{*duration};
}

Status FeedbackService::CheckDossierReference(const std::string& unit_code, const std::string& dossier_code) {
  if (dossier_code.empty()) return Status::Ok();
  auto dossier = store_.GetDossierSummary(dossier_code);
  if (!dossier.ok()) {
    if (dossier.status().code() != StatusCode::kNotFound) return dossier.status();
    return BadKey("dossier_code", "names no dossier", "không khớp với hồ sơ nào");
  }
  if (dossier->unit_code != unit_code) {
    return BadKey("dossier_code", "names a dossier of another unit", "là hồ sơ của đơn vị khác");
  }
  return Status::Ok();
}

Status FeedbackService::CheckAssignee(const std::string& unit_code, const std::string& username) {
  auto user = store_.GetUser(username);
  if (!user.ok()) {
    if (user.status().code() != StatusCode::kNotFound) return user.status();
    return BadKey("to", "names no user", "không phải tài khoản cán bộ nào");
  }
  if (user->disabled) {
    return Status::FailedPrecondition("user " + user->username + " is disabled",
                                      "Tài khoản " + user->username + " đã bị khóa, không thể giao xử lý.");
  }
  if (user->unit_code != unit_code) {
    return BadKey("to", "names a user of another unit", "là cán bộ của đơn vị khác");
  }
  return Status::Ok();
}

Result<FeedbackReceipt> FeedbackService::Open(const std::string& unit_code, FeedbackIntake intake,
                                              Instant now) {
  auto unit = store_.GetUnit(unit_code);
  if (!unit.ok()) {
    if (unit.status().code() != StatusCode::kNotFound) return unit.status();
    return BadKey("unit", "names no unit", "không khớp với đơn vị nào");
  }
  // Communes are merged and renamed: feedback goes to a unit in force today.
  const CivilDate today = LocalDate(now);
  if (today < unit->effective_from || (unit->effective_to && today > *unit->effective_to)) {
    return BadKey("unit", "names a unit not in force on " + FormatIsoDate(today),
                  "là đơn vị không còn (hoặc chưa) hoạt động vào ngày " + FormatVnDate(today));
  }
  MOTCUA_RETURN_IF_ERROR(CheckDossierReference(unit_code, intake.dossier_code));
  MOTCUA_ASSIGN_OR_RETURN(const FeedbackPolicy policy, Policy());
  MOTCUA_ASSIGN_OR_RETURN(const std::shared_ptr<const CalendarDueClock> clock, calendars_.ClockFor(*unit));
  intake.received_at = now;
  const IssuedToken secret = IssueSessionToken();
  MOTCUA_ASSIGN_OR_RETURN(
      Feedback feedback,
      store_.CreateFeedback(unit_code, LocalDate(now), [&](const std::string& code) -> Result<NewFeedback> {
        NewFeedback created;
        created.intake = intake;
        created.intake.id = code;
        MOTCUA_ASSIGN_OR_RETURN(created.feedback, OpenFeedback(created.intake, policy, *clock));
        created.answer_time = policy.answer_time;
        created.secret_hash = secret.hash;
        return created;
      }));
  return FeedbackReceipt{std::move(feedback), secret.token};
}

Result<FeedbackReceipt> FeedbackService::Submit(std::string_view unit_code, FeedbackIntake intake,
                                                Instant now) {
  intake.channel = FeedbackChannel::kOnline;
  return Open(std::string(unit_code), std::move(intake), now);
}

Result<FeedbackReceipt> FeedbackService::Receive(const User& officer, FeedbackIntake intake, Instant now) {
  MOTCUA_RETURN_IF_ERROR(
      Authorize(PrincipalOf(officer), Permission::kReceive, UnitResource(officer.unit_code)));
  return Open(officer.unit_code, std::move(intake), now);
}

Status FeedbackService::AuthorizeView(const User& officer, const Feedback& feedback,
                                      std::string_view unit_code) {
  if (IsAssignee(officer, feedback, unit_code)) return Status::Ok();
  return Authorize(PrincipalOf(officer), Permission::kViewPersonalData, UnitResource(unit_code));
}

Status FeedbackService::AuthorizeAction(const User& officer, FeedbackAction action, const Feedback& feedback,
                                        std::string_view unit_code) {
  const Principal principal = PrincipalOf(officer);
  const Resource resource = UnitResource(unit_code);
  switch (action) {
    case FeedbackAction::kClassify:
    case FeedbackAction::kAssign:
      return Authorize(principal, Permission::kAssign, resource);
    case FeedbackAction::kAnswer:
      if (IsAssignee(officer, feedback, unit_code)) return Status::Ok();
      if (Authorize(principal, Permission::kApprove, resource).ok()) return Status::Ok();
      return Status::PermissionDenied(
          "user " + officer.username + " may not answer feedback " + feedback.id + " (not its assignee)",
          "Chỉ cán bộ được giao xử lý hoặc lãnh đạo đơn vị mới được trả lời phản ánh, kiến nghị này.");
    case FeedbackAction::kPublish:
      return Authorize(principal, Permission::kApprove, resource);
    case FeedbackAction::kDecline:
      return Authorize(principal, Permission::kRefuse, resource);
    case FeedbackAction::kRate:
      break;
  }
  return Status::PermissionDenied(
      "officer " + officer.username + " tried to rate feedback " + feedback.id,
      "Việc đánh giá mức độ hài lòng do người dân thực hiện bằng mã bí mật được cấp.");
}

std::vector<FeedbackAction> FeedbackService::AllowedActionsFor(const User& officer, const Feedback& feedback,
                                                               std::string_view unit_code) const {
  std::vector<FeedbackAction> out;
  for (FeedbackAction action : AllowedFeedbackActions(feedback.state)) {
    if (action == FeedbackAction::kRate) continue;
    if (AuthorizeAction(officer, action, feedback, unit_code).ok()) out.push_back(action);
  }
  return out;
}

Result<Feedback> FeedbackService::Act(const User& officer, std::string_view code, FeedbackStep step,
                                      Instant now) {
  if (step.action == FeedbackAction::kRate) {
    return AuthorizeAction(officer, step.action, Feedback{}, "");  // always PermissionDenied: see Rate()
  }
  // Who may act is decided on the feedback as it is inside the transaction (the assignee may just have
  // changed); the receiver of an assignment is checked first, outside it.
  MOTCUA_ASSIGN_OR_RETURN(const FeedbackSummary summary, store_.GetFeedbackSummary(code));
  if (step.action == FeedbackAction::kAssign && !step.to.empty()) {
    MOTCUA_RETURN_IF_ERROR(CheckAssignee(summary.unit_code, step.to));
  }
  step.at = now;
  step.by = officer.username;
  return store_.UpdateFeedback(code, [&](const FeedbackRecord& record) -> Result<FeedbackWrite> {
    MOTCUA_ASSIGN_OR_RETURN(const Feedback current, ReplayFeedback(record));
    MOTCUA_RETURN_IF_ERROR(AuthorizeAction(officer, step.action, current, record.unit_code));
    MOTCUA_ASSIGN_OR_RETURN(Feedback next, ApplyFeedbackStep(current, step));
    return FeedbackWrite{std::move(next), {step}};
  });
}

Result<Feedback> FeedbackService::Rate(std::string_view code, std::string_view secret,
                                       OverallSatisfaction satisfaction, Instant now) {
  // A malformed secret never reaches the store.
  if (secret.size() != kTokenSecretChars) return WrongSecret(code);
  FeedbackStep step;
  step.action = FeedbackAction::kRate;
  step.at = now;
  step.satisfaction = satisfaction;
  return store_.UpdateFeedback(code, [&](const FeedbackRecord& record) -> Result<FeedbackWrite> {
    if (!TokenMatchesHash(secret, record.secret_hash)) return WrongSecret(code);
    MOTCUA_ASSIGN_OR_RETURN(const Feedback current, ReplayFeedback(record));
    MOTCUA_ASSIGN_OR_RETURN(Feedback next, ApplyFeedbackStep(current, step));
    return FeedbackWrite{std::move(next), {step}};
  });
}

Result<FeedbackView> FeedbackService::Get(const User& officer, std::string_view code) {
  MOTCUA_ASSIGN_OR_RETURN(FeedbackRecord record, store_.GetFeedback(code));
  MOTCUA_ASSIGN_OR_RETURN(Feedback feedback, ReplayFeedback(record));
  MOTCUA_RETURN_IF_ERROR(AuthorizeView(officer, feedback, record.unit_code));
  return FeedbackView{std::move(feedback), std::move(record.unit_code), std::move(record.steps)};
}

Result<FeedbackPage> FeedbackService::List(const User& officer, FeedbackFilter filter) {
  if (!Authorize(PrincipalOf(officer), Permission::kViewPersonalData, UnitResource(officer.unit_code)).ok()) {
    // Without view rights on the unit: only what is assigned to the officer.
    if (filter.assignee && *filter.assignee != officer.username) {
      return Status::PermissionDenied(
          "user " + officer.username + " may not list feedback assigned to " + *filter.assignee,
          "Bạn chỉ được xem các phản ánh, kiến nghị được giao cho mình.");
    }
    filter.assignee = officer.username;
  }
  filter.unit_codes = {officer.unit_code};
  return store_.ListFeedback(filter);
}

Result<Feedback> FeedbackService::PublicLookup(std::string_view code) {
  MOTCUA_ASSIGN_OR_RETURN(const FeedbackRecord record, store_.GetFeedback(code));
  return ReplayFeedback(record);
}

}  // namespace motcua
