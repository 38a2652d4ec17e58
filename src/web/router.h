// Router: maps a method and a path pattern ("/api/v1/procedures/{code}") to a handler. A "{name}" segment
// matches one non-empty path segment and is stored, decoded, in Request::path_params. Literal segments win
// over parameters. An unknown path is answered 404 and a known path with another method 405 with an Allow
// header, both as the JSON error envelope. HEAD falls back to the GET handler (the server drops the body).
// Routes are added before the server starts; Dispatch is then const and thread-safe.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "web/http.h"

namespace motcua::web {

// A handler returns a Response, or a non-OK Status that Dispatch turns into the error envelope.
// It may throw: Dispatch answers 500 and logs the exception.
using Handler = std::function<Result<Response>(const Request&)>;

class Router {
 public:
  // `pattern` starts with '/'; each segment is a literal or "{name}".
  void Add(std::string method, std::string_view pattern, Handler handler);
  void Get(std::string_view pattern, Handler handler) { Add("GET", pattern, std::move(handler)); }
  void Post(std::string_view pattern, Handler handler) { Add("POST", pattern, std::move(handler)); }

  // Routes `request` (filling request.path_params) and returns the handler's answer or the error envelope.
  // Never throws.
  Response Dispatch(Request& request) const;

 private:
  struct Segment {
    std::string text;  // literal text, or the parameter name
    bool is_param = false;
  };
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<Segment> segments;
    Handler handler;
  };

  // True when `route` matches the split request path; stores parameters in `params` when given.
  static bool Matches(const Route& route, const std::vector<std::string_view>& parts, Params* params);
  // Literal-before-parameter order so "/a/new" beats "/a/{id}".
  static bool MoreSpecific(const Route& a, const Route& b);

  std::vector<Route> routes_;
};

}  // namespace motcua::web
