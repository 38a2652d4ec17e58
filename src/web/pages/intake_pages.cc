// The desk intake (tiếp nhận), in three steps that all work without JavaScript:
//   GET  /tiep-nhan?q=                       find the procedure by name or code (accent-insensitive)
//   GET  /tiep-nhan/{procedure}              its cases, time limit, fees and component checklist; the form
//   POST /tiep-nhan/{procedure}/xem-truoc    (multipart: scans) stores the scans, checks everything the
//                                            engine checks (ID number, components, case) by applying the
//                                            "received" event to an empty dossier, and shows the due time
//                                            and appointment before anything is saved; refused -> the form
//                                            again with the message and the values (scans kept)
//   POST /tiep-nhan/{procedure}/xac-nhan     receives the dossier (DossierService::Receive) -> 303 to
//                                            /ho-so/{code}/da-tiep-nhan; "sua" -> back to the form.
//                                            A second POST of the same confirmation creates nothing: it is
//                                            sent to the first one's success page (once_tokens.h).
//   GET  /ho-so/{code}/da-tiep-nhan          the code, the appointment, the public lookup link and the
//                                            receipt to print (Mẫu 01, print_pages.cc)
#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "base/vn_format.h"
#include "dossier/apply.h"
#include "dossier/dossier_code.h"
#include "dossier/identity.h"
#include "web/pages/form_guard.h"
#include "web/pages/intake_form.h"
#include "web/pages/page_handlers.h"
#include "web/pages/page_routes.h"
#include "web/pages/procedure_view.h"
#include "web/pages/view_format.h"

namespace motcua::web::pages {
namespace {

using nlohmann::json;

constexpr int kPerPage = 30;

Status MayReceive(const User& user) {
  if (HasGrant(user, Permission::kReceive)) return Status::Ok();
  return Status::PermissionDenied(
      "user " + user.username + " may not receive dossiers",
      "Bạn không có quyền tiếp nhận hồ sơ. Quyền này dành cho cán bộ tiếp nhận và trả "
      "kết quả.");
}

Result<const Procedure*> ProcedureParam(const PageContext& context, const Request& request) {
  const std::string_view code = request.PathParam("procedure");
  const Procedure* procedure = context.catalog().Find(code, LocalDate(context.Now()));
  if (procedure == nullptr) {
    return Status::NotFound("no procedure " + std::string(code.substr(0, 40)),
                            "Không có thủ tục mã " + TruncateUtf8(code, 40) + " đang có hiệu lực.");
  }
  return procedure;
}

// "001,002,...": the birth-registration codes a citizen ID may start with, for the as-you-type check.
const std::string& ProvinceCodes() {
  static const std::string codes = [] {
    std::string out;
    for (int code = 1; code <= 99; ++code) {
      if (!ProvinceForCitizenIdCode(code)) continue;
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "%03d", code);
      if (!out.empty()) out.push_back(',');
      out.append(buffer);
    }
    return out;
  }();
  return codes;
}

json FileList(const PageContext& context, const std::vector<std::string>& ids) {
  json out = json::array();
  for (const std::string& id : ids) {
    auto file = context.store().GetFile(id);
    out.push_back({{"id", id}, {"name", file.ok() ? file->file_name : "Tệp " + id.substr(0, 8)}});
  }
  return out;
}

Response IntakeForm(const PageContext& context, const Caller& caller, const Procedure& procedure,
                    const IntakeDraft& draft, int status, std::string_view error) {
  json view = ProcedureDetailView(procedure, context.catalog());
  json cases = json::array();
  for (size_t i = 0; i < procedure.cases.size(); ++i) {
    cases.push_back({{"number", i + 1},
                     {"name", procedure.cases[i].name},
                     {"time", DescribeDurationVi(procedure.cases[i].processing_time)},
                     {"checked", static_cast<int>(i + 1) == draft.case_number}});
  }
  json id_kinds = json::array();
  for (const auto& [value, label] :
       std::vector<std::pair<std::string, std::string>>{{"", "Tự nhận biết theo số"},
                                                        {"cccd", "Căn cước / số định danh cá nhân"},
                                                        {"passport", "Hộ chiếu Việt Nam"},
                                                        {"foreign_passport", "Hộ chiếu nước ngoài"},
                                                        {"tax_code", "Mã số thuế (tổ chức)"}}) {
    id_kinds.push_back({{"value", value}, {"label", label}, {"selected", value == draft.id_kind}});
  }
  json components = json::array();
  for (size_t i = 0; i < procedure.components.size() && i < draft.components.size(); ++i) {
    const ComponentDraft& c = draft.components[i];
    components.push_back({{"prefix", "c" + std::to_string(i) + "."},
                          {"number", i + 1},
                          {"name", procedure.components[i].name},
                          {"digitize_required", procedure.components[i].digitize_required},
                          {"received", c.received},
                          {"originals", c.originals},
                          {"copies", c.copies},
                          {"digitized", c.digitized},
                          {"files", FileList(context, c.file_ids)}});
  }
  json fees = json::array();
  for (size_t j = 0; j < procedure.fees.size() && j < draft.fees_collected.size(); ++j) {
    fees.push_back(
        {{"name", "fee" + std::to_string(j)},
         {"description", procedure.fees[j].description},
         {"amount", procedure.fees[j].amount_dong ? json(FormatVnMoney(*procedure.fees[j].amount_dong))
                                                  : json(nullptr)},
         {"collected", draft.fees_collected[j]}});
  }
  view["form_cases"] = std::move(cases);
  view["person"] = draft.applicant_kind != "organisation";
  view["organisation"] = draft.applicant_kind == "organisation";
  view["name_value"] = draft.name;
  view["id_kinds"] = std::move(id_kinds);
  view["id_number"] = draft.id_number;
  view["address"] = draft.address;
  view["phone"] = draft.phone;
  view["email"] = draft.email;
  view["form_components"] = std::move(components);
  view["has_form_fees"] = !fees.empty();
  view["form_fees"] = std::move(fees);
  view["provinces"] = ProvinceCodes();
  view["csrf"] = caller.csrf_token;
  view["preview_href"] = "/tiep-nhan/" + procedure.code + "/xem-truoc";
  view["error"] = TextOrNull(error);
  PageFrame frame;
  frame.title = "Tiếp nhận: " + procedure.name;
  frame.caller = &caller;
  frame.nav = "tiep-nhan";
  return context.Page(status, "intake_form", view, frame);
}

// The "received" event of `draft` at `now`, with a placeholder code (the store gives the real one).
Result<Event> ReceivedEvent(const Caller& caller, const IntakeDraft& draft, const Procedure& procedure,
                            Instant now) {
  json body = IntakeJson(draft, procedure);
  body["unit"] = caller.user.unit_code;
  body["channel"] = "direct";
  body["event"] = "received";
  auto placeholder = FormatDossierCode(caller.user.unit_code, LocalDate(now), 1);
  body["code"] = placeholder.ok() ? *placeholder : std::string("000.00.00.A00-000101-0001");
  body["at"] = FormatIsoInstant(now);
  body["by"] = caller.user.username;
  return EventFromJson(body);
}

// What the engine would make of the draft now: every check of a live intake, and the due times.
Result<Dossier> PreviewDossier(const PageContext& context, const Caller& caller, const IntakeDraft& draft,
                               const Procedure& procedure, Instant now) {
  MOTCUA_RETURN_IF_ERROR(CheckDraftComplete(draft));
  MOTCUA_ASSIGN_OR_RETURN(const Event event, ReceivedEvent(caller, draft, procedure, now));
  MOTCUA_ASSIGN_OR_RETURN(const Unit unit, context.store().GetUnit(caller.user.unit_code));
  MOTCUA_ASSIGN_OR_RETURN(const std::shared_ptr<const CalendarDueClock> clock,
                          context.calendars().ClockFor(unit));
  ApplyContext apply;
  apply.clock = clock.get();
  apply.find_procedure = [&context](std::string_view code, CivilDate on) {
    return context.catalog().Find(code, on);
  };
  apply.mode = ApplyMode::kLive;
  return Apply(Dossier{}, event, apply);
}

// Stores the scans attached to the form and adds them to the draft.
Status StoreScans(const PageContext& context, const Caller& caller, const Form& form, IntakeDraft& draft) {
  for (size_t i = 0; i < draft.components.size(); ++i) {
    const UploadedFile* scan = form.File("c" + std::to_string(i) + ".scan");
    if (scan == nullptr) continue;
    auto stored =
        context.files().Upload(caller.user, scan->data, scan->file_name, scan->content_type, context.Now());
    if (!stored.ok()) {
      return stored.status().WithContext("", "Thành phần " + std::to_string(i + 1) + ": ");
    }
    ComponentDraft& c = draft.components[i];
    if (std::find(c.file_ids.begin(), c.file_ids.end(), stored->sha256) == c.file_ids.end()) {
      c.file_ids.push_back(stored->sha256);
    }
    c.received = true;
    c.digitized = true;
  }
  return Status::Ok();
}

Result<Response> SearchPage(const PageContext& context, const Request& request, const Caller& caller) {
  MOTCUA_RETURN_IF_ERROR(MayReceive(caller.user));
  const std::string query = TruncateUtf8(request.QueryParam("q").value_or(""), 200);
  const int page = PageNumber(request.QueryParam("trang").value_or(""));
  const std::vector<const Procedure*> found = context.catalog().List(LocalDate(context.Now()), "", query);
  json items = json::array();
  const size_t first = static_cast<size_t>(page - 1) * kPerPage;
  for (size_t i = first; i < found.size() && i < first + kPerPage; ++i) {
    json row = ProcedureRowView(*found[i], context.catalog());
    row["intake_href"] = "/tiep-nhan/" + found[i]->code;
    items.push_back(std::move(row));
  }
  PageFrame frame;
  frame.title = "Tiếp nhận hồ sơ";
  frame.caller = &caller;
  frame.nav = "tiep-nhan";
  const json view = {
      {"q", query},
      {"items", std::move(items)},
      {"total", found.size()},
      {"pager", PagerJson(static_cast<int64_t>(found.size()), page, kPerPage, "/tiep-nhan", {{"q", query}})}};
  return context.Page(200, "intake_search", view, frame);
}

Result<Response> FormPage(const PageContext& context, const Request& request, const Caller& caller) {
  MOTCUA_RETURN_IF_ERROR(MayReceive(caller.user));
  MOTCUA_ASSIGN_OR_RETURN(const Procedure* procedure, ProcedureParam(context, request));
  IntakeDraft draft = NewDraft(*procedure);
  const std::string chosen(request.QueryParam("truong-hop").value_or(""));
  if (chosen.size() == 1 && chosen[0] >= '1' &&
      static_cast<size_t>(chosen[0] - '0') <= procedure->cases.size()) {
    draft.case_number = chosen[0] - '0';
  }
  return IntakeForm(context, caller, *procedure, draft, 200, "");
}

Result<Response> Preview(const PageContext& context, const Request& request, const Caller& caller,
                         const Form& form) {
  MOTCUA_RETURN_IF_ERROR(MayReceive(caller.user));
  MOTCUA_ASSIGN_OR_RETURN(const Procedure* procedure, ProcedureParam(context, request));
  auto read = ReadIntakeDraft(form, *procedure);
  if (!read.ok())
    return IntakeForm(context, caller, *procedure, NewDraft(*procedure), 400, read.status().user_message());
  IntakeDraft draft = std::move(read).value();
  if (Status stored = StoreScans(context, caller, form, draft); !stored.ok()) {
    return IntakeForm(context, caller, *procedure, draft, HttpStatusFor(stored.code()),
                      stored.user_message());
  }
  const Instant now = context.Now();
  auto preview = PreviewDossier(context, caller, draft, *procedure, now);
  if (!preview.ok()) {
    if (preview.status().code() == StatusCode::kPermissionDenied) return preview.status();
    return IntakeForm(context, caller, *procedure, draft, HttpStatusFor(preview.status().code()),
                      preview.status().user_message());
  }
  const Dossier& d = *preview;
  json components = json::array();
  for (const SubmittedComponent& c : d.components) {
    components.push_back({{"name", c.name},
                          {"originals", c.originals},
                          {"copies", c.copies},
                          {"digitized", c.digitized},
                          {"files", FileList(context, c.file_ids)}});
  }
  json fees = json::array();
  for (const FeeItem& fee : d.fees) {
    fees.push_back({{"description", fee.description},
                    {"amount", fee.amount_dong ? json(FormatVnMoney(*fee.amount_dong)) : json(nullptr)}});
  }
  json case_name = nullptr;
  if (procedure->cases.size() > 1) case_name = procedure->cases[static_cast<size_t>(d.case_index)].name;
  const json view = {{"procedure", ProcedureRowView(*procedure, context.catalog())},
                     {"case_name", case_name},
                     {"applicant",
                      {{"name", d.applicant.name},
                       {"id_number", TextOrNull(d.applicant.id_number)},
                       {"id_kind", TextOrNull(IdKindId(d.applicant.id_kind))},
                       {"address", TextOrNull(d.applicant.address)},
                       {"phone", TextOrNull(d.contact.phone)},
                       {"email", TextOrNull(d.contact.email)}}},
                     {"components", std::move(components)},
                     {"has_fees", !fees.empty()},
                     {"fees", std::move(fees)},
                     {"processing_time", DescribeDurationVi(d.processing_time)},
                     {"received_at", FormatVnDateTime(now)},
                     {"legal_due", VnDateTimeOrNull(d.legal_due)},
                     {"appointment", VnDateTimeOrNull(d.appointment)},
                     {"hidden", DraftHiddenFields(draft)},
                     {"csrf", caller.csrf_token},
                     {"once", OnceTokens::Issue()},
                     {"confirm_href", "/tiep-nhan/" + procedure->code + "/xac-nhan"}};
  PageFrame frame;
  frame.title = "Xem trước: " + procedure->name;
  frame.caller = &caller;
  frame.nav = "tiep-nhan";
  return context.Page(200, "intake_preview", view, frame);
}

Result<Response> Confirm(const PageContext& context, const Request& request, const Caller& caller,
                         const Form& form) {
  MOTCUA_RETURN_IF_ERROR(MayReceive(caller.user));
  MOTCUA_ASSIGN_OR_RETURN(const Procedure* procedure, ProcedureParam(context, request));
  auto read = ReadIntakeDraft(form, *procedure);
  if (!read.ok())
    return IntakeForm(context, caller, *procedure, NewDraft(*procedure), 400, read.status().user_message());
  const IntakeDraft draft = std::move(read).value();
  if (!form.Get("sua").empty()) return IntakeForm(context, caller, *procedure, draft, 200, "");
  const std::string scope =
      caller.session_hash.empty() ? "user:" + std::to_string(caller.user.id) : caller.session_hash;
  const std::string once = form.Get("once");
  MOTCUA_ASSIGN_OR_RETURN(const OnceTokens::Claim claim, context.once().Take(scope, once));
  if (claim.outcome == OnceTokens::Outcome::kDuplicate) {
    if (!claim.location.empty()) return SeeOther(claim.location);
    return Status::FailedPrecondition(
        "intake confirmed twice while the first is running",
        "Hồ sơ này đang được tiếp nhận. Vui lòng chờ giây lát rồi xem danh sách hồ sơ.");
  }
  const Instant now = context.Now();
  Result<Dossier> received = [&]() -> Result<Dossier> {
    MOTCUA_RETURN_IF_ERROR(CheckDraftComplete(draft));
    MOTCUA_ASSIGN_OR_RETURN(Event event, ReceivedEvent(caller, draft, *procedure, now));
    return context.dossiers().Receive(caller.user, std::move(*event.intake), now);
  }();
  if (!received.ok()) {
    context.once().Release(scope, once);
    if (received.status().code() == StatusCode::kPermissionDenied) return received.status();
    return IntakeForm(context, caller, *procedure, draft, HttpStatusFor(received.status().code()),
                      received.status().user_message());
  }
  const std::string location = "/ho-so/" + PercentEncode(received->code) + "/da-tiep-nhan";
  context.once().Finish(scope, once, location);
  return SeeOther(location);
}

Result<Response> Received(const PageContext& context, const Request& request, const Caller& caller) {
  const std::string code(request.PathParam("code"));
  if (!ParseDossierCode(code).ok()) return Status::NotFound("malformed code", "Không có hồ sơ này.");
  MOTCUA_ASSIGN_OR_RETURN(const DossierView found, context.dossiers().Get(caller.user, code));
  const Dossier& d = found.dossier;
  const Procedure* procedure = context.catalog().FindLatest(d.procedure_code);
  PageFrame frame;
  frame.title = "Đã tiếp nhận hồ sơ " + code;
  frame.caller = &caller;
  frame.nav = "tiep-nhan";
  const json view = {
      {"code", code},
      {"procedure", procedure ? procedure->name : d.procedure_code},
      {"applicant", d.applicant.name},
      {"received_at", VnDateTimeOrNull(d.received_at)},
      {"appointment", VnDateTimeOrNull(d.appointment)},
      {"lookup_href", "/tra-cuu/" + PercentEncode(code)},
      {"receipt_href", d.received_at ? json("/ho-so/" + PercentEncode(code) + "/mau-01.pdf") : json(nullptr)},
      {"dossier_href", "/ho-so/" + PercentEncode(code)}};
  return context.Page(200, "intake_done", view, frame);
}

}  // namespace

void AddIntakePages(Router& router, std::shared_ptr<const PageContext> context) {
  router.Get("/tiep-nhan", OfficerPage(context, [context](const Request& request, const Caller& caller) {
               return SearchPage(*context, request, caller);
             }));
  router.Get("/tiep-nhan/{procedure}",
             OfficerPage(context, [context](const Request& request, const Caller& caller) {
               return FormPage(*context, request, caller);
             }));
  // Scans of every component in one form: room for many parts; the file limit is FileService's.
  FormLimits limits;
  limits.multipart.max_parts = 400;
  router.Post("/tiep-nhan/{procedure}/xem-truoc",
              OfficerForm(
                  context,
                  [context](const Request& request, const Caller& caller, const Form& form) {
                    return Preview(*context, request, caller, form);
                  },
                  limits));
  router.Post("/tiep-nhan/{procedure}/xac-nhan",
              OfficerForm(
                  context,
                  [context](const Request& request, const Caller& caller, const Form& form) {
                    return Confirm(*context, request, caller, form);
                  },
                  limits));
  router.Get("/ho-so/{code}/da-tiep-nhan",
             OfficerPage(context, [context](const Request& request, const Caller& caller) {
               return Received(*context, request, caller);
             }));
}

}  // namespace motcua::web::pages
