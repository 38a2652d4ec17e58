#include "forms/refusal_form.h"

#include "forms/internal/form_blocks.h"
#include "render/pdf_writer.h"

namespace motcua::forms {

using namespace internal;  // NOLINT: the form's building blocks

Result<std::string> RenderRefusalPdf(const RefusalForm& form) {
  MOTCUA_RETURN_IF_ERROR(Require(form.applicant.name, "applicant.name", "tên người nộp hồ sơ"));
  MOTCUA_RETURN_IF_ERROR(Require(form.procedure_name, "procedure_name", "nội dung yêu cầu giải quyết"));
  if (form.reasons.empty()) {
    return Status::InvalidArgument("a refusal needs its reasons", "Phiếu từ chối phải nêu rõ lý do.");
  }
  for (const std::string& reason : form.reasons)
    MOTCUA_RETURN_IF_ERROR(Require(reason, "reasons[]", "lý do từ chối"));
  const double pt = kA5BodyPt;

  render::Document document{.page = render::FormA5Portrait(),
                            .info = {.title = "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
                                     .author = form.issuer.unit_name,
                                     .subject = "Mẫu số 03 - Thông tư 01/2018/TT-VPCP"}};
  auto& blocks = document.blocks;
  blocks.push_back(Heading(form.issuer, form.number, form.issued_on, pt));
  blocks.push_back(Title("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", kA5TitlePt, 2));
  blocks.push_back(render::Spacer{.height_mm = 1.5});
  blocks.push_back(Text({Span{.text = OrBlank(form.issuer.unit_name)}}, pt));
  blocks.push_back(Field("Tiếp nhận hồ sơ của", form.applicant.name, pt, true));
  blocks.push_back(Field("Địa chỉ", form.applicant.address, pt));
  blocks.push_back(Text({Span{.text = "Số điện thoại: " + OrBlank(form.applicant.phone) +
                                      "    Email: " + OrBlank(form.applicant.email)}},
                        pt, Align::kLeft));
  blocks.push_back(Field("Nội dung yêu cầu giải quyết", form.procedure_name, pt, true));
  Paragraph intro =
      Text({Span{.text = "Qua xem xét, " + OrBlank(form.issuer.unit_name) +
                         " thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:"}},
           pt);
  intro.keep_with_next = true;
  blocks.push_back(intro);
  for (size_t i = 0; i < form.reasons.size(); ++i) {
    std::string prefix = form.reasons.size() > 1 ? std::to_string(i + 1) + ". " : "- ";
    Paragraph reason = Text({Span{.text = prefix + form.reasons[i]}}, pt);
    reason.left_indent_mm = 4;
    blocks.push_back(reason);
  }
  blocks.push_back(Text({Span{.text = "Xin thông báo cho Ông/Bà được biết và thực hiện./."}}, pt));
  blocks.push_back(render::Spacer{.height_mm = 2});
  blocks.push_back(
      Signatures({Signer{.title = "NGƯỜI TIẾP NHẬN HỒ SƠ", .name = form.receiver_name}}, pt - 1, 1));
  return render::RenderPdf(document);
}

}  // namespace motcua::forms
