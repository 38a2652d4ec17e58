// PageRenderer: server-side HTML from the mustache templates compiled into the binary
// (data/templates/web/, kainjow mustache). A page template is rendered inside layout.mustache, which
// includes it as the partial "content"; every data/templates/web/partials/NAME.mustache is the partial
// "_NAME". Variables are HTML-escaped ({{name}}: & < > " '); the templates never use the unescaped forms
// ({{{ }}} / {{& }}), which a test enforces, so nothing a user typed can become markup.
// The view is JSON: objects, arrays, strings and booleans as mustache expects them; numbers are written as
// text; null is false (a section over it renders nothing). Immutable after Load(); thread-safe.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "web/http.h"

namespace motcua::web::pages {

class PageRenderer {
 public:
  // The templates embedded under data/templates/web/. Internal when the layout is missing (a broken build).
  static Result<PageRenderer> Load();

  // The HTML of page `page` (data/templates/web/<page>.mustache) inside the layout. Internal for an unknown
  // page or a template that does not parse.
  Result<std::string> Render(std::string_view page, const nlohmann::json& view) const;

  // Names of the page templates, for tests.
  std::vector<std::string> PageNames() const;
  // The raw text of every template, by path under templates/web/, for tests.
  const std::map<std::string, std::string, std::less<>>& sources() const { return sources_; }

 private:
  std::map<std::string, std::string, std::less<>> sources_;  // "layout.mustache", "partials/x.mustache"
};

// The Content-Security-Policy of every page: only this site's own scripts, styles, images and form targets;
// never framed.
inline constexpr std::string_view kPageContentSecurityPolicy =
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'";

// Adds the page security headers: Content-Security-Policy, X-Frame-Options (for browsers without
// frame-ancestors) and Referrer-Policy: same-origin (dossier codes in URLs never leave the site). The server
// itself adds X-Content-Type-Options: nosniff to every answer.
void AddPageSecurityHeaders(Response& response);

// An HTML answer: text/html; charset=utf-8 with the security headers and `cache_control`.
Response HtmlResponse(int status, std::string html, std::string_view cache_control = "no-store");

// A 303 See Other to `location` (a local path), the answer to every successful form POST.
Response SeeOther(std::string location);

}  // namespace motcua::web::pages
