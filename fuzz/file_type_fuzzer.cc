// libFuzzer target for the upload checks in src/attachment: SniffFileType (libmagic plus the zip central
// directory reader that tells DOCX from XLSX), ReadZipDirectory itself, SanitizeFileName and
// CheckDeclaredType. Checks the invariants the callers rely on: an accepted type is on the allow-list and an
// accepted DOCX/XLSX has a readable directory with "[Content_Types].xml"; a directory entry never points
// outside the input; a sanitized name has no path, control character or excess length, and sanitizing it
// again changes nothing. Seeds: fuzz/corpus/file_type_fuzzer/ (the attachment test fixtures).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "attachment/file_name.h"
#include "attachment/file_type.h"
#include "attachment/internal/zip_directory.h"

namespace {

using namespace motcua;

void Check(bool condition) {
  if (!condition) std::abort();
}

void FuzzZipDirectory(std::string_view bytes) {
  auto entries = attachment_internal::ReadZipDirectory(bytes);
  if (!entries.ok()) return;
  for (const auto& entry : *entries) {
    Check(entry.local_header_offset < bytes.size());
    Check(entry.name.size() <= 0xFFFF);
    (void)attachment_internal::LocalHeaderMatches(bytes, entry);
  }
}

void FuzzSniff(std::string_view bytes) {
  auto type = SniffFileType(bytes);
  if (!type.ok()) {
    Check(!type.status().user_message().empty());
    return;
  }
  Check(FileTypeOf(type->kind) == *type);
  if (type->kind == FileKind::kDocx || type->kind == FileKind::kXlsx) {
    auto entries = attachment_internal::ReadZipDirectory(bytes);
    Check(entries.ok());
    bool content_types = false;
    for (const auto& entry : *entries) {
      content_types =
          content_types || attachment_internal::EqualsAsciiCaseInsensitive(entry.name, "[Content_Types].xml");
    }
    Check(content_types);
  }
  // The sniffed type never contradicts its own canonical declaration.
  std::string name = "x.";
  name.append(type->extension);
  Check(CheckDeclaredType(*type, type->media_type, name).ok());
}

void FuzzName(std::string_view raw) {
  auto name = SanitizeFileName(raw);
  if (!name.ok()) return;
  Check(!name->empty() && name->size() <= kMaxFileNameBytes);
  for (unsigned char c : *name) Check(c >= 0x20 && c != 0x7F && c != '/' && c != '\\' && c != ':');
  auto again = SanitizeFileName(*name);
  Check(again.ok() && *again == *name);
  for (const FileType& type : AcceptedFileTypes()) (void)CheckDeclaredType(type, raw, *name);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // Every input goes through the sniffer and the zip reader whole, so seeds that are real files stay
  // meaningful; short inputs are also tried as file names.
  FuzzZipDirectory(bytes);
  FuzzSniff(bytes);
  if (size <= 1100) FuzzName(bytes);
  return 0;
}
