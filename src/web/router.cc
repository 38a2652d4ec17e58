#include "web/router.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <exception>

namespace motcua::web {
namespace {

// Splits "/a/b/c" into {"a","b","c"}; "/" gives {}. An empty segment ("//", trailing "/") is kept as "" so
// that it matches no route.
void SplitPath(std::string_view path, std::vector<std::string_view>* parts) {
  parts->clear();
  if (path.empty() || path.front() != '/') {
    parts->push_back(path);  // never matches: patterns start with '/'
    return;
  }
  if (path.size() == 1) return;
  size_t start = 1;
  while (true) {
    const size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) {
      parts->push_back(path.substr(start));
      return;
    }
    parts->push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
}

void LogHandlerError(const Request& request, const Status& status) {
  const int http_status = HttpStatusFor(status.code());
  if (http_status >= 500) {
    spdlog::error("request {} {} {} failed: {}", request.request_id, request.method, request.path,
                  status.ToString());
  } else {
    spdlog::debug("request {} {} {} rejected: {}", request.request_id, request.method, request.path,
                  status.ToString());
  }
}

}  // namespace

void Router::Add(std::string method, std::string_view pattern, Handler handler) {
  Route route;
  route.method = std::move(method);
  route.pattern = std::string(pattern);
  std::vector<std::string_view> parts;
  SplitPath(pattern, &parts);
  for (std::string_view part : parts) {
    Segment segment;
    if (part.size() >= 2 && part.front() == '{' && part.back() == '}') {
      segment.is_param = true;
      segment.text = std::string(part.substr(1, part.size() - 2));
    } else {
      segment.text = std::string(part);
    }
    route.segments.push_back(std::move(segment));
  }
  route.handler = std::move(handler);
  routes_.push_back(std::move(route));
  std::stable_sort(routes_.begin(), routes_.end(), MoreSpecific);
}

bool Router::MoreSpecific(const Route& a, const Route& b) {
  const size_t n = std::min(a.segments.size(), b.segments.size());
  for (size_t i = 0; i < n; ++i) {
    if (a.segments[i].is_param != b.segments[i].is_param) return !a.segments[i].is_param;
  }
  return false;
}

bool Router::Matches(const Route& route, const std::vector<std::string_view>& parts, Params* params) {
  if (route.segments.size() != parts.size()) return false;
  for (size_t i = 0; i < parts.size(); ++i) {
    const Segment& segment = route.segments[i];
    if (segment.is_param) {
      if (parts[i].empty()) return false;
    } else if (segment.text != parts[i]) {
      return false;
    }
  }
  if (params != nullptr) {
    params->clear();
    for (size_t i = 0; i < parts.size(); ++i) {
      if (route.segments[i].is_param) params->emplace_back(route.segments[i].text, std::string(parts[i]));
    }
  }
  return true;
}

Response Router::Dispatch(Request& request) const {
  thread_local std::vector<std::string_view> parts;
  SplitPath(request.path, &parts);
  const bool is_head = request.method == "HEAD";

  const Route* found = nullptr;
  const Route* get_for_head = nullptr;
  for (const Route& route : routes_) {
    if (route.method != request.method && !(is_head && route.method == "GET")) continue;
    if (!Matches(route, parts, nullptr)) continue;
    if (route.method == request.method) {
      found = &route;
      break;
    }
    if (get_for_head == nullptr) get_for_head = &route;
  }
  if (found == nullptr) found = get_for_head;

  if (found == nullptr) {
    std::vector<std::string> allowed;
    for (const Route& route : routes_) {
      if (!Matches(route, parts, nullptr)) continue;
      if (std::find(allowed.begin(), allowed.end(), route.method) == allowed.end())
        allowed.push_back(route.method);
      if (route.method == "GET" && std::find(allowed.begin(), allowed.end(), "HEAD") == allowed.end()) {
        allowed.push_back("HEAD");
      }
    }
    if (allowed.empty()) {
      return ErrorResponse(
          Status::NotFound("no route for " + request.path, "Không tìm thấy địa chỉ yêu cầu."));
    }
    std::sort(allowed.begin(), allowed.end());
    std::string allow;
    for (const std::string& method : allowed) {
      if (!allow.empty()) allow += ", ";
      allow += method;
    }
    Response response = ProtocolErrorResponse(
        405, "METHOD_NOT_ALLOWED", "Phương thức " + request.method + " không được hỗ trợ tại địa chỉ này.");
    response.headers.Set("Allow", std::move(allow));
    return response;
  }

  Matches(*found, parts, &request.path_params);
  try {
    Result<Response> result = found->handler(request);
    if (result.ok()) return std::move(result).value();
    LogHandlerError(request, result.status());
    return ErrorResponse(result.status());
  } catch (const std::exception& e) {
    spdlog::error("request {} {} {}: handler threw: {}", request.request_id, request.method, request.path,
                  e.what());
  } catch (...) {
    spdlog::error("request {} {} {}: handler threw a non-standard exception", request.request_id,
                  request.method, request.path);
  }
  return ErrorResponse(Status::Internal("handler threw"));
}

}  // namespace motcua::web
