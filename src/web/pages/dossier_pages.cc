// The dossier page and its actions:
//   GET  /ho-so/{code}[?xong=<action>]       details, files, working time, Mẫu 05 rows, timeline, the
//                                            "In phiếu" links of the forms that apply (dossier_forms.h;
//                                            after an action that issues a form, that form first), and one
//                                            small form per action the officer may take now (action_forms.h)
//   POST /ho-so/{code}/thao-tac/{action}     one action (ActionId), urlencoded or multipart (the result's
//                                            file) -> 303 /ho-so/{code}?xong=<action>
// A refused action (InvalidArgument, FailedPrecondition: the lifecycle, the apology rules, a stale page)
// re-renders the page with the Vietnamese message at that action's form, the typed values kept, and
// changes nothing; a permission refusal is the 403 page. Double submission: the form's one-time token
// (once_tokens.h) and the journal length the page was drawn at (hidden field "seq", compared with the
// dossier's before acting) - see docs/pages.md.
#include <nlohmann/json.hpp>

#include "dossier/dossier_code.h"
#include "web/dossier_json.h"
#include "web/pages/action_forms.h"
#include "web/pages/dossier_forms.h"
#include "web/pages/dossier_view.h"
#include "web/pages/page_handlers.h"
#include "web/pages/page_routes.h"
#include "web/pages/view_format.h"

namespace motcua::web::pages {
namespace {

using nlohmann::json;

Result<std::string> CodeParam(const Request& request) {
  const std::string code(request.PathParam("code"));
  if (!ParseDossierCode(code).ok()) {
    return Status::NotFound("malformed dossier code",
                            "Mã hồ sơ '" + TruncateUtf8(code, 48) +
                                "' không đúng dạng <mã đơn vị>-YYMMDD-XXXX, nên không có hồ sơ này.");
  }
  return code;
}

// The session (or token user) a one-time token belongs to.
std::string OnceScope(const Caller& caller) {
  return caller.session_hash.empty() ? "user:" + std::to_string(caller.user.id) : caller.session_hash;
}

// A refused submission, to redraw at its form.
struct Refusal {
  DossierAction action = DossierAction::kAssign;
  const Form* values = nullptr;
  std::string message;
};

std::string PrintHref(const std::string& code, PrintForm form) {
  return "/ho-so/" + PercentEncode(code) + "/" + std::string(InfoOf(form).slug) + ".pdf";
}

// The form an action just taken issues, to offer it for printing at once.
std::optional<PrintForm> FormIssuedBy(DossierAction action) {
  switch (action) {
    case DossierAction::kRequestCompletion:
    case DossierAction::kRequestSupplement:
      return PrintForm::kSupplementRequest;
    case DossierAction::kRefuseAtDesk:
    case DossierAction::kReject:
      return PrintForm::kRefusal;
    case DossierAction::kApologize:
      return PrintForm::kApology;
    default:
      return std::nullopt;
  }
}

// The "In phiếu" block: each form that applies to the dossier now; and the form of the action just taken.
void AddPrintLinks(json& view, const Dossier& dossier, std::optional<PrintForm> just_issued) {
  json links = json::array();
  for (PrintForm form : ApplicableForms(dossier)) {
    const PrintFormInfo& info = InfoOf(form);
    links.push_back({{"href", PrintHref(dossier.code, form)},
                     {"title", std::string(info.title)},
                     {"number", std::string(info.number)}});
  }
  view["has_print_forms"] = !links.empty();
  view["print_forms"] = std::move(links);
  view["done_print"] = nullptr;
  if (just_issued && FormApplies(*just_issued, dossier)) {
    const PrintFormInfo& info = InfoOf(*just_issued);
    view["done_print"] = {{"href", PrintHref(dossier.code, *just_issued)},
                          {"label", "In " + std::string(info.title) + " (" + std::string(info.number) + ")"}};
  }
}

Result<Response> DrawDossier(const PageContext& context, const Caller& caller, const std::string& code,
                             int status, const std::optional<Refusal>& refusal, std::string_view done,
                             std::optional<PrintForm> just_issued = std::nullopt) {
  const User& user = caller.user;
  MOTCUA_ASSIGN_OR_RETURN(const DossierView found, context.dossiers().Get(user, code));
  const Dossier& dossier = found.dossier;
  MOTCUA_ASSIGN_OR_RETURN(std::vector<StoredEvent> history, context.dossiers().History(user, code));
  MOTCUA_ASSIGN_OR_RETURN(const Unit unit, context.store().GetUnit(dossier.unit));
  MOTCUA_ASSIGN_OR_RETURN(const std::shared_ptr<const CalendarDueClock> clock,
                          context.calendars().ClockFor(unit));

  DossierViewInput input;
  input.dossier = &dossier;
  input.field_code = found.field_code;
  input.catalog = &context.catalog();
  input.clock = clock.get();
  input.show_personal_data = MayViewPersonalData(user, dossier.unit, found.field_code, dossier.assignee);
  input.history = std::move(history);
  input.now = context.Now();
  UserFilter filter;
  filter.unit_code = dossier.unit;
  filter.include_disabled = false;
  std::vector<User> officers;
  if (auto users = context.store().ListUsers(filter); users.ok()) officers = std::move(users).value();
  for (const User& officer : officers) input.names[officer.username] = officer.display_name;
  auto note_file = [&](const std::string& sha) {
    if (input.files.contains(sha)) return;
    if (auto file = context.store().GetFile(sha); file.ok())
      input.files.emplace(sha, std::move(file).value());
  };
  for (const SubmittedComponent& component : dossier.components) {
    for (const std::string& sha : component.file_ids) note_file(sha);
  }
  if (dossier.resolution && !dossier.resolution->file_id.empty()) note_file(dossier.resolution->file_id);
  json view = DossierPageView(input);

  ActionFormContext forms;
  forms.code = code;
  forms.csrf = caller.csrf_token;
  forms.once = OnceTokens::Issue();
  forms.seq = dossier.event_count;
  forms.field_code = found.field_code;
  forms.viewer = user.username;
  for (User& officer : officers) {
    if (!officer.password_hash.empty()) forms.unit_officers.push_back(std::move(officer));
  }
  json actions = json::array();
  const DossierSummary summary = SummaryOf(dossier, found.field_code);
  for (DossierAction action : OfficerActionsFor(context.dossiers(), user, dossier, summary)) {
    const bool refused_here = refusal && refusal->action == action;
    actions.push_back(ActionFormView(action, dossier, forms, refused_here ? refusal->values : nullptr,
                                     refused_here ? std::string_view(refusal->message) : std::string_view()));
  }
  view["actions"] = std::move(actions);
  view["error"] = refusal ? json(refusal->message) : json(nullptr);
  view["done"] = TextOrNull(done);
  AddPrintLinks(view, dossier, just_issued);
  PageFrame frame;
  frame.title = "Hồ sơ " + code;
  frame.caller = &caller;
  frame.nav = "ho-so";
  return context.Page(status, "dossier", view, frame);
}

Result<Response> ShowDossier(const PageContext& context, const Request& request, const Caller& caller) {
  MOTCUA_ASSIGN_OR_RETURN(const std::string code, CodeParam(request));
  std::string done;
  std::optional<PrintForm> just_issued;
  if (auto action = ParseActionId(request.QueryParam("xong").value_or("")); action.ok()) {
    done = "Đã thực hiện: " + std::string(ActionNameVi(*action)) + ".";
    just_issued = FormIssuedBy(*action);
  }
  return DrawDossier(context, caller, code, 200, std::nullopt, done, just_issued);
}

// Runs the action; a non-OK Status means nothing was changed.
Status RunAction(const PageContext& context, const Caller& caller, const std::string& code,
                 DossierAction action, const Form& form) {
  const User& user = caller.user;
  MOTCUA_ASSIGN_OR_RETURN(const DossierView current, context.dossiers().Get(user, code));
  // Who may not take the action is told so first, whatever else is wrong with the form.
  MOTCUA_RETURN_IF_ERROR(context.dossiers().Authorize(user, PermissionFor(action),
                                                      SummaryOf(current.dossier, current.field_code)));
  const std::string seq = form.Get("seq");
  if (seq != std::to_string(current.dossier.event_count)) {
    return Status::FailedPrecondition(
        "dossier " + code + " changed since the page was drawn (seq " + seq.substr(0, 12) + " vs " +
            std::to_string(current.dossier.event_count) + ")",
        "Hồ sơ đã có thao tác mới kể từ khi bạn mở trang này, nên thao tác chưa được thực hiện. Vui lòng xem "
        "lại hồ sơ bên dưới rồi thực hiện lại nếu vẫn cần.");
  }
  std::string file_id;
  if (const UploadedFile* file = form.File("result_file");
      file != nullptr && action == DossierAction::kResultReady) {
    MOTCUA_ASSIGN_OR_RETURN(
        const FileRecord stored,
        context.files().Upload(user, file->data, file->file_name, file->content_type, context.Now()));
    file_id = stored.sha256;
  }
  MOTCUA_ASSIGN_OR_RETURN(json body, EventBodyFromForm(action, form, file_id));
  const Instant now = context.Now();
  body["event"] = std::string(EventKindId(EventKindFor(action)));
  body["code"] = code;
  body["at"] = FormatIsoInstant(now);
  body["by"] = user.username;
  MOTCUA_ASSIGN_OR_RETURN(Event event, EventFromJson(body));
  return context.dossiers().Act(user, code, std::move(event), now).status();
}

Result<Response> TakeAction(const PageContext& context, const Request& request, const Caller& caller,
                            const Form& form) {
  MOTCUA_ASSIGN_OR_RETURN(const std::string code, CodeParam(request));
  const std::string_view action_id = request.PathParam("action");
  auto action = ParseActionId(action_id);
  if (!action.ok() || !IsOfficerAction(*action)) {
    return Status::NotFound("no page action " + std::string(action_id.substr(0, 40)),
                            "Không có thao tác này trên trang hồ sơ.");
  }
  const std::string scope = OnceScope(caller);
  const std::string once = form.Get("once");
  MOTCUA_ASSIGN_OR_RETURN(const OnceTokens::Claim claim, context.once().Take(scope, once));
  const std::string done = "/ho-so/" + PercentEncode(code) + "?xong=" + std::string(ActionId(*action));
  if (claim.outcome == OnceTokens::Outcome::kDuplicate) {
    if (!claim.location.empty()) return SeeOther(claim.location);
    return Status::FailedPrecondition("action form sent twice while the first is running",
                                      "Thao tác này đã được gửi và đang được xử lý. Vui lòng chờ giây lát.");
  }
  const Status status = RunAction(context, caller, code, *action, form);
  if (status.ok()) {
    context.once().Finish(scope, once, done);
    return SeeOther(done);
  }
  context.once().Release(scope, once);
  // Who may not act sees the "no permission" page; anything else is redrawn at the form.
  if (status.code() == StatusCode::kPermissionDenied || status.code() == StatusCode::kNotFound ||
      HttpStatusFor(status.code()) >= 500) {
    return status;
  }
  return DrawDossier(context, caller, code, HttpStatusFor(status.code()),
                     Refusal{*action, &form, status.user_message()}, "");
}

}  // namespace

void AddDossierPages(Router& router, std::shared_ptr<const PageContext> context) {
  router.Get("/ho-so/{code}", OfficerPage(context, [context](const Request& request, const Caller& caller) {
               return ShowDossier(*context, request, caller);
             }));
  // Room for a result document of the file limit; other fields stay small (form.h limits).
  FormLimits limits;
  limits.multipart.max_parts = 50;
  router.Post("/ho-so/{code}/thao-tac/{action}",
              OfficerForm(
                  context,
                  [context](const Request& request, const Caller& caller, const Form& form) {
                    return TakeAction(*context, request, caller, form);
                  },
                  limits));
}

}  // namespace motcua::web::pages
