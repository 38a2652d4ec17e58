// Biểu 06 rendered (report/bieu06_render.h) and read back as a person would: the PDF with pdfinfo and
// pdftotext (A4 landscape, the heading, the form's header, each row's figures in the Vietnamese format), the
// XLSX converted to CSV by LibreOffice headless (every cell where the form puts it, numbers stored as
// numbers with the "#,##0" format).
#include "report/bieu06_render.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "render/testing/document_tools.h"

namespace motcua {
namespace {

using ::testing::HasSubstr;
using C = Bieu06Column;

Bieu06Row Row(const std::string& code, const std::string& name, std::vector<int64_t> values) {
  Bieu06Row row;
  row.field_code = code;
  row.field_name = name;
  for (size_t c = 0; c < values.size(); ++c) row.cells[c].value = values[c];
  return row;
}

// Figures shaped like the seed's year (the renderer only prints values).
Bieu06 SampleForm() {
  Bieu06 form;
  form.period = *MakeReportPeriod({2023, 10, 1}, {2024, 9, 30});
  form.rows.push_back(Row("HT", "Hộ tịch", {2805, 980, 1819, 6, 2800, 300, 2496, 4, 5, 3, 2}));
  form.rows.push_back(Row("CT", "Chứng thực", {739, 256, 479, 4, 731, 7, 723, 1, 4, 3, 1}));
  form.total = Row("", "Tổng số", {3544, 1236, 2298, 10, 3531, 307, 3219, 5, 9, 6, 3});
  return form;
}

Bieu06Heading SampleHeading() {
  Unit province;
  province.code = "000.00.00.H31";
  province.name = "UBND tỉnh Hưng Yên";
  Unit commune;
  commune.code = "000.00.20.H31";
  commune.name = "UBND xã Đồng Tiến";
  commune.parent_code = province.code;
  Bieu06Heading heading = Bieu06HeadingFor(commune, &province, {2024, 10, 5});
  heading.recipient = "UBND tỉnh Hưng Yên";
  return heading;
}

std::string Flat(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// The whitespace-separated words of the first line of `text` that contains `needle`.
std::vector<std::string> WordsOfLine(const std::string& text, const std::string& needle) {
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.find(needle) == std::string::npos) continue;
    std::istringstream words(line);
    std::vector<std::string> out;
    for (std::string word; words >> word;) out.push_back(word);
    return out;
  }
  return {};
}

TEST(Bieu06HeadingTest, NamesInUpperCaseUnderTheParent) {
  const Bieu06Heading heading = SampleHeading();
  EXPECT_EQ(heading.parent_lines, std::vector<std::string>{"UBND TỈNH HƯNG YÊN"});
  EXPECT_EQ(heading.unit_lines, std::vector<std::string>{"UBND XÃ ĐỒNG TIẾN"});
  EXPECT_EQ(heading.unit_name, "UBND xã Đồng Tiến");
  Unit top_unit;
  top_unit.code = "x";
  top_unit.name = "Ủy ban nhân dân tỉnh";
  const Bieu06Heading top = Bieu06HeadingFor(top_unit, nullptr, {2024, 10, 5});
  EXPECT_TRUE(top.parent_lines.empty());
  EXPECT_EQ(top.unit_lines, std::vector<std::string>{"ỦY BAN NHÂN DÂN TỈNH"});
}

TEST(Bieu06RenderTest, PdfIsTheFormOnA4Landscape) {
  const Result<std::string> pdf = RenderBieu06Pdf(SampleForm(), SampleHeading());
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  const auto info = render::testing::GetPdfInfo(*pdf);
  ASSERT_TRUE(info.ok()) << info.status().ToString();
  EXPECT_EQ(info->pages, 1);
  EXPECT_NEAR(info->width_pt, 841.9, 1);
  EXPECT_NEAR(info->height_pt, 595.3, 1);

  const auto raw = render::testing::PdfToText(*pdf, /*layout=*/false);
  ASSERT_TRUE(raw.ok()) << raw.status().ToString();
  const std::string flat = Flat(*raw);
  for (const char* text :
       {"UBND TỈNH HƯNG YÊN", "UBND XÃ ĐỒNG TIẾN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "…………, ngày 05 tháng 10 năm 2024", "Biểu số 06/VPCP/KSTT",
        "Ban hành theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020",
        // The title wraps in its column (pdftotext reads the cells beside it in between).
        "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ", "QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC",
        "(Từ ngày 01/10/2023 đến ngày 30/09/2024)", "- Đơn vị báo cáo: UBND xã Đồng Tiến",
        "- Đơn vị nhận báo cáo: UBND tỉnh Hưng Yên", "Đơn vị tính: Số hồ sơ TTHC.", "STT",
        "Lĩnh vực, công việc giải quyết theo cấp", "Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết",
        "Số hồ sơ đang giải quyết", "Trong đó", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "Từ kỳ trước",
        "Trước hạn", "Đúng hạn", "Trong hạn", "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ"}) {
    EXPECT_THAT(flat, HasSubstr(text));
  }
  // The column numbers on one line; each row on one line, figures in the form's column order with
  // thousands dots.
  const auto layout = render::testing::PdfToText(*pdf, /*layout=*/true);
  ASSERT_TRUE(layout.ok());
  EXPECT_EQ(WordsOfLine(*layout, "(1)"),
            (std::vector<std::string>{"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)",
                                      "(11)", "(12)", "(13)"}));
  EXPECT_EQ(WordsOfLine(*layout, "Hộ tịch"),
            (std::vector<std::string>{"1", "Hộ", "tịch", "2.805", "980", "1.819", "6", "2.800", "300",
                                      "2.496", "4", "5", "3", "2"}));
  EXPECT_EQ(WordsOfLine(*layout, "Chứng thực"),
            (std::vector<std::string>{"2", "Chứng", "thực", "739", "256", "479", "4", "731", "7", "723", "1",
                                      "4", "3", "1"}));
  // The total row: the line with "3.531" (the header also says "Tổng số").
  EXPECT_EQ(WordsOfLine(*layout, "3.531"),
            (std::vector<std::string>{"Tổng", "số", "3.544", "1.236", "2.298", "10", "3.531", "307", "3.219",
                                      "5", "9", "6", "3"}));
  const auto fonts = render::testing::GetPdfFonts(*pdf);
  ASSERT_TRUE(fonts.ok());
  for (const auto& font : *fonts) {
    EXPECT_THAT(font.name, HasSubstr("LiberationSerif"));
    EXPECT_TRUE(font.embedded) << font.name;
  }
  // Equal input, equal bytes (the creation date is the heading's date).
  EXPECT_EQ(*RenderBieu06Pdf(SampleForm(), SampleHeading()), *pdf);
}

TEST(Bieu06RenderTest, PdfOfAnEmptyPeriodSaysSo) {
  Bieu06 empty;
  empty.period = *MakeReportPeriod({2024, 2, 1}, {2024, 2, 29});
  empty.total = Row("", "Tổng số", std::vector<int64_t>(kBieu06Columns, 0));
  const Result<std::string> pdf = RenderBieu06Pdf(empty, SampleHeading());
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  const auto text = render::testing::PdfToText(*pdf, true);
  ASSERT_TRUE(text.ok());
  EXPECT_THAT(Flat(*text), HasSubstr("(Không có hồ sơ trong kỳ)"));
  EXPECT_EQ(WordsOfLine(*text, " 0 "),
            (std::vector<std::string>{"Tổng", "số", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"}))
      << *text;
}

TEST(Bieu06RenderTest, XlsxReadBackByLibreOffice) {
  const Bieu06 form = SampleForm();
  const Result<std::string> xlsx = RenderBieu06Xlsx(form, SampleHeading());
  ASSERT_TRUE(xlsx.ok()) << xlsx.status().ToString();
  // Cell values as stored (not as shown, which depends on LibreOffice's locale).
  const Result<std::string> csv = render::testing::LibreOfficeConvert(
      *xlsx, "xlsx", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,false");
  ASSERT_TRUE(csv.ok()) << csv.status().ToString();
  const std::vector<std::vector<std::string>> rows = render::testing::ParseCsv(*csv);
  ASSERT_EQ(rows.size(), 12u + 3u) << *csv;
  for (const auto& row : rows) ASSERT_EQ(row.size(), 13u) << *csv;
  EXPECT_EQ(rows[0][0], "UBND TỈNH HƯNG YÊN");
  EXPECT_EQ(rows[1][0], "UBND XÃ ĐỒNG TIẾN");
  EXPECT_EQ(rows[0][6], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  EXPECT_EQ(rows[1][6], "Độc lập - Tự do - Hạnh phúc");
  EXPECT_EQ(rows[2][6], "…………, ngày 05 tháng 10 năm 2024");
  EXPECT_EQ(rows[3][0], "Biểu số 06/VPCP/KSTT (Ban hành theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020)");
  EXPECT_EQ(rows[4][0], kBieu06Title);
  EXPECT_EQ(rows[5][0], "(Từ ngày 01/10/2023 đến ngày 30/09/2024)");
  EXPECT_EQ(rows[6][0], "- Đơn vị báo cáo: UBND xã Đồng Tiến");
  EXPECT_EQ(rows[6][7], "- Đơn vị nhận báo cáo: UBND tỉnh Hưng Yên");
  EXPECT_EQ(rows[7][0], "Đơn vị tính: Số hồ sơ TTHC.");
  // The header rows as the form draws them (merged cells keep their text in the first cell).
  EXPECT_EQ(rows[8], (std::vector<std::string>{
                         "STT", "Lĩnh vực, công việc giải quyết theo cấp", "Số hồ sơ nhận giải quyết", "", "",
                         "", "Số hồ sơ đã giải quyết", "", "", "", "Số hồ sơ đang giải quyết", "", ""}));
  EXPECT_EQ(rows[9], (std::vector<std::string>{"", "", "Tổng số", "Trong đó", "", "Từ kỳ trước", "Tổng số",
                                               "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn",
                                               "Quá hạn"}));
  EXPECT_EQ(rows[10], (std::vector<std::string>{"", "", "", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "",
                                                "", "", "", "", "", "", ""}));
  for (int c = 0; c < 13; ++c) EXPECT_EQ(rows[11][c], "(" + std::to_string(c + 1) + ")");
  EXPECT_EQ(rows[12], (std::vector<std::string>{"1", "Hộ tịch", "2805", "980", "1819", "6", "2800", "300",
                                                "2496", "4", "5", "3", "2"}));
  EXPECT_EQ(rows[13], (std::vector<std::string>{"2", "Chứng thực", "739", "256", "479", "4", "731", "7",
                                                "723", "1", "4", "3", "1"}));
  EXPECT_EQ(rows[14], (std::vector<std::string>{"", "Tổng số", "3544", "1236", "2298", "10", "3531", "307",
                                                "3219", "5", "9", "6", "3"}));
  // Numbers are numbers with the thousands format; the sheet is A4 landscape with merged header groups.
  const auto sheet = render::testing::ZipEntryText(*xlsx, "xl/worksheets/sheet1.xml");
  ASSERT_TRUE(sheet.ok());
  EXPECT_THAT(*sheet, HasSubstr("orientation=\"landscape\""));
  EXPECT_THAT(*sheet, HasSubstr("<mergeCell ref=\"C9:F9\"/>"));    // Số hồ sơ nhận giải quyết
  EXPECT_THAT(*sheet, HasSubstr("<mergeCell ref=\"D10:E10\"/>"));  // Trong đó
  EXPECT_THAT(*sheet, HasSubstr("<v>3531</v>"));
  const auto styles = render::testing::ZipEntryText(*xlsx, "xl/styles.xml");
  ASSERT_TRUE(styles.ok());
  EXPECT_THAT(*styles, HasSubstr("#,##0"));
}

}  // namespace
}  // namespace motcua
