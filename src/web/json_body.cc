#include "web/json_body.h"

#include <set>
#include <string>
#include <vector>

namespace motcua::web {
namespace {

using nlohmann::json;

bool IsJsonContentType(std::string_view value) {
  // "application/json", optionally with parameters ("; charset=utf-8"); the media type is case-insensitive.
  const size_t semicolon = value.find(';');
  std::string_view type = value.substr(0, semicolon);
  while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.remove_suffix(1);
  while (!type.empty() && (type.front() == ' ' || type.front() == '\t')) type.remove_prefix(1);
  return EqualsIgnoreCase(type, "application/json");
}

Status NotJson() {
  return Status::InvalidArgument("request body is not well-formed JSON",
                                 "Nội dung yêu cầu không phải JSON hợp lệ.");
}

}  // namespace

Result<json> ParseJsonObjectBody(const Request& request, bool allow_empty, size_t max_bytes) {
  if (request.body.size() > max_bytes) {
    return Status::TooLarge(
        "request body of " + std::to_string(request.body.size()) + " bytes over " + std::to_string(max_bytes),
        "Nội dung yêu cầu quá lớn (tối đa " + std::to_string(max_bytes / 1024) + " KiB).");
  }
  if (request.body.empty()) {
    if (allow_empty) return json::object();
    return Status::InvalidArgument("empty request body",
                                   "Yêu cầu thiếu nội dung JSON (Content-Type: application/json).");
  }
  const auto content_type = request.headers.Get("Content-Type");
  if (!content_type || !IsJsonContentType(*content_type)) {
    return Status::InvalidArgument("request body is not declared as application/json",
                                   "Nội dung yêu cầu phải là JSON, gửi kèm tiêu đề "
                                   "'Content-Type: application/json'.");
  }
  // The callback keeps one set of keys per open object to find repeated keys (nlohmann keeps the last one
  // silently), and the nesting depth.
  std::vector<std::set<std::string>> open_objects;
  int depth = 0;
  bool duplicate = false;
  bool too_deep = false;
  std::string duplicate_key;
  const json::parser_callback_t callback = [&](int, json::parse_event_t event, json& parsed) {
    switch (event) {
      case json::parse_event_t::object_start:
        open_objects.emplace_back();
        if (++depth > kMaxJsonDepth) too_deep = true;
        break;
      case json::parse_event_t::array_start:
        if (++depth > kMaxJsonDepth) too_deep = true;
        break;
      case json::parse_event_t::object_end:
        if (!open_objects.empty()) open_objects.pop_back();
        --depth;
        break;
      case json::parse_event_t::array_end:
        --depth;
        break;
      case json::parse_event_t::key:
        if (!open_objects.empty() && !open_objects.back().insert(parsed.get<std::string>()).second) {
          if (!duplicate) duplicate_key = parsed.get<std::string>();
          duplicate = true;
        }
        break;
      case json::parse_event_t::value:
        break;
    }
    return true;
  };
  json body = json::parse(request.body, callback, /*allow_exceptions=*/false);
  if (body.is_discarded()) return NotJson();
  if (too_deep) {
    return Status::InvalidArgument(
        "request body nested too deeply",
        "Nội dung JSON lồng nhau quá sâu (tối đa " + std::to_string(kMaxJsonDepth) + " cấp).");
  }
  if (duplicate) {
    const std::string shown = duplicate_key.substr(0, 64);
    return Status::InvalidArgument("request body repeats the key '" + shown + "'",
                                   "Nội dung JSON có trường '" + shown + "' xuất hiện hai lần.");
  }
  if (!body.is_object()) {
    return Status::InvalidArgument("request body is not a JSON object",
                                   "Nội dung yêu cầu phải là một đối tượng JSON ({...}).");
  }
  return body;
}

Status CheckAllowedKeys(const json& object, std::initializer_list<std::string_view> allowed) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    bool known = false;
    for (std::string_view key : allowed) known = known || key == it.key();
    if (!known) {
      const std::string shown = it.key().substr(0, 64);
      return Status::InvalidArgument("unknown key '" + shown + "' in the request body",
                                     "Trường '" + shown + "' không hợp lệ ở đây.");
    }
  }
  return Status::Ok();
}

Result<std::string> OptionalStringMember(const json& object, std::string_view key) {
  auto it = object.find(key);
  if (it == object.end()) return std::string();
  if (!it->is_string()) {
    return Status::InvalidArgument("'" + std::string(key) + "' is not a string",
                                   "Trường '" + std::string(key) + "' phải là chuỗi ký tự.");
  }
  return it->get<std::string>();
}

}  // namespace motcua::web
