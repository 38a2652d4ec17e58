// The officers' work lists (work_lists.h) and the per-field table:
//   GET /ho-so?ds=&linh-vuc=&trang-thai=&q=&sap-xep=&trang=
//       one list with the count of every list, filters (field, status), search by code, applicant name or
//       ID number (accent-insensitive: the store's text search), sorting and 25 rows a page. What the
//       officer may see is DossierService::List's decision (a specialist: their fields only); ID numbers are
//       masked unless the officer may view the dossier's personal data.
//   GET /ho-so/theo-linh-vuc
//       for officers who see the whole unit (leaders, desk, clerk, administrator): per field, the open,
//       overdue, due-today, waiting and to-return counts, each linking to the filtered list.
#include <map>
#include <nlohmann/json.hpp>

#include "auth/personal_data.h"
#include "web/dossier_json.h"
#include "web/pages/page_handlers.h"
#include "web/pages/page_routes.h"
#include "web/pages/view_format.h"
#include "web/pages/work_lists.h"

namespace motcua::web::pages {
namespace {

using nlohmann::json;

constexpr int kPerPage = 25;
constexpr size_t kMaxQuery = 200;

struct SortOption {
  std::string_view key;
  std::string_view label;
  DossierSort sort;
};
constexpr SortOption kSorts[] = {{"moi-nhat", "Mới tiếp nhận trước", DossierSort::kReceivedDesc},
                                 {"han-som", "Hạn giải quyết sớm trước", DossierSort::kDueAsc},
                                 {"cu-nhat", "Tiếp nhận cũ trước", DossierSort::kReceivedAsc},
                                 {"ma", "Theo mã hồ sơ", DossierSort::kCode}};

std::map<std::string, std::string> DisplayNames(Store& store, const std::string& unit_code) {
  std::map<std::string, std::string> names;
  UserFilter filter;
  filter.unit_code = unit_code;
  if (auto users = store.ListUsers(filter); users.ok()) {
    for (const User& user : *users) names[user.username] = user.display_name;
  }
  return names;
}

std::string NameOf(const std::map<std::string, std::string>& names, const std::string& username) {
  auto it = names.find(username);
  return it == names.end() ? username : it->second;
}

json Row(const DossierSummary& summary, const PageContext& context, const User& viewer,
         const std::map<std::string, std::string>& names, Instant now) {
  const bool personal = MayViewPersonalData(viewer, summary.unit_code, summary.field_code, summary.assignee);
  const std::optional<Instant> dated = summary.received_at ? summary.received_at : summary.submitted_at;
  const Procedure* procedure =
      dated ? context.catalog().Find(summary.procedure_code, LocalDate(*dated)) : nullptr;
  if (procedure == nullptr) procedure = context.catalog().FindLatest(summary.procedure_code);
  const bool open = !IsFinal(summary.state) && summary.state != DossierState::kResolved;
  const bool overdue = open && !summary.paused && summary.legal_due && *summary.legal_due < now;
  const std::string id =
      summary.applicant_id_number.empty()
          ? std::string()
          : (personal ? summary.applicant_id_number : MaskIdentifier(summary.applicant_id_number));
  return {{"code", summary.code},
          {"href", "/ho-so/" + PercentEncode(summary.code)},
          {"procedure", procedure ? procedure->name : summary.procedure_code},
          {"applicant", summary.applicant_name},
          {"id_number", TextOrNull(id)},
          {"status", std::string(StateNameVi(summary.state))},
          {"received_at", VnDateOrNull(summary.received_at)},
          {"legal_due", VnDateTimeOrNull(summary.legal_due)},
          {"overdue", overdue},
          {"paused", summary.paused},
          {"assignee", summary.assignee.empty() ? json(nullptr) : json(NameOf(names, summary.assignee))}};
}

// The count of `filter`'s dossiers (one LIMIT 1 query).
int64_t Count(const PageContext& context, const User& user, DossierFilter filter) {
  filter.limit = 1;
  filter.offset = 0;
  auto page = context.dossiers().List(user, std::move(filter));
  return page.ok() ? page->total : 0;
}

Result<std::shared_ptr<const CalendarDueClock>> UnitClock(const PageContext& context, const User& user) {
  MOTCUA_ASSIGN_OR_RETURN(const Unit unit, context.store().GetUnit(user.unit_code));
  return context.calendars().ClockFor(unit);
}

Result<Response> ListPage(const PageContext& context, const Request& request, const Caller& caller) {
  const User& user = caller.user;
  const Instant now = context.Now();
  MOTCUA_ASSIGN_OR_RETURN(const std::shared_ptr<const CalendarDueClock> clock, UnitClock(context, user));
  const bool specialist_only = !HasUnitGrant(user, Permission::kViewDossier);
  std::string list_key(request.QueryParam("ds").value_or(specialist_only ? "cua-toi" : "tat-ca"));
  if (FindWorkList(list_key) == nullptr) list_key = "tat-ca";
  std::string field(request.QueryParam("linh-vuc").value_or(""));
  if (!field.empty() && context.catalog().FindField(field) == nullptr) field.clear();
  std::string state_id(request.QueryParam("trang-thai").value_or(""));
  auto state = ParseStateId(state_id);
  if (!state.ok() || *state == DossierState::kNone) state_id.clear();
  const std::string query = TruncateUtf8(request.QueryParam("q").value_or(""), kMaxQuery);
  std::string sort_key(request.QueryParam("sap-xep").value_or("moi-nhat"));
  DossierSort sort = DossierSort::kReceivedDesc;
  bool sort_known = false;
  for (const SortOption& option : kSorts) {
    if (option.key == sort_key) {
      sort = option.sort;
      sort_known = true;
    }
  }
  if (!sort_known) sort_key = "moi-nhat";
  const int page = PageNumber(request.QueryParam("trang").value_or(""));

  // The officer's own fields narrow the field choice of a specialist.
  json field_options = json::array();
  for (const Field& f : context.catalog().fields()) {
    if (specialist_only && std::find(user.fields.begin(), user.fields.end(), f.code) == user.fields.end())
      continue;
    field_options.push_back({{"code", f.code}, {"name", f.name}, {"selected", f.code == field}});
  }
  json state_options = json::array();
  for (int i = 1; i < kDossierStateCount; ++i) {
    const auto s = static_cast<DossierState>(i);
    state_options.push_back({{"id", std::string(StateId(s))},
                             {"name", std::string(StateNameVi(s))},
                             {"selected", !state_id.empty() && StateId(s) == state_id}});
  }
  json sort_options = json::array();
  for (const SortOption& option : kSorts) {
    sort_options.push_back(
        {{"key", option.key}, {"label", option.label}, {"selected", option.key == sort_key}});
  }

  auto with_filters = [&](DossierFilter filter) {
    if (!field.empty()) filter.field_codes = {field};
    filter.text = query;
    return filter;
  };
  json tabs = json::array();
  for (const WorkList& list : WorkLists()) {
    MOTCUA_ASSIGN_OR_RETURN(DossierFilter filter, WorkListFilter(list.key, user.username, now, *clock));
    filter = with_filters(std::move(filter));
    const bool possible = state_id.empty() || NarrowToState(filter, *state);
    tabs.push_back({{"key", list.key},
                    {"label", list.label},
                    {"count", possible ? Count(context, user, filter) : 0},
                    {"href", "/ho-so" + QueryString({{"ds", std::string(list.key)},
                                                     {"linh-vuc", field},
                                                     {"trang-thai", state_id},
                                                     {"q", query},
                                                     {"sap-xep", sort_key == "moi-nhat" ? "" : sort_key}})},
                    {"current", list.key == list_key}});
  }

  MOTCUA_ASSIGN_OR_RETURN(DossierFilter filter, WorkListFilter(list_key, user.username, now, *clock));
  filter = with_filters(std::move(filter));
  filter.sort = sort;
  filter.limit = kPerPage;
  filter.offset = (page - 1) * kPerPage;
  DossierPage found;
  if (state_id.empty() || NarrowToState(filter, *state)) {
    MOTCUA_ASSIGN_OR_RETURN(found, context.dossiers().List(user, filter));
  }
  const std::map<std::string, std::string> names = DisplayNames(context.store(), user.unit_code);
  json rows = json::array();
  for (const DossierSummary& summary : found.items) rows.push_back(Row(summary, context, user, names, now));

  PageFrame frame;
  frame.title = "Hồ sơ: " + std::string(FindWorkList(list_key)->label);
  frame.caller = &caller;
  frame.nav = "ho-so";
  const json view = {{"list", list_key},
                     {"list_label", std::string(FindWorkList(list_key)->label)},
                     {"tabs", std::move(tabs)},
                     {"fields", std::move(field_options)},
                     {"states", std::move(state_options)},
                     {"sorts", std::move(sort_options)},
                     {"q", query},
                     {"rows", std::move(rows)},
                     {"total", found.total},
                     {"may_receive", HasGrant(user, Permission::kReceive)},
                     {"pager", PagerJson(found.total, page, kPerPage, "/ho-so",
                                         {{"ds", list_key},
                                          {"linh-vuc", field},
                                          {"trang-thai", state_id},
                                          {"q", query},
                                          {"sap-xep", sort_key == "moi-nhat" ? "" : sort_key}})}};
  return context.Page(200, "work_list", view, frame);
}

Result<Response> ByFieldPage(const PageContext& context, const Caller& caller) {
  const User& user = caller.user;
  if (!HasUnitGrant(user, Permission::kViewDossier)) {
    return Status::PermissionDenied(
        "user " + user.username + " may not see every field",
        "Trang thống kê theo lĩnh vực dành cho lãnh đạo và cán bộ được xem hồ sơ của "
        "mọi lĩnh vực trong đơn vị.");
  }
  const Instant now = context.Now();
  MOTCUA_ASSIGN_OR_RETURN(const std::shared_ptr<const CalendarDueClock> clock, UnitClock(context, user));
  static constexpr std::string_view kColumns[] = {"hom-nay", "qua-han", "cho-nguoi-nop", "cho-tra"};
  json rows = json::array();
  json totals = json::array();
  std::vector<int64_t> sums(std::size(kColumns) + 1, 0);
  for (const Field& field : context.catalog().fields()) {
    // One query first: a field with nothing open, waiting or to return is left out of the table.
    DossierFilter any;
    any.states = OpenStates();
    any.states.push_back(DossierState::kCompletionRequested);
    any.states.push_back(DossierState::kResolved);
    any.field_codes = {field.code};
    if (Count(context, user, any) == 0) continue;
    DossierFilter open;
    open.states = OpenStates();
    open.field_codes = {field.code};
    json cells = json::array();
    const int64_t open_count = Count(context, user, open);
    sums[0] += open_count;
    cells.push_back({{"count", open_count},
                     {"href", "/ho-so" + QueryString({{"ds", "tat-ca"}, {"linh-vuc", field.code}})}});
    for (size_t i = 0; i < std::size(kColumns); ++i) {
      MOTCUA_ASSIGN_OR_RETURN(DossierFilter filter, WorkListFilter(kColumns[i], user.username, now, *clock));
      filter.field_codes = {field.code};
      const int64_t count = Count(context, user, filter);
      sums[i + 1] += count;
      cells.push_back(
          {{"count", count},
           {"href", "/ho-so" + QueryString({{"ds", std::string(kColumns[i])}, {"linh-vuc", field.code}})}});
    }
    rows.push_back({{"code", field.code}, {"name", field.name}, {"cells", std::move(cells)}});
  }
  for (int64_t sum : sums) totals.push_back(sum);
  PageFrame frame;
  frame.title = "Hồ sơ theo lĩnh vực";
  frame.caller = &caller;
  frame.nav = "theo-linh-vuc";
  const json view = {{"rows", std::move(rows)}, {"totals", std::move(totals)}};
  return context.Page(200, "by_field", view, frame);
}

}  // namespace

void AddWorkListPages(Router& router, std::shared_ptr<const PageContext> context) {
  router.Get("/ho-so", OfficerPage(context, [context](const Request& request, const Caller& caller) {
               return ListPage(*context, request, caller);
             }));
  router.Get("/ho-so/theo-linh-vuc", OfficerPage(context, [context](const Request&, const Caller& caller) {
               return ByFieldPage(*context, caller);
             }));
}

}  // namespace motcua::web::pages
