// Uploads and downloads of dossier files. An upload is checked (size, display name, sniffed type against the
// allow-list, declared type) and stored content-addressed in the FileVault before it is recorded in the
// store; a dossier then refers to it by its sha256 in its events (a digitised component's file_ids, a
// digitised result's file_id). A download is allowed only to someone who may view a dossier that refers to
// the file. Thread-safe (the vault and the store are).
#pragma once

#include <string>
#include <string_view>

#include "attachment/file_limits.h"
#include "attachment/file_vault.h"
#include "base/result.h"
#include "service/dossier_service.h"
#include "store/store.h"

namespace motcua {

struct FileDownload {
  FileRecord file;
  std::string bytes;
};

class FileService {
 public:
  FileService(Store& store, DossierService& dossiers, FileVault& vault, FileLimits limits)
      : store_(store), dossiers_(dossiers), vault_(vault), limits_(limits) {}

  const FileLimits& limits() const { return limits_; }

  // PermissionDenied unless the officer may receive dossiers, receive supplements or record results in
  // their unit. Errors of attachment/upload.h (TooLarge, InvalidArgument) otherwise; nothing is recorded
  // then.
  Result<FileRecord> Upload(const User& officer, std::string_view bytes, std::string_view file_name,
                            std::string_view declared_media_type, Instant now);

  // The file `sha256` of dossier `code`. PermissionDenied when the officer may not view the dossier;
  // NotFound when the dossier does not refer to that file.
  Result<FileDownload> Download(const User& officer, std::string_view code, std::string_view sha256);

 private:
  Store& store_;
  DossierService& dossiers_;
  FileVault& vault_;
  const FileLimits limits_;
};

}  // namespace motcua
