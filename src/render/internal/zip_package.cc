#include "render/internal/zip_package.h"

#include <zip.h>

#include <cstdio>

namespace motcua::render::internal {
namespace {

// 1 January 2020, 00:00 UTC: a fixed modification time for every entry.
constexpr time_t kEntryTime = 1577836800;

Status ZipFailure(std::string_view what, zip_error_t* error) {
  std::string log = "zip ";
  log.append(what).append(": ").append(zip_error_strerror(error));
  return Status::Internal(std::move(log), "Không tạo được tệp nén (DOCX).");
}

}  // namespace

Result<std::string> WriteZip(const std::vector<ZipEntry>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) {
    Status status = ZipFailure("buffer", &error);
    zip_error_fini(&error);
    return status;
  }
  zip_source_keep(buffer);  // zip_close would free it otherwise; the bytes are read from it afterwards
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    Status status = ZipFailure("open", &error);
    zip_error_fini(&error);
    zip_source_free(buffer);
    return status;
  }
  for (const ZipEntry& entry : entries) {
    // The entry's bytes are read at zip_close, while `entries` is still alive: no copy needed.
    zip_source_t* source = zip_source_buffer(archive, entry.content.data(), entry.content.size(), 0);
    zip_int64_t index =
        source == nullptr ? -1 : zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      if (source != nullptr) zip_source_free(source);
      Status status = ZipFailure("add " + entry.name, zip_get_error(archive));
      zip_discard(archive);
      zip_source_free(buffer);
      return status;
    }
    zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), kEntryTime, 0);
  }
  if (zip_close(archive) != 0) {
    Status status = ZipFailure("close", zip_get_error(archive));
    zip_discard(archive);
    zip_source_free(buffer);
    return status;
  }
  std::string bytes;
  if (zip_source_open(buffer) == 0) {
    zip_source_seek(buffer, 0, SEEK_END);
    zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    if (size > 0) {
      bytes.resize(static_cast<size_t>(size));
      zip_int64_t read = zip_source_read(buffer, bytes.data(), static_cast<zip_uint64_t>(size));
      if (read != size) bytes.clear();
    }
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  zip_error_fini(&error);
  if (bytes.empty())
    return Status::Internal("zip: cannot read the archive back", "Không tạo được tệp nén (DOCX).");
  return bytes;
}

}  // namespace motcua::render::internal
