#include "web/http.h"

#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>
#include <nlohmann/json.hpp>

#include "base/text.h"

namespace motcua::web {
namespace {

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

Status BadTarget(std::string_view why) {
  return Status::InvalidArgument("bad request-target: " + std::string(why),
                                 "Địa chỉ yêu cầu (URL) không hợp lệ.");
}

}  // namespace

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  }
  return true;
}

std::optional<std::string_view> Headers::Get(std::string_view name) const {
  for (const auto& [key, value] : fields_) {
    if (EqualsIgnoreCase(key, name)) return std::string_view(value);
  }
  return std::nullopt;
}

int Headers::Count(std::string_view name) const {
  int n = 0;
  for (const auto& field : fields_) n += EqualsIgnoreCase(field.first, name) ? 1 : 0;
  return n;
}

void Headers::Add(std::string name, std::string value) {
  fields_.emplace_back(std::move(name), std::move(value));
}

void Headers::Set(std::string_view name, std::string value) {
  Remove(name);
  fields_.emplace_back(std::string(name), std::move(value));
}

void Headers::Remove(std::string_view name) {
  std::erase_if(fields_, [name](const auto& field) { return EqualsIgnoreCase(field.first, name); });
}

std::optional<std::string_view> Request::QueryParam(std::string_view name) const {
  for (const auto& [key, value] : query) {
    if (key == name) return std::string_view(value);
  }
  return std::nullopt;
}

std::string_view Request::PathParam(std::string_view name) const {
  for (const auto& [key, value] : path_params) {
    if (key == name) return value;
  }
  return {};
}

Response JsonResponse(int status, const nlohmann::json& json) {
  return SerializedJsonResponse(status, json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

Response SerializedJsonResponse(int status, std::string serialized_json) {
  Response response;
  response.status = status;
  response.body = std::move(serialized_json);
  return response;
}

std::string ErrorEnvelope(std::string_view code, std::string_view user_message) {
  const nlohmann::json envelope = {{"error", {{"code", code}, {"message", user_message}}}};
  return envelope.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Response ErrorResponse(const Status& status) {
  if (status.ok()) {
    // A caller bug: an error answer for a success. Answer 500 rather than a misleading 200.
    return ErrorResponse(Status::Internal("ErrorResponse called with an OK status"));
  }
  return SerializedJsonResponse(HttpStatusFor(status.code()),
                                ErrorEnvelope(StatusCodeName(status.code()), status.user_message()));
}

Response ProtocolErrorResponse(int http_status, std::string_view code, std::string_view user_message) {
  return SerializedJsonResponse(http_status, ErrorEnvelope(code, user_message));
}

std::string_view ReasonPhrase(int status) {
  switch (status) {
    case 100:
      return "Continue";
    case 200:
      return "OK";
    case 201:
      return "Created";
    case 202:
      return "Accepted";
    case 204:
      return "No Content";
    case 301:
      return "Moved Permanently";
    case 302:
      return "Found";
    case 303:
      return "See Other";
    case 304:
      return "Not Modified";
    case 307:
      return "Temporary Redirect";
    case 308:
      return "Permanent Redirect";
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 408:
      return "Request Timeout";
    case 409:
      return "Conflict";
    case 411:
      return "Length Required";
    case 413:
      return "Content Too Large";
    case 414:
      return "URI Too Long";
    case 415:
      return "Unsupported Media Type";
    case 422:
      return "Unprocessable Content";
    case 429:
      return "Too Many Requests";
    case 431:
      return "Request Header Fields Too Large";
    case 500:
      return "Internal Server Error";
    case 501:
      return "Not Implemented";
    case 502:
      return "Bad Gateway";
    case 503:
      return "Service Unavailable";
    case 504:
      return "Gateway Timeout";
    case 505:
      return "HTTP Version Not Supported";
    default:
      return "Unknown";
  }
}

namespace {

// True for an origin-form target made only of characters that need no decoding ("/api/v1/procedures/1.0").
bool IsPlainPath(std::string_view target) {
  if (target.empty() || target.front() != '/') return false;
  for (char c : target) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '/' || c == '-' || c == '.' || c == '_' || c == '~';
    if (!plain) return false;
  }
  return true;
}

}  // namespace

Status ParseRequestTarget(std::string_view target, Request* request) {
  if (target.empty()) return BadTarget("empty");
  if (IsPlainPath(target)) {  // the common case, without a URL parse
    request->path = std::string(target);
    request->query.clear();
    return Status::Ok();
  }
  boost::urls::url_view url;
  if (target.front() == '/') {
    auto parsed = boost::urls::parse_origin_form(target);
    if (!parsed) return BadTarget("not a valid origin-form");
    url = *parsed;
  } else {
    auto parsed = boost::urls::parse_absolute_uri(target);
    if (!parsed) return BadTarget("neither origin-form nor absolute-form");
    url = *parsed;
    if (url.scheme_id() != boost::urls::scheme::http && url.scheme_id() != boost::urls::scheme::https) {
      return BadTarget("absolute-form with a scheme other than http(s)");
    }
  }
  request->path = url.path();
  if (request->path.empty()) request->path = "/";
  if (!IsValidUtf8(request->path)) return BadTarget("path is not valid UTF-8");
  // No control characters: the path is logged, and none is legitimate in a path.
  for (char c : request->path) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return BadTarget("control character in the path");
  }
  request->query.clear();
  if (url.has_query()) {
    // '+' is a space, as HTML forms send it.
    const boost::urls::encoding_opts opts(/*space_as_plus=*/true, /*lower_case=*/false,
                                          /*disallow_null=*/false);
    for (const auto& param : url.params(opts)) {
      if (param.key.empty() && !param.has_value) continue;  // "a=1&&b=2"
      if (!IsValidUtf8(param.key) || !IsValidUtf8(param.value)) {
        return BadTarget("query parameter is not valid UTF-8");
      }
      request->query.emplace_back(param.key, param.value);
    }
  }
  return Status::Ok();
}

}  // namespace motcua::web
