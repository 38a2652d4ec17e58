// What an uploaded file really is, judged from its bytes (libmagic, MAGIC_MIME_TYPE) and never from its name
// or the browser's Content-Type. Accepted: PDF, JPEG, PNG, TIFF, DOCX and XLSX. DOCX and XLSX are zips; for
// them libmagic says a generic answer (application/zip, or application/octet-stream when the Word part is
// not among the first entries) or guesses an OOXML type from the first entries only, so the decision is
// made here by reading the zip's central directory: "[Content_Types].xml" plus exactly one of
// "word/document.xml" (DOCX) or "xl/workbook.xml" (XLSX), each with a matching local header. A plain zip,
// an OOXML package with neither (PPTX) or both, and one carrying a VBA project ("vbaProject.bin": a .docm
// or .xlsm renamed) are refused. Only libmagic's soft-magic database is consulted (its ELF, CDF, tar and
// text parsers are switched off: none is needed for the allow-list, and less code meets untrusted bytes).
//
// Thread-safety: a libmagic cookie (magic_t) must not be used by two threads at once. Each thread that
// sniffs gets its own cookie, loaded on first use and freed at thread exit (thread_local): sniffing never
// waits on a lock, and the cost is one magic_load() per HTTP worker thread (creating and freeing cookies
// is serialised by a mutex). Every function here is thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "base/status.h"

namespace motcua {

enum class FileKind { kPdf, kJpeg, kPng, kTiff, kDocx, kXlsx };

// An accepted type. The views point at static storage and stay valid for the life of the program.
struct FileType {
  FileKind kind;
  std::string_view media_type;  // "application/pdf"
  std::string_view extension;   // canonical, without the dot: "pdf", "jpg", "tif", "docx"
  std::string_view label_vi;    // for people: "Tài liệu PDF", "Văn bản Word (DOCX)"

  friend bool operator==(const FileType& a, const FileType& b) { return a.kind == b.kind; }
};

// Every accepted type, in the order above.
const std::vector<FileType>& AcceptedFileTypes();
const FileType& FileTypeOf(FileKind kind);
// "PDF, JPEG, PNG, TIFF, DOCX (Word), XLSX (Excel)": for the upload form and error messages.
std::string_view AcceptedFileTypesText();

// The type of `bytes`. InvalidArgument, with a Vietnamese message naming the accepted types, for an empty
// input or any type outside the allow-list; Internal when libmagic itself fails.
Result<FileType> SniffFileType(std::string_view bytes);

// Refuses a mislabelled upload: the browser's `declared_media_type` (parameters such as "; charset=" are
// ignored; empty and "application/octet-stream" claim nothing) or the extension of `file_name` (the text
// after the last '.', when it is 1 to 5 ASCII letters and digits with at least one letter, so "Quyết định
// 12.2024" has none) must not contradict `sniffed`. Aliases browsers really send are accepted (image/pjpeg,
// image/x-png, .jpeg/.jfif, .tiff, application/zip for DOCX/XLSX). InvalidArgument otherwise.
Status CheckDeclaredType(const FileType& sniffed, std::string_view declared_media_type,
                         std::string_view file_name);

}  // namespace motcua
