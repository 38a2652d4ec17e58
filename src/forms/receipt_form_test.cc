#include "forms/receipt_form.h"

#include <gtest/gtest.h>

#include "forms/internal/form_test_support.h"

namespace motcua::forms {
namespace {

using testing::ExpectContains;
using testing::FlatText;

ReceiptForm SampleReceipt() {
  return ReceiptForm{.issuer = testing::SampleIssuer(),
                     .number = "125",
                     .dossier_code = "000.00.20.H31-261128-0007",
                     .copy_label = "Giao khách hàng",
                     .applicant = testing::SampleApplicant(),
                     .procedure_name = "Đăng ký khai sinh (1.001193)",
                     .components = {{"Tờ khai đăng ký khai sinh theo mẫu", 1, 0},
                                    {"Giấy chứng sinh do cơ sở y tế cấp", 1, 0},
                                    {"Giấy tờ tùy thân của người đi đăng ký (bản xuất trình)", 0, 1}},
                     .sets = 1,
                     .processing_time = "Trong ngày",
                     .received_at = testing::At("2026-11-28T09:15"),
                     .appointment_at = testing::At("2026-11-28T16:30"),
                     .result_delivery = "Bộ phận Tiếp nhận và Trả kết quả xã Đồng Tiến",
                     .ledger_book = "03",
                     .ledger_entry = "1.247",
                     .lookup_url = "https://motcua.dongtien.gov.vn/tra-cuu/000.00.20.H31-261128-0007",
                     .receiver_name = "Lê Văn Tân"};
}

TEST(ReceiptFormTest, CarriesTheFormsTextOnOneA5Page) {
  Result<std::string> pdf = RenderReceiptPdf(SampleReceipt());
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  testing::SaveArtifact(*pdf, "mau-01-giay-tiep-nhan");
  Result<render::testing::PdfInfo> info = render::testing::GetPdfInfo(*pdf);
  ASSERT_TRUE(info.ok());
  EXPECT_EQ(info->pages, 1);
  EXPECT_NEAR(info->width_pt, 419.53, 0.1);  // A5
  EXPECT_NEAR(info->height_pt, 595.28, 0.1);
  std::string text = FlatText(*pdf);
  for (const char* expected :
       {"UBND XÃ ĐỒNG TIẾN",
        "BỘ PHẬN TIẾP NHẬN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 125/BPTNTKQ",
        "Đồng Tiến, ngày 28 tháng 11 năm 2026",
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
        "Mã hồ sơ: 000.00.20.H31-261128-0007",
        "(Liên: Giao khách hàng)",
        "Tiếp nhận hồ sơ của: Nguyễn Thị Hương",
        "Địa chỉ: Thôn Đông Khê, xã Đồng Tiến, tỉnh Hưng Yên",
        "Nội dung yêu cầu giải quyết: Đăng ký khai sinh",
        "1. Thành phần hồ sơ nộp gồm:",
        "Giấy chứng sinh do cơ sở y tế cấp",
        "2. Số lượng hồ sơ: 1 (bộ)",
        "3. Thời gian giải quyết hồ sơ theo quy định là: Trong ngày",
        "4. Thời gian nhận hồ sơ: 09 giờ 15 phút, ngày 28 tháng 11 năm 2026",
        "5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 30 phút, ngày 28 tháng 11 năm 2026",
        "Vào Sổ theo dõi hồ sơ, Quyển số: 03, Số thứ tự: 1.247",
        "NGƯỜI NỘP HỒ SƠ",
        "NGƯỜI TIẾP NHẬN HỒ SƠ",
        "Lê Văn Tân"}) {
    ExpectContains(text, expected);
  }
}

TEST(ReceiptFormTest, QrCodeOpensTheLookupPage) {
  ReceiptForm form = SampleReceipt();
  Result<std::string> pdf = RenderReceiptPdf(form);
  ASSERT_TRUE(pdf.ok());
  Result<std::string> png = render::testing::PdfPageToPng(*pdf, 1, 200);
  ASSERT_TRUE(png.ok()) << png.status().ToString();
  Result<std::vector<std::string>> codes = render::testing::DecodeQrCodes(*png);
  ASSERT_TRUE(codes.ok()) << codes.status().ToString();
  EXPECT_EQ(*codes, std::vector<std::string>{form.lookup_url});
}

TEST(ReceiptFormTest, ManyComponentsRunOntoASecondPageWithTheTableHeader) {
  ReceiptForm form = SampleReceipt();
  for (int i = 4; i <= 24; ++i) form.components.push_back({"Giấy tờ bổ trợ số " + std::to_string(i), 1, 1});
  Result<std::string> pdf = RenderReceiptPdf(form);
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  Result<render::testing::PdfInfo> info = render::testing::GetPdfInfo(*pdf);
  ASSERT_TRUE(info.ok());
  ASSERT_EQ(info->pages, 2);
  Result<std::vector<render::testing::PdfWord>> words = render::testing::GetPdfWords(*pdf);
  ASSERT_TRUE(words.ok());
  // The components table runs over, so its header is repeated at the top of page 2.
  int stt_on_page_two = 0;
  bool last_component_on_page_two = false;
  for (size_t i = 0; i + 1 < words->size(); ++i) {
    const render::testing::PdfWord& word = (*words)[i];
    stt_on_page_two += word.page == 2 && word.text == "STT";
    last_component_on_page_two |= word.page == 2 && word.text == "số" && (*words)[i + 1].text == "24";
  }
  EXPECT_EQ(stt_on_page_two, 1);
  EXPECT_TRUE(last_component_on_page_two);
  std::string text = FlatText(*pdf);
  ExpectContains(text, "Giấy tờ bổ trợ số 24");
  ExpectContains(text, "NGƯỜI TIẾP NHẬN HỒ SƠ");
  // The QR code still opens the lookup page, wherever the signatures landed.
  Result<std::string> png = render::testing::PdfPageToPng(*pdf, 2, 200);
  ASSERT_TRUE(png.ok());
  Result<std::vector<std::string>> codes = render::testing::DecodeQrCodes(*png);
  ASSERT_TRUE(codes.ok());
  EXPECT_EQ(*codes, std::vector<std::string>{form.lookup_url});
  testing::SaveArtifact(*pdf, "mau-01-nhieu-thanh-phan");
}

TEST(ReceiptFormTest, RequiresCodeApplicantProcedureAndLookupUrl) {
  for (auto clear :
       {+[](ReceiptForm& f) { f.dossier_code.clear(); }, +[](ReceiptForm& f) { f.applicant.name.clear(); },
        +[](ReceiptForm& f) { f.procedure_name.clear(); }, +[](ReceiptForm& f) { f.lookup_url.clear(); }}) {
    ReceiptForm form = SampleReceipt();
    clear(form);
    Result<std::string> pdf = RenderReceiptPdf(form);
    ASSERT_FALSE(pdf.ok());
    EXPECT_EQ(pdf.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(pdf.status().user_message().find("Thiếu thông tin"), std::string::npos);
  }
}

TEST(ReceiptFormTest, BlankFieldsPrintAsDotsToFillByHand) {
  ReceiptForm form = SampleReceipt();
  form.applicant.email.clear();
  form.ledger_book.clear();
  form.number.clear();
  std::string text = FlatText(*RenderReceiptPdf(form));
  ExpectContains(text, "Email: …………");
  ExpectContains(text, "Quyển số: …………");
  ExpectContains(text, "Số: …………/BPTNTKQ");
}

}  // namespace
}  // namespace motcua::forms
