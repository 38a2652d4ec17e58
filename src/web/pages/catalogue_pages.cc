// The public procedure catalogue:
//   GET /thu-tuc?q=&linh-vuc=&trang=  procedures in force today, accent-insensitive search by name or code
//                                     (Catalog::List), a field filter, 30 per page
//   GET /thu-tuc/{code}               one procedure's details; an officer who may receive gets a link to
//                                     the desk intake of it
#include <nlohmann/json.hpp>

#include "web/pages/page_handlers.h"
#include "web/pages/page_routes.h"
#include "web/pages/procedure_view.h"
#include "web/pages/view_format.h"

namespace motcua::web::pages {
namespace {

using nlohmann::json;

constexpr int kPerPage = 30;
constexpr size_t kMaxQuery = 200;

json FieldOptions(const Catalog& catalog, std::string_view selected) {
  json out = json::array();
  for (const Field& field : catalog.fields()) {
    out.push_back({{"code", field.code}, {"name", field.name}, {"selected", field.code == selected}});
  }
  return out;
}

Result<Response> CatalogueList(const PageContext& context, const Request& request,
                               const std::optional<Caller>& viewer) {
  const std::string query = TruncateUtf8(request.QueryParam("q").value_or(""), kMaxQuery);
  std::string field(request.QueryParam("linh-vuc").value_or(""));
  const Catalog& catalog = context.catalog();
  if (!field.empty() && catalog.FindField(field) == nullptr) field.clear();
  const int page = PageNumber(request.QueryParam("trang").value_or(""));
  const std::vector<const Procedure*> found = catalog.List(LocalDate(context.Now()), field, query);
  json items = json::array();
  const size_t first = static_cast<size_t>(page - 1) * kPerPage;
  for (size_t i = first; i < found.size() && i < first + kPerPage; ++i) {
    items.push_back(ProcedureRowView(*found[i], catalog));
  }
  PageFrame frame;
  frame.title = "Thủ tục hành chính";
  frame.caller = viewer ? &*viewer : nullptr;
  frame.nav = "thu-tuc";
  frame.cache_control = viewer ? "no-store" : "no-cache";
  const json view = {{"q", query},
                     {"fields", FieldOptions(catalog, field)},
                     {"items", std::move(items)},
                     {"total", found.size()},
                     {"searched", !query.empty() || !field.empty()},
                     {"pager", PagerJson(static_cast<int64_t>(found.size()), page, kPerPage, "/thu-tuc",
                                         {{"q", query}, {"linh-vuc", field}})}};
  return context.Page(200, "catalogue", view, frame);
}

Result<Response> ProcedureDetail(const PageContext& context, const Request& request,
                                 const std::optional<Caller>& viewer) {
  const std::string_view code = request.PathParam("code");
  const Catalog& catalog = context.catalog();
  const Procedure* procedure = catalog.Find(code, LocalDate(context.Now()));
  if (procedure == nullptr) {
    return Status::NotFound(
        "no procedure " + std::string(code.substr(0, 40)) + " in force",
        "Không có thủ tục mã " + std::string(code.substr(0, 40)) + " đang có hiệu lực trong danh mục.");
  }
  PageFrame frame;
  frame.title = procedure->name;
  frame.caller = viewer ? &*viewer : nullptr;
  frame.nav = "thu-tuc";
  frame.cache_control = viewer ? "no-store" : "no-cache";
  json view = ProcedureDetailView(*procedure, catalog);
  view["may_receive"] = viewer && HasGrant(viewer->user, Permission::kReceive);
  return context.Page(200, "procedure", view, frame);
}

}  // namespace

void AddCataloguePages(Router& router, std::shared_ptr<const PageContext> context) {
  router.Get("/thu-tuc",
             PublicPage(context, [context](const Request& request, const std::optional<Caller>& viewer) {
               return CatalogueList(*context, request, viewer);
             }));
  router.Get("/thu-tuc/{code}",
             PublicPage(context, [context](const Request& request, const std::optional<Caller>& viewer) {
               return ProcedureDetail(*context, request, viewer);
             }));
}

}  // namespace motcua::web::pages
