#include "attachment/file_type.h"

#include <magic.h>

#include <mutex>
#include <string>

#include "attachment/internal/zip_directory.h"

namespace motcua {
namespace {

using attachment_internal::EqualsAsciiCaseInsensitive;
using attachment_internal::LocalHeaderMatches;
using attachment_internal::ReadZipDirectory;
using attachment_internal::ZipEntry;

constexpr std::string_view kDocxMediaType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
constexpr std::string_view kXlsxMediaType =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
constexpr std::string_view kOoxmlMediaPrefix = "application/vnd.openxmlformats-officedocument.";
constexpr std::string_view kAcceptedText = "PDF, JPEG, PNG, TIFF, DOCX (Word), XLSX (Excel)";

const std::vector<FileType>& Types() {
  static const std::vector<FileType> types = {
      {FileKind::kPdf, "application/pdf", "pdf", "Tài liệu PDF"},
      {FileKind::kJpeg, "image/jpeg", "jpg", "Ảnh JPEG"},
      {FileKind::kPng, "image/png", "png", "Ảnh PNG"},
      {FileKind::kTiff, "image/tiff", "tif", "Ảnh TIFF"},
      {FileKind::kDocx, kDocxMediaType, "docx", "Văn bản Word (DOCX)"},
      {FileKind::kXlsx, kXlsxMediaType, "xlsx", "Bảng tính Excel (XLSX)"},
  };
  return types;
}

// Media types a browser or client may declare for each kind without contradicting it. A DOCX or XLSX is a
// zip, so declaring it as one is not a lie (clients without Office installed do so).
std::vector<std::string_view> DeclaredAliases(FileKind kind) {
  switch (kind) {
    case FileKind::kPdf:
      return {"application/pdf", "application/x-pdf"};
    case FileKind::kJpeg:
      return {"image/jpeg", "image/pjpeg", "image/jpg"};
    case FileKind::kPng:
      return {"image/png", "image/x-png"};
    case FileKind::kTiff:
      return {"image/tiff", "image/x-tiff"};
    case FileKind::kDocx:
      return {kDocxMediaType, "application/zip", "application/x-zip-compressed"};
    case FileKind::kXlsx:
      return {kXlsxMediaType, "application/zip", "application/x-zip-compressed"};
  }
  return {};
}

std::vector<std::string_view> Extensions(FileKind kind) {
  switch (kind) {
    case FileKind::kPdf:
      return {"pdf"};
    case FileKind::kJpeg:
      return {"jpg", "jpeg", "jpe", "jfif"};
    case FileKind::kPng:
      return {"png"};
    case FileKind::kTiff:
      return {"tif", "tiff"};
    case FileKind::kDocx:
      return {"docx"};
    case FileKind::kXlsx:
      return {"xlsx"};
  }
  return {};
}

Status Refused(std::string log_message, std::string_view reason_vi) {
  std::string user(reason_vi);
  user.append(" Chỉ nhận các loại tệp: ");
  user.append(kAcceptedText);
  user.append(".");
  return Status::InvalidArgument(std::move(log_message), std::move(user));
}

// One libmagic cookie per thread (see the header). Only the soft magic database is consulted: every accepted
// type is recognised by it, and skipping libmagic's built-in parsers (ELF, CDF, tar, compressed, text
// encodings, JSON, CSV) keeps most of libmagic's code away from untrusted bytes.
class MagicCookie {
 public:
  MagicCookie() {
    // Opening and loading happen once per thread; they are serialised because there are reports of
    // crashes when several cookies are created at the same moment (hey-red/Mime#34), and a lock here costs
    // nothing. magic_buffer() on distinct cookies runs in parallel.
    std::lock_guard<std::mutex> lock(LifecycleMutex());
    cookie_ = magic_open(MAGIC_MIME_TYPE | MAGIC_ERROR | MAGIC_NO_CHECK_BUILTIN);
    if (cookie_ == nullptr) {
      error_ = "magic_open failed";
      return;
    }
    if (magic_load(cookie_, nullptr) != 0) {
      error_ = "magic_load of the default database failed: ";
      const char* detail = magic_error(cookie_);
      error_.append(detail != nullptr ? detail : "unknown error");
      magic_close(cookie_);
      cookie_ = nullptr;
    }
  }
  ~MagicCookie() {
    std::lock_guard<std::mutex> lock(LifecycleMutex());
    if (cookie_ != nullptr) magic_close(cookie_);
  }
  MagicCookie(const MagicCookie&) = delete;
  MagicCookie& operator=(const MagicCookie&) = delete;

  Result<std::string> MediaTypeOf(std::string_view bytes) {
    if (cookie_ == nullptr) return Status::Internal(error_);
    const char* type = magic_buffer(cookie_, bytes.data(), bytes.size());
    if (type == nullptr) {
      std::string log = "magic_buffer failed: ";
      const char* detail = magic_error(cookie_);
      log.append(detail != nullptr ? detail : "unknown error");
      return Status::Internal(std::move(log));
    }
    return std::string(type);
  }

 private:
  static std::mutex& LifecycleMutex() {
    static std::mutex mutex;
    return mutex;
  }

  magic_t cookie_ = nullptr;
  std::string error_;
};

Result<std::string> MagicMediaType(std::string_view bytes) {
  thread_local MagicCookie cookie;
  return cookie.MediaTypeOf(bytes);
}

const ZipEntry* FindEntry(const std::vector<ZipEntry>& entries, std::string_view name) {
  for (const ZipEntry& entry : entries) {
    if (EqualsAsciiCaseInsensitive(entry.name, name)) return &entry;
  }
  return nullptr;
}

bool EndsWithAsciiCaseInsensitive(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         EqualsAsciiCaseInsensitive(text.substr(text.size() - suffix.size()), suffix);
}

// DOCX or XLSX from the zip's own directory; see the header for the rule.
Result<FileType> ClassifyOfficeZip(std::string_view bytes, std::string_view magic_type) {
  auto refuse = [&](std::string_view why, std::string_view reason_vi) {
    std::string log = "zip upload refused (libmagic: ";
    log.append(magic_type).append("): ").append(why);
    return Refused(std::move(log), reason_vi);
  };
  if (!bytes.starts_with(std::string_view("PK\x03\x04", 4))) {
    return refuse("does not start with a local file header", "Tệp nén bị hỏng hoặc không đúng định dạng.");
  }
  auto entries = ReadZipDirectory(bytes);
  if (!entries.ok()) {
    return refuse(entries.status().message(), "Tệp nén bị hỏng hoặc không đúng định dạng.");
  }
  auto present = [&](std::string_view name) -> Result<bool> {
    const ZipEntry* entry = FindEntry(*entries, name);
    if (entry == nullptr) return false;
    if (!LocalHeaderMatches(bytes, *entry)) {
      std::string why = "the local header of ";
      why.append(name).append(" does not match the directory");
      return refuse(why, "Tệp nén bị hỏng hoặc không đúng định dạng.");
    }
    return true;
  };
  MOTCUA_ASSIGN_OR_RETURN(const bool content_types, present("[Content_Types].xml"));
  MOTCUA_ASSIGN_OR_RETURN(const bool word, present("word/document.xml"));
  MOTCUA_ASSIGN_OR_RETURN(const bool excel, present("xl/workbook.xml"));
  if (!content_types || (!word && !excel)) {
    return refuse("a zip that is neither DOCX nor XLSX", "Tệp nén (ZIP) không được chấp nhận.");
  }
  if (word && excel) {
    return refuse("holds both word/document.xml and xl/workbook.xml",
                  "Tệp vừa có phần Word vừa có phần Excel, không xác định được loại.");
  }
  for (const ZipEntry& entry : *entries) {
    // A macro-enabled document (.docm, .xlsm) renamed to .docx/.xlsx still carries its VBA project.
    if (EndsWithAsciiCaseInsensitive(entry.name, "vbaProject.bin")) {
      return refuse("holds a VBA macro project", "Tệp Word/Excel có chứa macro không được chấp nhận.");
    }
  }
  return FileTypeOf(word ? FileKind::kDocx : FileKind::kXlsx);
}

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerAsciiCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = LowerAscii(c);
  return out;
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The lowercase extension of `file_name`, or "" when it has none (see CheckDeclaredType).
std::string ExtensionOf(std::string_view file_name) {
  const size_t dot = file_name.rfind('.');
  if (dot == std::string_view::npos) return {};
  const std::string_view ext = file_name.substr(dot + 1);
  if (ext.empty() || ext.size() > 5) return {};
  bool has_letter = false;
  for (char c : ext) {
    if (!IsAsciiAlnum(c)) return {};
    has_letter = has_letter || IsAsciiAlpha(c);
  }
  return has_letter ? LowerAsciiCopy(ext) : std::string();
}

// `text` cut to 80 printable ASCII characters, for echoing a client-supplied value in messages and logs.
std::string Printable(std::string_view text) {
  std::string out;
  for (char c : text.substr(0, 80)) out.push_back(c >= 0x20 && c < 0x7F ? c : '?');
  return out;
}

template <typename List>
bool Contains(const List& list, std::string_view value) {
  for (std::string_view item : list) {
    if (item == value) return true;
  }
  return false;
}

}  // namespace

const std::vector<FileType>& AcceptedFileTypes() { return Types(); }

const FileType& FileTypeOf(FileKind kind) { return Types()[static_cast<size_t>(kind)]; }

std::string_view AcceptedFileTypesText() { return kAcceptedText; }

Result<FileType> SniffFileType(std::string_view bytes) {
  if (bytes.empty()) {
    return Status::InvalidArgument("empty upload", "Tệp rỗng (0 byte). Vui lòng chọn lại tệp.");
  }
  MOTCUA_ASSIGN_OR_RETURN(const std::string magic_type, MagicMediaType(bytes));
  for (const FileType& type : Types()) {
    if (type.kind == FileKind::kDocx || type.kind == FileKind::kXlsx) continue;  // decided from the zip
    if (magic_type == type.media_type) return type;
  }
  const bool zip_family =
      magic_type == "application/zip" || magic_type.starts_with(kOoxmlMediaPrefix) ||
      (magic_type == "application/octet-stream" && bytes.starts_with(std::string_view("PK\x03\x04", 4)));
  if (zip_family) return ClassifyOfficeZip(bytes, magic_type);
  std::string log = "file type not accepted: ";
  log.append(magic_type);
  return Refused(std::move(log), "Loại tệp không được chấp nhận.");
}

Status CheckDeclaredType(const FileType& sniffed, std::string_view declared_media_type,
                         std::string_view file_name) {
  std::string declared =
      LowerAsciiCopy(TrimSpaces(declared_media_type.substr(0, declared_media_type.find(';'))));
  if (!declared.empty() && declared != "application/octet-stream" &&
      !Contains(DeclaredAliases(sniffed.kind), declared)) {
    declared = Printable(declared);
    std::string log = "declared Content-Type ";
    log.append(declared).append(" contradicts sniffed ").append(sniffed.media_type);
    std::string user = "Loại tệp khai báo (";
    user.append(declared).append(") không khớp với nội dung tệp (").append(sniffed.label_vi);
    user.append("). Vui lòng kiểm tra lại tệp.");
    return Status::InvalidArgument(std::move(log), std::move(user));
  }
  const std::string extension = ExtensionOf(file_name);
  if (!extension.empty() && !Contains(Extensions(sniffed.kind), extension)) {
    std::string log = "file name extension .";
    log.append(extension).append(" contradicts sniffed ").append(sniffed.media_type);
    std::string user = "Tệp có đuôi \".";
    user.append(extension).append("\" nhưng nội dung là ").append(sniffed.label_vi);
    user.append(". Vui lòng kiểm tra lại tệp (đuôi đúng là \".").append(sniffed.extension).append("\").");
    return Status::InvalidArgument(std::move(log), std::move(user));
  }
  return Status::Ok();
}

}  // namespace motcua
