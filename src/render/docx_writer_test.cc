#include "render/docx_writer.h"

#include <gtest/gtest.h>

#include <future>

#include "render/testing/document_tools.h"

namespace motcua::render {
namespace {

std::string Collapse(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

Document Report() {
  Document document{.page = OfficialA4Portrait(), .info = {.title = "Báo cáo cải cách hành chính"}};
  document.blocks.push_back(NationalHeading{.parent_agency_lines = {"UBND HUYỆN KHOÁI CHÂU"},
                                            .agency_lines = {"UBND XÃ ĐỒNG TIẾN"},
                                            .number = "Số: 125/BC-UBND",
                                            .place_and_date = "Đồng Tiến, ngày 30 tháng 9 năm 2024"});
  document.blocks.push_back(Paragraph{.spans = {Span{.text = "BÁO CÁO", .bold = true}},
                                      .align = Align::kCenter,
                                      .size_pt = 14,
                                      .keep_with_next = true});
  document.blocks.push_back(
      Paragraph{.spans = {Span{.text = "Tổng số hồ sơ đã giải quyết: "}, Span{.text = "3.531", .bold = true},
                          Span{.text = " hồ sơ, trong đó trước hạn 307 (8,69%), đúng hạn 3.219 (91,16%); "},
                          Span{.text = "quá hạn 5 hồ sơ.", .italic = true}},
                .size_pt = 14,
                .first_line_indent_mm = 12.7,
                .space_after_pt = 6,
                .line_spacing = 1.2});
  Table table{.column_weights = {1, 6, 2}, .size_pt = 13};
  table.header_rows.push_back(TableRow{{TableCell{.spans = {Span{.text = "STT", .bold = true}}},
                                        TableCell{.spans = {Span{.text = "Chỉ tiêu", .bold = true}}},
                                        TableCell{.spans = {Span{.text = "Số liệu", .bold = true}}}}});
  table.rows.push_back(TableRow{{TableCell{.spans = {Span{.text = "1"}}},
                                 TableCell{.spans = {Span{.text = "Tỷ lệ hồ sơ giải quyết đúng hạn"}}},
                                 TableCell{.spans = {Span{.text = "99,86%"}}, .align = Align::kRight}}});
  document.blocks.push_back(table);
  document.blocks.push_back(PageBreak{});
  document.blocks.push_back(Paragraph{.spans = {Span{.text = "Trang hai: ỗ ữ ặ ẫ ị"}}});
  return document;
}

// LibreOffice takes about 10 s per conversion, mostly waiting: both conversions of the report run at once,
// each with its own user installation.
class DocxLibreOfficeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<std::string> docx = RenderDocx(Report());
    ASSERT_TRUE(docx.ok()) << docx.status().ToString();
    ASSERT_EQ(docx->rfind("PK", 0), 0u);
    auto text = std::async(std::launch::async, [&] {
      return testing::LibreOfficeConvert(*docx, "docx", "txt:Text (encoded):UTF8");
    });
    auto pdf =
        std::async(std::launch::async, [&] { return testing::LibreOfficeConvert(*docx, "docx", "pdf"); });
    text_ = new Result<std::string>(text.get());
    pdf_ = new Result<std::string>(pdf.get());
  }
  static void TearDownTestSuite() {
    delete text_;
    delete pdf_;
  }
  static Result<std::string>* text_;
  static Result<std::string>* pdf_;
};
Result<std::string>* DocxLibreOfficeTest::text_ = nullptr;
Result<std::string>* DocxLibreOfficeTest::pdf_ = nullptr;

TEST_F(DocxLibreOfficeTest, ReadsTheVietnameseTextBack) {
  ASSERT_NE(text_, nullptr);
  const Result<std::string>& text = *text_;
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  std::string flat = Collapse(*text);
  for (const char* expected :
       {"UBND HUYỆN KHOÁI CHÂU", "UBND XÃ ĐỒNG TIẾN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 125/BC-UBND", "Đồng Tiến, ngày 30 tháng 9 năm 2024", "BÁO CÁO",
        "Tổng số hồ sơ đã giải quyết: 3.531 hồ sơ, trong đó trước hạn 307 (8,69%)", "quá hạn 5 hồ sơ.",
        "Tỷ lệ hồ sơ giải quyết đúng hạn", "99,86%", "Trang hai: ỗ ữ ặ ẫ ị"}) {
    EXPECT_NE(flat.find(expected), std::string::npos) << expected << "\n" << flat;
  }
}

TEST_F(DocxLibreOfficeTest, LaysItOutOnA4WithTwoPages) {
  ASSERT_NE(pdf_, nullptr);
  const Result<std::string>& pdf = *pdf_;
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  Result<testing::PdfInfo> info = testing::GetPdfInfo(*pdf);
  ASSERT_TRUE(info.ok());
  EXPECT_EQ(info->pages, 2);
  EXPECT_NEAR(info->width_pt, 595.3, 0.5);
  EXPECT_NEAR(info->height_pt, 841.9, 0.5);
  Result<std::vector<testing::PdfWord>> words = testing::GetPdfWords(*pdf);
  ASSERT_TRUE(words.ok());
  double left = 1e9;
  bool number_on_page_two = false;
  for (const testing::PdfWord& word : *words) {
    left = std::min(left, word.x_min);
    if (word.page == 2 && word.text == "2" && word.y_max < MmToPt(20)) number_on_page_two = true;
    EXPECT_FALSE(word.page == 1 && word.text == "1" && word.y_max < MmToPt(20)) << "page 1 carries no number";
  }
  EXPECT_NEAR(left, MmToPt(30), 2.0);  // the 30 mm left margin
  EXPECT_TRUE(number_on_page_two);
  // LibreOffice substitutes Times New Roman with its metric twin.
  Result<std::vector<testing::PdfFont>> fonts = testing::GetPdfFonts(*pdf);
  ASSERT_TRUE(fonts.ok());
  for (const testing::PdfFont& font : *fonts)
    EXPECT_EQ(font.name.rfind("LiberationSerif", 0), 0u) << font.name;
}

TEST(DocxWriterTest, PackageNamesTimesNewRomanAndTheOfficialMargins) {
  Result<std::string> docx = RenderDocx(Report());
  ASSERT_TRUE(docx.ok());
  Result<std::string> styles = testing::ZipEntryText(*docx, "word/styles.xml");
  ASSERT_TRUE(styles.ok());
  EXPECT_NE(styles->find("w:ascii=\"Times New Roman\""), std::string::npos);
  Result<std::string> body = testing::ZipEntryText(*docx, "word/document.xml");
  ASSERT_TRUE(body.ok());
  // 30/15/20/20 mm in twips: 1701, 850, 1134, 1134; A4 is 11906 x 16838.
  EXPECT_NE(body->find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), std::string::npos) << *body;
  EXPECT_NE(body->find("w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\""),
            std::string::npos);
  EXPECT_NE(body->find("<w:tblHeader/>"), std::string::npos);
  EXPECT_NE(body->find("<w:ind w:left=\"0\" w:right=\"0\" w:firstLine=\"720\"/>"), std::string::npos);
}

TEST(DocxWriterTest, RefusesQrCodesAndBadText) {
  Document with_qr;
  with_qr.blocks.push_back(QrImage{.payload = "https://example.vn"});
  EXPECT_EQ(RenderDocx(with_qr).status().code(), StatusCode::kInvalidArgument);
  Document bad;
  bad.blocks.push_back(Paragraph{.spans = {Span{.text = "h\xC3("}}});
  EXPECT_EQ(RenderDocx(bad).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace motcua::render
