// Plain HTTP request and response values, the only HTTP types the rest of MotCua sees (Beast stays inside
// web/beast_server.cc). Every error answered by the server uses one JSON envelope:
//   {"error":{"code":"NOT_FOUND","message":"<Vietnamese user message>"}}
// with the HTTP status from HttpStatusFor (base/status.h). Values; thread-safe to share const.
#pragma once

#include <cstdint>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace motcua::web {

// Header fields in arrival order with case-insensitive name lookup. Duplicate names are kept.
class Headers {
 public:
  // The first value of `name` (case-insensitive), or nullopt.
  std::optional<std::string_view> Get(std::string_view name) const;
  // Number of fields named `name`.
  int Count(std::string_view name) const;
  void Add(std::string name, std::string value);
  // Replaces every field named `name` with one field.
  void Set(std::string_view name, std::string value);
  void Remove(std::string_view name);

  const std::vector<std::pair<std::string, std::string>>& fields() const { return fields_; }
  bool empty() const { return fields_.empty(); }

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
};

bool EqualsIgnoreCase(std::string_view a, std::string_view b);

using Params = std::vector<std::pair<std::string, std::string>>;

struct Request {
  std::string method;  // "GET", as sent (methods are case-sensitive)
  std::string target;  // raw request-target, e.g. "/api/v1/procedures?q=khai%20sinh"
  std::string path;    // percent-decoded path, e.g. "/api/v1/procedures"
  Params query;        // percent-decoded ('+' is a space), in order; valid UTF-8
  Headers headers;
  std::string body;
  int version = 11;            // 10 or 11
  std::string remote_address;  // "127.0.0.1:53211"
  std::string request_id;      // echoed in X-Request-Id
  Params path_params;          // filled by the Router from "{name}" segments, decoded

  // First value of the query parameter `name`, or nullopt.
  std::optional<std::string_view> QueryParam(std::string_view name) const;
  // Value of the path parameter `name` ("" when absent).
  std::string_view PathParam(std::string_view name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  Headers headers;  // extra headers; the server adds Date, Content-Length, Connection, X-Request-Id
  std::string body;
  // When set, sent instead of `body`: lets a handler answer with a pre-serialised, shared document without
  // copying it.
  std::shared_ptr<const std::string> shared_body;

  std::string_view BodyView() const {
    return shared_body ? std::string_view(*shared_body) : std::string_view(body);
  }
};

// A JSON answer with `status`.
Response JsonResponse(int status, const nlohmann::json& json);
// The same from an already serialised JSON document (not checked).
Response SerializedJsonResponse(int status, std::string serialized_json);
// The error envelope for a non-OK status, with the HTTP status from HttpStatusFor(status.code()).
// Only the Vietnamese user message is sent; the English message is for the log.
Response ErrorResponse(const Status& status);
// The same envelope for protocol-level answers that have no StatusCode (405, 408, 431, 501); `code` is the
// machine name ("METHOD_NOT_ALLOWED").
Response ProtocolErrorResponse(int http_status, std::string_view code, std::string_view user_message);
// The envelope's bytes, for callers that need the body only.
std::string ErrorEnvelope(std::string_view code, std::string_view user_message);

// Standard reason phrase ("Not Found"); "Unknown" for codes without one.
std::string_view ReasonPhrase(int status);

// Splits a request-target (origin-form "/p?q" or absolute-form "http://h/p?q") into the decoded path and
// query of `request`. Rejects other forms, malformed escapes, decoded text that is not UTF-8 and control
// characters in the decoded path.
Status ParseRequestTarget(std::string_view target, Request* request);

}  // namespace motcua::web
