#include "attachment/internal/zip_directory.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "attachment/internal/test_util.h"

namespace motcua::attachment_internal {
namespace {

using attachment_testing::MakeStoredZip;
using attachment_testing::PutLe16;
using attachment_testing::PutLe32;
using attachment_testing::Testdata;

std::vector<std::string> Names(const std::vector<ZipEntry>& entries) {
  std::vector<std::string> names;
  for (const ZipEntry& e : entries) names.push_back(e.name);
  return names;
}

TEST(ZipDirectoryTest, ReadsTheDocxFixture) {
  const std::string docx = Testdata("sample.docx");
  auto entries = ReadZipDirectory(docx);
  ASSERT_TRUE(entries.ok()) << entries.status().ToString();
  EXPECT_EQ(Names(*entries),
            (std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "word/document.xml"}));
  for (const ZipEntry& e : *entries) {
    EXPECT_EQ(e.method, 8);  // deflate, as Python's zipfile wrote them
    EXPECT_TRUE(LocalHeaderMatches(docx, e)) << e.name;
  }
  EXPECT_EQ((*entries)[0].local_header_offset, 0u);
}

TEST(ZipDirectoryTest, ReadsAZipWithAComment) {
  const std::string zip = MakeStoredZip({{"a.txt", "hello", ""}}, "a comment PK\x05\x06 inside");
  auto entries = ReadZipDirectory(zip);
  ASSERT_TRUE(entries.ok()) << entries.status().ToString();
  ASSERT_EQ(entries->size(), 1u);
  EXPECT_EQ((*entries)[0].name, "a.txt");
  EXPECT_EQ((*entries)[0].uncompressed_size, 5u);
  EXPECT_TRUE(LocalHeaderMatches(zip, (*entries)[0]));
}

TEST(ZipDirectoryTest, EmptyArchiveHasNoEntries) {
  auto entries = ReadZipDirectory(MakeStoredZip({}));
  ASSERT_TRUE(entries.ok());
  EXPECT_TRUE(entries->empty());
}

TEST(ZipDirectoryTest, EveryTruncationIsRefusedWithoutCrashing) {
  const std::string docx = Testdata("sample.docx");
  for (size_t keep = 0; keep < docx.size(); ++keep) {
    auto entries = ReadZipDirectory(std::string_view(docx).substr(0, keep));
    EXPECT_FALSE(entries.ok()) << "kept " << keep << " bytes";
    if (!entries.ok()) {
      EXPECT_EQ(entries.status().code(), StatusCode::kInvalidArgument);
    }
  }
}

TEST(ZipDirectoryTest, TrailingBytesAfterTheEndRecordAreRefused) {
  EXPECT_FALSE(ReadZipDirectory(Testdata("sample.docx") + "x").ok());
}

TEST(ZipDirectoryTest, DuplicateNamesAreRefusedIgnoringAsciiCase) {
  EXPECT_FALSE(ReadZipDirectory(MakeStoredZip({{"a.xml", "1", ""}, {"a.xml", "2", ""}})).ok());
  EXPECT_FALSE(
      ReadZipDirectory(MakeStoredZip({{"word/document.xml", "1", ""}, {"Word/Document.XML", "2", ""}})).ok());
  EXPECT_TRUE(ReadZipDirectory(MakeStoredZip({{"a.xml", "1", ""}, {"b.xml", "2", ""}})).ok());
}

TEST(ZipDirectoryTest, Zip64MarkersAreRefused) {
  std::string zip = MakeStoredZip({{"a.txt", "hello", ""}});
  const size_t eocd = zip.size() - 22;
  std::string patched = zip;
  patched[eocd + 16] = patched[eocd + 17] = patched[eocd + 18] = patched[eocd + 19] = '\xff';
  auto entries = ReadZipDirectory(patched);
  ASSERT_FALSE(entries.ok());
  EXPECT_NE(entries.status().message().find("ZIP64"), std::string::npos);
}

TEST(ZipDirectoryTest, DirectoryOutsideTheFileIsRefused) {
  std::string zip = MakeStoredZip({{"a.txt", "hello", ""}});
  const size_t eocd = zip.size() - 22;
  std::string beyond = zip.substr(0, eocd + 16);
  PutLe32(beyond, 0x00FFFFFE);  // directory offset far past the end
  PutLe16(beyond, 0);
  EXPECT_FALSE(ReadZipDirectory(beyond).ok());
}

TEST(ZipDirectoryTest, EntryCountThatDisagreesWithTheDirectoryIsRefused) {
  std::string zip = MakeStoredZip({{"a.txt", "hello", ""}, {"b.txt", "world", ""}});
  const size_t eocd = zip.size() - 22;
  std::string fewer = zip.substr(0, eocd + 8);
  PutLe16(fewer, 1);
  PutLe16(fewer, 1);
  fewer.append(zip.substr(eocd + 12));
  EXPECT_FALSE(ReadZipDirectory(fewer).ok());  // one entry leaves bytes of the directory unread
  std::string more = zip.substr(0, eocd + 8);
  PutLe16(more, 3);
  PutLe16(more, 3);
  more.append(zip.substr(eocd + 12));
  EXPECT_FALSE(ReadZipDirectory(more).ok());
}

TEST(ZipDirectoryTest, MultiDiskIsRefused) {
  std::string zip = MakeStoredZip({{"a.txt", "hello", ""}});
  zip[zip.size() - 22 + 4] = 1;
  EXPECT_FALSE(ReadZipDirectory(zip).ok());
}

TEST(ZipDirectoryTest, LocalHeaderMustCarryTheSameName) {
  const std::string zip = MakeStoredZip({{"word/document.xml", "<x/>", "evil/document.xml"}});
  auto entries = ReadZipDirectory(zip);
  ASSERT_TRUE(entries.ok());
  EXPECT_FALSE(LocalHeaderMatches(zip, (*entries)[0]));
  ZipEntry outside = (*entries)[0];
  outside.local_header_offset = static_cast<uint32_t>(zip.size() - 4);
  EXPECT_FALSE(LocalHeaderMatches(zip, outside));
}

TEST(ZipDirectoryTest, CaseInsensitiveCompare) {
  EXPECT_TRUE(EqualsAsciiCaseInsensitive("Word/Document.xml", "word/document.XML"));
  EXPECT_FALSE(EqualsAsciiCaseInsensitive("word/document.xml", "word/document.xm"));
  EXPECT_FALSE(EqualsAsciiCaseInsensitive("word/documènt.xml", "word/document.xml"));
}

}  // namespace
}  // namespace motcua::attachment_internal
