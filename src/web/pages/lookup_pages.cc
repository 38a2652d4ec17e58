// The public dossier lookup, no sign-in:
//   GET /tra-cuu?ma=CODE   the lookup form; with a well-formed code, 303 to the dossier's page
//   GET /tra-cuu/{code}    status, procedure, receipt and due dates, and the steps done with their dates.
//                          This path is stable: the QR code on the receipt (Mẫu 01) opens it.
// Nothing personal is shown: no applicant, no officer names, no notes or reasons (which may name people):
// only the national status, the procedure and, per journal event, its action's official name and time.
#include <nlohmann/json.hpp>

#include "dossier/dossier_code.h"
#include "web/pages/page_handlers.h"
#include "web/pages/page_routes.h"
#include "web/pages/view_format.h"

namespace motcua::web::pages {
namespace {

using nlohmann::json;

Status BadCode(std::string_view code) {
  const std::string shown = TruncateUtf8(code, 48);
  return Status::InvalidArgument("malformed dossier code '" + shown + "'",
                                 "Mã hồ sơ '" + shown +
                                     "' không đúng dạng. Mã hồ sơ có dạng <mã đơn vị>-YYMMDD-XXXX, ví dụ "
                                     "000.00.20.H31-251001-0001 (in trên Giấy tiếp nhận hồ sơ).");
}

// Upper-cased and without surrounding spaces: codes are typed from paper.
std::string CleanCode(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '\t') continue;
    out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  }
  return out;
}

json PublicSteps(const std::vector<StoredEvent>& history) {
  json steps = json::array();
  for (const StoredEvent& stored : history) {
    const Event& event = stored.event;
    json step = {{"at", FormatVnDateTime(event.at)},
                 {"name", std::string(ActionNameVi(EventAction(event.kind)))},
                 {"detail", nullptr}};
    // The new appointment is the citizen's to know; the reason for the delay is not shown (it may name
    // people).
    if (event.kind == EventKind::kExtended && event.new_due) {
      step["detail"] = "Hẹn trả kết quả mới: " + FormatVnDateTime(*event.new_due);
    }
    steps.push_back(std::move(step));
  }
  return steps;
}

Result<Response> LookupForm(const PageContext& context, const Request& request,
                            const std::optional<Caller>& viewer) {
  const std::string code = CleanCode(request.QueryParam("ma").value_or(""));
  PageFrame frame;
  frame.title = "Tra cứu hồ sơ";
  frame.caller = viewer ? &*viewer : nullptr;
  frame.nav = "tra-cuu";
  frame.cache_control = viewer ? "no-store" : "no-cache";
  json view = {{"code", code}, {"error", nullptr}};
  int status = 200;
  if (!code.empty()) {
    if (ParseDossierCode(code).ok()) return SeeOther("/tra-cuu/" + PercentEncode(code));
    view["error"] = BadCode(code).user_message();
    status = 400;
  }
  return context.Page(status, "lookup", view, frame);
}

Result<Response> LookupDossier(const PageContext& context, const Request& request,
                               const std::optional<Caller>& viewer) {
  const std::string code(request.PathParam("code"));
  if (!ParseDossierCode(code).ok()) return BadCode(code);
  auto summary = context.dossiers().PublicLookup(code);
  if (!summary.ok()) {
    if (summary.status().code() != StatusCode::kNotFound) return summary.status();
    return Status::NotFound("no dossier " + code, "Không tìm thấy hồ sơ có mã " + code +
                                                      ". Vui lòng kiểm tra lại mã trên Giấy tiếp "
                                                      "nhận hồ sơ.");
  }
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<StoredEvent> history, context.store().GetDossierHistory(code));
  const int status_code = NationalStatusCode(summary->state);
  const std::optional<Instant> dated = summary->received_at ? summary->received_at : summary->submitted_at;
  const Procedure* procedure =
      dated ? context.catalog().Find(summary->procedure_code, LocalDate(*dated)) : nullptr;
  if (procedure == nullptr) procedure = context.catalog().FindLatest(summary->procedure_code);
  PageFrame frame;
  frame.title = "Hồ sơ " + code;
  frame.caller = viewer ? &*viewer : nullptr;
  frame.nav = "tra-cuu";
  frame.cache_control = viewer ? "no-store" : "no-cache";
  const bool open = !IsFinal(summary->state) && summary->state != DossierState::kResolved;
  const json view = {
      {"code", code},
      {"procedure", {{"code", summary->procedure_code}, {"name", procedure ? procedure->name : ""}}},
      {"status", {{"code", status_code}, {"name", std::string(NationalStatusName(status_code))}}},
      {"received_at", VnDateTimeOrNull(summary->received_at)},
      {"appointment", VnDateTimeOrNull(summary->appointment)},
      {"apologised", summary->apologised},
      {"paused", summary->paused},
      {"open", open},
      {"resolved_at", VnDateTimeOrNull(summary->resolved_at)},
      {"returned_at", VnDateTimeOrNull(summary->returned_at)},
      {"closed_at", VnDateTimeOrNull(summary->closed_at)},
      {"steps", PublicSteps(history)},
      {"officer_link", viewer ? json("/ho-so/" + PercentEncode(code)) : json(nullptr)}};
  return context.Page(200, "lookup_dossier", view, frame);
}

}  // namespace

void AddLookupPages(Router& router, std::shared_ptr<const PageContext> context) {
  router.Get("/tra-cuu",
             PublicPage(context, [context](const Request& request, const std::optional<Caller>& viewer) {
               return LookupForm(*context, request, viewer);
             }));
  router.Get("/tra-cuu/{code}",
             PublicPage(context, [context](const Request& request, const std::optional<Caller>& viewer) {
               return LookupDossier(*context, request, viewer);
             }));
}

}  // namespace motcua::web::pages
