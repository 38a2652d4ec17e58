#include "web/pages/api_bridge.h"

namespace motcua::web::pages {

std::string BridgedAnswer::ErrorMessage(std::string_view fallback) const {
  if (body.is_object()) {
    auto error = body.find("error");
    if (error != body.end() && error->is_object()) {
      auto message = error->find("message");
      if (message != error->end() && message->is_string()) return message->get<std::string>();
    }
  }
  return std::string(fallback);
}

BridgedAnswer ApiBridge::Call(const Request& from, std::string method, std::string path,
                              const nlohmann::json& body,
                              const std::vector<std::pair<std::string, std::string>>& headers) const {
  Request request;
  request.method = std::move(method);
  request.target = path;
  request.path = std::move(path);
  request.version = from.version;
  request.remote_address = from.remote_address;
  request.request_id = from.request_id;
  for (const char* name : {"Host", "Origin", "Referer", "Cookie", "User-Agent", "X-Forwarded-For"}) {
    for (const auto& [key, value] : from.headers.fields()) {
      if (EqualsIgnoreCase(key, name)) request.headers.Add(key, value);
    }
  }
  for (const auto& [name, value] : headers) request.headers.Set(name, value);
  if (!body.is_null()) {
    request.body = body.dump();
    request.headers.Set("Content-Type", "application/json");
  }
  const Response response = router_.Dispatch(request);
  BridgedAnswer answer;
  answer.status = response.status;
  answer.body = nlohmann::json::parse(response.BodyView(), nullptr, /*allow_exceptions=*/false);
  if (answer.body.is_discarded()) answer.body = nullptr;
  for (const auto& [name, value] : response.headers.fields()) {
    if (EqualsIgnoreCase(name, "Set-Cookie")) answer.set_cookies.push_back(value);
    if (EqualsIgnoreCase(name, "Retry-After")) answer.retry_after = value;
  }
  return answer;
}

}  // namespace motcua::web::pages
