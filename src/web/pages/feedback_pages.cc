// The citizen's feedback (phản ánh, kiến nghị: PAKN) pages, no sign-in. Intake, the public view and the
// rating are the JSON API's public endpoints (web/feedback_api.h: its per-address submission limit, its
// choice of what is public), reached through the ApiBridge:
//   GET  /phan-anh                    the form (unit, name, phone, e-mail, content, dossier code)
//   POST /phan-anh                    -> 200 the tracking code and the one-time rating secret (shown once;
//                                     a resubmission of the same form goes to the lookup page instead)
//   GET  /phan-anh/tra-cuu?ma=CODE    the lookup form; a well-formed code -> 303 /phan-anh/{code}
//   GET  /phan-anh/{code}             state, dates, the published answer; the rating form once answered
//   POST /phan-anh/{code}/danh-gia    the rating, with the secret -> 303 back
// Each POST carries the anonymous form cookie's CSRF token and a one-time token (form_guard.h,
// once_tokens.h).
#include <nlohmann/json.hpp>

#include "dossier/evaluation.h"
#include "dossier/feedback_code.h"
#include "web/pages/form_guard.h"
#include "web/pages/page_handlers.h"
#include "web/pages/page_routes.h"
#include "web/pages/view_format.h"

namespace motcua::web::pages {
namespace {

using nlohmann::json;

json IsoToVn(const json& value) {
  if (!value.is_string()) return nullptr;
  auto instant = ParseIsoInstant(value.get<std::string>());
  return instant.ok() ? json(FormatVnDateTime(*instant)) : json(nullptr);
}

std::string CleanCode(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '\t') continue;
    out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  }
  return out;
}

PageFrame AnonymousFrame(const PageContext& context, const FormCookie& cookie, std::string title) {
  PageFrame frame;
  frame.title = std::move(title);
  frame.nav = "phan-anh";
  frame.set_cookies.push_back(FormCookieHeader(cookie.token, context.auth().options().secure_cookie));
  return frame;
}

json UnitOptions(const PageContext& context, std::string_view selected) {
  UnitFilter filter;
  filter.in_force_on = LocalDate(context.Now());
  json out = json::array();
  auto units = context.store().ListUnits(filter);
  if (!units.ok()) return out;
  // With one commune-level unit (a unit with a parent), it is the obvious default.
  std::string preselect(selected);
  if (preselect.empty()) {
    int communes = 0;
    for (const Unit& unit : *units) {
      if (unit.parent_code) {
        ++communes;
        preselect = unit.code;
      }
    }
    if (communes != 1) preselect.clear();
  }
  for (const Unit& unit : *units) {
    out.push_back({{"code", unit.code}, {"name", unit.name}, {"selected", unit.code == preselect}});
  }
  return out;
}

Response FeedbackForm(const PageContext& context, const Request& request, int status, const Form& values,
                      std::string_view error) {
  const FormCookie cookie = EnsureFormCookie(context.auth(), request);
  const json view = {{"csrf", AnonymousCsrfToken(context.auth(), cookie)},
                     {"once", OnceTokens::Issue()},
                     {"units", UnitOptions(context, values.Get("unit"))},
                     {"citizen_name", values.Get("citizen_name")},
                     {"phone", values.Get("phone")},
                     {"email", values.Get("email")},
                     {"content", values.GetAll("content").empty() ? "" : values.GetAll("content").front()},
                     {"dossier_code", values.Get("dossier_code")},
                     {"error", TextOrNull(error)}};
  return context.Page(status, "feedback_form", view,
                      AnonymousFrame(context, cookie, "Gửi phản ánh, kiến nghị"));
}

// What the form must have before the API is asked (its messages name JSON keys, not form labels).
std::string MissingField(const Form& form) {
  if (form.Get("unit").empty()) return "Vui lòng chọn đơn vị nhận phản ánh, kiến nghị.";
  if (form.Get("citizen_name").empty()) return "Vui lòng nhập họ và tên người gửi.";
  if (form.Get("content").empty()) return "Vui lòng nhập nội dung phản ánh, kiến nghị.";
  return "";
}

Result<Response> SubmitFeedback(const PageContext& context, const Request& request) {
  MOTCUA_ASSIGN_OR_RETURN(const Form form, Form::Parse(request));
  auto scope = CheckAnonymousForm(context.auth(), request, form);
  if (!scope.ok()) return FeedbackForm(context, request, 403, form, scope.status().user_message());
  if (const std::string missing = MissingField(form); !missing.empty()) {
    return FeedbackForm(context, request, 400, form, missing);
  }
  const std::string once = form.Get("once");
  MOTCUA_ASSIGN_OR_RETURN(const OnceTokens::Claim claim, context.once().Take(*scope, once));
  if (claim.outcome == OnceTokens::Outcome::kDuplicate) {
    if (!claim.location.empty()) return SeeOther(claim.location);
    return Status::FailedPrecondition("feedback form sent twice while the first is running",
                                      "Biểu mẫu này đã được gửi và đang được xử lý. Vui lòng chờ giây lát.");
  }
  json body = {{"unit", form.Get("unit")},
               {"citizen_name", form.Get("citizen_name")},
               {"content", form.GetAll("content").front()}};
  json contact = json::object();
  if (!form.Get("phone").empty()) contact["phone"] = form.Get("phone");
  if (!form.Get("email").empty()) contact["email"] = form.Get("email");
  if (!contact.empty()) body["contact"] = std::move(contact);
  if (!form.Get("dossier_code").empty()) body["dossier_code"] = CleanCode(form.Get("dossier_code"));
  const BridgedAnswer answer = context.api().Call(request, "POST", "/api/v1/public/feedback", body);
  if (!answer.ok() || !answer.body.is_object() || !answer.body.contains("code")) {
    context.once().Release(*scope, once);
    Response response =
        FeedbackForm(context, request, answer.ok() ? 500 : answer.status, form,
                     answer.ErrorMessage("Không gửi được phản ánh, kiến nghị. Vui lòng thử lại."));
    if (!answer.retry_after.empty()) response.headers.Set("Retry-After", answer.retry_after);
    return response;
  }
  const std::string code = answer.body.value("code", "");
  const std::string lookup = "/phan-anh/" + PercentEncode(code);
  context.once().Finish(*scope, once, lookup);
  const FormCookie cookie = EnsureFormCookie(context.auth(), request);
  const json view = {{"code", code},
                     {"secret", answer.body.value("secret", "")},
                     {"received_at", IsoToVn(answer.body.value("received_at", json()))},
                     {"due", IsoToVn(answer.body.value("due", json()))},
                     {"lookup", lookup}};
  // 200, not a redirect: the secret is shown this once and must not travel in a URL.
  return context.Page(200, "feedback_sent", view,
                      AnonymousFrame(context, cookie, "Đã gửi phản ánh, kiến nghị"));
}

Status BadFeedbackCode(std::string_view code) {
  return Status::InvalidArgument("malformed feedback code",
                                 "Mã phản ánh, kiến nghị '" + TruncateUtf8(code, 48) +
                                     "' không đúng dạng; mã có dạng <mã đơn vị>-PA-YYMMDD-XXXX.");
}

Result<Response> FeedbackLookupForm(const PageContext& context, const Request& request,
                                    const std::optional<Caller>& viewer) {
  const std::string code = CleanCode(request.QueryParam("ma").value_or(""));
  json view = {{"code", code}, {"error", nullptr}};
  int status = 200;
  if (!code.empty()) {
    if (ParseFeedbackCode(code).ok()) return SeeOther("/phan-anh/" + PercentEncode(code));
    view["error"] = BadFeedbackCode(code).user_message();
    status = 400;
  }
  PageFrame frame;
  frame.title = "Tra cứu phản ánh, kiến nghị";
  frame.caller = viewer ? &*viewer : nullptr;
  frame.nav = "phan-anh";
  return context.Page(status, "feedback_lookup", view, frame);
}

Response FeedbackStatus(const PageContext& context, const Request& request,
                        const std::optional<Caller>& viewer, const BridgedAnswer& answer, int status,
                        std::string_view error, bool rated_now) {
  const json& body = answer.body;
  const FormCookie cookie = EnsureFormCookie(context.auth(), request);
  const bool published = body.value("answer", json()).is_string();
  const bool rated = body.value("rated", false);
  json satisfaction = json::array();
  for (OverallSatisfaction value : {OverallSatisfaction::kVerySatisfied, OverallSatisfaction::kSatisfied,
                                    OverallSatisfaction::kUnsatisfied}) {
    satisfaction.push_back(
        {{"id", std::string(OverallId(value))}, {"name", std::string(OverallNameVi(value))}});
  }
  const json state = body.value("state", json::object());
  const json topic = body.value("topic", json());
  const json view = {{"code", body.value("code", "")},
                     {"state", state.value("name", "")},
                     {"topic", topic.is_object() ? json(topic.value("name", "")) : json(nullptr)},
                     {"received_at", IsoToVn(body.value("received_at", json()))},
                     {"due", IsoToVn(body.value("due", json()))},
                     {"overdue", body.value("overdue", false)},
                     {"answered_at", IsoToVn(body.value("answered_at", json()))},
                     {"published_at", IsoToVn(body.value("published_at", json()))},
                     {"declined_at", IsoToVn(body.value("declined_at", json()))},
                     {"answer", published ? body["answer"] : json(nullptr)},
                     {"rated", rated},
                     {"rated_now", rated_now},
                     {"may_rate", published && !rated},
                     {"satisfaction", std::move(satisfaction)},
                     {"csrf", AnonymousCsrfToken(context.auth(), cookie)},
                     {"once", OnceTokens::Issue()},
                     {"error", TextOrNull(error)}};
  PageFrame frame = AnonymousFrame(context, cookie, "Phản ánh, kiến nghị " + view["code"].get<std::string>());
  frame.caller = viewer ? &*viewer : nullptr;
  return context.Page(status, "feedback_status", view, frame);
}

Result<Response> ShowFeedback(const PageContext& context, const Request& request,
                              const std::optional<Caller>& viewer) {
  const std::string code(request.PathParam("code"));
  if (!ParseFeedbackCode(code).ok()) return BadFeedbackCode(code);
  const BridgedAnswer answer = context.api().Call(request, "GET", "/api/v1/public/feedback/" + code, nullptr);
  if (!answer.ok() || !answer.body.is_object()) {
    const int status = answer.ok() ? 500 : answer.status;
    return Status::NotFound("public feedback lookup answered HTTP " + std::to_string(status),
                            answer.ErrorMessage("Không tìm thấy phản ánh, kiến nghị này."));
  }
  return FeedbackStatus(context, request, viewer, answer, 200, "",
                        request.QueryParam("da-danh-gia").has_value());
}

Result<Response> RateFeedback(const PageContext& context, const Request& request) {
  const std::string code(request.PathParam("code"));
  if (!ParseFeedbackCode(code).ok()) return BadFeedbackCode(code);
  MOTCUA_ASSIGN_OR_RETURN(const Form form, Form::Parse(request));
  const std::string back = "/phan-anh/" + PercentEncode(code);
  auto rerender = [&](int status, std::string_view error) -> Result<Response> {
    const BridgedAnswer current =
        context.api().Call(request, "GET", "/api/v1/public/feedback/" + code, nullptr);
    if (!current.ok()) return Status::NotFound("feedback " + code, current.ErrorMessage("Không tìm thấy."));
    return FeedbackStatus(context, request, std::nullopt, current, status, error, false);
  };
  auto scope = CheckAnonymousForm(context.auth(), request, form);
  if (!scope.ok()) return rerender(403, scope.status().user_message());
  const std::string once = form.Get("once");
  MOTCUA_ASSIGN_OR_RETURN(const OnceTokens::Claim claim, context.once().Take(*scope, once));
  if (claim.outcome == OnceTokens::Outcome::kDuplicate) return SeeOther(back + "?da-danh-gia=1");
  const json body = {{"secret", form.Get("secret")}, {"satisfaction", form.Get("satisfaction")}};
  const BridgedAnswer answer =
      context.api().Call(request, "POST", "/api/v1/public/feedback/" + code + "/rating", body);
  if (!answer.ok()) {
    context.once().Release(*scope, once);
    return rerender(answer.status, answer.ErrorMessage("Không ghi nhận được đánh giá."));
  }
  context.once().Finish(*scope, once, back + "?da-danh-gia=1");
  return SeeOther(back + "?da-danh-gia=1");
}

}  // namespace

void AddFeedbackPages(Router& router, std::shared_ptr<const PageContext> context) {
  router.Get("/phan-anh",
             PublicPage(context, [context](const Request& request, const std::optional<Caller>&) {
               return Result<Response>(FeedbackForm(*context, request, 200, Form(), ""));
             }));
  router.Post("/phan-anh", AnonymousPage(context, [context](const Request& request) {
                return SubmitFeedback(*context, request);
              }));
  router.Get("/phan-anh/tra-cuu",
             PublicPage(context, [context](const Request& request, const std::optional<Caller>& viewer) {
               return FeedbackLookupForm(*context, request, viewer);
             }));
  router.Get("/phan-anh/{code}",
             PublicPage(context, [context](const Request& request, const std::optional<Caller>& viewer) {
               return ShowFeedback(*context, request, viewer);
             }));
  router.Post("/phan-anh/{code}/danh-gia", AnonymousPage(context, [context](const Request& request) {
                return RateFeedback(*context, request);
              }));
}

}  // namespace motcua::web::pages
