#include "render/pdf_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <thread>

#include "render/testing/document_tools.h"

namespace motcua::render {
namespace {

using testing::GetPdfFonts;
using testing::GetPdfInfo;
using testing::GetPdfWords;
using testing::PdfFont;
using testing::PdfInfo;
using testing::PdfToText;
using testing::PdfWord;

constexpr char kDiacritics[] =
    "Đồng Tiến, ngày 28 tháng 11 năm 2026 — Ủy ban nhân dân xã; Giấy tiếp nhận hồ sơ và hẹn trả kết quả; "
    "ỗ ữ ặ ẫ ị";

Paragraph Para(std::string text) { return Paragraph{.spans = {Span{.text = std::move(text)}}}; }

std::string Render(const Document& document) {
  Result<std::string> pdf = RenderPdf(document);
  EXPECT_TRUE(pdf.ok()) << pdf.status().ToString();
  return pdf.ok() ? *pdf : std::string();
}

std::string Collapse(const std::string& text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

TEST(PdfWriterTest, VietnameseTextSurvivesInLiberationSerif) {
  Document document;
  document.blocks.push_back(Para(kDiacritics));
  std::string pdf = Render(document);
  ASSERT_EQ(pdf.rfind("%PDF-", 0), 0u);

  Result<std::string> text = PdfToText(pdf, /*layout=*/false);
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  EXPECT_NE(Collapse(*text).find(kDiacritics), std::string::npos) << *text;

  Result<std::vector<PdfFont>> fonts = GetPdfFonts(pdf);
  ASSERT_TRUE(fonts.ok()) << fonts.status().ToString();
  // cairo may split one face into several subsets (simple and CID); each must be the embedded regular face.
  ASSERT_FALSE(fonts->empty());
  for (const PdfFont& font : *fonts) {
    EXPECT_EQ(font.name, "LiberationSerif");
    EXPECT_TRUE(font.embedded);
  }

  Result<std::string> png = testing::PdfPageToPng(pdf, 1, 72);
  ASSERT_TRUE(png.ok()) << png.status().ToString();
  Result<double> ink = testing::DarkPixelShare(*png);
  ASSERT_TRUE(ink.ok());
  EXPECT_GT(*ink, 0.0005);  // text is there
  EXPECT_LT(*ink, 0.2);     // and the page is not a black box
}

TEST(PdfWriterTest, StylesSelectTheMatchingFaces) {
  Document document;
  document.blocks.push_back(Paragraph{.spans = {Span{.text = "Thường "}, Span{.text = "Đậm ", .bold = true},
                                                Span{.text = "Nghiêng ", .italic = true},
                                                Span{.text = "Đậm nghiêng", .bold = true, .italic = true}}});
  Result<std::vector<PdfFont>> fonts = GetPdfFonts(Render(document));
  ASSERT_TRUE(fonts.ok()) << fonts.status().ToString();
  std::vector<std::string> names;
  for (const PdfFont& font : *fonts) names.push_back(font.name);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"LiberationSerif", "LiberationSerif-Bold",
                                             "LiberationSerif-BoldItalic", "LiberationSerif-Italic"}));
}

TEST(PdfWriterTest, PageSizes) {
  struct Case {
    PageSetup page;
    double width;
    double height;
  };
  for (const Case& c :
       {Case{OfficialA4Portrait(), 595.28, 841.89}, Case{OfficialA4Landscape(), 841.89, 595.28},
        Case{FormA5Portrait(), 419.53, 595.28}}) {
    Document document{.page = c.page};
    document.blocks.push_back(Para("Khổ giấy"));
    Result<PdfInfo> info = GetPdfInfo(Render(document));
    ASSERT_TRUE(info.ok()) << info.status().ToString();
    EXPECT_EQ(info->pages, 1);
    EXPECT_NEAR(info->width_pt, c.width, 0.05);
    EXPECT_NEAR(info->height_pt, c.height, 0.05);
  }
}

TEST(PdfWriterTest, TextStartsAtTheOfficialMargins) {
  Document document{.page = OfficialA4Portrait()};
  document.blocks.push_back(Para("Lề trái ba mươi milimét, lề trên hai mươi milimét."));
  Result<std::vector<PdfWord>> words = GetPdfWords(Render(document));
  ASSERT_TRUE(words.ok()) << words.status().ToString();
  ASSERT_FALSE(words->empty());
  double left = 1e9;
  double top = 1e9;
  for (const PdfWord& word : *words) {
    left = std::min(left, word.x_min);
    top = std::min(top, word.y_min);
  }
  EXPECT_NEAR(left, MmToPt(30), 1.0);
  EXPECT_GE(top, MmToPt(20) - 0.5);
  EXPECT_LT(top, MmToPt(20) + 4);
}

TEST(PdfWriterTest, LongTextBreaksAcrossPagesWithNumbersFromPageTwo) {
  Document document{.page = OfficialA4Portrait()};
  for (int i = 1; i <= 120; ++i) document.blocks.emplace_back(Para("Đoạn văn số " + std::to_string(i) + "."));
  std::string pdf = Render(document);
  Result<PdfInfo> info = GetPdfInfo(pdf);
  ASSERT_TRUE(info.ok());
  ASSERT_GE(info->pages, 3);
  Result<std::vector<PdfWord>> words = GetPdfWords(pdf);
  ASSERT_TRUE(words.ok());
  // Page numbers sit in the top margin, centred on the text area, from page 2 on.
  const double centre = MmToPt(30) + MmToPt(210 - 30 - 15) / 2;
  std::vector<int> numbered;
  for (const PdfWord& word : *words) {
    if (word.y_max < MmToPt(20)) {
      EXPECT_EQ(word.text, std::to_string(word.page));
      EXPECT_NEAR((word.x_min + word.x_max) / 2, centre, 1.0);
      numbered.push_back(word.page);
    }
  }
  std::vector<int> expected;
  for (int p = 2; p <= info->pages; ++p) expected.push_back(p);
  EXPECT_EQ(numbered, expected);
  // Every paragraph is there, in order, each once.
  Result<std::string> text = PdfToText(pdf, false);
  ASSERT_TRUE(text.ok());
  size_t at = 0;
  for (int i = 1; i <= 120; ++i) {
    size_t next = text->find("Đoạn văn số " + std::to_string(i) + ".", at);
    ASSERT_NE(next, std::string::npos) << i;
    at = next;
  }
}

TEST(PdfWriterTest, NationalHeading) {
  Document document{.page = OfficialA4Portrait()};
  document.blocks.push_back(NationalHeading{.parent_agency_lines = {"UBND XÃ ĐỒNG TIẾN"},
                                            .agency_lines = {"BỘ PHẬN TIẾP NHẬN", "VÀ TRẢ KẾT QUẢ"},
                                            .number = "Số: 15/BPTNTKQ",
                                            .place_and_date = "Đồng Tiến, ngày 05 tháng 02 năm 2026"});
  std::string pdf = Render(document);
  Result<std::string> text = PdfToText(pdf, false);
  ASSERT_TRUE(text.ok());
  for (const char* expected :
       {"UBND XÃ ĐỒNG TIẾN", "BỘ PHẬN TIẾP NHẬN", "VÀ TRẢ KẾT QUẢ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 15/BPTNTKQ", "Đồng Tiến, ngày 05 tháng 02 năm 2026"}) {
    EXPECT_NE(text->find(expected), std::string::npos) << expected << "\n" << *text;
  }
  Result<std::vector<PdfWord>> words = GetPdfWords(pdf);
  ASSERT_TRUE(words.ok());
  // "Số:" (left column) and the date (right column) share a line; the national name is right of the body.
  double so_y = -1;
  double date_y = -2;
  double cong_x = 0;
  double ubnd_x = 1e9;
  for (const PdfWord& w : *words) {
    if (w.text == "Số:") so_y = w.y_max;
    if (w.text == "Tiến," && w.y_min > 60) date_y = w.y_max;
    if (w.text == "CỘNG") cong_x = w.x_min;
    if (w.text == "UBND") ubnd_x = w.x_min;
  }
  EXPECT_NEAR(so_y, date_y, 1.0);
  EXPECT_GT(cong_x, ubnd_x + MmToPt(50));
}

TEST(PdfWriterTest, QrCodeDecodesToItsPayload) {
  const std::string url = "https://motcua.example.vn/tra-cuu/000.00.20.H31-240925-0001";
  Document document{.page = FormA5Portrait()};
  document.blocks.push_back(Para("Quét mã để tra cứu hồ sơ:"));
  document.blocks.push_back(QrImage{.payload = url, .size_mm = 25});
  std::string pdf = Render(document);
  Result<std::string> png = testing::PdfPageToPng(pdf, 1, 200);
  ASSERT_TRUE(png.ok()) << png.status().ToString();
  Result<std::vector<std::string>> codes = testing::DecodeQrCodes(*png);
  ASSERT_TRUE(codes.ok()) << codes.status().ToString();
  EXPECT_EQ(*codes, std::vector<std::string>{url});
}

TEST(PdfWriterTest, ConcurrentRendersGiveTheSameBytes) {
  // Each thread lays out with its own font map; the output must not depend on which thread rendered it.
  Document document{.page = FormA5Portrait(), .info = {.created_iso = "2026-11-28T09:00:00+07:00"}};
  document.blocks.push_back(NationalHeading{.agency_lines = {"UBND XÃ ĐỒNG TIẾN"}, .number = "Số: 1/UBND"});
  for (int i = 0; i < 20; ++i) document.blocks.push_back(Para(kDiacritics));
  std::string expected = Render(document);
  std::vector<std::string> outputs(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < outputs.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 3; ++round) {
        Result<std::string> pdf = RenderPdf(document);
        outputs[t] = pdf.ok() ? *pdf : pdf.status().ToString();
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (const std::string& output : outputs) EXPECT_TRUE(output == expected);
}

TEST(PdfWriterTest, RefusesABadCreationDate) {
  Document document{.info = {.created_iso = "28/11/2026"}};
  document.blocks.push_back(Para("x"));
  EXPECT_EQ(RenderPdf(document).status().code(), StatusCode::kInvalidArgument);
}

TEST(PdfWriterTest, RefusesInvalidUtf8) {
  Document document;
  document.blocks.push_back(Para("h\xC3("));
  EXPECT_EQ(RenderPdf(document).status().code(), StatusCode::kInvalidArgument);
}

TEST(PdfWriterTest, CreationDateIsTheOneGiven) {
  Document document{.info = {.title = "Giấy tiếp nhận", .created_iso = "2026-11-28T09:00:00+07:00"}};
  document.blocks.push_back(Para("Ngày tạo cố định"));
  std::string a = Render(document);
  std::string b = Render(document);
  // cairo 1.16 writes the date without the "D:" prefix (cairo 1.17 adds it); accept either.
  EXPECT_TRUE(a.find("/CreationDate (D:20261128090000+07'00") != std::string::npos ||
              a.find("/CreationDate (20261128090000+07'00") != std::string::npos);
  EXPECT_EQ(a, b);  // same input, same bytes
}

}  // namespace
}  // namespace motcua::render
