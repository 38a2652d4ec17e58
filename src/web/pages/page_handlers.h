// Router handlers for pages: who may open them and how failures look. Every wrapper turns a non-OK Status
// returned by the page into the HTML error page (web/pages/page_context.h), never the JSON envelope.
//   PublicPage   anyone; the signed-in officer, if any, is shown in the header (GET and HEAD only).
//   AnonymousPage  anyone, without looking for a session (the POSTs of the sign-in and public forms).
//   OfficerPage  GET for a signed-in officer; nobody signed in -> 303 to /dang-nhap?tiep=<this page>.
//   OfficerForm  POST of a form by a signed-in officer: the body is parsed (form.h), then the caller is
//                authenticated with the form's CSRF field (form_guard.h); nobody signed in -> 303 to the
//                sign-in page (returning to the page the form was on); a bad token or another origin -> 403.
// Thread-safe.
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include "web/pages/form.h"
#include "web/pages/page_context.h"

namespace motcua::web::pages {

using PublicHandler = std::function<Result<Response>(const Request&, const std::optional<Caller>&)>;
using OfficerHandler = std::function<Result<Response>(const Request&, const Caller&)>;
using OfficerFormHandler = std::function<Result<Response>(const Request&, const Caller&, const Form&)>;

Handler PublicPage(std::shared_ptr<const PageContext> context, PublicHandler handler);
Handler AnonymousPage(std::shared_ptr<const PageContext> context,
                      std::function<Result<Response>(const Request&)> handler);
Handler OfficerPage(std::shared_ptr<const PageContext> context, OfficerHandler handler);
Handler OfficerForm(std::shared_ptr<const PageContext> context, OfficerFormHandler handler,
                    FormLimits limits = {});

// The local path of the page a form was posted from (its same-origin Referer), or `fallback`.
std::string ReferringPath(const Request& request, std::string_view fallback);

}  // namespace motcua::web::pages
