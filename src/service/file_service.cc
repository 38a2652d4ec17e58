#include "service/file_service.h"

#include <algorithm>

#include "attachment/upload.h"

namespace motcua {
namespace {

bool RefersTo(const Dossier& dossier, std::string_view sha256) {
  for (const SubmittedComponent& component : dossier.components) {
    if (std::find(component.file_ids.begin(), component.file_ids.end(), sha256) != component.file_ids.end()) {
      return true;
    }
  }
  return dossier.resolution && dossier.resolution->file_id == sha256;
}

}  // namespace

Result<FileRecord> FileService::Upload(const User& officer, std::string_view bytes,
                                       std::string_view file_name, std::string_view declared_media_type,
                                       Instant now) {
  Resource unit;
  unit.unit_code = officer.unit_code;
  const Principal principal = PrincipalOf(officer);
  // A specialist uploads for dossiers of their fields; the unit-wide check uses each field they hold.
  bool allowed = false;
  for (Permission permission :
       {Permission::kReceive, Permission::kReceiveSupplement, Permission::kResultReady}) {
    if (Authorize(principal, permission, unit).ok()) allowed = true;
    for (const std::string& field : officer.fields) {
      Resource in_field = unit;
      in_field.field_code = field;
      in_field.assignee_user_id = officer.id;
      if (Authorize(principal, permission, in_field).ok()) allowed = true;
    }
  }
  if (!allowed) {
    return Status::PermissionDenied("user " + officer.username + " may not upload files",
                                    "Bạn không có quyền tải tệp hồ sơ lên.");
  }
  MOTCUA_ASSIGN_OR_RETURN(const AcceptedUpload accepted,
                          AcceptUpload(vault_, limits_, UploadInput{bytes, file_name, declared_media_type}));
  FileRecord file{accepted.sha256,    accepted.size,    accepted.media_type,
                  accepted.file_name, officer.username, now};
  MOTCUA_RETURN_IF_ERROR(store_.AddFile(file));
  return store_.GetFile(accepted.sha256);
}

Result<FileDownload> FileService::Download(const User& officer, std::string_view code,
                                           std::string_view sha256) {
  MOTCUA_ASSIGN_OR_RETURN(const DossierView view, dossiers_.Get(officer, code));
  if (!RefersTo(view.dossier, sha256)) {
    return Status::NotFound("dossier " + std::string(code) + " has no file " + std::string(sha256),
                            "Hồ sơ không có tệp đính kèm này.");
  }
  MOTCUA_ASSIGN_OR_RETURN(FileRecord file, store_.GetFile(sha256));
  MOTCUA_ASSIGN_OR_RETURN(std::string bytes, vault_.Read(sha256));
  return FileDownload{std::move(file), std::move(bytes)};
}

}  // namespace motcua
