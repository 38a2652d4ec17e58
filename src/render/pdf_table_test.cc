#include <gtest/gtest.h>

#include <string>

#include "render/pdf_writer.h"
#include "render/testing/document_tools.h"

namespace motcua::render {
namespace {

TableCell Cell(std::string text, bool bold = false) {
  return TableCell{.spans = {Span{.text = std::move(text), .bold = bold}},
                   .align = Align::kCenter,
                   .valign = VAlign::kMiddle};
}

std::vector<std::string> PageTexts(const std::string& pdf) {
  Result<testing::PdfInfo> info = testing::GetPdfInfo(pdf);
  Result<std::vector<testing::PdfWord>> words = testing::GetPdfWords(pdf);
  EXPECT_TRUE(info.ok() && words.ok());
  if (!info.ok() || !words.ok()) return {};
  std::vector<std::string> pages(info->pages);
  for (const testing::PdfWord& word : *words) pages[word.page - 1] += word.text + " ";
  return pages;
}

Table LedgerLikeTable(int rows) {
  Table table{.column_weights = {1, 4, 6, 3}};
  table.header_rows.push_back(TableRow{
      {Cell("STT", true), Cell("Mã hồ sơ", true), Cell("Tên thủ tục", true), Cell("Ngày nhận", true)}});
  for (int i = 1; i <= rows; ++i) {
    std::string number = std::to_string(i);
    table.rows.push_back(TableRow{{Cell(number), Cell("000.00.20.H31-240925-" + number),
                                   Cell("Đăng ký khai sinh cho trẻ số " + number), Cell("28/11/2026")}});
  }
  return table;
}

TEST(PdfTableTest, ManyRowsBreakAcrossPagesWithTheHeaderOnEach) {
  Document document{.page = OfficialA4Landscape()};
  document.blocks.push_back(Paragraph{.spans = {Span{.text = "SỔ THEO DÕI", .bold = true}}});
  document.blocks.push_back(LedgerLikeTable(300));
  Result<std::string> pdf = RenderPdf(document);
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  std::vector<std::string> pages = PageTexts(*pdf);
  ASSERT_GE(pages.size(), 5u);
  for (size_t p = 0; p < pages.size(); ++p) {
    EXPECT_NE(pages[p].find("STT Mã hồ sơ Tên thủ tục Ngày nhận"), std::string::npos) << "page " << p + 1;
  }
  // Every row once, in order, across the pages.
  std::string all;
  for (const std::string& page : pages) all += page;
  size_t at = 0;
  for (int i = 1; i <= 300; ++i) {
    std::string code = "000.00.20.H31-240925-" + std::to_string(i) + " ";
    size_t next = all.find(code, at);
    ASSERT_NE(next, std::string::npos) << i;
    EXPECT_EQ(all.find(code, next + 1), std::string::npos) << i;
    at = next;
  }
}

TEST(PdfTableTest, ARowTallerThanAPageIsSplitBetweenLines) {
  Document document{.page = FormA5Portrait()};
  Table table{.column_weights = {1, 3}};
  table.header_rows.push_back(TableRow{{Cell("STT", true), Cell("Ghi chú", true)}});
  std::string long_note;
  for (int i = 1; i <= 700; ++i) long_note += "câu" + std::to_string(i) + " ";
  table.rows.push_back(TableRow{{Cell("1"), TableCell{.spans = {Span{.text = long_note}}}}});
  table.rows.push_back(TableRow{{Cell("2"), Cell("sau")}});
  document.blocks.push_back(table);
  Result<std::string> pdf = RenderPdf(document);
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  std::vector<std::string> pages = PageTexts(*pdf);
  ASSERT_GE(pages.size(), 2u);
  for (const std::string& page : pages) {
    // pdftotext reads the narrow first column as its own block, so "STT" and "Ghi chú" are not adjacent.
    EXPECT_LT(page.find("STT "), 8u) << page.substr(0, 300);  // after the page number, if any
    EXPECT_NE(page.find("Ghi chú"), std::string::npos);
  }
  std::string all;
  for (const std::string& page : pages) all += page;
  for (int i = 1; i <= 700; ++i) EXPECT_NE(all.find("câu" + std::to_string(i) + " "), std::string::npos) << i;
  EXPECT_NE(all.find("sau"), std::string::npos);
}

TEST(PdfTableTest, SpannedHeaderCells) {
  Document document{.page = OfficialA4Landscape()};
  Table table{.column_weights = {1, 2, 2, 2}};
  TableCell stt = Cell("STT", true);
  stt.row_span = 2;
  TableCell dates = Cell("Ngày, tháng, năm", true);
  dates.col_span = 3;
  table.header_rows.push_back(TableRow{{stt, dates}});
  table.header_rows.push_back(TableRow{{Cell("Nhận hồ sơ", true), Cell("Hẹn trả", true), Cell("Trả", true)}});
  table.rows.push_back(TableRow{{Cell("1"), Cell("01/12/2026"), Cell("05/12/2026"), Cell("04/12/2026")}});
  document.blocks.push_back(table);
  Result<std::string> pdf = RenderPdf(document);
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  Result<std::vector<testing::PdfWord>> words = testing::GetPdfWords(*pdf);
  ASSERT_TRUE(words.ok());
  double stt_y = 0;
  double ngay_y = 0;
  double nhan_y = 0;
  for (const testing::PdfWord& w : *words) {
    if (w.text == "STT") stt_y = (w.y_min + w.y_max) / 2;
    if (w.text == "Ngày,") ngay_y = (w.y_min + w.y_max) / 2;
    if (w.text == "Nhận") nhan_y = (w.y_min + w.y_max) / 2;
  }
  // STT spans both header rows, so it is centred between the group title and the sub-columns.
  EXPECT_GT(stt_y, ngay_y + 2);
  EXPECT_LT(stt_y, nhan_y - 2);
}

TEST(PdfTableTest, RefusesRowsWiderThanTheGrid) {
  Document document;
  Table table{.column_weights = {1, 1}};
  table.rows.push_back(TableRow{{Cell("a"), Cell("b"), Cell("c")}});
  document.blocks.push_back(table);
  EXPECT_EQ(RenderPdf(document).status().code(), StatusCode::kInvalidArgument);
}

TEST(PdfTableTest, RefusesARowSpanGroupTallerThanAPage) {
  Document document{.page = FormA5Portrait()};
  Table table{.column_weights = {1, 3}};
  TableCell tall = Cell("gộp");
  tall.row_span = 60;
  table.rows.push_back(TableRow{{tall, Cell("1")}});
  for (int i = 2; i <= 60; ++i) table.rows.push_back(TableRow{{Cell(std::to_string(i))}});
  document.blocks.push_back(table);
  EXPECT_EQ(RenderPdf(document).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace motcua::render
