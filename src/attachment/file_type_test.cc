#include "attachment/file_type.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "attachment/internal/test_util.h"

namespace motcua {
namespace {

using attachment_testing::MakeStoredZip;
using attachment_testing::OoxmlEntries;
using attachment_testing::Testdata;

FileKind KindOf(std::string_view bytes) {
  auto type = SniffFileType(bytes);
  EXPECT_TRUE(type.ok()) << type.status().ToString();
  return type.ok() ? type->kind : FileKind::kPdf;
}

void ExpectRefused(std::string_view bytes, std::string_view what) {
  auto type = SniffFileType(bytes);
  ASSERT_FALSE(type.ok()) << what << " was accepted as " << type->media_type;
  EXPECT_EQ(type.status().code(), StatusCode::kInvalidArgument) << what;
  // The message tells the user what would have been accepted.
  EXPECT_NE(type.status().user_message().find("PDF, JPEG, PNG, TIFF, DOCX (Word), XLSX (Excel)"),
            std::string::npos)
      << type.status().user_message();
}

// The first 64 KiB of this test binary: a real ELF executable.
std::string OwnExecutableHead() {
  std::ifstream in("/proc/self/exe", std::ios::binary);
  std::string head(64 * 1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  return head;
}

// A minimal Windows PE header: "MZ", e_lfanew at 0x3c pointing at "PE\0\0" and a COFF header.
std::string WindowsExecutableHead() {
  std::string exe(512, '\0');
  exe[0] = 'M';
  exe[1] = 'Z';
  exe[0x3c] = '\x80';
  exe.replace(0x80, 4, std::string("PE\0\0", 4));
  exe[0x84] = '\x4c';  // machine i386
  exe[0x85] = '\x01';
  return exe;
}

TEST(SniffFileTypeTest, RecognisesEveryFixture) {
  EXPECT_EQ(KindOf(Testdata("sample.pdf")), FileKind::kPdf);
  EXPECT_EQ(KindOf(Testdata("sample.jpg")), FileKind::kJpeg);
  EXPECT_EQ(KindOf(Testdata("sample.png")), FileKind::kPng);
  EXPECT_EQ(KindOf(Testdata("sample.tif")), FileKind::kTiff);
  EXPECT_EQ(KindOf(Testdata("sample.docx")), FileKind::kDocx);
  EXPECT_EQ(KindOf(Testdata("sample.xlsx")), FileKind::kXlsx);
}

TEST(SniffFileTypeTest, TypeTableIsConsistent) {
  ASSERT_EQ(AcceptedFileTypes().size(), 6u);
  for (const FileType& type : AcceptedFileTypes()) {
    EXPECT_EQ(FileTypeOf(type.kind), type);
    EXPECT_FALSE(type.label_vi.empty());
  }
  const FileType docx = FileTypeOf(FileKind::kDocx);
  EXPECT_EQ(docx.media_type, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  EXPECT_EQ(docx.extension, "docx");
  EXPECT_EQ(FileTypeOf(FileKind::kXlsx).media_type,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(FileTypeOf(FileKind::kJpeg).extension, "jpg");
  EXPECT_EQ(FileTypeOf(FileKind::kTiff).media_type, "image/tiff");
}

TEST(SniffFileTypeTest, ExecutablesAreRefused) {
  ExpectRefused(OwnExecutableHead(), "ELF executable");
  ExpectRefused(WindowsExecutableHead(), "PE executable");
}

TEST(SniffFileTypeTest, OtherTypesAreRefused) {
  ExpectRefused("hello, world\n", "plain text");
  ExpectRefused("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>", "HTML");
  ExpectRefused("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "GIF");
  ExpectRefused(std::string("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) + std::string(504, '\0'), "OLE2 (.doc)");
  ExpectRefused(std::string("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10) + "abc", "gzip");
  ExpectRefused(std::string(100, '\0'), "zeros");
}

TEST(SniffFileTypeTest, EmptyIsRefused) {
  auto type = SniffFileType("");
  ASSERT_FALSE(type.ok());
  EXPECT_EQ(type.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(type.status().user_message().find("rỗng"), std::string::npos);
}

TEST(SniffFileTypeTest, PlainZipIsRefused) {
  ExpectRefused(Testdata("plain.zip"), "plain.zip");
  auto type = SniffFileType(Testdata("plain.zip"));
  EXPECT_NE(type.status().user_message().find("ZIP"), std::string::npos);
  ExpectRefused(MakeStoredZip({}), "empty zip");
}

TEST(SniffFileTypeTest, OfficeZipsAreDecidedByTheirDirectory) {
  EXPECT_EQ(KindOf(MakeStoredZip(OoxmlEntries({"word/document.xml"}))), FileKind::kDocx);
  EXPECT_EQ(KindOf(MakeStoredZip(OoxmlEntries({"xl/workbook.xml", "xl/worksheets/sheet1.xml"}))),
            FileKind::kXlsx);
  // OPC part names compare case-insensitively.
  EXPECT_EQ(KindOf(MakeStoredZip(OoxmlEntries({"Word/Document.xml"}))), FileKind::kDocx);
}

TEST(SniffFileTypeTest, DocxWhoseWordPartComesLateIsStillDocx) {
  // libmagic looks at the first entries only and answers application/octet-stream for this one.
  std::vector<std::string> parts;
  for (int i = 0; i < 12; ++i) parts.push_back("docProps/custom" + std::to_string(i) + ".xml");
  parts.push_back("word/document.xml");
  EXPECT_EQ(KindOf(MakeStoredZip(OoxmlEntries(parts))), FileKind::kDocx);
}

TEST(SniffFileTypeTest, OtherOrBrokenOfficeZipsAreRefused) {
  ExpectRefused(MakeStoredZip(OoxmlEntries({"ppt/presentation.xml"})), "PPTX");
  ExpectRefused(MakeStoredZip(OoxmlEntries({"word/document.xml", "xl/workbook.xml"})), "both parts");
  ExpectRefused(MakeStoredZip({{"_rels/.rels", "<r/>", ""}, {"word/document.xml", "<x/>", ""}}),
                "no [Content_Types].xml");
  ExpectRefused(MakeStoredZip(OoxmlEntries({"word/document.xml", "word/vbaProject.bin"})), "macro DOCM");
  ExpectRefused(MakeStoredZip(OoxmlEntries({"xl/workbook.xml", "xl/vbaProject.bin"})), "macro XLSM");
  auto forged = OoxmlEntries({});
  forged.push_back({"word/document.xml", "<x/>", "word/other.xml"});
  ExpectRefused(MakeStoredZip(forged), "local header names another part");
  const std::string docx = Testdata("sample.docx");
  ExpectRefused(docx.substr(0, docx.size() - 1), "truncated DOCX");
  ExpectRefused("junk" + docx, "DOCX behind a prefix");
}

TEST(SniffFileTypeTest, SafeFromSeveralThreadsAtOnce) {
  const std::vector<std::pair<std::string, FileKind>> samples = {
      {Testdata("sample.pdf"), FileKind::kPdf},   {Testdata("sample.png"), FileKind::kPng},
      {Testdata("sample.jpg"), FileKind::kJpeg},  {Testdata("sample.tif"), FileKind::kTiff},
      {Testdata("sample.docx"), FileKind::kDocx}, {Testdata("sample.xlsx"), FileKind::kXlsx},
  };
  std::vector<int> wrong(8, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 60; ++i) {
        const auto& [bytes, kind] = samples[static_cast<size_t>(t + i) % samples.size()];
        auto type = SniffFileType(bytes);
        if (!type.ok() || type->kind != kind) ++wrong[static_cast<size_t>(t)];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int count : wrong) EXPECT_EQ(count, 0);
}

TEST(CheckDeclaredTypeTest, MatchingDeclarationsPass) {
  const FileType png = FileTypeOf(FileKind::kPng);
  EXPECT_TRUE(CheckDeclaredType(png, "image/png", "ảnh chụp.png").ok());
  EXPECT_TRUE(CheckDeclaredType(png, "IMAGE/PNG; charset=binary", "scan.PNG").ok());
  EXPECT_TRUE(CheckDeclaredType(png, "image/x-png", "scan.png").ok());
  EXPECT_TRUE(CheckDeclaredType(png, "", "").ok());
  EXPECT_TRUE(CheckDeclaredType(png, "application/octet-stream", "scan").ok());
  const FileType jpeg = FileTypeOf(FileKind::kJpeg);
  EXPECT_TRUE(CheckDeclaredType(jpeg, "image/pjpeg", "a.jpeg").ok());
  EXPECT_TRUE(CheckDeclaredType(jpeg, "image/jpeg", "a.JFIF").ok());
  const FileType docx = FileTypeOf(FileKind::kDocx);
  EXPECT_TRUE(CheckDeclaredType(docx, "application/zip", "Tờ khai.docx").ok());
  EXPECT_TRUE(CheckDeclaredType(docx, docx.media_type, "to-khai.docx").ok());
  EXPECT_TRUE(CheckDeclaredType(FileTypeOf(FileKind::kTiff), "image/tiff", "x.tiff").ok());
  // Not extensions: all digits, or too long, or not alphanumeric.
  const FileType pdf = FileTypeOf(FileKind::kPdf);
  EXPECT_TRUE(CheckDeclaredType(pdf, "application/pdf", "Quyết định 12.2024").ok());
  EXPECT_TRUE(CheckDeclaredType(pdf, "application/pdf", "ho so.tailieu").ok());
  EXPECT_TRUE(CheckDeclaredType(pdf, "application/pdf", "ho so. ban chinh").ok());
}

TEST(CheckDeclaredTypeTest, PngDeclaredAsPdfIsRefused) {
  const Status s = CheckDeclaredType(FileTypeOf(FileKind::kPng), "application/pdf", "scan.png");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.user_message().find("application/pdf"), std::string::npos);
  EXPECT_NE(s.user_message().find("Ảnh PNG"), std::string::npos);
}

TEST(CheckDeclaredTypeTest, ContradictingExtensionIsRefused) {
  const Status s = CheckDeclaredType(FileTypeOf(FileKind::kPng), "", "scan.pdf");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.user_message().find(".pdf"), std::string::npos);
  EXPECT_NE(s.user_message().find(".png"), std::string::npos);
  EXPECT_FALSE(CheckDeclaredType(FileTypeOf(FileKind::kPdf), "application/pdf", "setup.exe").ok());
  EXPECT_FALSE(CheckDeclaredType(FileTypeOf(FileKind::kDocx), "", "to-khai.doc").ok());
  EXPECT_FALSE(CheckDeclaredType(FileTypeOf(FileKind::kDocx), "", "to-khai.docm").ok());
  EXPECT_FALSE(CheckDeclaredType(FileTypeOf(FileKind::kXlsx), "", "so.docx").ok());
  EXPECT_FALSE(CheckDeclaredType(FileTypeOf(FileKind::kPdf), "text/html", "x.pdf").ok());
  // A zip declaration is fine for an Office file only.
  EXPECT_FALSE(CheckDeclaredType(FileTypeOf(FileKind::kPdf), "application/zip", "x.pdf").ok());
}

TEST(CheckDeclaredTypeTest, EchoedDeclarationIsCutAndPrintable) {
  const std::string hostile = "text/\x01" + std::string(500, 'x');
  const Status s = CheckDeclaredType(FileTypeOf(FileKind::kPdf), hostile, "x.pdf");
  ASSERT_FALSE(s.ok());
  EXPECT_LT(s.user_message().size(), 300u);
  EXPECT_EQ(s.user_message().find('\x01'), std::string::npos);
}

}  // namespace
}  // namespace motcua
