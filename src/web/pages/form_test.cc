// Form bodies: urlencoded (as query strings) and multipart, UTF-8 only, NFC-normalised.
#include "web/pages/form.h"

#include <gtest/gtest.h>

namespace motcua::web::pages {
namespace {

Request Post(std::string content_type, std::string body) {
  Request request;
  request.method = "POST";
  request.headers.Add("Content-Type", std::move(content_type));
  request.body = std::move(body);
  return request;
}

TEST(FormTest, ReadsUrlencodedFields) {
  auto form = Form::Parse(Post("application/x-www-form-urlencoded",
                               "name=Nguy%E1%BB%85n+V%C4%83n+An&items=a%0D%0Ab&items=c&empty=&flag"));
  ASSERT_TRUE(form.ok()) << form.status().ToString();
  EXPECT_EQ(form->Get("name"), "Nguyễn Văn An");
  EXPECT_EQ(form->GetAll("items"), (std::vector<std::string>{"a\r\nb", "c"}));
  EXPECT_TRUE(form->Has("empty"));
  EXPECT_EQ(form->Get("empty"), "");
  EXPECT_EQ(form->Get("absent"), "");
  EXPECT_FALSE(form->Has("absent"));
}

TEST(FormTest, TrimsWithGetButNotWithGetAll) {
  auto form = Form::Parse(Post("application/x-www-form-urlencoded; charset=UTF-8", "password=+a+b+"));
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form->Get("password"), "a b");
  EXPECT_EQ(form->GetAll("password").front(), " a b ");
}

TEST(FormTest, NormalisesToNfc) {
  // "ễ" typed as e + U+0302 + U+0303 (decomposed) reads back precomposed.
  auto form = Form::Parse(Post("application/x-www-form-urlencoded", "n=Nguye%CC%82%CC%83n"));
  ASSERT_TRUE(form.ok());
  EXPECT_EQ(form->Get("n"), "Nguyễn");
}

TEST(FormTest, RefusesInvalidUtf8MalformedEscapesAndOtherTypes) {
  EXPECT_FALSE(Form::Parse(Post("application/x-www-form-urlencoded", "a=%FF%FE")).ok());
  EXPECT_FALSE(Form::Parse(Post("application/x-www-form-urlencoded", "a=%G1")).ok());
  EXPECT_FALSE(Form::Parse(Post("application/json", "{\"a\":1}")).ok());
  EXPECT_FALSE(Form::Parse(Post("", "a=1")).ok());
}

TEST(FormTest, RefusesOversizedUrlencodedBodiesAndTooManyFields) {
  FormLimits limits;
  limits.max_urlencoded_bytes = 10;
  EXPECT_EQ(Form::Parse(Post("application/x-www-form-urlencoded", "a=12345678901"), limits).status().code(),
            StatusCode::kTooLarge);
  limits = FormLimits{};
  limits.max_fields = 2;
  EXPECT_EQ(Form::Parse(Post("application/x-www-form-urlencoded", "a=1&b=2&c=3"), limits).status().code(),
            StatusCode::kTooLarge);
}

TEST(FormTest, SeparatesMultipartFilesFromFields) {
  const std::string body =
      "--b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nxyz\r\n"
      "--b\r\nContent-Disposition: form-data; name=\"scan\"; filename=\"a.pdf\"\r\nContent-Type: "
      "application/pdf\r\n"
      "\r\n%PDF-1.4\r\n"
      "--b\r\nContent-Disposition: form-data; name=\"other\"; filename=\"\"\r\n\r\n\r\n"
      "--b--\r\n";
  auto form = Form::Parse(Post("multipart/form-data; boundary=b", body));
  ASSERT_TRUE(form.ok()) << form.status().ToString();
  EXPECT_EQ(form->Get("csrf"), "xyz");
  ASSERT_NE(form->File("scan"), nullptr);
  EXPECT_EQ(form->File("scan")->file_name, "a.pdf");
  EXPECT_EQ(form->File("scan")->content_type, "application/pdf");
  EXPECT_EQ(form->File("scan")->data, "%PDF-1.4");
  EXPECT_EQ(form->File("other"), nullptr);  // no file chosen
  EXPECT_FALSE(form->Has("scan"));          // files are not fields
}

TEST(FormTest, RefusesMultipartFieldsThatAreNotUtf8) {
  const std::string body = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\xff\r\n--b--";
  EXPECT_EQ(Form::Parse(Post("multipart/form-data; boundary=b", body)).status().code(),
            StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace motcua::web::pages
