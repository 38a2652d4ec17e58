#include "web/dossier_api.h"

#include <charconv>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "base/embedded_files.h"
#include "base/text.h"
#include "dossier/dossier_code.h"
#include "dossier/event.h"
#include "service/allowed_actions.h"
#include "web/dossier_json.h"
#include "web/json_body.h"

namespace motcua::web {
namespace {

using nlohmann::json;

constexpr size_t kMaxQueryText = 200;
constexpr std::string_view kIntakeKeys[] = {"unit",    "procedure",  "case", "channel",      "applicant",
                                            "contact", "components", "fees", "external_code"};
// Set by the server from the path, the clock and the caller.
constexpr std::string_view kServerKeys[] = {"event", "code", "at", "by"};

struct Routes {
  std::shared_ptr<const AuthContext> auth;
  std::shared_ptr<DossierService> service;
  DossierApiOptions options;
};

std::string Shown(std::string_view text) { return std::string(text.substr(0, 48)); }

Status RefuseServerKeys(const json& body) {
  for (std::string_view key : kServerKeys) {
    if (body.contains(key)) {
      return Status::InvalidArgument("client sent the server-side key '" + std::string(key) + "'",
                                     "Trường '" + std::string(key) +
                                         "' do máy chủ ghi (mã hồ sơ, thời điểm, người thực hiện); "
                                         "không được gửi lên.");
    }
  }
  return Status::Ok();
}

Result<std::string> CodeParam(const Request& request) {
  const std::string_view code = request.PathParam("code");
  if (!ParseDossierCode(code).ok()) {
    return Status::InvalidArgument("malformed dossier code '" + Shown(code) + "'",
                                   "Mã hồ sơ '" + Shown(code) +
                                       "' không hợp lệ; mã có dạng <mã đơn vị>-YYMMDD-XXXX, ví dụ "
                                       "000.00.20.H31-251001-0001.");
  }
  return std::string(code);
}

std::string FieldOf(const DossierService& service, const Dossier& dossier) {
  const Procedure* procedure = service.catalog().FindLatest(dossier.procedure_code);
  return procedure ? procedure->field_code : std::string();
}

// The officer's actions now (service/allowed_actions.h), as the answer lists them.
json AllowedActionsFor(DossierService& service, const User& caller, const Dossier& dossier,
                       const DossierSummary& summary) {
  json out = json::array();
  for (DossierAction action : OfficerActionsFor(service, caller, dossier, summary)) {
    out.push_back(
        {{"id", std::string(ActionId(action))},
         {"name", std::string(ActionNameVi(action))},
         {"form", ActionForm(action).empty() ? json(nullptr) : json(std::string(ActionForm(action)))}});
  }
  return out;
}

json DossierAnswer(DossierService& service, const User& caller, const Dossier& dossier,
                   const std::string& field_code, Instant now) {
  const bool personal = MayViewPersonalData(caller, dossier.unit, field_code, dossier.assignee);
  json out = DossierToJson(dossier, field_code, service.catalog(), personal, now);
  out["allowed_actions"] = AllowedActionsFor(service, caller, dossier, SummaryOf(dossier, field_code));
  return out;
}

// ---- POST /api/v1/dossiers ----

Result<Response> Receive(const Routes& routes, const Request& request, const Caller& caller) {
  MOTCUA_ASSIGN_OR_RETURN(json body, ParseJsonObjectBody(request, /*allow_empty=*/false));
  MOTCUA_RETURN_IF_ERROR(RefuseServerKeys(body));
  for (auto it = body.begin(); it != body.end(); ++it) {
    bool known = false;
    for (std::string_view key : kIntakeKeys) known = known || key == it.key();
    if (!known) {
      return Status::InvalidArgument(
          "unknown intake key '" + Shown(it.key()) + "'",
          "Trường '" + Shown(it.key()) + "' không thuộc thông tin tiếp nhận hồ sơ.");
    }
  }
  const Instant now = routes.auth->clock().Now();
  const User& officer = caller.user;
  // At the desk: the officer's own unit and the direct channel unless said otherwise.
  if (!body.contains("unit")) body["unit"] = officer.unit_code;
  if (!body.contains("channel")) body["channel"] = std::string(ChannelId(Channel::kDirect));
  // The event parser wants a well-formed code; the real one is given out by the store inside Receive.
  auto placeholder = FormatDossierCode(officer.unit_code, LocalDate(now), 1);
  body["event"] = std::string(EventKindId(EventKind::kReceived));
  body["code"] = placeholder.ok() ? *placeholder : std::string("000.00.00.A00-000101-0001");
  body["at"] = FormatIsoInstant(now);
  body["by"] = officer.username;
  MOTCUA_ASSIGN_OR_RETURN(Event event, EventFromJson(body));
  MOTCUA_ASSIGN_OR_RETURN(const Dossier dossier,
                          routes.service->Receive(officer, *std::move(event.intake), now));
  Response response = JsonResponse(
      201, DossierAnswer(*routes.service, officer, dossier, FieldOf(*routes.service, dossier), now));
  response.headers.Set("Location", "/api/v1/dossiers/" + dossier.code);
  return response;
}

// ---- GET /api/v1/dossiers ----

Status BadParam(std::string_view name, std::string_view why_vi) {
  return Status::InvalidArgument("bad query parameter '" + std::string(name) + "'",
                                 "Tham số '" + std::string(name) + "' không hợp lệ: " + std::string(why_vi));
}

// A date (YYYY-MM-DD: its first instant, or the first instant of the next day when `end_of_day`) or an ISO
// instant.
Result<Instant> TimeParam(std::string_view name, std::string_view value, bool end_of_day) {
  if (value.size() == 10) {
    auto date = ParseIsoDate(value);
    if (!date.ok()) return BadParam(name, "cần ngày dạng YYYY-MM-DD hoặc thời điểm ISO 8601.");
    return FromLocal(end_of_day ? AddDays(*date, 1) : *date, 0);
  }
  auto instant = ParseIsoInstant(value);
  if (!instant.ok()) return BadParam(name, "cần ngày dạng YYYY-MM-DD hoặc thời điểm ISO 8601.");
  return *instant;
}

Result<int> IntParam(std::string_view name, std::string_view value, int min, int max) {
  int parsed = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), parsed);
  if (value.empty() || ec != std::errc() || end != value.data() + value.size() || parsed < min) {
    return BadParam(name, "cần số nguyên từ " + std::to_string(min) + ".");
  }
  return std::min(parsed, max);
}

std::vector<std::string_view> CommaList(std::string_view value) {
  std::vector<std::string_view> out;
  for (std::string_view part : SplitString(value, ',')) {
    part = TrimAscii(part);
    if (!part.empty()) out.push_back(part);
  }
  return out;
}

Result<DossierFilter> ListFilter(const Routes& routes, const Request& request, Instant now) {
  static const std::set<std::string, std::less<>> kKnown = {
      "status",     "field",   "assignee", "channel", "received_from", "received_to",
      "due_before", "overdue", "q",        "sort",    "limit",         "offset"};
  std::set<std::string, std::less<>> seen;
  for (const auto& [key, value] : request.query) {
    if (!kKnown.count(key)) {
      return Status::InvalidArgument("unknown query parameter '" + Shown(key) + "'",
                                     "Tham số '" + Shown(key) + "' không được hỗ trợ.");
    }
    if (!seen.insert(key).second) return BadParam(key, "chỉ được ghi một lần.");
  }
  DossierFilter filter;
  filter.limit = routes.options.default_limit;
  for (const auto& [key, value] : request.query) {
    if (key == "status") {
      for (std::string_view id : CommaList(value)) {
        auto state = ParseStateId(id);
        if (!state.ok() || *state == DossierState::kNone) {
          return BadParam(key, "trạng thái '" + Shown(id) + "' không tồn tại.");
        }
        filter.states.push_back(*state);
      }
    } else if (key == "field") {
      for (std::string_view code : CommaList(value)) {
        if (routes.service->catalog().FindField(code) == nullptr) {
          return BadParam(key, "không có lĩnh vực mã '" + Shown(code) + "'.");
        }
        filter.field_codes.emplace_back(code);
      }
    } else if (key == "assignee") {
      if (TrimAscii(value).empty()) return BadParam(key, "không được để trống.");
      filter.assignee = std::string(TrimAscii(value));
    } else if (key == "channel") {
      auto channel = ParseChannelId(value);
      if (!channel.ok()) return BadParam(key, "cần direct, online hoặc postal.");
      filter.channel = *channel;
    } else if (key == "received_from") {
      MOTCUA_ASSIGN_OR_RETURN(filter.received_from, TimeParam(key, value, false));
    } else if (key == "received_to") {
      MOTCUA_ASSIGN_OR_RETURN(filter.received_to, TimeParam(key, value, true));
    } else if (key == "due_before") {
      MOTCUA_ASSIGN_OR_RETURN(filter.due_before, TimeParam(key, value, false));
    } else if (key == "overdue") {
      if (value == "true") {
        filter.overdue_at = now;
      } else if (value != "false") {
        return BadParam(key, "cần true hoặc false.");
      }
    } else if (key == "q") {
      if (value.size() > kMaxQueryText) return BadParam(key, "quá dài (tối đa 200 ký tự).");
      filter.text = value;
    } else if (key == "sort") {
      if (value == "received_desc") {
        filter.sort = DossierSort::kReceivedDesc;
      } else if (value == "received_asc") {
        filter.sort = DossierSort::kReceivedAsc;
      } else if (value == "due_asc") {
        filter.sort = DossierSort::kDueAsc;
      } else if (value == "code") {
        filter.sort = DossierSort::kCode;
      } else {
        return BadParam(key, "cần received_desc, received_asc, due_asc hoặc code.");
      }
    } else if (key == "limit") {
      MOTCUA_ASSIGN_OR_RETURN(filter.limit, IntParam(key, value, 1, kMaxDossierPage));
    } else if (key == "offset") {
      MOTCUA_ASSIGN_OR_RETURN(filter.offset, IntParam(key, value, 0, 1'000'000'000));
    }
  }
  return filter;
}

Result<Response> List(const Routes& routes, const Request& request, const Caller& caller) {
  const Instant now = routes.auth->clock().Now();
  MOTCUA_ASSIGN_OR_RETURN(const DossierFilter filter, ListFilter(routes, request, now));
  MOTCUA_ASSIGN_OR_RETURN(const DossierPage page, routes.service->List(caller.user, filter));
  json items = json::array();
  for (const DossierSummary& summary : page.items) {
    const bool personal =
        MayViewPersonalData(caller.user, summary.unit_code, summary.field_code, summary.assignee);
    items.push_back(DossierSummaryToJson(summary, routes.service->catalog(), personal, now));
  }
  return JsonResponse(200, json{{"items", std::move(items)},
                                {"total", page.total},
                                {"limit", filter.limit},
                                {"offset", filter.offset}});
}

// ---- GET /api/v1/dossiers/{code} ----

Result<Response> Get(const Routes& routes, const Request& request, const Caller& caller) {
  MOTCUA_ASSIGN_OR_RETURN(const std::string code, CodeParam(request));
  MOTCUA_ASSIGN_OR_RETURN(const DossierView view, routes.service->Get(caller.user, code));
  return JsonResponse(200, DossierAnswer(*routes.service, caller.user, view.dossier, view.field_code,
                                         routes.auth->clock().Now()));
}

// ---- POST /api/v1/dossiers/{code}/actions/{action} ----

Result<Response> Act(const Routes& routes, const Request& request, const Caller& caller) {
  MOTCUA_ASSIGN_OR_RETURN(const std::string code, CodeParam(request));
  const std::string_view action_id = request.PathParam("action");
  auto action = ParseActionId(action_id);
  if (!action.ok()) {
    return Status::NotFound("unknown action '" + Shown(action_id) + "'",
                            "Không có thao tác '" + Shown(action_id) + "' trên hồ sơ.");
  }
  if (!IsOfficerAction(*action)) {
    return Status::InvalidArgument(
        "action '" + std::string(action_id) + "' is not taken by the action endpoint",
        "Thao tác '" + std::string(ActionNameVi(*action)) + "' không thực hiện qua địa chỉ này" +
            (*action == DossierAction::kReceive ? " (tiếp nhận hồ sơ mới: POST /api/v1/dossiers)." : "."));
  }
  MOTCUA_ASSIGN_OR_RETURN(json body, ParseJsonObjectBody(request, /*allow_empty=*/true));
  MOTCUA_RETURN_IF_ERROR(RefuseServerKeys(body));
  const EventKind kind = EventKindFor(*action);
  // The evaluation may come as one object; the event vocabulary has its members at the top level.
  if (auto evaluation = body.find("evaluation"); evaluation != body.end()) {
    if (kind != EventKind::kEvaluated || !evaluation->is_object()) {
      return Status::InvalidArgument("'evaluation' on action " + std::string(action_id),
                                     kind != EventKind::kEvaluated
                                         ? "Trường 'evaluation' chỉ dùng cho thao tác đánh giá (evaluate)."
                                         : "Trường 'evaluation' phải là một đối tượng JSON.");
    }
    const json members = *evaluation;
    body.erase(evaluation);
    for (auto it = members.begin(); it != members.end(); ++it) {
      if (body.contains(it.key())) {
        return Status::InvalidArgument("evaluation key '" + Shown(it.key()) + "' given twice",
                                       "Trường '" + Shown(it.key()) + "' được ghi hai lần.");
      }
      body[it.key()] = it.value();
    }
  }
  const Instant now = routes.auth->clock().Now();
  body["event"] = std::string(EventKindId(kind));
  body["code"] = code;
  body["at"] = FormatIsoInstant(now);
  body["by"] = caller.user.username;
  MOTCUA_ASSIGN_OR_RETURN(Event event, EventFromJson(body));
  MOTCUA_ASSIGN_OR_RETURN(const Dossier dossier,
                          routes.service->Act(caller.user, code, std::move(event), now));
  return JsonResponse(
      200, DossierAnswer(*routes.service, caller.user, dossier, FieldOf(*routes.service, dossier), now));
}

// ---- GET /api/v1/dossiers/{code}/history ----

Result<Response> History(const Routes& routes, const Request& request, const Caller& caller) {
  MOTCUA_ASSIGN_OR_RETURN(const std::string code, CodeParam(request));
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<StoredEvent> history, routes.service->History(caller.user, code));
  MOTCUA_ASSIGN_OR_RETURN(const DossierSummary summary, routes.auth->store().GetDossierSummary(code));
  const bool personal =
      MayViewPersonalData(caller.user, summary.unit_code, summary.field_code, summary.assignee);
  json out = json::array();
  for (const StoredEvent& stored : history) out.push_back(StoredEventToJson(stored, personal));
  return JsonResponse(200, out);
}

// ---- GET /api/v1/public/dossiers/{code} ----

Result<Response> PublicLookup(const Routes& routes, const Request& request) {
  MOTCUA_ASSIGN_OR_RETURN(const std::string code, CodeParam(request));
  auto summary = routes.service->PublicLookup(code);
  if (!summary.ok()) {
    if (summary.status().code() == StatusCode::kNotFound) {
      return Status::NotFound("no dossier " + code, "Không tìm thấy hồ sơ có mã " + code + ".");
    }
    return summary.status();
  }
  Response response = JsonResponse(200, PublicDossierToJson(*summary, routes.service->catalog()));
  response.headers.Set("Cache-Control", "no-cache");
  return response;
}

}  // namespace

void AddDossierRoutes(Router& router, std::shared_ptr<const AuthContext> auth,
                      std::shared_ptr<DossierService> service, DossierApiOptions options) {
  auto routes = std::make_shared<const Routes>(Routes{auth, std::move(service), options});
  auto bind = [&routes](Result<Response> (*fn)(const Routes&, const Request&, const Caller&)) {
    return Authenticated(routes->auth, [routes, fn](const Request& request, const Caller& caller) {
      return fn(*routes, request, caller);
    });
  };
  router.Post("/api/v1/dossiers", bind(&Receive));
  router.Get("/api/v1/dossiers", bind(&List));
  router.Get("/api/v1/dossiers/{code}", bind(&Get));
  router.Post("/api/v1/dossiers/{code}/actions/{action}", bind(&Act));
  router.Get("/api/v1/dossiers/{code}/history", bind(&History));
  router.Get("/api/v1/public/dossiers/{code}",
             [routes](const Request& request) { return PublicLookup(*routes, request); });
}

void AddOpenApiRoute(Router& router) {
  router.Get("/api/v1/openapi.json", [](const Request&) -> Result<Response> {
    static const std::shared_ptr<const std::string> document = [] {
      const auto content = FindEmbeddedFile("api/openapi.json");
      return content ? std::make_shared<const std::string>(*content) : nullptr;
    }();
    if (document == nullptr) return Status::Internal("data/api/openapi.json is not embedded");
    Response response;
    response.shared_body = document;
    response.headers.Set("Cache-Control", "no-cache");
    return response;
  });
}

}  // namespace motcua::web
