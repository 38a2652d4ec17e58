#include "forms/apology_form.h"

#include "forms/form_format.h"
#include "forms/internal/form_blocks.h"
#include "render/pdf_writer.h"

namespace motcua::forms {

using namespace internal;  // NOLINT: the form's building blocks

Result<std::string> RenderApologyPdf(const ApologyForm& form) {
  MOTCUA_RETURN_IF_ERROR(Require(form.applicant.name, "applicant.name", "người nhận phiếu (Kính gửi)"));
  MOTCUA_RETURN_IF_ERROR(Require(form.dossier_code, "dossier_code", "mã hồ sơ"));
  MOTCUA_RETURN_IF_ERROR(Require(form.procedure_name, "procedure_name", "tên thủ tục"));
  MOTCUA_RETURN_IF_ERROR(Require(form.reason, "reason", "lý do chậm trả kết quả"));
  if (form.new_appointment <= form.original_appointment) {
    return Status::InvalidArgument("the new appointment must be after the original one",
                                   "Ngày hẹn lại phải sau ngày hẹn trả kết quả ban đầu.");
  }
  const double pt = kA5BodyPt;
  const std::string unit = OrBlank(form.issuer.unit_name);

  render::Document document{
      .page = render::FormA5Portrait(),
      .info = {.title = "Phiếu xin lỗi và hẹn lại ngày trả kết quả " + form.dossier_code,
               .author = form.issuer.unit_name,
               .subject = "Mẫu số 04 - Thông tư 01/2018/TT-VPCP"}};
  auto& blocks = document.blocks;
  blocks.push_back(Heading(form.issuer, form.number, form.issued_on, pt));
  blocks.push_back(Title("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", kA5TitlePt, 2));
  blocks.push_back(render::Spacer{.height_mm = 1});
  blocks.push_back(
      Centered({Span{.text = "Kính gửi: "}, Span{.text = form.applicant.name, .bold = true}}, pt));
  blocks.push_back(render::Spacer{.height_mm = 1.5});
  Paragraph body =
      Text({Span{.text = "Ngày " + FormatLongDate(form.received_on).substr(std::string_view("ngày ").size()) +
                         ", " + unit + " tiếp nhận giải quyết hồ sơ đề nghị " + form.procedure_name +
                         " của Ông/Bà."}},
           pt);
  body.first_line_indent_mm = 8;
  blocks.push_back(body);
  Paragraph code = Text({Span{.text = "Mã hồ sơ: "}, Span{.text = form.dossier_code, .bold = true}}, pt);
  code.first_line_indent_mm = 8;
  blocks.push_back(code);
  Paragraph due = Text({Span{.text = "Thời gian hẹn trả kết quả giải quyết hồ sơ: " +
                                     FormatLongDateTime(form.original_appointment) + "."}},
                       pt);
  due.first_line_indent_mm = 8;
  blocks.push_back(due);
  Paragraph late =
      Text({Span{.text = "Tuy nhiên đến nay, " + unit +
                         " chưa trả kết quả giải quyết hồ sơ của Ông/Bà đúng thời hạn ghi trên Giấy "
                         "tiếp nhận hồ sơ và hẹn trả kết quả, lý do: " +
                         form.reason}},
           pt);
  late.first_line_indent_mm = 8;
  blocks.push_back(late);
  Paragraph apology =
      Text({Span{.text = "Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, công sức của Ông/Bà. " + unit +
                         " xin lỗi Ông/Bà và sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà vào "},
            Span{.text = FormatLongDateTime(form.new_appointment), .bold = true}, Span{.text = "."}},
           pt);
  apology.first_line_indent_mm = 8;
  blocks.push_back(apology);
  Paragraph thanks = Text({Span{.text = "Mong nhận được sự thông cảm của Ông/Bà./."}}, pt);
  thanks.first_line_indent_mm = 8;
  blocks.push_back(thanks);
  blocks.push_back(render::Spacer{.height_mm = 2});
  std::string title = form.signer_title.empty() ? "THỦ TRƯỞNG CƠ QUAN" : form.signer_title;
  blocks.push_back(
      Signatures({Signer{.title = title, .name = form.signer_name, .hint = "(Ký, ghi rõ họ tên, đóng dấu)"}},
                 pt - 1, 1));
  return render::RenderPdf(document);
}

}  // namespace motcua::forms
