// Tests of `motcua catalog list|show|validate` through RunMotcua (the embedded catalogue, and temporary
// directories for validate).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/testing.h"

namespace motcua::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

using testing::Motcua;
using testing::RunResult;
using testing::TempDir;

constexpr char kFields[] = "[field HT]\nname = Hộ tịch\n";
constexpr char kGoodProcedure[] =
    "[procedure 1.001193]\nname = Thủ tục đăng ký khai sinh\nfield = HT\nlevel = xa\nresult = Giấy khai "
    "sinh\n"
    "online = full\ninterconnected = no\nanywhere = no\nlegal_basis = Luật Hộ tịch 2014\ndecision = "
    "163/QĐ-BTP\n"
    "effective_from = 2025-07-01\nconfidence = confirmed\nsource = test\n"
    "case = Đăng ký khai sinh | 0 wd | cutoff 15:00\n";

TEST(CatalogCommandTest, ListPrintsCodeFieldTimeAndName) {
  const RunResult run = Motcua({"catalog", "list", "--field", "HT", "--on", "2024-01-15"});
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("1.001193\tHT\tTrong ngày\tThủ tục đăng ký khai sinh\n"));
  EXPECT_THAT(run.out, HasSubstr("1.004837\tHT\t3 ngày làm việc\tThủ tục đăng ký giám hộ\n"));
  // Only hộ tịch, and only procedures in force on that date (kết hôn YTNN came to communes on 1/7/2025).
  EXPECT_THAT(run.out, Not(HasSubstr("\tCT\t")));
  EXPECT_THAT(run.out, Not(HasSubstr("2.000806")));
}

TEST(CatalogCommandTest, ListSearchesWithoutAccents) {
  const RunResult plain = Motcua({"catalog", "list", "--search", "dang ky khai sinh", "--on", "2026-03-01"});
  const RunResult accented =
      Motcua({"catalog", "list", "--search", "Đăng ký khai sinh", "--on", "2026-03-01"});
  ASSERT_EQ(plain.code, 0) << plain.err;
  EXPECT_THAT(plain.out, HasSubstr("1.001193\t"));
  EXPECT_EQ(plain.out, accented.out);
}

TEST(CatalogCommandTest, ListRejectsBadDateAndUnknownField) {
  const RunResult bad_date = Motcua({"catalog", "list", "--on", "15/01/2024"});
  EXPECT_EQ(bad_date.code, 2);
  EXPECT_THAT(bad_date.err, HasSubstr("Ngày không hợp lệ"));
  const RunResult bad_field = Motcua({"catalog", "list", "--field", "ZZ"});
  EXPECT_EQ(bad_field.code, 3);
  EXPECT_THAT(bad_field.err, HasSubstr("Không có lĩnh vực mã 'ZZ'"));
}

TEST(CatalogCommandTest, ShowPrintsTheVietnameseDetailOfTheVersionInForce) {
  const RunResult run = Motcua({"catalog", "show", "1.001193", "--on", "2024-01-15"});
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("Mã thủ tục: 1.001193\n"));
  EXPECT_THAT(run.out, HasSubstr("Tên thủ tục: Thủ tục đăng ký khai sinh\n"));
  EXPECT_THAT(run.out, HasSubstr("Lĩnh vực: Hộ tịch (HT)\n"));
  EXPECT_THAT(run.out,
              HasSubstr("Trong ngày; nhận hồ sơ từ 15:00 trở đi thì trả trong ngày làm việc tiếp theo"));
  EXPECT_THAT(run.out, HasSubstr("Kết quả: Giấy khai sinh\n"));
  EXPECT_THAT(run.out, HasSubstr("Hiệu lực: từ 16/07/2020 đến hết 30/06/2025\n"));
  EXPECT_THAT(run.out, HasSubstr("Quy trình nội bộ (phân bổ mặc định):\n"));
  EXPECT_THAT(run.out, HasSubstr("Các phiên bản:\n"));
  EXPECT_THAT(run.out, HasSubstr("(đang hiển thị)"));
  EXPECT_THAT(run.out, HasSubstr("Nguồn:\n"));
  EXPECT_THAT(run.out, HasSubstr("Phí cấp bản sao Giấy khai sinh, nếu yêu cầu (mỗi bản): 8.000 đ"));
}

TEST(CatalogCommandTest, ShowUnknownCodeIsNotFound) {
  const RunResult run = Motcua({"catalog", "show", "9.999999"});
  EXPECT_EQ(run.code, 3);
  EXPECT_THAT(run.err, HasSubstr("Không tìm thấy thủ tục có mã '9.999999'"));
  const RunResult not_yet = Motcua({"catalog", "show", "2.000806", "--on", "2024-01-15"});
  EXPECT_EQ(not_yet.code, 3);
  EXPECT_THAT(not_yet.err, HasSubstr("không có hiệu lực vào ngày 15/01/2024"));
}

TEST(CatalogCommandTest, ValidateEmbeddedCatalogue) {
  const RunResult run = Motcua({"catalog", "validate"});
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("Danh mục hợp lệ: "));
}

TEST(CatalogCommandTest, ValidateDirectoryReportsFileAndLine) {
  TempDir dir;
  dir.Write("fields.txt", kFields);
  dir.Write("good.txt", kGoodProcedure);
  dir.Write("notes.md", "not a catalogue file, ignored");
  const RunResult ok = Motcua({"catalog", "validate", dir.path()});
  ASSERT_EQ(ok.code, 0) << ok.err;
  EXPECT_THAT(ok.out, HasSubstr("1 thủ tục (1 phiên bản), 1 lĩnh vực"));

  const std::string bad = dir.Write("bad.txt", "# broken\n[procedure 1.000656]\ncolour = blue\n");
  const RunResult failed = Motcua({"catalog", "validate", dir.path()});
  EXPECT_EQ(failed.code, 2);
  EXPECT_THAT(failed.err, HasSubstr(bad + ":3: unknown key 'colour' in [procedure]"));
  EXPECT_THAT(failed.err, HasSubstr(bad + ":2: [procedure 1.000656] is missing required key 'name'"));
  EXPECT_THAT(failed.err, HasSubstr("Danh mục thủ tục không hợp lệ"));

  // Single files may be named too; fields then come from a file given alongside.
  const RunResult single =
      Motcua({"catalog", "validate", dir.path() + "/fields.txt", dir.path() + "/good.txt"});
  EXPECT_EQ(single.code, 0) << single.err;
  const RunResult missing = Motcua({"catalog", "validate", dir.path() + "/nope"});
  EXPECT_EQ(missing.code, 3);
}

}  // namespace
}  // namespace motcua::cli
