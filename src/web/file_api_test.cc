// File upload and download over HTTP: the raw-body upload, a dossier referring to the file, the download
// with safe headers, and refusals (no session, CSRF, another field, a mislabelled or oversized upload).
#include "web/file_api.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "web/api_test_fixture.h"

namespace motcua::web::testing {
namespace {

using nlohmann::json;

std::string Fixture(const std::string& name) {
  std::filesystem::path path(MOTCUA_SOURCE_DIR);
  path /= "src/attachment/testdata";
  path /= name;
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

class FileApiTest : public ApiTest {
 protected:
  RawResponse Upload(const std::string& bytes, const std::string& name, const std::string& type,
                     const As& as) {
    HttpCall call("POST", "/api/v1/files?name=" + name, bytes, as);
    call.json_content_type = false;
    call.headers.emplace_back("Content-Type", type);
    return Call(call);
  }
};

TEST_P(FileApiTest, UploadThenReferThenDownload) {
  const std::string pdf = Fixture("sample.pdf");
  const RawResponse uploaded = Upload(pdf, "T%E1%BB%9D%20khai.pdf", "application/pdf", Session("tiepnhan"));
  ASSERT_EQ(uploaded.status, 201) << uploaded.body;
  const std::string sha = Json(uploaded)["sha256"];
  EXPECT_EQ(Json(uploaded)["file_name"], "Tờ khai.pdf");

  json intake = IntakeBody();
  intake["components"] = {{{"name", "Tờ khai"}, {"originals", 1}, {"digitized", true}, {"file_ids", {sha}}}};
  const RawResponse received = Post("/api/v1/dossiers", intake, Session("tiepnhan"));
  ASSERT_EQ(received.status, 201) << received.body;
  const std::string code = Json(received)["code"];

  const RawResponse download = Get("/api/v1/dossiers/" + code + "/files/" + sha, Session("tiepnhan"));
  ASSERT_EQ(download.status, 200) << download.body;
  EXPECT_EQ(download.body, pdf);
  EXPECT_EQ(download.Header("content-type"), "application/pdf");
  EXPECT_EQ(download.Header("x-content-type-options"), "nosniff");
  EXPECT_EQ(download.Header("content-disposition"),
            "attachment; filename=\"T____khai.pdf\"; filename*=UTF-8''T%E1%BB%9D%20khai.pdf");

  EXPECT_EQ(Get("/api/v1/dossiers/" + code + "/files/" + sha).status, 401);
  EXPECT_EQ(Get("/api/v1/dossiers/" + code + "/files/" + sha, Session("cv.ct")).status, 403);
  EXPECT_EQ(Get("/api/v1/dossiers/" + code + "/files/" + std::string(64, 'a'), Session("tiepnhan")).status,
            404);
}

TEST_P(FileApiTest, RefusedUploadsRecordNothing) {
  const std::string png = Fixture("sample.png");
  As no_csrf = Session("tiepnhan");
  no_csrf.csrf.clear();
  EXPECT_EQ(Upload(png, "a.png", "image/png", no_csrf).status, 403);
  EXPECT_EQ(Upload(png, "a.png", "image/png", As{}).status, 401);
  EXPECT_EQ(Upload(png, "a.pdf", "application/pdf", Session("tiepnhan")).status, 400);  // mislabelled
  EXPECT_EQ(Upload(png, "..%2F..%2Fetc%2Fa.png", "image/png", Session("tiepnhan")).status, 400);
  EXPECT_EQ(
      store_->GetFile("0000000000000000000000000000000000000000000000000000000000000000").status().code(),
      StatusCode::kNotFound);
  // A declared 2 GB body is answered 413 before it is sent.
  HttpCall huge("POST", "/api/v1/files?name=a.pdf", "", Session("tiepnhan"));
  huge.json_content_type = false;
  huge.headers.emplace_back("Content-Type", "application/pdf");
  huge.headers.emplace_back("Content-Length", "2147483648");
  EXPECT_EQ(Call(huge).status, 413);
  // An intake that refers to a file never uploaded is refused and creates nothing.
  const int64_t before = DossierTotal();
  json intake = IntakeBody();
  intake["components"] = {
      {{"name", "Tờ khai"}, {"originals", 1}, {"digitized", true}, {"file_ids", {std::string(64, 'b')}}}};
  EXPECT_EQ(Post("/api/v1/dossiers", intake, Session("tiepnhan")).status, 400);
  EXPECT_EQ(DossierTotal(), before);
}

TEST(AttachmentDispositionTest, NeverPutsRawQuotesOrNonAsciiInTheHeader) {
  EXPECT_EQ(AttachmentDisposition("a\"b\r\n.pdf"),
            "attachment; filename=\"a_b__.pdf\"; filename*=UTF-8''a%22b%0D%0A.pdf");
  EXPECT_EQ(AttachmentDisposition(""), "attachment; filename=\"tep\"; filename*=UTF-8''");
}

MOTCUA_INSTANTIATE_BACKENDS(FileApiTest);

}  // namespace
}  // namespace motcua::web::testing
