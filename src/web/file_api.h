// The file endpoints of the JSON API (service/file_service.h):
//   POST /api/v1/files?name=<display name>   the raw file as the body, its type in Content-Type; answers 201
//                                            {sha256, size, media_type, file_name}. A dossier then refers to
//                                            the file by sha256 (a component's file_ids, a result's file_id).
//   GET  /api/v1/dossiers/{code}/files/{sha256}   the file, to whoever may view a dossier that refers to it.
// The server's body limit (HttpServerOptions::body_limit_bytes) must be at least the file limit: a declared
// Content-Length over it is answered 413 before the body is read. Thread-safe.
#pragma once

#include <memory>

#include "service/file_service.h"
#include "web/auth_context.h"
#include "web/router.h"

namespace motcua::web {

void AddFileRoutes(Router& router, std::shared_ptr<const AuthContext> auth,
                   std::shared_ptr<FileService> files);

// `attachment; filename="ascii fallback"; filename*=UTF-8''percent-encoded`: the Content-Disposition of a
// download, safe for any display name (quotes, control characters and non-ASCII never reach the header raw).
std::string AttachmentDisposition(std::string_view file_name);

}  // namespace motcua::web
