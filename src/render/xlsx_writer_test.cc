#include "render/xlsx_writer.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "render/testing/document_tools.h"
#include "render/testing/subprocess.h"

namespace motcua::render {
namespace {

// LibreOffice's CSV export: comma, '"', UTF-8 (76), and token 9 false = raw values, not "as shown", so the
// test reads what is stored (3531, 0.9986) whatever the locale of the converting machine.
constexpr char kCsvRaw[] = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,false";

const CellStyle kHeader{
    .bold = true, .border = true, .wrap = true, .align = Align::kCenter, .valign = VAlign::kMiddle};
const CellStyle kText{.border = true, .wrap = true};
const CellStyle kInteger{.border = true, .align = Align::kRight, .number_format = kIntegerFormat};
const CellStyle kPercent{.border = true, .align = Align::kRight, .number_format = kPercentFormat};

std::string BuildLedger() {
  Result<std::unique_ptr<XlsxWorkbook>> workbook = XlsxWorkbook::Create({.title = "Sổ theo dõi hồ sơ"});
  EXPECT_TRUE(workbook.ok()) << workbook.status().ToString();
  if (!workbook.ok()) return {};
  Result<XlsxSheet*> sheet = (*workbook)->AddSheet("Sổ theo dõi");
  EXPECT_TRUE(sheet.ok()) << sheet.status().ToString();
  XlsxSheet& s = **sheet;
  EXPECT_TRUE(
      s.Merge(0, 0, 0, 3, "SỔ THEO DÕI HỒ SƠ", CellStyle{.bold = true, .align = Align::kCenter}).ok());
  EXPECT_TRUE(s.WriteText(1, 0, "Lĩnh vực", kHeader).ok());
  EXPECT_TRUE(s.WriteText(1, 1, "Đã giải quyết", kHeader).ok());
  EXPECT_TRUE(s.WriteText(1, 2, "Tỷ lệ đúng hạn", kHeader).ok());
  EXPECT_TRUE(s.WriteText(1, 3, "Ghi chú", kHeader).ok());
  EXPECT_TRUE(s.WriteText(2, 0, "Tư pháp - Hộ tịch", kText).ok());
  EXPECT_TRUE(s.WriteNumber(2, 1, 3531, kInteger).ok());
  EXPECT_TRUE(s.WriteNumber(2, 2, 3526.0 / 3531.0, kPercent).ok());
  EXPECT_TRUE(s.WriteBlank(2, 3, kText).ok());
  EXPECT_TRUE(s.SetColumnWidth(0, 0, 30).ok());
  EXPECT_TRUE(s.SetColumnWidth(1, 3, 14).ok());
  EXPECT_TRUE(s.RepeatRows(1, 1).ok());
  s.SetPageA4(Orientation::kLandscape);
  Result<std::string> bytes = (*workbook)->Finish();
  EXPECT_TRUE(bytes.ok()) << bytes.status().ToString();
  return bytes.ok() ? *bytes : std::string();
}

TEST(XlsxWriterTest, LibreOfficeReadsTheCellsBack) {
  std::string xlsx = BuildLedger();
  ASSERT_EQ(xlsx.rfind("PK", 0), 0u);
  Result<std::string> csv = testing::LibreOfficeConvert(xlsx, "xlsx", kCsvRaw);
  ASSERT_TRUE(csv.ok()) << csv.status().ToString();
  std::vector<std::vector<std::string>> rows = testing::ParseCsv(*csv);
  ASSERT_GE(rows.size(), 3u) << *csv;
  EXPECT_EQ(rows[0][0], "SỔ THEO DÕI HỒ SƠ");
  EXPECT_EQ(rows[1], (std::vector<std::string>{"Lĩnh vực", "Đã giải quyết", "Tỷ lệ đúng hạn", "Ghi chú"}));
  ASSERT_GE(rows[2].size(), 3u);
  EXPECT_EQ(rows[2][0], "Tư pháp - Hộ tịch");
  EXPECT_EQ(rows[2][1], "3531");  // a number, not the text "3.531"
  // Even unformatted, LibreOffice marks a percent-formatted number with "%": 99.858...% is 0.998584 stored.
  ASSERT_FALSE(rows[2][2].empty());
  EXPECT_EQ(rows[2][2].back(), '%') << rows[2][2];
  EXPECT_NEAR(std::stod(rows[2][2]) / 100, 0.998584, 1e-6) << rows[2][2];
}

TEST(XlsxWriterTest, FormatsFontAndPageSetupAreInThePackage) {
  std::string xlsx = BuildLedger();
  Result<std::string> styles = testing::ZipEntryText(xlsx, "xl/styles.xml");
  ASSERT_TRUE(styles.ok()) << styles.status().ToString();
  EXPECT_NE(styles->find("formatCode=\"#,##0\""), std::string::npos);
  EXPECT_NE(styles->find("formatCode=\"0.00%\""), std::string::npos);
  EXPECT_NE(styles->find("<name val=\"Times New Roman\"/>"), std::string::npos);
  Result<std::string> sheet = testing::ZipEntryText(xlsx, "xl/worksheets/sheet1.xml");
  ASSERT_TRUE(sheet.ok());
  EXPECT_NE(sheet->find("<mergeCell ref=\"A1:D1\"/>"), std::string::npos);
  EXPECT_NE(sheet->find("paperSize=\"9\""), std::string::npos);
  EXPECT_NE(sheet->find("orientation=\"landscape\""), std::string::npos);
  EXPECT_NE(sheet->find("fitToPage=\"1\""), std::string::npos);
  Result<std::string> workbook = testing::ZipEntryText(xlsx, "xl/workbook.xml");
  ASSERT_TRUE(workbook.ok());
  EXPECT_NE(workbook->find("_xlnm.Print_Titles"), std::string::npos);
}

TEST(XlsxWriterTest, RefusesBadNamesAndText) {
  Result<std::unique_ptr<XlsxWorkbook>> workbook = XlsxWorkbook::Create();
  ASSERT_TRUE(workbook.ok());
  EXPECT_EQ((*workbook)->AddSheet("a/b").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ((*workbook)->AddSheet(std::string(40, 'x')).status().code(), StatusCode::kInvalidArgument);
  Result<XlsxSheet*> sheet = (*workbook)->AddSheet("Trang 1");
  ASSERT_TRUE(sheet.ok());
  EXPECT_EQ((*workbook)->AddSheet("Trang 1").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ((*sheet)->WriteText(0, 0, "h\xC3(", {}).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ((*sheet)->WriteText(-1, 0, "x", {}).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ((*sheet)->Merge(2, 2, 1, 1, "x", {}).code(), StatusCode::kInvalidArgument);
}

TEST(XlsxWriterTest, LeavesNoTemporaryFiles) {
  testing::TempDir dir;
  const char* old = std::getenv("TMPDIR");
  std::string saved = old != nullptr ? old : "";
  setenv("TMPDIR", dir.path().c_str(), 1);
  {
    Result<std::unique_ptr<XlsxWorkbook>> finished = XlsxWorkbook::Create();
    ASSERT_TRUE(finished.ok());
    ASSERT_TRUE((*finished)->AddSheet("A").ok());
    EXPECT_TRUE((*finished)->Finish().ok());
    Result<std::unique_ptr<XlsxWorkbook>> abandoned = XlsxWorkbook::Create();
    ASSERT_TRUE(abandoned.ok());
    ASSERT_TRUE((*abandoned)->AddSheet("B").ok());
  }
  if (old != nullptr) {
    setenv("TMPDIR", saved.c_str(), 1);
  } else {
    unsetenv("TMPDIR");
  }
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

}  // namespace
}  // namespace motcua::render
