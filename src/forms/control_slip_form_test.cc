#include "forms/control_slip_form.h"

#include <gtest/gtest.h>

#include "forms/internal/form_test_support.h"

namespace motcua::forms {
namespace {

using testing::At;
using testing::ExpectContains;
using testing::FlatText;

ControlSlipForm SampleSlip() {
  return ControlSlipForm{.issuer = testing::SampleIssuer(),
                         .dossier_code = "000.00.20.H31-261125-0004",
                         .receipt_number = "Số: 118/BPTNTKQ",
                         .lead_unit = "Công chức Tư pháp - Hộ tịch, UBND xã Đồng Tiến",
                         .coordinating_units = "Công an xã Đồng Tiến",
                         .handovers = {Handover{.from_unit = "Bộ phận Tiếp nhận và Trả kết quả",
                                                .to_unit = "Công chức Tư pháp - Hộ tịch",
                                                .at = At("2026-11-25T10:05"),
                                                .giver_name = "Lê Văn Tân",
                                                .receiver_name = "Phạm Thu Trang",
                                                .step_due = At("2026-11-25T17:00"),
                                                .outcome = StepOutcome::kOnTime},
                                       Handover{.from_unit = "Công chức Tư pháp - Hộ tịch",
                                                .to_unit = "Chủ tịch UBND xã (ký duyệt)",
                                                .at = At("2026-11-27T08:30"),
                                                .giver_name = "Phạm Thu Trang",
                                                .receiver_name = "Trần Minh Đức",
                                                .step_due = At("2026-11-26T17:00"),
                                                .outcome = StepOutcome::kLate,
                                                .note = "Chờ Công an xã xác minh nơi cư trú"},
                                       Handover{.from_unit = "Chủ tịch UBND xã",
                                                .to_unit = "Bộ phận Tiếp nhận và Trả kết quả",
                                                .at = At("2026-11-27T14:00"),
                                                .giver_name = "Trần Minh Đức",
                                                .receiver_name = "Lê Văn Tân",
                                                .step_due = At("2026-11-28T11:30"),
                                                .outcome = StepOutcome::kEarly}},
                         .issued_on = {2026, 11, 25}};
}

TEST(ControlSlipFormTest, OneEntryPerHandOverWithItsOutcome) {
  Result<std::string> pdf = RenderControlSlipPdf(SampleSlip());
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  testing::SaveArtifact(*pdf, "mau-05-phieu-kiem-soat");
  Result<render::testing::PdfInfo> info = render::testing::GetPdfInfo(*pdf);
  ASSERT_TRUE(info.ok());
  EXPECT_NEAR(info->width_pt, 419.53, 0.1);  // A5
  std::string text = FlatText(*pdf);
  for (const char* expected :
       {"PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
        "Mã hồ sơ: 000.00.20.H31-261125-0004",
        "(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả Số: 118/BPTNTKQ)",
        "Cơ quan (bộ phận) giải quyết hồ sơ: Công chức Tư pháp - Hộ tịch, UBND xã Đồng Tiến",
        "Cơ quan phối hợp giải quyết hồ sơ: Công an xã Đồng Tiến",
        "TÊN CƠ QUAN",
        "THỜI GIAN GIAO, NHẬN HỒ SƠ",
        "KẾT QUẢ GIẢI QUYẾT HỒ SƠ",
        "GHI CHÚ",
        "Giao:",
        "Nhận:",
        "Người giao",
        "Người nhận",
        "10 giờ 05 phút, ngày 25 tháng 11 năm 2026",
        "Đúng hạn",
        "Quá hạn",
        "Trước hạn",
        "Hạn: 17:00 26/11/2026",
        "Chờ Công an xã xác minh nơi cư trú",
        "Phạm Thu Trang"}) {
    ExpectContains(text, expected);
  }
}

TEST(ControlSlipFormTest, ManyHandOversRunOntoMorePagesWithTheHeader) {
  ControlSlipForm form = SampleSlip();
  for (int i = 0; i < 12; ++i) form.handovers.push_back(form.handovers[i % 3]);
  Result<std::string> pdf = RenderControlSlipPdf(form);
  ASSERT_TRUE(pdf.ok()) << pdf.status().ToString();
  Result<render::testing::PdfInfo> info = render::testing::GetPdfInfo(*pdf);
  ASSERT_TRUE(info.ok());
  ASSERT_GE(info->pages, 3);
  Result<std::vector<render::testing::PdfWord>> words = render::testing::GetPdfWords(*pdf);
  ASSERT_TRUE(words.ok());
  for (int page = 1; page <= info->pages; ++page) {
    int headers = 0;
    int handovers = 0;
    int signers = 0;
    for (const auto& word : *words) {
      if (word.page != page) continue;
      headers += word.text == "TÊN";
      handovers += word.text == "Giao:";
      signers += word.text == "Người";
    }
    EXPECT_EQ(headers, 1) << "page " << page;
    EXPECT_GE(handovers, 1) << "page " << page;
    // Each hand-over's two rows stay on one page: both signature boxes are with it.
    EXPECT_EQ(signers, 2 * handovers) << "page " << page;
  }
  std::string text = FlatText(*pdf);
  EXPECT_NE(text.find("15. Giao:"), std::string::npos);
}

TEST(ControlSlipFormTest, OutcomeTexts) {
  EXPECT_EQ(StepOutcomeText(StepOutcome::kEarly), "Trước hạn");
  EXPECT_EQ(StepOutcomeText(StepOutcome::kOnTime), "Đúng hạn");
  EXPECT_EQ(StepOutcomeText(StepOutcome::kLate), "Quá hạn");
  EXPECT_EQ(StepOutcomeText(StepOutcome::kNotAssessed), "");
}

}  // namespace
}  // namespace motcua::forms
