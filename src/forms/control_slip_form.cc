#include "forms/control_slip_form.h"

#include "forms/form_format.h"
#include "forms/internal/form_blocks.h"
#include "render/pdf_writer.h"

namespace motcua::forms {
namespace {

using namespace internal;  // NOLINT: the form's building blocks

constexpr double kTablePt = 9.5;

// Two rows per hand-over, as on the paper form: the units and the outcome span both; the time sits over the
// giver's and the receiver's signatures.
void AppendHandover(render::Table& table, size_t index, const Handover& handover) {
  TableCell units{.valign = render::VAlign::kTop, .row_span = 2};
  units.spans = {Span{.text = std::to_string(index) + ". Giao: ", .bold = true},
                 Span{.text = OrBlank(handover.from_unit) + "\n"}, Span{.text = "Nhận: ", .bold = true},
                 Span{.text = OrBlank(handover.to_unit)}};
  TableCell time{.align = Align::kCenter, .col_span = 2};
  time.spans = {Span{.text = FormatLongDateTime(handover.at)}};
  TableCell outcome{.align = Align::kCenter, .valign = render::VAlign::kMiddle, .row_span = 2};
  outcome.spans = {Span{.text = StepOutcomeText(handover.outcome), .bold = true}};
  TableCell note{.valign = render::VAlign::kTop, .row_span = 2};
  if (handover.step_due) note.spans.push_back(Span{.text = "Hạn: " + FormatVnDateTime(*handover.step_due)});
  if (!handover.note.empty()) {
    note.spans.push_back(Span{.text = (note.spans.empty() ? "" : "\n") + handover.note, .italic = true});
  }
  table.rows.push_back(render::TableRow{{units, time, outcome, note}});
  TableCell giver{.align = Align::kCenter};
  giver.spans = {Span{.text = "Người giao\n", .bold = true}, Span{.text = "\n\n" + handover.giver_name}};
  TableCell receiver{.align = Align::kCenter};
  receiver.spans = {Span{.text = "Người nhận\n", .bold = true},
                    Span{.text = "\n\n" + handover.receiver_name}};
  table.rows.push_back(render::TableRow{{giver, receiver}});
}

}  // namespace

std::string StepOutcomeText(StepOutcome outcome) {
  switch (outcome) {
    case StepOutcome::kEarly:
      return "Trước hạn";
    case StepOutcome::kOnTime:
      return "Đúng hạn";
    case StepOutcome::kLate:
      return "Quá hạn";
    case StepOutcome::kNotAssessed:
      break;
  }
  return "";
}

Result<std::string> RenderControlSlipPdf(const ControlSlipForm& form) {
  MOTCUA_RETURN_IF_ERROR(Require(form.dossier_code, "dossier_code", "mã hồ sơ"));
  const double pt = kA5BodyPt;
  render::Document document{
      .page = render::FormA5Portrait(),
      .info = {.title = "Phiếu kiểm soát quá trình giải quyết hồ sơ " + form.dossier_code,
               .author = form.issuer.unit_name,
               .subject = "Mẫu số 05 - Thông tư 01/2018/TT-VPCP"}};
  auto& blocks = document.blocks;
  blocks.push_back(Heading(form.issuer, "", form.issued_on, pt));
  // The slip has no number of its own; the heading shows the place and date only.
  std::get<render::NationalHeading>(blocks.back()).number.clear();
  blocks.push_back(Title("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", kA5TitlePt - 0.5, 2));
  blocks.push_back(Centered({Span{.text = "Mã hồ sơ: " + form.dossier_code, .bold = true}}, pt));
  blocks.push_back(
      Centered({Span{.text = "(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả " +
                             (form.receipt_number.empty() ? "Số: " + Blank() : form.receipt_number) + ")",
                     .italic = true}},
               pt - 1));
  blocks.push_back(render::Spacer{.height_mm = 1.5});
  blocks.push_back(Field("Cơ quan (bộ phận) giải quyết hồ sơ", form.lead_unit, pt));
  blocks.push_back(Field("Cơ quan phối hợp giải quyết hồ sơ", form.coordinating_units, pt));

  render::Table table{.column_weights = {2.9, 1.65, 1.65, 2.1, 1.7}, .size_pt = kTablePt, .padding_mm = 1};
  TableCell result = HeaderCell("KẾT QUẢ GIẢI QUYẾT HỒ SƠ\n");
  result.spans.push_back(
      Span{.text = "(Trước hạn/đúng hạn/quá hạn)", .italic = true, .size_pt = kTablePt - 1});
  table.header_rows.push_back(
      render::TableRow{{HeaderCell("TÊN CƠ QUAN"), HeaderCell("THỜI GIAN GIAO, NHẬN HỒ SƠ", 2), result,
                        HeaderCell("GHI CHÚ")}});
  for (size_t i = 0; i < form.handovers.size(); ++i) AppendHandover(table, i + 1, form.handovers[i]);
  blocks.push_back(std::move(table));
  Paragraph notes =
      Text({Span{.text = "Ghi chú: ", .bold = true, .italic = true},
            Span{.text = "Trường hợp hồ sơ được chuyển qua dịch vụ bưu chính công ích thì thời gian giao, "
                         "nhận hồ sơ và việc ký nhận thể hiện trong hóa đơn của cơ quan bưu chính. Kết "
                         "quả giải quyết hồ sơ do bên nhận hồ sơ ghi khi nhận bàn giao hồ sơ.",
                 .italic = true}},
           8.5);
  blocks.push_back(notes);
  return render::RenderPdf(document);
}

}  // namespace motcua::forms
