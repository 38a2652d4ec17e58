// The pages' static files (data/assets/: one stylesheet, one script, the icon), compiled into the binary
// and served under /assets/. Each file has a content-hashed name, "motcua.3f2a9c1d0b.css", that the pages
// link to and that is cached for a year as immutable: a new build changes the name, never the bytes behind
// a name. The plain name ("motcua.css") is served too, with the ETag and "no-cache", for anything that
// cannot know the hash. A matching If-None-Match is answered 304. Immutable after construction; thread-safe.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "web/router.h"

namespace motcua::web::pages {

class AssetCatalog {
 public:
  // Every file embedded under data/assets/.
  AssetCatalog();

  // The URL pages use for `name` ("motcua.css" -> "/assets/motcua.3f2a9c1d0b.css"); "" when unknown.
  std::string Url(std::string_view name) const;

  // The answer to GET /assets/{file}.
  Response Serve(const Request& request) const;

 private:
  struct Asset {
    std::shared_ptr<const std::string> bytes;
    std::string content_type;
    std::string etag;
    std::string hashed_name;
  };
  std::map<std::string, Asset, std::less<>> by_name_;               // plain name -> asset
  std::map<std::string, std::string, std::less<>> hashed_to_name_;  // hashed name -> plain name
};

// GET /assets/{file}.
void AddAssetRoutes(Router& router, std::shared_ptr<const AssetCatalog> assets);

}  // namespace motcua::web::pages
