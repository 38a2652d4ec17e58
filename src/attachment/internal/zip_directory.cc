#include "attachment/internal/zip_directory.h"

#include <algorithm>
#include <cstddef>
#include <string>

namespace motcua::attachment_internal {
namespace {

constexpr uint32_t kEndOfCentralDirectorySignature = 0x06054b50;
constexpr uint32_t kCentralHeaderSignature = 0x02014b50;
constexpr uint32_t kLocalHeaderSignature = 0x04034b50;
constexpr size_t kEndOfCentralDirectorySize = 22;
constexpr size_t kCentralHeaderSize = 46;
constexpr size_t kLocalHeaderSize = 30;
constexpr size_t kMaxCommentSize = 0xFFFF;

uint16_t Le16(std::string_view bytes, size_t at) {
  return static_cast<uint16_t>(static_cast<unsigned char>(bytes[at]) |
                               (static_cast<unsigned char>(bytes[at + 1]) << 8));
}

uint32_t Le32(std::string_view bytes, size_t at) {
  return static_cast<uint32_t>(Le16(bytes, at)) | (static_cast<uint32_t>(Le16(bytes, at + 2)) << 16);
}

Status Malformed(std::string what) {
  std::string log = "not a readable zip: ";
  log.append(what);
  return Status::InvalidArgument(std::move(log), "Tệp nén bị hỏng hoặc không đúng định dạng.");
}

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerAsciiCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = LowerAscii(c);
  return out;
}

}  // namespace

bool EqualsAsciiCaseInsensitive(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (LowerAscii(a[i]) != LowerAscii(b[i])) return false;
  }
  return true;
}

Result<std::vector<ZipEntry>> ReadZipDirectory(std::string_view bytes) {
  if (bytes.size() < kEndOfCentralDirectorySize) return Malformed("shorter than an end record");
  // The end record is the last 22 bytes plus a comment of at most 64 KiB; search backwards for the one
  // whose comment ends exactly at the end of the file.
  const size_t last = bytes.size() - kEndOfCentralDirectorySize;
  const size_t first = last > kMaxCommentSize ? last - kMaxCommentSize : 0;
  size_t eocd = std::string_view::npos;
  for (size_t at = last + 1; at-- > first;) {
    if (Le32(bytes, at) == kEndOfCentralDirectorySignature &&
        at + kEndOfCentralDirectorySize + Le16(bytes, at + 20) == bytes.size()) {
      eocd = at;
      break;
    }
  }
  if (eocd == std::string_view::npos) return Malformed("no end of central directory record");

  const uint16_t disk = Le16(bytes, eocd + 4);
  const uint16_t directory_disk = Le16(bytes, eocd + 6);
  const uint16_t entries_here = Le16(bytes, eocd + 8);
  const uint16_t entries_total = Le16(bytes, eocd + 10);
  const uint32_t directory_size = Le32(bytes, eocd + 12);
  const uint32_t directory_offset = Le32(bytes, eocd + 16);
  if (entries_total == 0xFFFF || directory_size == 0xFFFFFFFF || directory_offset == 0xFFFFFFFF) {
    return Malformed("ZIP64 archives are not supported");
  }
  if (disk != 0 || directory_disk != 0 || entries_here != entries_total) {
    return Malformed("multi-disk archive");
  }
  if (uint64_t{directory_offset} + directory_size > eocd) {
    return Malformed("central directory outside the file");
  }

  std::vector<ZipEntry> entries;
  entries.reserve(entries_total);
  std::vector<std::string> folded_names;
  folded_names.reserve(entries_total);
  size_t at = directory_offset;
  const size_t end = size_t{directory_offset} + directory_size;
  for (uint32_t i = 0; i < entries_total; ++i) {
    if (end - at < kCentralHeaderSize) return Malformed("central directory truncated");
    if (Le32(bytes, at) != kCentralHeaderSignature) return Malformed("bad central header signature");
    const size_t name_length = Le16(bytes, at + 28);
    const size_t extra_length = Le16(bytes, at + 30);
    const size_t comment_length = Le16(bytes, at + 32);
    const size_t record_size = kCentralHeaderSize + name_length + extra_length + comment_length;
    if (end - at < record_size) return Malformed("central header runs past the directory");
    ZipEntry entry;
    entry.method = Le16(bytes, at + 10);
    entry.compressed_size = Le32(bytes, at + 20);
    entry.uncompressed_size = Le32(bytes, at + 24);
    entry.local_header_offset = Le32(bytes, at + 42);
    entry.name = std::string(bytes.substr(at + kCentralHeaderSize, name_length));
    if (entry.compressed_size == 0xFFFFFFFF || entry.uncompressed_size == 0xFFFFFFFF ||
        entry.local_header_offset == 0xFFFFFFFF) {
      return Malformed("ZIP64 entries are not supported");
    }
    if (entry.local_header_offset >= directory_offset) return Malformed("local header after the directory");
    folded_names.push_back(LowerAsciiCopy(entry.name));
    entries.push_back(std::move(entry));
    at += record_size;
  }
  if (at != end) return Malformed("central directory size does not match its entries");

  std::sort(folded_names.begin(), folded_names.end());
  if (std::adjacent_find(folded_names.begin(), folded_names.end()) != folded_names.end()) {
    return Malformed("an entry name appears twice");
  }
  return entries;
}

bool LocalHeaderMatches(std::string_view bytes, const ZipEntry& entry) {
  const size_t at = entry.local_header_offset;
  if (at > bytes.size() || bytes.size() - at < kLocalHeaderSize) return false;
  if (Le32(bytes, at) != kLocalHeaderSignature) return false;
  const size_t name_length = Le16(bytes, at + 26);
  const size_t extra_length = Le16(bytes, at + 28);
  const size_t data_start = at + kLocalHeaderSize + name_length + extra_length;
  if (data_start > bytes.size()) return false;
  if (bytes.substr(at + kLocalHeaderSize, name_length) != entry.name) return false;
  return bytes.size() - data_start >= entry.compressed_size;
}

}  // namespace motcua::attachment_internal
