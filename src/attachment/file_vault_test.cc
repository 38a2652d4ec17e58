#include "attachment/file_vault.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "attachment/internal/test_util.h"
#include "attachment/sha256.h"

namespace motcua {
namespace {

namespace fs = std::filesystem;
using attachment_testing::ScratchDir;
using attachment_testing::TreeSnapshot;

constexpr std::string_view kAbcSha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

mode_t ModeOf(const fs::path& path) {
  struct stat st {};
  EXPECT_EQ(::lstat(path.c_str(), &st), 0) << path;
  return st.st_mode & 07777;
}

void Overwrite(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

class FileVaultTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto vault = FileVault::Open(scratch_.path() / "data" / "files");
    ASSERT_TRUE(vault.ok()) << vault.status().ToString();
    vault_.emplace(std::move(*vault));
  }

  ScratchDir scratch_;
  std::optional<FileVault> vault_;
};

TEST_F(FileVaultTest, OpenCreatesPrivateDirectories) {
  EXPECT_TRUE(fs::is_directory(vault_->root()));
  EXPECT_TRUE(vault_->root().is_absolute());
  EXPECT_EQ(ModeOf(vault_->root()), 0700u);
  EXPECT_EQ(ModeOf(vault_->root() / "tmp"), 0700u);
  auto again = FileVault::Open(vault_->root());  // opening an existing vault is fine
  EXPECT_TRUE(again.ok());
}

TEST_F(FileVaultTest, OpenOnARegularFileFails) {
  const fs::path file = scratch_.path() / "plain-file";
  Overwrite(file, "x");
  auto vault = FileVault::Open(file);
  ASSERT_FALSE(vault.ok());
  EXPECT_EQ(vault.status().code(), StatusCode::kInternal);
}

TEST_F(FileVaultTest, PutStoresUnderItsHashWithPrivatePermissions) {
  auto stored = vault_->Put("abc");
  ASSERT_TRUE(stored.ok()) << stored.status().ToString();
  EXPECT_EQ(stored->sha256, kAbcSha);
  EXPECT_EQ(stored->size, 3);
  EXPECT_FALSE(stored->already_present);
  const fs::path expected = vault_->root() / "ba" / "78" / std::string(kAbcSha);
  EXPECT_EQ(vault_->PathFor(kAbcSha), expected);
  EXPECT_TRUE(fs::is_regular_file(expected));
  EXPECT_EQ(ModeOf(expected), 0600u);
  EXPECT_EQ(ModeOf(expected.parent_path()), 0700u);
  EXPECT_EQ(ModeOf(expected.parent_path().parent_path()), 0700u);
  EXPECT_TRUE(fs::is_empty(vault_->root() / "tmp")) << "the temporary file was renamed away";

  auto bytes = vault_->Read(kAbcSha);
  ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
  EXPECT_EQ(*bytes, "abc");
  EXPECT_TRUE(vault_->Verify(kAbcSha).ok());
}

TEST_F(FileVaultTest, PutIsIdempotent) {
  ASSERT_TRUE(vault_->Put("abc").ok());
  const fs::path path = vault_->PathFor(kAbcSha);
  struct stat before {};
  ASSERT_EQ(::stat(path.c_str(), &before), 0);
  const auto tree = TreeSnapshot(vault_->root());

  auto again = vault_->Put("abc");
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->already_present);
  EXPECT_EQ(again->sha256, kAbcSha);
  struct stat after {};
  ASSERT_EQ(::stat(path.c_str(), &after), 0);
  EXPECT_EQ(before.st_ino, after.st_ino) << "the file was not rewritten";
  EXPECT_EQ(TreeSnapshot(vault_->root()), tree);
}

TEST_F(FileVaultTest, LargeFileRoundTripsAcrossReadChunks) {
  std::string big(300 * 1024 + 7, '\0');
  uint32_t x = 12345;  // fixed-seed LCG
  for (char& c : big) {
    x = x * 1103515245u + 12345u;
    c = static_cast<char>(x >> 24);
  }
  auto stored = vault_->Put(big);
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored->sha256, Sha256Hex(big));
  auto bytes = vault_->Read(stored->sha256);
  ASSERT_TRUE(bytes.ok());
  EXPECT_EQ(*bytes, big);
  EXPECT_TRUE(vault_->Verify(stored->sha256).ok());
}

TEST_F(FileVaultTest, EmptyContentIsStorable) {
  auto stored = vault_->Put("");
  ASSERT_TRUE(stored.ok());
  auto bytes = vault_->Read(stored->sha256);
  ASSERT_TRUE(bytes.ok());
  EXPECT_TRUE(bytes->empty());
}

TEST_F(FileVaultTest, ReadRefusesAnythingButLowercaseHex) {
  for (std::string_view bad : {std::string_view("../../etc/passwd"), std::string_view(""),
                               std::string_view("/etc/passwd"), kAbcSha.substr(0, 63)}) {
    auto bytes = vault_->Read(bad);
    ASSERT_FALSE(bytes.ok()) << bad;
    EXPECT_EQ(bytes.status().code(), StatusCode::kInvalidArgument) << bad;
    EXPECT_EQ(vault_->Verify(bad).code(), StatusCode::kInvalidArgument) << bad;
  }
  ASSERT_TRUE(vault_->Put("abc").ok());
  std::string upper(kAbcSha);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  EXPECT_EQ(vault_->Read(upper).status().code(), StatusCode::kInvalidArgument);
  // 64 characters that would climb out of the vault if joined to a path.
  std::string traversal;
  for (int i = 0; i < 19; ++i) traversal.append("../");
  traversal.append("etc/pas");
  ASSERT_EQ(traversal.size(), 64u);
  EXPECT_EQ(vault_->Read(traversal).status().code(), StatusCode::kInvalidArgument);
}

TEST_F(FileVaultTest, AbsentFileIsNotFound) {
  const std::string absent(64, 'a');
  EXPECT_EQ(vault_->Read(absent).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(vault_->Verify(absent).code(), StatusCode::kNotFound);
}

TEST_F(FileVaultTest, VerifyDetectsCorruption) {
  ASSERT_TRUE(vault_->Put("abc").ok());
  Overwrite(vault_->PathFor(kAbcSha), "abd");
  const Status s = vault_->Verify(kAbcSha);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kInternal);
  EXPECT_NE(s.message().find("corrupt"), std::string::npos);
}

TEST_F(FileVaultTest, PutRepairsAFileOfTheWrongSize) {
  ASSERT_TRUE(vault_->Put("abc").ok());
  Overwrite(vault_->PathFor(kAbcSha), "ab");  // e.g. truncated by a disk problem
  auto again = vault_->Put("abc");
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->already_present);
  EXPECT_TRUE(vault_->Verify(kAbcSha).ok());
}

TEST_F(FileVaultTest, ReadDoesNotFollowASymlinkPlantedAtTheFinalPath) {
  const fs::path secret = scratch_.path() / "secret";
  Overwrite(secret, "abc");
  const fs::path path = vault_->PathFor(kAbcSha);
  fs::create_directories(path.parent_path());
  fs::create_symlink(secret, path);
  auto bytes = vault_->Read(kAbcSha);
  EXPECT_FALSE(bytes.ok());
  // Put replaces the link by a real file rather than writing through it.
  ASSERT_TRUE(vault_->Put("abc").ok());
  EXPECT_FALSE(fs::is_symlink(path));
  EXPECT_TRUE(vault_->Read(kAbcSha).ok());
}

TEST_F(FileVaultTest, ConcurrentPutsAndReads) {
  constexpr int kThreads = 8;
  constexpr int kPerThread = 20;
  std::vector<int> failures(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        // Half the contents are shared by every thread, half are the thread's own.
        const std::string content = (i % 2 == 0)
                                        ? "shared " + std::to_string(i)
                                        : "thread " + std::to_string(t) + " item " + std::to_string(i);
        auto stored = vault_->Put(content);
        if (!stored.ok()) {
          ++failures[static_cast<size_t>(t)];
          continue;
        }
        auto bytes = vault_->Read(stored->sha256);
        if (!bytes.ok() || *bytes != content) ++failures[static_cast<size_t>(t)];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int f : failures) EXPECT_EQ(f, 0);
  EXPECT_TRUE(fs::is_empty(vault_->root() / "tmp"));
}

TEST_F(FileVaultTest, RemoveStaleTemporaryFiles) {
  const fs::path tmp = vault_->root() / "tmp";
  Overwrite(tmp / "put-leftover", "partial");
  Overwrite(tmp / "not-ours", "x");
  ASSERT_TRUE(vault_->RemoveStaleTemporaryFiles(std::chrono::hours(1)).ok());
  EXPECT_TRUE(fs::exists(tmp / "put-leftover")) << "younger than an hour";
  ASSERT_TRUE(vault_->RemoveStaleTemporaryFiles(std::chrono::seconds(0)).ok());
  EXPECT_FALSE(fs::exists(tmp / "put-leftover"));
  EXPECT_TRUE(fs::exists(tmp / "not-ours"));
}

}  // namespace
}  // namespace motcua
