#include "forms/ledger_form.h"

#include <gtest/gtest.h>

#include "forms/internal/form_test_support.h"

namespace motcua::forms {
namespace {

using testing::At;
using testing::ExpectContains;

LedgerForm SampleLedger(int rows) {
  LedgerForm form{.issuer = testing::SampleIssuer(),
                  .from = {2026, 10, 1},
                  .to = {2026, 11, 30},
                  .issued_on = {2026, 12, 1}};
  const char* procedures[] = {"Đăng ký khai sinh", "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
                              "Đăng ký kết hôn", "Xác nhận tình trạng hôn nhân"};
  const char* people[] = {"Nguyễn Văn Đức", "Trần Thị Ánh", "Lê Hoàng Phúc", "Phạm Ngọc Ỷ"};
  for (int i = 1; i <= rows; ++i) {
    LedgerRow row;
    row.dossier_code = "000.00.20.H31-2610" + std::string(i % 30 + 1 < 10 ? "0" : "") +
                       std::to_string(i % 30 + 1) + "-" + std::to_string(1000 + i);
    row.procedure_name = procedures[i % 4];
    row.sets = 1 + i % 2;
    row.applicant_name = people[i % 4];
    row.address_and_phone = "Thôn Đông Khê, xã Đồng Tiến; 09" + std::to_string(10000000 + i);
    row.lead_unit = "Tư pháp - Hộ tịch";
    row.received_at = At("2026-10-05T08:30");
    row.appointment_at = At("2026-10-07T16:00");
    row.forwarded_at = At("2026-10-05T09:00");
    if (i % 3 != 0) row.result_received_at = At("2026-10-07T10:00");
    if (i % 3 == 1) row.returned_at = At("2026-10-07T15:20");
    row.recipient = i % 3 == 1 ? people[i % 4] : "";
    row.note = i % 7 == 0 ? "Bổ sung hồ sơ ngày 06/10/2026" : "";
    form.rows.push_back(row);
  }
  return form;
}

TEST(LedgerFormTest, ThreeHundredRowsRunOverA4LandscapePagesWithTheHeaderOnEach) {
  LedgerForm form = SampleLedger(300);
  Result<std::string> pdf = RenderLedgerPdf(form);
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  testing::SaveArtifact(*pdf, "mau-06-so-theo-doi");
  Result<render::testing::PdfInfo> info = render::testing::GetPdfInfo(*pdf);
  ASSERT_TRUE(info.ok());
  EXPECT_NEAR(info->width_pt, 841.89, 0.1);  // A4 landscape
  EXPECT_NEAR(info->height_pt, 595.28, 0.1);
  ASSERT_GE(info->pages, 8);

  Result<std::vector<render::testing::PdfWord>> words = render::testing::GetPdfWords(*pdf);
  ASSERT_TRUE(words.ok());
  std::vector<std::string> pages(info->pages);
  for (const auto& word : *words) pages[word.page - 1] += word.text + " ";
  for (int p = 0; p < info->pages; ++p) {
    for (const char* heading :
         {"STT", "Mã hồ sơ", "Tên TTHC", "Ký nhận", "Ghi chú", "Ngày, tháng, năm", "(14)"}) {
      EXPECT_NE(pages[p].find(heading), std::string::npos) << heading << " missing on page " << p + 1;
    }
  }
  ExpectContains(pages[0], "SỔ THEO DÕI HỒ SƠ");
  ExpectContains(pages[0], "(Từ ngày 01/10/2026 đến ngày 30/11/2026)");
  // Every dossier once, in order.
  std::string all;
  for (const std::string& page : pages) all += page;
  size_t at = 0;
  for (const LedgerRow& row : form.rows) {
    size_t next = all.find(row.dossier_code, at);
    ASSERT_NE(next, std::string::npos) << row.dossier_code;
    at = next;
  }
  ExpectContains(all, "Phạm Ngọc Ỷ");
  ExpectContains(all, "08:30 16:00 09:00");  // the day's times side by side, their dates on the next line
}

TEST(LedgerFormTest, ColumnTitles) {
  std::vector<std::string> titles = LedgerColumnTitles();
  ASSERT_EQ(titles.size(), 14u);
  EXPECT_EQ(titles.front(), "STT");
  EXPECT_EQ(titles[7], "Nhận hồ sơ");
  EXPECT_EQ(titles.back(), "Ghi chú");
}

TEST(LedgerFormTest, RefusesAnInvertedPeriod) {
  LedgerForm form = SampleLedger(1);
  form.to = {2026, 9, 30};
  EXPECT_EQ(RenderLedgerPdf(form).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(RenderLedgerXlsx(form).status().code(), StatusCode::kInvalidArgument);
}

TEST(LedgerFormTest, EmptyPeriodStillPrintsTheBook) {
  Result<std::string> pdf = RenderLedgerPdf(SampleLedger(0));
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  ExpectContains(testing::FlatText(*pdf), "(Không có hồ sơ trong kỳ)");
}

TEST(LedgerFormTest, XlsxHasTheSameColumnsAndRows) {
  LedgerForm form = SampleLedger(40);
  Result<std::string> xlsx = RenderLedgerXlsx(form);
  ASSERT_TRUE(xlsx.ok()) << xlsx.status().ToString();
  Result<std::string> csv = render::testing::LibreOfficeConvert(
      *xlsx, "xlsx", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,false,true");
  ASSERT_TRUE(csv.ok()) << csv.status().ToString();
  std::vector<std::vector<std::string>> rows = render::testing::ParseCsv(*csv);
  ASSERT_EQ(rows.size(), 7u + 40u) << *csv;
  EXPECT_EQ(rows[1][0], "SỔ THEO DÕI HỒ SƠ");
  EXPECT_EQ(rows[2][0], "(Từ ngày 01/10/2026 đến ngày 30/11/2026)");
  std::vector<std::string> titles = LedgerColumnTitles();
  for (int c = 0; c < 14; ++c) {
    bool dated = c >= 7 && c < 12;
    EXPECT_EQ(rows[dated ? 5 : 4][c], titles[c]) << c;
    EXPECT_EQ(rows[6][c], "(" + std::to_string(c + 1) + ")");
  }
  EXPECT_EQ(rows[4][7], "Ngày, tháng, năm");
  const std::vector<std::string>& first = rows[7];
  EXPECT_EQ(first[0], "1");
  EXPECT_EQ(first[1], form.rows[0].dossier_code);
  EXPECT_EQ(first[2], form.rows[0].procedure_name);
  EXPECT_EQ(first[3], "2");                 // stored as the number of sets
  EXPECT_EQ(first[7], "05/10/2026 08:30");  // a date-time value shown with its format
  EXPECT_EQ(rows.back()[1], form.rows.back().dossier_code);
  Result<std::string> sheet = render::testing::ZipEntryText(*xlsx, "xl/worksheets/sheet1.xml");
  ASSERT_TRUE(sheet.ok());
  EXPECT_NE(sheet->find("orientation=\"landscape\""), std::string::npos);
  EXPECT_NE(sheet->find("<mergeCell ref=\"H5:L5\"/>"), std::string::npos);
}

}  // namespace
}  // namespace motcua::forms
