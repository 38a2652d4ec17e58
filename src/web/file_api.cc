#include "web/file_api.h"

#include <nlohmann/json.hpp>

#include "base/civil_time.h"

namespace motcua::web {
namespace {

nlohmann::json FileJson(const FileRecord& file) {
  return {{"sha256", file.sha256},           {"size", file.size},
          {"media_type", file.media_type},   {"file_name", file.file_name},
          {"uploaded_by", file.uploaded_by}, {"created_at", FormatIsoInstant(file.created_at)}};
}

}  // namespace

std::string AttachmentDisposition(std::string_view file_name) {
  std::string fallback;
  std::string encoded;
  constexpr char kHex[] = "0123456789ABCDEF";
  for (unsigned char c : file_name) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '.' || c == '-' || c == '_';
    fallback.push_back(plain ? static_cast<char>(c) : '_');
    if (plain) {
      encoded.push_back(static_cast<char>(c));
    } else {
      encoded.push_back('%');
      encoded.push_back(kHex[c >> 4]);
      encoded.push_back(kHex[c & 15]);
    }
  }
  if (fallback.empty()) fallback = "tep";
  std::string header = "attachment; filename=\"";
  header.append(fallback).append("\"; filename*=UTF-8''").append(encoded);
  return header;
}

void AddFileRoutes(Router& router, std::shared_ptr<const AuthContext> auth,
                   std::shared_ptr<FileService> files) {
  router.Post(
      "/api/v1/files",
      Authenticated(auth, [files, auth](const Request& request, const Caller& caller) -> Result<Response> {
        const std::string_view name = request.QueryParam("name").value_or("");
        const std::string_view type = request.headers.Get("Content-Type").value_or("");
        MOTCUA_ASSIGN_OR_RETURN(const FileRecord file,
                                files->Upload(caller.user, request.body, name, type, auth->clock().Now()));
        return JsonResponse(201, FileJson(file));
      }));
  router.Get("/api/v1/dossiers/{code}/files/{sha256}",
             Authenticated(auth, [files](const Request& request, const Caller& caller) -> Result<Response> {
               MOTCUA_ASSIGN_OR_RETURN(
                   FileDownload download,
                   files->Download(caller.user, request.PathParam("code"), request.PathParam("sha256")));
               Response response;
               response.content_type = download.file.media_type;
               response.headers.Set("X-Content-Type-Options", "nosniff");
               response.headers.Set("Content-Disposition", AttachmentDisposition(download.file.file_name));
               response.body = std::move(download.bytes);
               return response;
             }));
}

}  // namespace motcua::web
