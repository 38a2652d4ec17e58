// Uploads and downloads through the engine on both backends: only uploaded files can be referenced, only
// viewers of a referring dossier can download, refused uploads record nothing.
#include "service/file_service.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "attachment/sha256.h"
#include "catalog/catalog.h"
#include "store/test_backend.h"

namespace motcua {
namespace {

using store_internal::BackendTest;

std::string Fixture(const std::string& name) {
  std::filesystem::path path(MOTCUA_SOURCE_DIR);
  path /= "src/attachment/testdata";
  path /= name;
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

Instant At(const char* iso) { return *ParseIsoInstant(iso); }

class FileServiceTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (HasFatalFailure()) return;
    store_ = OpenTestStore();
    ASSERT_TRUE(store_);
    auto loaded = LoadEmbeddedCatalog();
    ASSERT_TRUE(loaded.ok());
    catalog_ = std::make_shared<const Catalog>(std::move(loaded).value());
    ASSERT_TRUE(store_->ReplaceCatalog(catalog_->fields(), catalog_->procedures()).ok());
    Unit unit{"000.00.20.H31", "UBND xã Đồng Tiến", std::nullopt, CivilDate{2020, 1, 1}, std::nullopt, {}};
    ASSERT_TRUE(store_->AddUnit(unit).ok());
    calendars_ = std::move(UnitCalendars::Create()).value();
    dossiers_ = std::make_unique<DossierService>(*store_, catalog_, *calendars_);
    std::string folder = "motcua-files-";
    folder.append(std::to_string(reinterpret_cast<uintptr_t>(this)));
    vault_root_ = std::filesystem::temp_directory_path() / folder;
    std::filesystem::remove_all(vault_root_);
    auto vault = FileVault::Open(vault_root_);
    ASSERT_TRUE(vault.ok()) << vault.status().ToString();
    vault_ = std::make_unique<FileVault>(std::move(vault).value());
    files_ = std::make_unique<FileService>(*store_, *dossiers_, *vault_, FileLimits{});
    desk_ = AddUser("letan", Role::kDesk, {});
    other_field_ = AddUser("chuyenvien.ct", Role::kSpecialist, {"CT"});
  }
  void TearDown() override { std::filesystem::remove_all(vault_root_); }

  User AddUser(const std::string& name, Role role, std::vector<std::string> fields) {
    User user;
    user.username = name;
    user.display_name = name;
    user.unit_code = "000.00.20.H31";
    user.roles = {role};
    user.fields = std::move(fields);
    user.id = *store_->AddUser(user);
    return user;
  }

  Intake WithScan(const std::string& sha) {
    Intake intake;
    intake.procedure = "1.004873";
    intake.applicant.name = "Nguyễn Văn Đức";
    intake.components = {SubmittedComponent{"Tờ khai", 1, 0, true, {sha}}};
    return intake;
  }

  std::unique_ptr<Store> store_;
  std::shared_ptr<const Catalog> catalog_;
  std::unique_ptr<UnitCalendars> calendars_;
  std::unique_ptr<DossierService> dossiers_;
  std::filesystem::path vault_root_;
  std::unique_ptr<FileVault> vault_;
  std::unique_ptr<FileService> files_;
  User desk_, other_field_;
};

TEST_P(FileServiceTest, UploadReferenceAndDownload) {
  const std::string pdf = Fixture("sample.pdf");
  ASSERT_FALSE(pdf.empty());
  auto uploaded =
      files_->Upload(desk_, pdf, "Tờ khai.pdf", "application/pdf", At("2026-10-05T08:55:00+07:00"));
  ASSERT_TRUE(uploaded.ok()) << uploaded.status().ToString();
  EXPECT_EQ(uploaded->sha256, Sha256Hex(pdf));
  EXPECT_EQ(uploaded->media_type, "application/pdf");

  auto received = dossiers_->Receive(desk_, WithScan(uploaded->sha256), At("2026-10-05T09:00:00+07:00"));
  ASSERT_TRUE(received.ok()) << received.status().ToString();
  auto download = files_->Download(desk_, received->code, uploaded->sha256);
  ASSERT_TRUE(download.ok()) << download.status().ToString();
  EXPECT_EQ(download->bytes, pdf);
  EXPECT_EQ(download->file.file_name, "Tờ khai.pdf");
  // Another field's officer may not see the dossier, so not its files either.
  EXPECT_EQ(files_->Download(other_field_, received->code, uploaded->sha256).status().code(),
            StatusCode::kPermissionDenied);
  // A recorded file that this dossier does not refer to is not served through it.
  auto png =
      files_->Upload(desk_, Fixture("sample.png"), "anh.png", "image/png", At("2026-10-05T09:05:00+07:00"));
  ASSERT_TRUE(png.ok()) << png.status().ToString();
  EXPECT_EQ(files_->Download(desk_, received->code, png->sha256).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(files_->Download(desk_, received->code, "../../etc/passwd").status().code(),
            StatusCode::kNotFound);
}

TEST_P(FileServiceTest, RefusedUploadsAndUnknownReferencesChangeNothing) {
  std::string elf(
      "\x7f"
      "ELF\x02\x01\x01",
      7);
  elf.append(200, '\0');
  auto refused = files_->Upload(desk_, elf, "ho-so.pdf", "application/pdf", At("2026-10-05T08:55:00+07:00"));
  EXPECT_EQ(refused.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->GetFile(Sha256Hex(elf)).status().code(), StatusCode::kNotFound);
  auto traversal = files_->Upload(desk_, Fixture("sample.pdf"), "../../etc/x.pdf", "application/pdf",
                                  At("2026-10-05T08:55:00+07:00"));
  EXPECT_EQ(traversal.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->GetFile(Sha256Hex(Fixture("sample.pdf"))).status().code(), StatusCode::kNotFound);

  auto unknown = dossiers_->Receive(desk_, WithScan(std::string(64, 'c')), At("2026-10-05T09:00:00+07:00"));
  EXPECT_EQ(unknown.status().code(), StatusCode::kInvalidArgument);
  DossierFilter all;
  EXPECT_EQ(dossiers_->List(desk_, all)->total, 0);
  // A digitised component without a file is refused too (live intake).
  auto no_file = dossiers_->Receive(desk_, WithScan(""), At("2026-10-05T09:00:00+07:00"));
  EXPECT_FALSE(no_file.ok());
  // Someone without an intake or result role may not upload.
  User admin = AddUser("quantri", Role::kAdmin, {});
  EXPECT_EQ(files_->Upload(admin, Fixture("sample.pdf"), "a.pdf", "", At("2026-10-05T09:00:00+07:00"))
                .status()
                .code(),
            StatusCode::kPermissionDenied);
}

MOTCUA_INSTANTIATE_BACKENDS(FileServiceTest);

}  // namespace
}  // namespace motcua
