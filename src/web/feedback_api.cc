#include "web/feedback_api.h"

#include <algorithm>
#include <charconv>
#include <deque>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/text.h"
#include "dossier/dossier_code.h"
#include "dossier/feedback_code.h"
#include "dossier/pakn_json.h"
#include "web/json_body.h"

namespace motcua::web {
namespace {

using nlohmann::json;

constexpr size_t kMaxQueryText = 200;
constexpr int64_t kHourSeconds = 3600;
// The intake parser wants a well-formed id; the real code is given out by the store inside the service.
constexpr char kPlaceholderCode[] = "000.00.00.A00-PA-250101-0001";

// Public submissions per client address in a sliding hour. Memory is bounded: stale addresses are dropped
// first, then arbitrary ones (an attacker with that many addresses is not stopped by this anyway).
class SubmissionLimiter {
 public:
  explicit SubmissionLimiter(int per_hour) : per_hour_(per_hour) {}

  // Reserves one submission at `now`; 0 when allowed, else the seconds until the oldest one leaves the
  // window.
  int64_t Reserve(const std::string& address, Instant now) {
    std::lock_guard lock(mutex_);
    if (windows_.size() >= kMaxAddresses) Prune(now);
    std::deque<int64_t>& window = windows_[address];
    while (!window.empty() && window.front() <= now.unix_seconds - kHourSeconds) window.pop_front();
    if (static_cast<int>(window.size()) >= per_hour_) {
      return std::max<int64_t>(1, window.front() + kHourSeconds - now.unix_seconds);
    }
    window.push_back(now.unix_seconds);
    return 0;
  }

  // Gives back a reservation whose submission failed.
  void Release(const std::string& address, Instant reserved_at) {
    std::lock_guard lock(mutex_);
    auto it = windows_.find(address);
    if (it == windows_.end()) return;
    auto& window = it->second;
    auto found = std::find(window.rbegin(), window.rend(), reserved_at.unix_seconds);
    if (found != window.rend()) window.erase(std::next(found).base());
  }

 private:
  static constexpr size_t kMaxAddresses = 100'000;

  void Prune(Instant now) {
    for (auto it = windows_.begin(); it != windows_.end();) {
      if (it->second.empty() || it->second.back() <= now.unix_seconds - kHourSeconds) {
        it = windows_.erase(it);
      } else {
        ++it;
      }
    }
    if (windows_.size() >= kMaxAddresses) windows_.erase(windows_.begin());
  }

  const int per_hour_;
  std::mutex mutex_;
  std::unordered_map<std::string, std::deque<int64_t>> windows_;
};

struct Routes {
  std::shared_ptr<const AuthContext> auth;
  std::shared_ptr<FeedbackService> service;
  FeedbackApiOptions options;
  std::unique_ptr<SubmissionLimiter> limiter;
};

std::string Shown(std::string_view text) { return std::string(text.substr(0, 48)); }

Status RefuseServerKeys(const json& body, std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys) {
    if (body.contains(key)) {
      return Status::InvalidArgument("client sent the server-side key '" + std::string(key) + "'",
                                     "Trường '" + std::string(key) +
                                         "' do máy chủ ghi (mã, thời điểm, người thực hiện, kênh); "
                                         "không được gửi lên.");
    }
  }
  return Status::Ok();
}

Result<std::string> CodeParam(const Request& request) {
  const std::string_view code = request.PathParam("code");
  if (!ParseFeedbackCode(code).ok()) {
    return Status::InvalidArgument("malformed feedback code '" + Shown(code) + "'",
                                   "Mã phản ánh, kiến nghị '" + Shown(code) +
                                       "' không hợp lệ; mã có dạng <mã đơn vị>-PA-YYMMDD-XXXX, ví dụ "
                                       "000.00.20.H31-PA-251001-0001.");
  }
  return std::string(code);
}

json TimeOrNull(const std::optional<Instant>& instant) {
  return instant ? json(FormatIsoInstant(*instant)) : json(nullptr);
}

json TextOrNull(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

json StateJson(FeedbackState state) {
  return {{"id", std::string(FeedbackStateId(state))}, {"name", std::string(FeedbackStateNameVi(state))}};
}

json TopicJson(const std::optional<FeedbackTopic>& topic) {
  if (!topic) return nullptr;
  return {{"id", std::string(FeedbackTopicId(*topic))}, {"name", std::string(FeedbackTopicNameVi(*topic))}};
}

json SatisfactionJson(const std::optional<OverallSatisfaction>& satisfaction) {
  if (!satisfaction) return nullptr;
  return {{"id", std::string(OverallId(*satisfaction))}, {"name", std::string(OverallNameVi(*satisfaction))}};
}

bool Overdue(const Feedback& feedback, Instant now) {
  return AwaitsAnswer(feedback.state) && feedback.due < now;
}

// What anyone may see. The answer is public once published; the decline reason is not (it is written to the
// citizen and may name people), nor anything the citizen wrote or their contact.
json PublicView(const Feedback& f, Instant now) {
  const bool published = f.state == FeedbackState::kPublished;
  auto code = ParseFeedbackCode(f.id);
  return {{"code", f.id},
          {"unit", code.ok() ? json(code->unit_id) : json(nullptr)},
          {"state", StateJson(f.state)},
          {"topic", TopicJson(f.topic)},
          {"received_at", FormatIsoInstant(f.received_at)},
          {"due", FormatIsoInstant(f.due)},
          {"overdue", Overdue(f, now)},
          {"answered_at", TimeOrNull(f.answered_at)},
          {"published_at", TimeOrNull(f.published_at)},
          {"declined_at", TimeOrNull(f.declined_at)},
          {"answer", published ? json(f.answer) : json(nullptr)},
          {"rated", f.satisfaction.has_value()}};
}

json StepJson(const StoredFeedbackStep& stored) {
  json out = FeedbackStepToJson(stored.step);
  out["seq"] = stored.seq;
  out["recorded_at"] = FormatIsoInstant(stored.recorded_at);
  return out;
}

json OfficerView(const FeedbackService& service, const User& caller, const FeedbackView& view, Instant now) {
  const Feedback& f = view.feedback;
  json contact = json::object();
  if (!f.contact.phone.empty()) contact["phone"] = f.contact.phone;
  if (!f.contact.email.empty()) contact["email"] = f.contact.email;
  json actions = json::array();
  for (FeedbackAction action : service.AllowedActionsFor(caller, f, view.unit_code)) {
    actions.push_back(
        {{"id", std::string(FeedbackActionId(action))}, {"name", std::string(FeedbackActionNameVi(action))}});
  }
  json steps = json::array();
  for (const StoredFeedbackStep& stored : view.steps) steps.push_back(StepJson(stored));
  return {{"code", f.id},
          {"unit", view.unit_code},
          {"channel", std::string(FeedbackChannelId(f.channel))},
          {"state", StateJson(f.state)},
          {"topic", TopicJson(f.topic)},
          {"citizen_name", f.citizen_name},
          {"contact", std::move(contact)},
          {"content", f.content},
          {"dossier_code", TextOrNull(f.dossier_code)},
          {"received_at", FormatIsoInstant(f.received_at)},
          {"due", FormatIsoInstant(f.due)},
          {"overdue", Overdue(f, now)},
          {"assignee", TextOrNull(f.assignee)},
          {"answer", TextOrNull(f.answer)},
          {"answered_at", TimeOrNull(f.answered_at)},
          {"answered_by", TextOrNull(f.answered_by)},
          {"answered_on_time", f.answered_at ? json(AnsweredOnTime(f)) : json(nullptr)},
          {"published_at", TimeOrNull(f.published_at)},
          {"decline_reason", TextOrNull(f.decline_reason)},
          {"declined_at", TimeOrNull(f.declined_at)},
          {"satisfaction", SatisfactionJson(f.satisfaction)},
          {"allowed_actions", std::move(actions)},
          {"steps", std::move(steps)}};
}

json SummaryJson(const FeedbackSummary& s, Instant now) {
  return {{"code", s.code},
          {"unit", s.unit_code},
          {"channel", std::string(FeedbackChannelId(s.channel))},
          {"state", StateJson(s.state)},
          {"topic", TopicJson(s.topic)},
          {"citizen_name", s.citizen_name},
          {"dossier_code", TextOrNull(s.dossier_code)},
          {"assignee", TextOrNull(s.assignee)},
          {"received_at", FormatIsoInstant(s.received_at)},
          {"due", FormatIsoInstant(s.due)},
          {"overdue", IsOverdue(s, now)},
          {"answered_at", TimeOrNull(s.answered_at)},
          {"published_at", TimeOrNull(s.published_at)},
          {"declined_at", TimeOrNull(s.declined_at)},
          {"satisfaction", SatisfactionJson(s.satisfaction)}};
}

Status NoSuchFeedback(const std::string& code) {
  return Status::NotFound("no feedback " + code, "Không tìm thấy phản ánh, kiến nghị có mã " + code + ".");
}

// ---- POST /api/v1/public/feedback ----

Result<Response> PublicSubmit(const Routes& routes, const Request& request) {
  MOTCUA_ASSIGN_OR_RETURN(json body, ParseJsonObjectBody(request, /*allow_empty=*/false));
  MOTCUA_RETURN_IF_ERROR(RefuseServerKeys(body, {"id", "received_at", "channel"}));
  MOTCUA_RETURN_IF_ERROR(
      CheckAllowedKeys(body, {"unit", "citizen_name", "contact", "content", "dossier_code"}));
  MOTCUA_ASSIGN_OR_RETURN(const std::string unit, OptionalStringMember(body, "unit"));
  if (unit.empty() || !ValidateUnitId(unit).ok()) {
    return Status::InvalidArgument(
        "public feedback without a valid 'unit'",
        "Phản ánh, kiến nghị không hợp lệ: trường 'unit' phải là mã định danh đơn vị "
        "nhận phản ánh (dạng NNN.NN.NN.XNN, ví dụ 000.00.20.H31).");
  }
  const Instant now = routes.auth->clock().Now();
  body.erase("unit");
  body["id"] = kPlaceholderCode;
  body["received_at"] = FormatIsoInstant(now);
  body["channel"] = std::string(FeedbackChannelId(FeedbackChannel::kOnline));
  MOTCUA_ASSIGN_OR_RETURN(FeedbackIntake intake, FeedbackIntakeFromJson(body));

  const std::string address = routes.auth->ClientAddress(request);
  if (const int64_t retry_after = routes.limiter->Reserve(address, now); retry_after > 0) {
    Response response = ErrorResponse(Status::ResourceExhausted(
        "public feedback limit reached for " + address,
        "Bạn đã gửi quá nhiều phản ánh, kiến nghị trong một giờ. Vui lòng thử lại sau " +
            std::to_string((retry_after + 59) / 60) + " phút."));
    response.headers.Set("Retry-After", std::to_string(retry_after));
    return response;
  }
  auto receipt = routes.service->Submit(unit, std::move(intake), now);
  if (!receipt.ok()) {
    routes.limiter->Release(address, now);
    return receipt.status();
  }
  const std::string& code = receipt->feedback.id;
  const std::string lookup = "/api/v1/public/feedback/" + code;
  Response response = JsonResponse(201, json{{"code", code},
                                             {"secret", receipt->secret},
                                             {"received_at", FormatIsoInstant(receipt->feedback.received_at)},
                                             {"due", FormatIsoInstant(receipt->feedback.due)},
                                             {"lookup", lookup}});
  response.headers.Set("Location", lookup);
  response.headers.Set("Cache-Control", "no-store");  // the secret
  return response;
}

// ---- GET /api/v1/public/feedback/{code} ----

Result<Response> PublicLookup(const Routes& routes, const Request& request) {
  MOTCUA_ASSIGN_OR_RETURN(const std::string code, CodeParam(request));
  auto feedback = routes.service->PublicLookup(code);
  if (!feedback.ok()) {
    if (feedback.status().code() == StatusCode::kNotFound) return NoSuchFeedback(code);
    return feedback.status();
  }
  Response response = JsonResponse(200, PublicView(*feedback, routes.auth->clock().Now()));
  response.headers.Set("Cache-Control", "no-cache");
  return response;
}

// ---- POST /api/v1/public/feedback/{code}/rating ----

Result<Response> PublicRate(const Routes& routes, const Request& request) {
  MOTCUA_ASSIGN_OR_RETURN(const std::string code, CodeParam(request));
  MOTCUA_ASSIGN_OR_RETURN(const json body, ParseJsonObjectBody(request, /*allow_empty=*/false));
  MOTCUA_RETURN_IF_ERROR(CheckAllowedKeys(body, {"secret", "satisfaction"}));
  MOTCUA_ASSIGN_OR_RETURN(const std::string secret, OptionalStringMember(body, "secret"));
  MOTCUA_ASSIGN_OR_RETURN(const std::string value, OptionalStringMember(body, "satisfaction"));
  if (secret.empty()) {
    return Status::InvalidArgument(
        "rating without 'secret'",
        "Cần nhập mã bí mật (trường 'secret') được cấp khi gửi phản ánh, kiến nghị.");
  }
  auto satisfaction = ParseOverallId(value);
  if (!satisfaction.ok()) {
    return Status::InvalidArgument(
        "rating: bad 'satisfaction'",
        "Trường 'satisfaction' phải là very_satisfied (rất hài lòng), satisfied (hài "
        "lòng) hoặc unsatisfied (không hài lòng).");
  }
  const Instant now = routes.auth->clock().Now();
  auto rated = routes.service->Rate(code, secret, *satisfaction, now);
  if (!rated.ok()) {
    if (rated.status().code() == StatusCode::kNotFound) return NoSuchFeedback(code);
    return rated.status();
  }
  Response response = JsonResponse(200, PublicView(*rated, now));
  response.headers.Set("Cache-Control", "no-store");
  return response;
}

// ---- POST /api/v1/feedback ----

Result<Response> Receive(const Routes& routes, const Request& request, const Caller& caller) {
  MOTCUA_ASSIGN_OR_RETURN(json body, ParseJsonObjectBody(request, /*allow_empty=*/false));
  MOTCUA_RETURN_IF_ERROR(RefuseServerKeys(body, {"id", "received_at"}));
  MOTCUA_RETURN_IF_ERROR(
      CheckAllowedKeys(body, {"citizen_name", "contact", "content", "dossier_code", "channel"}));
  const Instant now = routes.auth->clock().Now();
  if (!body.contains("channel")) body["channel"] = std::string(FeedbackChannelId(FeedbackChannel::kDirect));
  body["id"] = kPlaceholderCode;
  body["received_at"] = FormatIsoInstant(now);
  MOTCUA_ASSIGN_OR_RETURN(FeedbackIntake intake, FeedbackIntakeFromJson(body));
  MOTCUA_ASSIGN_OR_RETURN(const FeedbackReceipt receipt,
                          routes.service->Receive(caller.user, std::move(intake), now));
  MOTCUA_ASSIGN_OR_RETURN(const FeedbackView view, routes.service->Get(caller.user, receipt.feedback.id));
  Response response =
      JsonResponse(201, json{{"code", receipt.feedback.id},
                             {"secret", receipt.secret},
                             {"feedback", OfficerView(*routes.service, caller.user, view, now)}});
  response.headers.Set("Location", "/api/v1/feedback/" + receipt.feedback.id);
  return response;
}

// ---- GET /api/v1/feedback ----

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

Result<FeedbackState> ParseState(std::string_view id) {
  for (auto state : {FeedbackState::kReceived, FeedbackState::kClassified, FeedbackState::kAssigned,
                     FeedbackState::kAnswered, FeedbackState::kPublished, FeedbackState::kDeclined}) {
    if (FeedbackStateId(state) == id) return state;
  }
  return BadParam("state", "trạng thái '" + Shown(id) + "' không tồn tại.");
}

Result<FeedbackFilter> ListFilter(const Routes& routes, const Request& request, Instant now) {
  static const std::set<std::string, std::less<>> kKnown = {
      "state",       "topic",   "assignee", "dossier", "channel", "received_from",
      "received_to", "overdue", "q",        "sort",    "limit",   "offset"};
  std::set<std::string, std::less<>> seen;
  for (const auto& [key, value] : request.query) {
    if (!kKnown.count(key)) {
      return Status::InvalidArgument("unknown query parameter '" + Shown(key) + "'",
                                     "Tham số '" + Shown(key) + "' không được hỗ trợ.");
    }
    if (!seen.insert(key).second) return BadParam(key, "chỉ được ghi một lần.");
  }
  FeedbackFilter filter;
  filter.limit = routes.options.default_limit;
  for (const auto& [key, value] : request.query) {
    if (key == "state") {
      for (std::string_view id : CommaList(value)) {
        MOTCUA_ASSIGN_OR_RETURN(const FeedbackState state, ParseState(id));
        filter.states.push_back(state);
      }
    } else if (key == "topic") {
      for (std::string_view id : CommaList(value)) {
        auto topic = ParseFeedbackTopicId(id);
        if (!topic.ok()) return BadParam(key, "cần regulation, staff, handling hoặc other.");
        filter.topics.push_back(*topic);
      }
    } else if (key == "assignee") {
      if (TrimAscii(value).empty()) return BadParam(key, "không được để trống.");
      filter.assignee = std::string(TrimAscii(value));
    } else if (key == "dossier") {
      if (!ParseDossierCode(value).ok()) return BadParam(key, "cần mã hồ sơ dạng <mã đơn vị>-YYMMDD-XXXX.");
      filter.dossier_code = value;
    } else if (key == "channel") {
      auto channel = ParseFeedbackChannelId(value);
      if (!channel.ok()) return BadParam(key, "cần direct, online, postal hoặc phone.");
      filter.channel = *channel;
    } else if (key == "received_from") {
      MOTCUA_ASSIGN_OR_RETURN(filter.received_from, TimeParam(key, value, false));
    } else if (key == "received_to") {
      MOTCUA_ASSIGN_OR_RETURN(filter.received_to, TimeParam(key, value, true));
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
        filter.sort = FeedbackSort::kReceivedDesc;
      } else if (value == "received_asc") {
        filter.sort = FeedbackSort::kReceivedAsc;
      } else if (value == "due_asc") {
        filter.sort = FeedbackSort::kDueAsc;
      } else if (value == "code") {
        filter.sort = FeedbackSort::kCode;
      } else {
        return BadParam(key, "cần received_desc, received_asc, due_asc hoặc code.");
      }
    } else if (key == "limit") {
      MOTCUA_ASSIGN_OR_RETURN(filter.limit, IntParam(key, value, 1, kMaxFeedbackPage));
    } else if (key == "offset") {
      MOTCUA_ASSIGN_OR_RETURN(filter.offset, IntParam(key, value, 0, 1'000'000'000));
    }
  }
  return filter;
}

Result<Response> List(const Routes& routes, const Request& request, const Caller& caller) {
  const Instant now = routes.auth->clock().Now();
  MOTCUA_ASSIGN_OR_RETURN(const FeedbackFilter filter, ListFilter(routes, request, now));
  MOTCUA_ASSIGN_OR_RETURN(const FeedbackPage page, routes.service->List(caller.user, filter));
  json items = json::array();
  for (const FeedbackSummary& summary : page.items) items.push_back(SummaryJson(summary, now));
  return JsonResponse(200, json{{"items", std::move(items)},
                                {"total", page.total},
                                {"limit", filter.limit},
                                {"offset", filter.offset}});
}

// ---- GET /api/v1/feedback/{code} ----

Result<Response> Get(const Routes& routes, const Request& request, const Caller& caller) {
  MOTCUA_ASSIGN_OR_RETURN(const std::string code, CodeParam(request));
  MOTCUA_ASSIGN_OR_RETURN(const FeedbackView view, routes.service->Get(caller.user, code));
  return JsonResponse(200, OfficerView(*routes.service, caller.user, view, routes.auth->clock().Now()));
}

// ---- POST /api/v1/feedback/{code}/actions/{action} ----

Result<Response> Act(const Routes& routes, const Request& request, const Caller& caller) {
  MOTCUA_ASSIGN_OR_RETURN(const std::string code, CodeParam(request));
  const std::string_view action_id = request.PathParam("action");
  auto action = ParseFeedbackActionId(action_id);
  if (!action.ok()) {
    return Status::NotFound("unknown feedback action '" + Shown(action_id) + "'",
                            "Không có thao tác '" + Shown(action_id) + "' trên phản ánh, kiến nghị.");
  }
  if (*action == FeedbackAction::kRate) {
    return Status::InvalidArgument("officers do not rate feedback",
                                   "Việc đánh giá mức độ hài lòng do người dân thực hiện tại "
                                   "/api/v1/public/feedback/{mã}/rating bằng mã bí mật được cấp.");
  }
  MOTCUA_ASSIGN_OR_RETURN(json body, ParseJsonObjectBody(request, /*allow_empty=*/true));
  MOTCUA_RETURN_IF_ERROR(RefuseServerKeys(body, {"action", "at", "by"}));
  const Instant now = routes.auth->clock().Now();
  body["action"] = std::string(action_id);
  body["at"] = FormatIsoInstant(now);
  body["by"] = caller.user.username;
  MOTCUA_ASSIGN_OR_RETURN(FeedbackStep step, FeedbackStepFromJson(body));
  MOTCUA_RETURN_IF_ERROR(routes.service->Act(caller.user, code, std::move(step), now).status());
  MOTCUA_ASSIGN_OR_RETURN(const FeedbackView view, routes.service->Get(caller.user, code));
  return JsonResponse(200, OfficerView(*routes.service, caller.user, view, now));
}

}  // namespace

void AddFeedbackRoutes(Router& router, std::shared_ptr<const AuthContext> auth,
                       std::shared_ptr<FeedbackService> service, FeedbackApiOptions options) {
  auto limiter = std::make_unique<SubmissionLimiter>(options.public_submissions_per_hour);
  auto routes = std::make_shared<const Routes>(Routes{auth, std::move(service), options, std::move(limiter)});
  auto bind = [&routes](Result<Response> (*fn)(const Routes&, const Request&, const Caller&)) {
    return Authenticated(routes->auth, [routes, fn](const Request& request, const Caller& caller) {
      return fn(*routes, request, caller);
    });
  };
  auto open = [&routes](Result<Response> (*fn)(const Routes&, const Request&)) {
    return [routes, fn](const Request& request) { return fn(*routes, request); };
  };
  router.Post("/api/v1/public/feedback", open(&PublicSubmit));
  router.Get("/api/v1/public/feedback/{code}", open(&PublicLookup));
  router.Post("/api/v1/public/feedback/{code}/rating", open(&PublicRate));
  router.Post("/api/v1/feedback", bind(&Receive));
  router.Get("/api/v1/feedback", bind(&List));
  router.Get("/api/v1/feedback/{code}", bind(&Get));
  router.Post("/api/v1/feedback/{code}/actions/{action}", bind(&Act));
}

}  // namespace motcua::web
