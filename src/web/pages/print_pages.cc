// The printable one-stop forms (docs/pages.md "Printing"):
//   GET /ho-so/{code}/mau-01.pdf ... mau-05.pdf   Mẫu 01-05 of the dossier (dossier_forms.h says which
//                                                 apply); who may view the dossier may print them; a form
//                                                 that does not apply -> the 404 page saying why
//   GET /so-theo-doi?tu=dd/mm/yyyy&den=dd/mm/yyyy Mẫu 06 on screen for the officer's unit (unit-wide viewers:
//                                                 desk, leader, clerk, administrator), 50 rows a page, with
//                                                 the date-range form (default: the current month)
//   GET /so-theo-doi.pdf, /so-theo-doi.xlsx        the whole range as A4 landscape PDF / XLSX
// Documents are answered with their Content-Type, a Content-Disposition naming the dossier code (or the
// range) and Cache-Control: no-store (personal data on shared office PCs).
#include <nlohmann/json.hpp>
#include <set>

#include "dossier/dossier_code.h"
#include "web/dossier_json.h"
#include "web/pages/dossier_forms.h"
#include "web/pages/ledger_range.h"
#include "web/pages/lookup_url.h"
#include "web/pages/page_handlers.h"
#include "web/pages/page_routes.h"
#include "web/pages/view_format.h"

namespace motcua::web::pages {
namespace {

using nlohmann::json;

constexpr int kLedgerPerPage = 50;  // rows of long procedure names: keeps the page under 100 KB
// A ledger document is built in memory from every dossier of the range; a unit-year of a commune is a few
// thousand. More than this asks for a shorter range rather than holding the server.
constexpr int64_t kMaxLedgerRows = 5000;
constexpr std::string_view kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

Result<std::string> CodeParam(const Request& request) {
  const std::string code(request.PathParam("code"));
  if (!ParseDossierCode(code).ok()) {
    return Status::NotFound("malformed dossier code",
                            "Mã hồ sơ '" + TruncateUtf8(code, 48) +
                                "' không đúng dạng <mã đơn vị>-YYMMDD-XXXX, nên không có hồ sơ này.");
  }
  return code;
}

// Only [A-Za-z0-9.-] survive (dossier codes already are), so the quoted filename needs no escaping.
std::string SafeFileName(std::string_view name) {
  std::string out;
  for (char c : name) {
    const bool keep =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    out.push_back(keep ? c : '-');
  }
  return out;
}

Response DocumentResponse(std::string bytes, std::string_view content_type, std::string_view disposition,
                          std::string_view file_name) {
  Response response;
  response.status = 200;
  response.content_type = std::string(content_type);
  response.body = std::move(bytes);
  response.headers.Set("Content-Disposition",
                       std::string(disposition) + "; filename=\"" + SafeFileName(file_name) + "\"");
  response.headers.Set("Cache-Control", "no-store");
  response.headers.Set("Referrer-Policy", "same-origin");
  return response;
}

std::map<std::string, std::string> DisplayNames(Store& store, const std::string& unit_code) {
  std::map<std::string, std::string> names;
  UserFilter filter;
  filter.unit_code = unit_code;
  filter.include_disabled = true;  // names of officers who have left still print on old dossiers
  if (auto users = store.ListUsers(filter); users.ok()) {
    for (const User& user : *users) names[user.username] = user.display_name;
  }
  return names;
}

std::map<std::string, std::string> UnitNames(Store& store) {
  std::map<std::string, std::string> names;
  if (auto units = store.ListUnits(UnitFilter{}); units.ok()) {
    for (const Unit& unit : *units) names[unit.code] = unit.name;
  }
  return names;
}

// The unit and its parent, kept together for FormSource's pointers.
struct UnitPair {
  Unit unit;
  std::optional<Unit> parent;
};

Result<UnitPair> LoadUnit(Store& store, const std::string& code) {
  UnitPair pair;
  MOTCUA_ASSIGN_OR_RETURN(pair.unit, store.GetUnit(code));
  if (pair.unit.parent_code) {
    if (auto parent = store.GetUnit(*pair.unit.parent_code); parent.ok())
      pair.parent = std::move(parent).value();
  }
  return pair;
}

const Procedure* ProcedureOf(const PageContext& context, const Dossier& dossier) {
  const std::optional<Instant> dated = dossier.received_at ? dossier.received_at : dossier.submitted_at;
  const Procedure* procedure =
      dated ? context.catalog().Find(dossier.procedure_code, LocalDate(*dated)) : nullptr;
  return procedure != nullptr ? procedure : context.catalog().FindLatest(dossier.procedure_code);
}

Result<Response> PrintDossierForm(const PageContext& context, const Request& request, const Caller& caller,
                                  PrintForm form) {
  MOTCUA_ASSIGN_OR_RETURN(const std::string code, CodeParam(request));
  // Get decides who may see the dossier (403 otherwise), exactly as for the dossier page.
  MOTCUA_ASSIGN_OR_RETURN(const DossierView found, context.dossiers().Get(caller.user, code));
  const Dossier& dossier = found.dossier;
  MOTCUA_ASSIGN_OR_RETURN(const UnitPair units, LoadUnit(context.store(), dossier.unit));
  FormSource source;
  source.dossier = &dossier;
  source.procedure = ProcedureOf(context, dossier);
  source.unit = &units.unit;
  source.parent = units.parent ? &*units.parent : nullptr;
  source.names = DisplayNames(context.store(), dossier.unit);
  source.unit_names = UnitNames(context.store());
  source.show_personal_data =
      MayViewPersonalData(caller.user, dossier.unit, found.field_code, dossier.assignee);
  if (form == PrintForm::kReceipt && FormApplies(form, dossier)) {
    std::string configured;
    if (auto setting = context.store().GetSetting(kPublicUrlSetting); setting.ok()) configured = *setting;
    MOTCUA_ASSIGN_OR_RETURN(source.lookup_url, LookupUrl(code, configured, request.headers.Get("Host"),
                                                         context.auth().options().secure_cookie));
  }
  MOTCUA_ASSIGN_OR_RETURN(std::string pdf, RenderPrintForm(form, source));
  const PrintFormInfo& info = InfoOf(form);
  return DocumentResponse(std::move(pdf), "application/pdf", "inline",
                          std::string(info.slug) + "-" + code + ".pdf");
}

Status MayViewLedger(const User& user) {
  if (HasUnitGrant(user, Permission::kViewDossier)) return Status::Ok();
  return Status::PermissionDenied("user " + user.username + " may not view the unit's ledger",
                                  "Bạn không có quyền xem sổ theo dõi hồ sơ của đơn vị. Sổ dành cho cán bộ "
                                  "tiếp nhận và trả kết quả, lãnh đạo, văn thư và quản trị.");
}

DossierFilter LedgerFilter(const LedgerRange& range) {
  DossierFilter filter;
  filter.received_from = FromLocal(range.from, 0);
  filter.received_to = FromLocal(AddDays(range.to, 1), 0);
  filter.sort = DossierSort::kReceivedAsc;
  return filter;
}

// The ledger rows of `summaries` (each dossier replayed: the rows need its hand-overs and return).
Result<std::vector<forms::LedgerRow>> LedgerRows(const PageContext& context, const Caller& caller,
                                                 const UnitPair& units,
                                                 const std::map<std::string, std::string>& names,
                                                 const std::vector<DossierSummary>& summaries) {
  std::vector<forms::LedgerRow> rows;
  rows.reserve(summaries.size());
  for (const DossierSummary& summary : summaries) {
    MOTCUA_ASSIGN_OR_RETURN(const DossierView found, context.dossiers().Get(caller.user, summary.code));
    FormSource source;
    source.dossier = &found.dossier;
    source.procedure = ProcedureOf(context, found.dossier);
    source.unit = &units.unit;
    source.parent = units.parent ? &*units.parent : nullptr;
    source.names = names;
    source.show_personal_data =
        MayViewPersonalData(caller.user, found.dossier.unit, found.field_code, found.dossier.assignee);
    rows.push_back(LedgerRowFor(source));
  }
  return rows;
}

// Every dossier of the range, in receipt order.
Result<std::vector<DossierSummary>> AllInRange(const PageContext& context, const User& user,
                                               const LedgerRange& range) {
  DossierFilter filter = LedgerFilter(range);
  filter.limit = kMaxDossierPage;
  std::vector<DossierSummary> out;
  std::set<std::string> seen;  // a dossier received while paging must not appear twice
  for (filter.offset = 0;; filter.offset += filter.limit) {
    MOTCUA_ASSIGN_OR_RETURN(DossierPage page, context.dossiers().List(user, filter));
    if (page.total > kMaxLedgerRows) {
      return Status::InvalidArgument("ledger range has " + std::to_string(page.total) + " dossiers",
                                     "Từ " + FormatVnDate(range.from) + " đến " + FormatVnDate(range.to) +
                                         " có " + std::to_string(page.total) + " hồ sơ, nhiều hơn " +
                                         std::to_string(kMaxLedgerRows) +
                                         " hồ sơ một lần in. Vui lòng chọn khoảng thời gian ngắn hơn.");
    }
    for (DossierSummary& summary : page.items) {
      if (seen.insert(summary.code).second) out.push_back(std::move(summary));
    }
    if (page.items.size() < static_cast<size_t>(filter.limit)) break;
  }
  return out;
}

Result<forms::LedgerForm> LedgerDocument(const PageContext& context, const Request& request,
                                         const Caller& caller) {
  MOTCUA_RETURN_IF_ERROR(MayViewLedger(caller.user));
  MOTCUA_ASSIGN_OR_RETURN(
      const LedgerRange range,
      ParseLedgerRange(request.QueryParam("tu"), request.QueryParam("den"), LocalDate(context.Now())));
  MOTCUA_ASSIGN_OR_RETURN(const UnitPair units, LoadUnit(context.store(), caller.user.unit_code));
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<DossierSummary> summaries,
                          AllInRange(context, caller.user, range));
  forms::LedgerForm form;
  form.issuer = DeskIssuer(units.unit, units.parent ? &*units.parent : nullptr);
  form.from = range.from;
  form.to = range.to;
  form.issued_on = LocalDate(context.Now());
  MOTCUA_ASSIGN_OR_RETURN(
      form.rows,
      LedgerRows(context, caller, units, DisplayNames(context.store(), caller.user.unit_code), summaries));
  return form;
}

std::string RangeFileName(const forms::LedgerForm& form) {
  auto compact = [](CivilDate date) {
    std::string iso = FormatIsoDate(date);
    std::erase(iso, '-');
    return iso;
  };
  return "so-theo-doi-" + compact(form.from) + "-" + compact(form.to);
}

json OptionalDate(const std::optional<Instant>& instant) { return VnDateOrNull(instant); }

json LedgerRowView(const forms::LedgerRow& row, int64_t number) {
  return {{"number", number},
          {"code", row.dossier_code},
          {"href", "/ho-so/" + PercentEncode(row.dossier_code)},
          {"procedure", row.procedure_name},
          {"sets", row.sets},
          {"applicant", row.applicant_name},
          {"address", TextOrNull(row.address_and_phone)},
          {"lead_unit", row.lead_unit},
          {"received_at", FormatVnDateTime(row.received_at)},
          {"appointment_at", FormatVnDateTime(row.appointment_at)},
          {"forwarded_at", OptionalDate(row.forwarded_at)},
          {"result_received_at", OptionalDate(row.result_received_at)},
          {"returned_at", OptionalDate(row.returned_at)},
          {"recipient", TextOrNull(row.recipient)},
          {"note", TextOrNull(row.note)}};
}

Result<Response> LedgerPage(const PageContext& context, const Request& request, const Caller& caller) {
  MOTCUA_RETURN_IF_ERROR(MayViewLedger(caller.user));
  const std::string from_text(TruncateUtf8(request.QueryParam("tu").value_or(""), 40));
  const std::string to_text(TruncateUtf8(request.QueryParam("den").value_or(""), 40));
  json view = {{"from", from_text},
               {"to", to_text},
               {"error", nullptr},
               {"rows", json::array()},
               {"has_range", false}};
  PageFrame frame;
  frame.title = "Sổ theo dõi hồ sơ";
  frame.caller = &caller;
  frame.nav = "so-theo-doi";
  const Result<LedgerRange> range =
      ParseLedgerRange(request.QueryParam("tu"), request.QueryParam("den"), LocalDate(context.Now()));
  if (!range.ok()) {
    if (range.status().code() != StatusCode::kInvalidArgument) return range.status();
    view["error"] = range.status().user_message();
    return context.Page(400, "ledger", view, frame);
  }
  view["from"] = FormatVnDate(range->from);
  view["to"] = FormatVnDate(range->to);
  view["has_range"] = true;
  const std::string query = LedgerQuery(*range);
  view["pdf_href"] = "/so-theo-doi.pdf" + query;
  view["xlsx_href"] = "/so-theo-doi.xlsx" + query;

  MOTCUA_ASSIGN_OR_RETURN(const UnitPair units, LoadUnit(context.store(), caller.user.unit_code));
  view["unit"] = units.unit.name;
  const int page = PageNumber(request.QueryParam("trang").value_or(""));
  DossierFilter filter = LedgerFilter(*range);
  filter.limit = kLedgerPerPage;
  filter.offset = (page - 1) * kLedgerPerPage;
  MOTCUA_ASSIGN_OR_RETURN(const DossierPage found, context.dossiers().List(caller.user, filter));
  MOTCUA_ASSIGN_OR_RETURN(
      const std::vector<forms::LedgerRow> rows,
      LedgerRows(context, caller, units, DisplayNames(context.store(), caller.user.unit_code), found.items));
  json row_views = json::array();
  for (size_t i = 0; i < rows.size(); ++i) {
    row_views.push_back(LedgerRowView(rows[i], filter.offset + static_cast<int64_t>(i) + 1));
  }
  view["rows"] = std::move(row_views);
  view["total"] = found.total;
  view["too_many"] = found.total > kMaxLedgerRows;
  view["max_rows"] = kMaxLedgerRows;
  view["pager"] = PagerJson(found.total, page, kLedgerPerPage, "/so-theo-doi",
                            {{"tu", FormatVnDate(range->from)}, {"den", FormatVnDate(range->to)}});
  return context.Page(200, "ledger", view, frame);
}

Result<Response> LedgerPdf(const PageContext& context, const Request& request, const Caller& caller) {
  MOTCUA_ASSIGN_OR_RETURN(const forms::LedgerForm form, LedgerDocument(context, request, caller));
  MOTCUA_ASSIGN_OR_RETURN(std::string pdf, forms::RenderLedgerPdf(form));
  return DocumentResponse(std::move(pdf), "application/pdf", "inline", RangeFileName(form) + ".pdf");
}

Result<Response> LedgerXlsx(const PageContext& context, const Request& request, const Caller& caller) {
  MOTCUA_ASSIGN_OR_RETURN(const forms::LedgerForm form, LedgerDocument(context, request, caller));
  MOTCUA_ASSIGN_OR_RETURN(std::string xlsx, forms::RenderLedgerXlsx(form));
  return DocumentResponse(std::move(xlsx), kXlsxType, "attachment", RangeFileName(form) + ".xlsx");
}

}  // namespace

void AddPrintPages(Router& router, std::shared_ptr<const PageContext> context) {
  for (const PrintFormInfo& info : AllPrintForms()) {
    const PrintForm form = info.form;
    router.Get("/ho-so/{code}/" + std::string(info.slug) + ".pdf",
               OfficerPage(context, [context, form](const Request& request, const Caller& caller) {
                 return PrintDossierForm(*context, request, caller, form);
               }));
  }
  router.Get("/so-theo-doi", OfficerPage(context, [context](const Request& request, const Caller& caller) {
               return LedgerPage(*context, request, caller);
             }));
  router.Get("/so-theo-doi.pdf",
             OfficerPage(context, [context](const Request& request, const Caller& caller) {
               return LedgerPdf(*context, request, caller);
             }));
  router.Get("/so-theo-doi.xlsx",
             OfficerPage(context, [context](const Request& request, const Caller& caller) {
               return LedgerXlsx(*context, request, caller);
             }));
}

}  // namespace motcua::web::pages
