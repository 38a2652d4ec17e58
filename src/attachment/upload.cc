#include "attachment/upload.h"

#include <string>

#include "attachment/file_name.h"
#include "attachment/file_type.h"

namespace motcua {

Result<AcceptedUpload> AcceptUpload(const FileVault& vault, const FileLimits& limits,
                                    const UploadInput& input) {
  MOTCUA_RETURN_IF_ERROR(CheckUploadSize(static_cast<int64_t>(input.bytes.size()), limits));
  MOTCUA_ASSIGN_OR_RETURN(std::string file_name, SanitizeFileName(input.file_name));

  std::string log_prefix = "upload \"";
  log_prefix.append(file_name).append("\": ");
  std::string user_prefix = "Tệp \"";
  user_prefix.append(file_name).append("\": ");
  auto type = SniffFileType(input.bytes);
  if (!type.ok()) return type.status().WithContext(log_prefix, user_prefix);
  Status declared = CheckDeclaredType(*type, input.declared_media_type, file_name);
  if (!declared.ok()) return declared.WithContext(log_prefix, user_prefix);

  auto stored = vault.Put(input.bytes);
  if (!stored.ok()) return stored.status().WithContext(log_prefix, user_prefix);
  AcceptedUpload accepted;
  accepted.sha256 = std::move(stored->sha256);
  accepted.size = stored->size;
  accepted.media_type = std::string(type->media_type);
  accepted.file_name = std::move(file_name);
  accepted.already_present = stored->already_present;
  return accepted;
}

}  // namespace motcua
