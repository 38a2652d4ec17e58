// Mẫu 02, 03 and 04: the notices the desk and the processing unit send the applicant.
#include <gtest/gtest.h>

#include "forms/apology_form.h"
#include "forms/internal/form_test_support.h"
#include "forms/refusal_form.h"
#include "forms/supplement_request_form.h"

namespace motcua::forms {
namespace {

using testing::ExpectContains;
using testing::FlatText;

void ExpectOneA5Page(const std::string& pdf) {
  Result<render::testing::PdfInfo> info = render::testing::GetPdfInfo(pdf);
  ASSERT_TRUE(info.ok()) << info.status().ToString();
  EXPECT_EQ(info->pages, 1);
  EXPECT_NEAR(info->width_pt, 419.53, 0.1);
  EXPECT_NEAR(info->height_pt, 595.28, 0.1);
}

SupplementRequestForm SampleSupplement() {
  return SupplementRequestForm{.issuer = testing::SampleIssuer(),
                               .number = "37",
                               .issued_on = {2026, 2, 5},
                               .dossier_code = "000.00.20.H31-260205-0003",
                               .applicant = testing::SampleApplicant(),
                               .procedure_name = "Đăng ký kết hôn (1.000894)",
                               .items = {"Bổ sung Giấy xác nhận tình trạng hôn nhân của bên nam (bản chính).",
                                         "Sửa lại ngày sinh của bên nữ trên Tờ khai cho khớp với Căn cước."},
                               .reason = "Hồ sơ chưa đủ thành phần theo quy định tại Điều 18 Luật Hộ tịch.",
                               .supplement_by = CivilDate{2026, 2, 12},
                               .contact_name = "công chức Tư pháp - Hộ tịch Phạm Thu Trang",
                               .contact_phone = "0221 3 912 345",
                               .guide_name = "Phạm Thu Trang"};
}

TEST(SupplementRequestFormTest, ListsEveryItemWithTheReasonAndContact) {
  Result<std::string> pdf = RenderSupplementRequestPdf(SampleSupplement());
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  testing::SaveArtifact(*pdf, "mau-02-yeu-cau-bo-sung");
  ExpectOneA5Page(*pdf);
  std::string text = FlatText(*pdf);
  for (const char* expected :
       {"PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Số: 37/BPTNTKQ", "Đồng Tiến, ngày 05 tháng 02 năm 2026",
        "Mã hồ sơ: 000.00.20.H31-260205-0003", "Hồ sơ của: Nguyễn Thị Hương",
        "Nội dung yêu cầu giải quyết: Đăng ký kết hôn (1.000894)",
        "Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:",
        "1. Bổ sung Giấy xác nhận tình trạng hôn nhân của bên nam (bản chính).",
        "2. Sửa lại ngày sinh của bên nữ trên Tờ khai cho khớp với Căn cước.",
        "Lý do: Hồ sơ chưa đủ thành phần theo quy định tại Điều 18 Luật Hộ tịch.",
        "trước ngày 12 tháng 02 năm 2026", "số điện thoại 0221 3 912 345 để được hướng dẫn./.",
        "NGƯỜI HƯỚNG DẪN", "(Ký và ghi rõ họ tên)", "Phạm Thu Trang"}) {
    ExpectContains(text, expected);
  }
}

TEST(SupplementRequestFormTest, NeedsAtLeastOneItem) {
  SupplementRequestForm form = SampleSupplement();
  form.items.clear();
  EXPECT_EQ(RenderSupplementRequestPdf(form).status().code(), StatusCode::kInvalidArgument);
  form.items = {""};
  EXPECT_EQ(RenderSupplementRequestPdf(form).status().code(), StatusCode::kInvalidArgument);
}

RefusalForm SampleRefusal() {
  return RefusalForm{.issuer = testing::SampleIssuer(),
                     .number = "08",
                     .issued_on = {2026, 11, 28},
                     .applicant = testing::SampleApplicant(),
                     .procedure_name = "Cấp bản sao trích lục hộ tịch (2.000635)",
                     .reasons = {"Việc hộ tịch không được đăng ký tại Ủy ban nhân dân xã Đồng Tiến.",
                                 "Người yêu cầu không thuộc trường hợp được cấp bản sao trích lục."},
                     .receiver_name = "Lê Văn Tân"};
}

TEST(RefusalFormTest, StatesTheSpecificReasons) {
  Result<std::string> pdf = RenderRefusalPdf(SampleRefusal());
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  testing::SaveArtifact(*pdf, "mau-03-tu-choi-tiep-nhan");
  ExpectOneA5Page(*pdf);
  std::string text = FlatText(*pdf);
  for (const char* expected :
       {"PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Số: 08/BPTNTKQ", "Tiếp nhận hồ sơ của: Nguyễn Thị Hương",
        "Nội dung yêu cầu giải quyết: Cấp bản sao trích lục hộ tịch (2.000635)",
        "thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:",
        "1. Việc hộ tịch không được đăng ký tại Ủy ban nhân dân xã Đồng Tiến.",
        "2. Người yêu cầu không thuộc trường hợp được cấp bản sao trích lục.",
        "Xin thông báo cho Ông/Bà được biết và thực hiện./.", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Lê Văn Tân"}) {
    ExpectContains(text, expected);
  }
}

TEST(RefusalFormTest, NeedsAReason) {
  RefusalForm form = SampleRefusal();
  form.reasons.clear();
  EXPECT_EQ(RenderRefusalPdf(form).status().code(), StatusCode::kInvalidArgument);
}

ApologyForm SampleApology() {
  Issuer issuer = testing::SampleIssuer();
  issuer.parent_lines = {"UBND HUYỆN KHOÁI CHÂU"};
  issuer.unit_lines = {"ỦY BAN NHÂN DÂN", "XÃ ĐỒNG TIẾN"};
  issuer.unit_name = "Ủy ban nhân dân xã Đồng Tiến";
  issuer.number_symbol = "PXL-UBND";
  return ApologyForm{.issuer = issuer,
                     .number = "03",
                     .issued_on = {2026, 12, 1},
                     .applicant = testing::SampleApplicant(),
                     .dossier_code = "000.00.20.H31-261120-0012",
                     .procedure_name = "Đăng ký thay đổi, cải chính hộ tịch",
                     .received_on = {2026, 11, 20},
                     .original_appointment = testing::At("2026-12-02T16:00"),
                     .reason = "cần xác minh thông tin tại nơi đăng ký khai sinh trước đây.",
                     .new_appointment = testing::At("2026-12-09T16:00"),
                     .signer_title = "CHỦ TỊCH",
                     .signer_name = "Trần Minh Đức"};
}

TEST(ApologyFormTest, ApologisesWithTheReasonAndTheNewAppointment) {
  Result<std::string> pdf = RenderApologyPdf(SampleApology());
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  testing::SaveArtifact(*pdf, "mau-04-xin-loi-hen-lai");
  ExpectOneA5Page(*pdf);
  std::string text = FlatText(*pdf);
  for (const char* expected :
       {"PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Số: 03/PXL-UBND",
        "Đồng Tiến, ngày 01 tháng 12 năm 2026", "Kính gửi: Nguyễn Thị Hương",
        "Ngày 20 tháng 11 năm 2026, Ủy ban nhân dân xã Đồng Tiến tiếp nhận giải quyết hồ sơ",
        "Mã hồ sơ: 000.00.20.H31-261120-0012",
        "Thời gian hẹn trả kết quả giải quyết hồ sơ: 16 giờ 00 phút, ngày 02 tháng 12 năm 2026",
        "lý do: cần xác minh thông tin tại nơi đăng ký khai sinh trước đây.",
        "xin lỗi Ông/Bà và sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào 16 giờ 00 phút, ngày 09 tháng 12 "
        "năm 2026",
        "CHỦ TỊCH", "(Ký, ghi rõ họ tên, đóng dấu)", "Trần Minh Đức"}) {
    ExpectContains(text, expected);
  }
}

TEST(ApologyFormTest, TheNewAppointmentMustBeLater) {
  ApologyForm form = SampleApology();
  form.new_appointment = form.original_appointment;
  EXPECT_EQ(RenderApologyPdf(form).status().code(), StatusCode::kInvalidArgument);
  form = SampleApology();
  form.reason.clear();
  EXPECT_EQ(RenderApologyPdf(form).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace motcua::forms
