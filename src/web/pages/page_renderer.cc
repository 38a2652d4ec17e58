#include "web/pages/page_renderer.h"

#include <kainjow/mustache.hpp>

#include "base/embedded_files.h"

namespace motcua::web::pages {
namespace {

namespace mustache = kainjow::mustache;
using nlohmann::json;

constexpr std::string_view kRoot = "templates/web/";
constexpr std::string_view kSuffix = ".mustache";
constexpr std::string_view kPartials = "partials/";

mustache::data ToData(const json& value) {
  switch (value.type()) {
    case json::value_t::object: {
      mustache::data out{mustache::data::type::object};
      for (auto it = value.begin(); it != value.end(); ++it) out.set(it.key(), ToData(it.value()));
      return out;
    }
    case json::value_t::array: {
      mustache::data out{mustache::data::type::list};
      for (const json& item : value) out.push_back(ToData(item));
      return out;
    }
    case json::value_t::string:
      return mustache::data(value.get<std::string>());
    case json::value_t::boolean:
      return mustache::data(value.get<bool>() ? mustache::data::type::bool_true
                                              : mustache::data::type::bool_false);
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
      return mustache::data(value.dump());
    default:
      return mustache::data(mustache::data::type::bool_false);
  }
}

}  // namespace

Result<PageRenderer> PageRenderer::Load() {
  PageRenderer renderer;
  for (const EmbeddedFile& file : EmbeddedFilesUnder(kRoot)) {
    std::string_view name = file.path.substr(kRoot.size());
    if (!name.ends_with(kSuffix)) continue;
    renderer.sources_.emplace(std::string(name), std::string(file.content));
  }
  if (!renderer.sources_.contains("layout.mustache")) {
    return Status::Internal("data/templates/web/layout.mustache is not embedded");
  }
  return renderer;
}

std::vector<std::string> PageRenderer::PageNames() const {
  std::vector<std::string> out;
  for (const auto& [name, text] : sources_) {
    if (name == "layout.mustache" || name.starts_with(kPartials)) continue;
    out.push_back(name.substr(0, name.size() - kSuffix.size()));
  }
  return out;
}

Result<std::string> PageRenderer::Render(std::string_view page, const json& view) const {
  std::string page_file(page);
  page_file.append(kSuffix);
  auto page_it = sources_.find(page_file);
  if (page_it == sources_.end() || page_file.starts_with(kPartials)) {
    return Status::Internal("no page template " + page_file);
  }
  mustache::data data = ToData(view);
  const std::string* page_text = &page_it->second;
  data.set("content", mustache::data(mustache::partial([page_text] { return *page_text; })));
  for (const auto& [name, text] : sources_) {
    if (!name.starts_with(kPartials)) continue;
    const std::string stem = name.substr(kPartials.size(), name.size() - kPartials.size() - kSuffix.size());
    const std::string* partial_text = &text;
    data.set("_" + stem, mustache::data(mustache::partial([partial_text] { return *partial_text; })));
  }
  mustache::mustache layout(sources_.find("layout.mustache")->second);
  if (!layout.is_valid()) return Status::Internal("layout.mustache: " + layout.error_message());
  std::string html = layout.render(data);
  if (!layout.is_valid()) return Status::Internal(page_file + ": " + layout.error_message());
  return html;
}

void AddPageSecurityHeaders(Response& response) {
  response.headers.Set("Content-Security-Policy", std::string(kPageContentSecurityPolicy));
  response.headers.Set("X-Frame-Options", "DENY");
  response.headers.Set("Referrer-Policy", "same-origin");
}

Response HtmlResponse(int status, std::string html, std::string_view cache_control) {
  Response response;
  response.status = status;
  response.content_type = "text/html; charset=utf-8";
  response.body = std::move(html);
  AddPageSecurityHeaders(response);
  response.headers.Set("Cache-Control", std::string(cache_control));
  return response;
}

Response SeeOther(std::string location) {
  Response response;
  response.status = 303;
  response.content_type = "text/plain; charset=utf-8";
  response.headers.Set("Location", std::move(location));
  response.headers.Set("Cache-Control", "no-store");
  return response;
}

}  // namespace motcua::web::pages
