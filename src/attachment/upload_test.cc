#include "attachment/upload.h"

#include <gtest/gtest.h>

#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "attachment/file_type.h"
#include "attachment/internal/test_util.h"

namespace motcua {
namespace {

namespace fs = std::filesystem;
using attachment_testing::ScratchDir;
using attachment_testing::Testdata;
using attachment_testing::TreeSnapshot;

std::string OwnExecutableHead() {
  std::ifstream in("/proc/self/exe", std::ios::binary);
  std::string head(16 * 1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  return head;
}

class UploadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto vault = FileVault::Open(scratch_.path() / "files");
    ASSERT_TRUE(vault.ok()) << vault.status().ToString();
    vault_.emplace(std::move(*vault));
    // Something already stored, so "unchanged" is checked against a non-trivial tree.
    ASSERT_TRUE(vault_->Put(Testdata("sample.tif")).ok());
  }

  // Expects `input` to be refused with `code` and the vault left exactly as it was.
  Status ExpectRefusedAndNothingWritten(const UploadInput& input, StatusCode code,
                                        const FileLimits& limits = FileLimits{}) {
    const auto before = TreeSnapshot(vault_->root());
    auto accepted = AcceptUpload(*vault_, limits, input);
    EXPECT_FALSE(accepted.ok()) << "accepted " << input.file_name;
    if (accepted.ok()) return Status::Ok();
    EXPECT_EQ(accepted.status().code(), code) << accepted.status().ToString();
    EXPECT_EQ(TreeSnapshot(vault_->root()), before) << "the vault changed for " << input.file_name;
    return accepted.status();
  }

  ScratchDir scratch_;
  std::optional<FileVault> vault_;
};

TEST_F(UploadTest, AcceptsEachAllowedType) {
  struct Case {
    const char* fixture;
    const char* name;
    const char* declared;
    const char* media_type;
  };
  const Case cases[] = {
      {"sample.pdf", "Đơn đề nghị.pdf", "application/pdf", "application/pdf"},
      {"sample.jpg", "CCCD mặt trước.jpg", "image/jpeg", "image/jpeg"},
      {"sample.png", "ảnh.png", "image/png", "image/png"},
      {"sample.tif", "bản quét.tif", "image/tiff", "image/tiff"},
      {"sample.docx", "Tờ khai.docx",
       "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
       "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
      {"sample.xlsx", "Bảng kê.xlsx", "",
       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
  };
  for (const Case& c : cases) {
    const std::string bytes = Testdata(c.fixture);
    auto accepted = AcceptUpload(*vault_, FileLimits{}, {bytes, c.name, c.declared});
    ASSERT_TRUE(accepted.ok()) << c.fixture << ": " << accepted.status().ToString();
    EXPECT_EQ(accepted->media_type, c.media_type);
    EXPECT_EQ(accepted->file_name, c.name);
    EXPECT_EQ(accepted->size, static_cast<int64_t>(bytes.size()));
    auto stored = vault_->Read(accepted->sha256);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(*stored, bytes);
  }
}

TEST_F(UploadTest, NameIsSanitizedInTheRecord) {
  const std::string bytes = Testdata("sample.pdf");
  auto accepted = AcceptUpload(*vault_, FileLimits{}, {bytes, "  Đơn.pdf. ", ""});
  ASSERT_TRUE(accepted.ok());
  EXPECT_EQ(accepted->file_name, "Đơn.pdf");
}

TEST_F(UploadTest, SameBytesTwiceAreStoredOnce) {
  const std::string bytes = Testdata("sample.png");
  auto first = AcceptUpload(*vault_, FileLimits{}, {bytes, "a.png", "image/png"});
  ASSERT_TRUE(first.ok());
  EXPECT_FALSE(first->already_present);
  const auto tree = TreeSnapshot(vault_->root());
  auto second = AcceptUpload(*vault_, FileLimits{}, {bytes, "b.png", "image/png"});
  ASSERT_TRUE(second.ok());
  EXPECT_TRUE(second->already_present);
  EXPECT_EQ(second->sha256, first->sha256);
  EXPECT_EQ(second->file_name, "b.png");
  EXPECT_EQ(TreeSnapshot(vault_->root()), tree);
}

TEST_F(UploadTest, ExecutableRenamedToPdfIsRefused) {
  const std::string elf = OwnExecutableHead();
  const Status s =
      ExpectRefusedAndNothingWritten({elf, "bien-ban.pdf", "application/pdf"}, StatusCode::kInvalidArgument);
  EXPECT_EQ(s.user_message().rfind("Tệp \"bien-ban.pdf\": ", 0), 0u) << s.user_message();
}

TEST_F(UploadTest, PlainZipIsRefused) {
  ExpectRefusedAndNothingWritten({Testdata("plain.zip"), "ho-so.zip", "application/zip"},
                                 StatusCode::kInvalidArgument);
  ExpectRefusedAndNothingWritten({Testdata("plain.zip"), "ho-so.docx", ""}, StatusCode::kInvalidArgument);
}

TEST_F(UploadTest, MislabelledUploadsAreRefused) {
  const std::string png = Testdata("sample.png");
  const Status declared =
      ExpectRefusedAndNothingWritten({png, "scan.png", "application/pdf"}, StatusCode::kInvalidArgument);
  EXPECT_NE(declared.user_message().find("không khớp"), std::string::npos);
  ExpectRefusedAndNothingWritten({png, "scan.pdf", "image/png"}, StatusCode::kInvalidArgument);
  ExpectRefusedAndNothingWritten({Testdata("sample.docx"), "so-lieu.xlsx", ""}, StatusCode::kInvalidArgument);
}

TEST_F(UploadTest, PathsInNamesAreRefused) {
  const std::string pdf = Testdata("sample.pdf");
  for (const char* name : {"../../etc/passwd", "C:\\x\\y.pdf", "/abs", "a/../b.pdf"}) {
    ExpectRefusedAndNothingWritten({pdf, name, "application/pdf"}, StatusCode::kInvalidArgument);
  }
  ExpectRefusedAndNothingWritten({pdf, std::string_view("a\0.pdf", 6), ""}, StatusCode::kInvalidArgument);
  ExpectRefusedAndNothingWritten({pdf, "", ""}, StatusCode::kInvalidArgument);
}

TEST_F(UploadTest, SizeIsCheckedFirst) {
  const std::string pdf = Testdata("sample.pdf");
  const FileLimits tiny{100};
  const Status s =
      ExpectRefusedAndNothingWritten({pdf, "../bad name", "text/html"}, StatusCode::kTooLarge, tiny);
  EXPECT_NE(s.user_message().find("MB"), std::string::npos);
  ExpectRefusedAndNothingWritten({"", "empty.pdf", ""}, StatusCode::kInvalidArgument);
}

TEST_F(UploadTest, NameIsCheckedBeforeType) {
  const Status s =
      ExpectRefusedAndNothingWritten({"plain text", "a/b.txt", "text/plain"}, StatusCode::kInvalidArgument);
  EXPECT_NE(s.user_message().find("Tên tệp"), std::string::npos) << s.user_message();
}

TEST_F(UploadTest, StorageFailureIsInternalAndLeavesNoFile) {
  // Replace tmp/ by a plain file: every check passes, then the vault cannot create its temporary file.
  fs::remove(vault_->root() / "tmp");
  std::ofstream(vault_->root() / "tmp") << "in the way";
  const Status s = ExpectRefusedAndNothingWritten({Testdata("sample.jpg"), "anh.jpg", "image/jpeg"},
                                                  StatusCode::kInternal);
  EXPECT_NE(s.message().find("mkstemp"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace motcua
