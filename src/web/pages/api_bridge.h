// ApiBridge: lets a page reuse a JSON API endpoint whose logic is private to its file (sign-in with its
// throttle, sign-out, the public PAKN intake with its per-address limit, the public PAKN view). The page
// builds the JSON body from its form and the bridge dispatches an internal request through the server's own
// Router with the browser's relevant headers (Host, Origin, Referer, Cookie, X-Forwarded-For, the peer
// address), so the endpoint sees what it would see from the browser and applies every check it applies
// there. Nothing is re-implemented and the per-process state (throttles, limits) is shared.
//
// Router::Dispatch is const and re-entrant (it has finished routing before it calls a handler), and the
// router outlives the server. Thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "web/http.h"
#include "web/router.h"

namespace motcua::web::pages {

struct BridgedAnswer {
  int status = 0;
  nlohmann::json body;                   // the parsed JSON body (discarded when not JSON)
  std::vector<std::string> set_cookies;  // Set-Cookie values to pass on to the browser
  std::string retry_after;               // Retry-After, when the endpoint sent one

  bool ok() const { return status >= 200 && status < 300; }
  // The Vietnamese message of the error envelope, or `fallback`.
  std::string ErrorMessage(std::string_view fallback) const;
};

class ApiBridge {
 public:
  explicit ApiBridge(const Router& router) : router_(router) {}

  // Sends `method path` with `body` (JSON, omitted when null) and the extra `headers`, carrying over the
  // browser's Host, Origin, Referer, Cookie, User-Agent and X-Forwarded-For, and its peer address.
  BridgedAnswer Call(const Request& from, std::string method, std::string path, const nlohmann::json& body,
                     const std::vector<std::pair<std::string, std::string>>& headers = {}) const;

 private:
  const Router& router_;
};

}  // namespace motcua::web::pages
