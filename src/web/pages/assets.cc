#include "web/pages/assets.h"

#include "attachment/sha256.h"
#include "base/embedded_files.h"

namespace motcua::web::pages {
namespace {

constexpr std::string_view kRoot = "assets/";

std::string ContentTypeFor(std::string_view name) {
  if (name.ends_with(".css")) return "text/css; charset=utf-8";
  if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (name.ends_with(".svg")) return "image/svg+xml";
  if (name.ends_with(".png")) return "image/png";
  return "application/octet-stream";
}

// "motcua.css" + "3f2a9c1d0b" -> "motcua.3f2a9c1d0b.css".
std::string HashedName(std::string_view name, std::string_view hash) {
  const size_t dot = name.rfind('.');
  std::string out(name.substr(0, dot));
  out.append(".").append(hash);
  if (dot != std::string_view::npos) out.append(name.substr(dot));
  return out;
}

// True when the If-None-Match list names `etag` (or is "*").
bool MatchesEtag(std::string_view if_none_match, std::string_view etag) {
  if (if_none_match.find('*') != std::string_view::npos) return true;
  return if_none_match.find(etag) != std::string_view::npos;
}

}  // namespace

AssetCatalog::AssetCatalog() {
  for (const EmbeddedFile& file : EmbeddedFilesUnder(kRoot)) {
    const std::string name(file.path.substr(kRoot.size()));
    if (name.find('/') != std::string::npos) continue;  // flat folder
    const std::string hash = Sha256Hex(file.content).substr(0, 10);
    Asset asset{std::make_shared<const std::string>(file.content), ContentTypeFor(name), "\"" + hash + "\"",
                HashedName(name, hash)};
    hashed_to_name_.emplace(asset.hashed_name, name);
    by_name_.emplace(name, std::move(asset));
  }
}

std::string AssetCatalog::Url(std::string_view name) const {
  auto it = by_name_.find(name);
  return it == by_name_.end() ? std::string() : "/assets/" + it->second.hashed_name;
}

Response AssetCatalog::Serve(const Request& request) const {
  const std::string_view file = request.PathParam("file");
  const Asset* asset = nullptr;
  bool hashed = false;
  if (auto it = hashed_to_name_.find(file); it != hashed_to_name_.end()) {
    asset = &by_name_.find(it->second)->second;
    hashed = true;
  } else if (auto plain = by_name_.find(file); plain != by_name_.end()) {
    asset = &plain->second;
  }
  Response response;
  if (asset == nullptr) {
    response.status = 404;
    response.content_type = "text/plain; charset=utf-8";
    response.body = "Không tìm thấy tệp.";
    return response;
  }
  response.headers.Set("ETag", asset->etag);
  response.headers.Set("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
  if (auto if_none_match = request.headers.Get("If-None-Match");
      if_none_match && MatchesEtag(*if_none_match, asset->etag)) {
    response.status = 304;
    response.content_type.clear();
    return response;
  }
  response.content_type = asset->content_type;
  response.shared_body = asset->bytes;
  return response;
}

void AddAssetRoutes(Router& router, std::shared_ptr<const AssetCatalog> assets) {
  router.Get("/assets/{file}",
             [assets](const Request& request) -> Result<Response> { return assets->Serve(request); });
}

}  // namespace motcua::web::pages
