#include "web/report_api.h"

#include <set>
#include <string>

#include "report/indicator_format.h"

namespace motcua::web {
namespace {

struct Routes {
  std::shared_ptr<const AuthContext> auth;
  std::shared_ptr<IndicatorService> service;
  std::shared_ptr<const Decision766Formula> formula;
};

std::string Shown(std::string_view text) { return std::string(text.substr(0, 48)); }

Status BadParam(std::string_view name, std::string_view why_vi) {
  return Status::InvalidArgument("bad query parameter '" + std::string(name) + "'",
                                 "Tham số '" + std::string(name) + "' không hợp lệ: " + std::string(why_vi));
}

Result<std::string> RequiredParam(const Request& request, std::string_view name) {
  const std::optional<std::string_view> value = request.QueryParam(name);
  if (!value || value->empty()) {
    return Status::InvalidArgument("missing query parameter '" + std::string(name) + "'",
                                   "Thiếu tham số '" + std::string(name) + "' (ngày dạng YYYY-MM-DD).");
  }
  return std::string(*value);
}

Status CheckParams(const Request& request, bool explain_allowed) {
  static const std::set<std::string, std::less<>> kKnown = {"unit", "from", "to"};
  std::set<std::string, std::less<>> seen;
  for (const auto& [key, value] : request.query) {
    if (!kKnown.count(key) && !(explain_allowed && key == "explain")) {
      return Status::InvalidArgument("unknown query parameter '" + Shown(key) + "'",
                                     "Tham số '" + Shown(key) + "' không được hỗ trợ.");
    }
    if (!seen.insert(key).second) return BadParam(key, "chỉ được ghi một lần.");
  }
  return Status::Ok();
}

// The unit and period of a report request, once the caller may see the unit's figures.
struct Scope {
  std::string unit_code;
  ReportPeriod period;
};

Result<Scope> AuthorizedScope(const Routes& routes, const Request& request, const Caller& caller) {
  Scope scope;
  scope.unit_code = caller.user.unit_code;
  if (auto unit = request.QueryParam("unit")) {
    if (unit->empty()) return BadParam("unit", "không được để trống.");
    scope.unit_code = std::string(*unit);
  }
  MOTCUA_ASSIGN_OR_RETURN(const std::string from, RequiredParam(request, "from"));
  MOTCUA_ASSIGN_OR_RETURN(const std::string to, RequiredParam(request, "to"));
  MOTCUA_ASSIGN_OR_RETURN(scope.period, ParseReportPeriod(from, to));
  // Who may see the unit's figures: the one table of auth/access.h, reaching down from a unit above.
  Resource resource;
  resource.unit_code = scope.unit_code;
  MOTCUA_ASSIGN_OR_RETURN(resource.ancestor_units, routes.service->AncestorUnits(scope.unit_code));
  MOTCUA_RETURN_IF_ERROR(Authorize(PrincipalOf(caller.user), Permission::kViewReports, resource));
  return scope;
}

Result<Response> Indicators(const Routes& routes, const Request& request, const Caller& caller) {
  MOTCUA_RETURN_IF_ERROR(CheckParams(request, /*explain_allowed=*/true));
  const IndicatorDefinition* explained = nullptr;
  if (auto id = request.QueryParam("explain")) {
    MOTCUA_ASSIGN_OR_RETURN(explained, RequireIndicator(*id));
  }
  MOTCUA_ASSIGN_OR_RETURN(const Scope scope, AuthorizedScope(routes, request, caller));
  const std::string& unit_code = scope.unit_code;
  const ReportPeriod& period = scope.period;
  MOTCUA_ASSIGN_OR_RETURN(const IndicatorReport report, routes.service->Compute(unit_code, period));
  if (explained != nullptr) {
    const IndicatorValue* value = report.indicators.Find(explained->id);
    return SerializedJsonResponse(200, ExplanationToJson(unit_code, period, *value).dump());
  }
  return SerializedJsonResponse(200, IndicatorsToJson(unit_code, period, report.indicators).dump());
}

Result<Response> Decision766(const Routes& routes, const Request& request, const Caller& caller) {
  MOTCUA_RETURN_IF_ERROR(CheckParams(request, /*explain_allowed=*/false));
  MOTCUA_ASSIGN_OR_RETURN(const Scope scope, AuthorizedScope(routes, request, caller));
  MOTCUA_ASSIGN_OR_RETURN(const IndicatorReport report,
                          routes.service->Compute(scope.unit_code, scope.period));
  const Decision766Result result = ScoreDecision766(*routes.formula, report.indicators);
  return SerializedJsonResponse(
      200, Decision766ToJson(scope.unit_code, scope.period, *routes.formula, result).dump());
}

}  // namespace

void AddReportRoutes(Router& router, std::shared_ptr<const AuthContext> auth,
                     std::shared_ptr<IndicatorService> service,
                     std::shared_ptr<const Decision766Formula> formula) {
  auto routes = std::make_shared<const Routes>(Routes{auth, std::move(service), std::move(formula)});
  router.Get("/api/v1/reports/decision766",
             Authenticated(routes->auth, [routes](const Request& request, const Caller& caller) {
               return Decision766(*routes, request, caller);
             }));
  router.Get("/api/v1/reports/indicators",
             Authenticated(routes->auth, [routes](const Request& request, const Caller& caller) {
               return Indicators(*routes, request, caller);
             }));
}

}  // namespace motcua::web
