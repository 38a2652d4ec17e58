#include "forms/supplement_request_form.h"

#include "forms/form_format.h"
#include "forms/internal/form_blocks.h"
#include "render/pdf_writer.h"

namespace motcua::forms {

using namespace internal;  // NOLINT: the form's building blocks

Result<std::string> RenderSupplementRequestPdf(const SupplementRequestForm& form) {
  MOTCUA_RETURN_IF_ERROR(Require(form.applicant.name, "applicant.name", "tên người nộp hồ sơ"));
  MOTCUA_RETURN_IF_ERROR(Require(form.procedure_name, "procedure_name", "nội dung yêu cầu giải quyết"));
  if (form.items.empty()) {
    return Status::InvalidArgument(
        "a supplement request needs at least one item",
        "Phiếu yêu cầu bổ sung phải nêu ít nhất một nội dung cần bổ sung, hoàn thiện.");
  }
  for (const std::string& item : form.items)
    MOTCUA_RETURN_IF_ERROR(Require(item, "items[]", "nội dung cần bổ sung"));
  const double pt = kA5BodyPt;

  render::Document document{.page = render::FormA5Portrait(),
                            .info = {.title = "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
                                     .author = form.issuer.unit_name,
                                     .subject = "Mẫu số 02 - Thông tư 01/2018/TT-VPCP"}};
  auto& blocks = document.blocks;
  blocks.push_back(Heading(form.issuer, form.number, form.issued_on, pt));
  blocks.push_back(Title("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", kA5TitlePt, 2));
  if (!form.dossier_code.empty()) {
    blocks.push_back(Centered({Span{.text = "Mã hồ sơ: " + form.dossier_code, .bold = true}}, pt));
  }
  blocks.push_back(render::Spacer{.height_mm = 1.5});
  blocks.push_back(Field("Hồ sơ của", form.applicant.name, pt, true));
  blocks.push_back(Field("Nội dung yêu cầu giải quyết", form.procedure_name, pt, true));
  blocks.push_back(Field("Địa chỉ", form.applicant.address, pt));
  blocks.push_back(Text({Span{.text = "Số điện thoại: " + OrBlank(form.applicant.phone) +
                                      "    Email: " + OrBlank(form.applicant.email)}},
                        pt, Align::kLeft));
  Paragraph intro = Text({Span{.text = "Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:"}}, pt);
  intro.keep_with_next = true;
  blocks.push_back(intro);
  for (size_t i = 0; i < form.items.size(); ++i) {
    Paragraph item = Text({Span{.text = std::to_string(i + 1) + ". " + form.items[i]}}, pt);
    item.left_indent_mm = 4;
    blocks.push_back(item);
  }
  blocks.push_back(Field("Lý do", form.reason, pt));
  if (form.supplement_by) {
    blocks.push_back(
        Text({Span{.text = "Đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ trước "},
              Span{.text = FormatLongDate(*form.supplement_by), .bold = true}, Span{.text = "."}},
             pt));
  }
  blocks.push_back(
      Text({Span{.text = "Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với " +
                         OrBlank(form.contact_name) + ", số điện thoại " + OrBlank(form.contact_phone) +
                         " để được hướng dẫn./."}},
           pt));
  blocks.push_back(render::Spacer{.height_mm = 2});
  blocks.push_back(Signatures({Signer{.title = "NGƯỜI HƯỚNG DẪN", .name = form.guide_name}}, pt - 1, 1));
  return render::RenderPdf(document);
}

}  // namespace motcua::forms
