// Test-only helpers for attachment_test: the committed sample files, a scratch directory, and a writer of
// small stored (uncompressed) zips for the zip edge cases. Not compiled into motcua_attachment.
#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::attachment_testing {

// The bytes of src/attachment/testdata/<name>; fails the test when missing.
inline std::string Testdata(std::string_view name) {
  const std::filesystem::path path =
      std::filesystem::path(MOTCUA_SOURCE_DIR) / "src/attachment/testdata" / std::string(name);
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "missing fixture " << path;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// A fresh directory under the test temp dir, removed with everything in it at destruction.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern = (std::filesystem::path(::testing::TempDir()) / "motcua-attach-XXXXXX").string();
    const char* made = ::mkdtemp(pattern.data());
    EXPECT_NE(made, nullptr);
    path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Every path under `root` (relative, sorted) with its size for files: a snapshot to prove nothing changed.
inline std::vector<std::string> TreeSnapshot(const std::filesystem::path& root) {
  std::vector<std::string> out;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    std::string line = std::filesystem::relative(entry.path(), root).string();
    if (entry.is_regular_file()) line.append(" ").append(std::to_string(entry.file_size()));
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

struct TestZipEntry {
  std::string name;
  std::string data;
  std::string local_name;  // name written in the local header when different from `name` (a forged zip)
};

inline uint32_t Crc32(std::string_view data) {
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char byte : data) {
    crc ^= byte;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

inline void PutLe16(std::string& out, uint32_t v) {
  out.push_back(static_cast<char>(v & 0xFF));
  out.push_back(static_cast<char>((v >> 8) & 0xFF));
}
inline void PutLe32(std::string& out, uint32_t v) {
  PutLe16(out, v & 0xFFFF);
  PutLe16(out, v >> 16);
}

// A zip of `entries`, stored without compression, with an optional archive comment.
inline std::string MakeStoredZip(const std::vector<TestZipEntry>& entries, std::string_view comment = {}) {
  std::string out;
  std::string directory;
  for (const TestZipEntry& e : entries) {
    const uint32_t offset = static_cast<uint32_t>(out.size());
    const std::string& local_name = e.local_name.empty() ? e.name : e.local_name;
    const uint32_t crc = Crc32(e.data);
    const uint32_t size = static_cast<uint32_t>(e.data.size());
    PutLe32(out, 0x04034b50);
    PutLe16(out, 20);      // version needed
    PutLe16(out, 0);       // flags
    PutLe16(out, 0);       // stored
    PutLe16(out, 0);       // time
    PutLe16(out, 0x5821);  // date 2024-01-01
    PutLe32(out, crc);
    PutLe32(out, size);
    PutLe32(out, size);
    PutLe16(out, static_cast<uint32_t>(local_name.size()));
    PutLe16(out, 0);
    out.append(local_name).append(e.data);

    PutLe32(directory, 0x02014b50);
    PutLe16(directory, 20);  // version made by
    PutLe16(directory, 20);  // version needed
    PutLe16(directory, 0);
    PutLe16(directory, 0);
    PutLe16(directory, 0);
    PutLe16(directory, 0x5821);
    PutLe32(directory, crc);
    PutLe32(directory, size);
    PutLe32(directory, size);
    PutLe16(directory, static_cast<uint32_t>(e.name.size()));
    PutLe16(directory, 0);  // extra
    PutLe16(directory, 0);  // comment
    PutLe16(directory, 0);  // disk
    PutLe16(directory, 0);  // internal attributes
    PutLe32(directory, 0);  // external attributes
    PutLe32(directory, offset);
    directory.append(e.name);
  }
  const uint32_t directory_offset = static_cast<uint32_t>(out.size());
  out.append(directory);
  PutLe32(out, 0x06054b50);
  PutLe16(out, 0);
  PutLe16(out, 0);
  PutLe16(out, static_cast<uint32_t>(entries.size()));
  PutLe16(out, static_cast<uint32_t>(entries.size()));
  PutLe32(out, static_cast<uint32_t>(directory.size()));
  PutLe32(out, directory_offset);
  PutLe16(out, static_cast<uint32_t>(comment.size()));
  out.append(comment);
  return out;
}

// The parts of a minimal OOXML package: content types and package relationships, then `main_parts`.
inline std::vector<TestZipEntry> OoxmlEntries(std::vector<std::string> main_parts) {
  std::vector<TestZipEntry> entries = {
      {"[Content_Types].xml",
       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>", ""},
      {"_rels/.rels", "<Relationships/>", ""},
  };
  for (std::string& part : main_parts) entries.push_back({std::move(part), "<x/>", ""});
  return entries;
}

}  // namespace motcua::attachment_testing
