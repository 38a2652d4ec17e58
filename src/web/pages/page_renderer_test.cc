// The renderer escapes everything, the templates never opt out of escaping, and every page template parses
// and renders inside the layout.
#include "web/pages/page_renderer.h"

#include <gtest/gtest.h>

#include <regex>

#include "web/pages/assets.h"

namespace motcua::web::pages {
namespace {

using nlohmann::json;

TEST(PageRendererTest, NoTemplateUsesUnescapedOutput) {
  auto renderer = PageRenderer::Load();
  ASSERT_TRUE(renderer.ok()) << renderer.status().ToString();
  ASSERT_FALSE(renderer->sources().empty());
  for (const auto& [name, text] : renderer->sources()) {
    EXPECT_EQ(text.find("{{{"), std::string::npos) << name;
    EXPECT_EQ(text.find("{{&"), std::string::npos) << name;
    EXPECT_EQ(text.find("{{="), std::string::npos) << name;  // no delimiter changes either
    // No inline script or style: the Content-Security-Policy would block them.
    EXPECT_EQ(text.find("<script>"), std::string::npos) << name;
    EXPECT_EQ(text.find("style=\""), std::string::npos) << name;
    EXPECT_FALSE(std::regex_search(text, std::regex(R"(\son[a-z]+\s*=)")))
        << name << ": inline event handler";
  }
}

TEST(PageRendererTest, EveryPageRendersInsideTheLayout) {
  auto renderer = PageRenderer::Load();
  ASSERT_TRUE(renderer.ok());
  const std::vector<std::string> pages = renderer->PageNames();
  EXPECT_GE(pages.size(), 15u);
  for (const std::string& page : pages) {
    const json view = {
        {"layout", {{"page_title", "Tiêu đề"}, {"site_name", "UBND xã"}, {"nav", json::array()}}}};
    auto html = renderer->Render(page, view);
    ASSERT_TRUE(html.ok()) << page << ": " << html.status().ToString();
    EXPECT_NE(html->find("<!DOCTYPE html>"), std::string::npos) << page;
    EXPECT_NE(html->find("<title>Tiêu đề - UBND xã</title>"), std::string::npos) << page;
    EXPECT_NE(html->find("</html>"), std::string::npos) << page;
  }
  EXPECT_FALSE(renderer->Render("no-such-page", json::object()).ok());
  EXPECT_FALSE(renderer->Render("partials/pager", json::object()).ok());
}

TEST(PageRendererTest, EscapesHostileText) {
  auto renderer = PageRenderer::Load();
  ASSERT_TRUE(renderer.ok());
  const std::string hostile = "<script>alert('x')</script>\" onmouseover=\"alert(1)&";
  const json view = {{"layout", {{"page_title", hostile}, {"site_name", hostile}, {"nav", json::array()}}},
                     {"heading", hostile},
                     {"message", hostile},
                     {"status", 400}};
  auto html = renderer->Render("error", view);
  ASSERT_TRUE(html.ok());
  EXPECT_EQ(html->find("<script>alert"), std::string::npos);
  EXPECT_EQ(html->find("\" onmouseover"), std::string::npos);
  EXPECT_NE(
      html->find("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;&quot; onmouseover=&quot;alert(1)&amp;"),
      std::string::npos);
}

TEST(PageRendererTest, HtmlResponsesCarryTheSecurityHeaders) {
  const Response response = HtmlResponse(200, "<p>x</p>");
  EXPECT_EQ(response.content_type, "text/html; charset=utf-8");
  const std::string csp(response.headers.Get("Content-Security-Policy").value_or(""));
  EXPECT_NE(csp.find("default-src 'self'"), std::string::npos);
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos);
  EXPECT_NE(csp.find("form-action 'self'"), std::string::npos);
  EXPECT_EQ(response.headers.Get("X-Frame-Options").value_or(""), "DENY");
  EXPECT_EQ(response.headers.Get("Referrer-Policy").value_or(""), "same-origin");
  EXPECT_EQ(response.headers.Get("Cache-Control").value_or(""), "no-store");
  const Response redirect = SeeOther("/ho-so");
  EXPECT_EQ(redirect.status, 303);
  EXPECT_EQ(redirect.headers.Get("Location").value_or(""), "/ho-so");
}

TEST(AssetCatalogTest, ServesHashedNamesImmutableAndPlainNamesWithEtag) {
  AssetCatalog assets;
  const std::string url = assets.Url("motcua.css");
  ASSERT_TRUE(url.starts_with("/assets/motcua.")) << url;
  ASSERT_TRUE(url.ends_with(".css")) << url;
  EXPECT_EQ(assets.Url("missing.css"), "");

  Request request;
  request.method = "GET";
  request.path_params = {{"file", url.substr(std::string("/assets/").size())}};
  const Response hashed = assets.Serve(request);
  EXPECT_EQ(hashed.status, 200);
  EXPECT_EQ(hashed.content_type, "text/css; charset=utf-8");
  EXPECT_EQ(hashed.headers.Get("Cache-Control").value_or(""), "public, max-age=31536000, immutable");
  EXPECT_FALSE(hashed.BodyView().empty());
  const std::string etag(hashed.headers.Get("ETag").value_or(""));
  ASSERT_FALSE(etag.empty());

  request.path_params = {{"file", "motcua.css"}};
  const Response plain = assets.Serve(request);
  EXPECT_EQ(plain.status, 200);
  EXPECT_EQ(plain.headers.Get("Cache-Control").value_or(""), "no-cache");
  request.headers.Add("If-None-Match", etag);
  const Response not_modified = assets.Serve(request);
  EXPECT_EQ(not_modified.status, 304);
  EXPECT_TRUE(not_modified.BodyView().empty());

  request = Request{};
  request.path_params = {{"file", "../etc/passwd"}};
  EXPECT_EQ(assets.Serve(request).status, 404);
}

TEST(AssetCatalogTest, TheStylesheetIsSmallAndSelfContained) {
  AssetCatalog assets;
  Request request;
  request.path_params = {{"file", "motcua.css"}};
  const Response css = assets.Serve(request);
  EXPECT_LT(css.BodyView().size(), 20u * 1024);
  EXPECT_EQ(css.BodyView().find("@import"), std::string::npos);
  EXPECT_EQ(css.BodyView().find("http"), std::string::npos);  // no external fonts or CDNs
  EXPECT_NE(css.BodyView().find("@media print"), std::string::npos);
}

}  // namespace
}  // namespace motcua::web::pages
