#include "forms/receipt_form.h"

#include "base/vn_format.h"
#include "forms/form_format.h"
#include "forms/internal/form_blocks.h"
#include "render/pdf_writer.h"

namespace motcua::forms {
namespace {

using namespace internal;  // NOLINT: the form's building blocks
using render::Table;

Table ComponentsTable(const std::vector<ReceivedComponent>& components) {
  Table table{
      .column_weights = {1.1, 7, 1.8, 1.8}, .size_pt = kA5TablePt, .padding_mm = 1, .space_after_pt = 3};
  table.header_rows.push_back(render::TableRow{
      {HeaderCell("STT"), HeaderCell("Tên giấy tờ"), HeaderCell("Bản chính"), HeaderCell("Bản sao")}});
  int index = 0;
  for (const ReceivedComponent& component : components) {
    table.rows.push_back(
        render::TableRow{{Cell(std::to_string(++index), Align::kCenter), Cell(component.name),
                          Cell(FormatVnInteger(component.originals), Align::kCenter),
                          Cell(FormatVnInteger(component.copies), Align::kCenter)}});
  }
  return table;
}

// The QR code for the lookup page, in the signature row's first column.
TableCell QrCell(const std::string& url) {
  TableCell cell{.align = Align::kCenter};
  cell.qr = render::QrImage{.payload = url, .size_mm = 21};
  cell.spans = {Span{.text = "Tra cứu hồ sơ", .italic = true, .size_pt = 8}};
  return cell;
}

}  // namespace

Result<std::string> RenderReceiptPdf(const ReceiptForm& form) {
  MOTCUA_RETURN_IF_ERROR(Require(form.dossier_code, "dossier_code", "mã hồ sơ"));
  MOTCUA_RETURN_IF_ERROR(Require(form.applicant.name, "applicant.name", "tên người nộp hồ sơ"));
  MOTCUA_RETURN_IF_ERROR(Require(form.procedure_name, "procedure_name", "nội dung yêu cầu giải quyết"));
  MOTCUA_RETURN_IF_ERROR(Require(form.lookup_url, "lookup_url", "địa chỉ tra cứu hồ sơ"));
  const double pt = kA5BodyPt;

  render::Document document{.page = render::FormA5Portrait(),
                            .info = {.title = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả " + form.dossier_code,
                                     .author = form.issuer.unit_name,
                                     .subject = "Mẫu số 01 - Thông tư 01/2018/TT-VPCP"}};
  auto& blocks = document.blocks;
  blocks.push_back(Heading(form.issuer, form.number, LocalDate(form.received_at), kA5BodyPt));
  blocks.push_back(Title("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", kA5TitlePt, 2));
  blocks.push_back(Centered({Span{.text = "Mã hồ sơ: " + form.dossier_code, .bold = true}}, pt));
  if (!form.copy_label.empty()) {
    blocks.push_back(Centered({Span{.text = "(Liên: " + form.copy_label + ")", .italic = true}}, pt - 1));
  }
  blocks.push_back(render::Spacer{.height_mm = 1.5});
  blocks.push_back(Text({Span{.text = OrBlank(form.issuer.unit_name)}}, pt));
  blocks.push_back(Field("Tiếp nhận hồ sơ của", form.applicant.name, pt, true));
  if (!form.applicant.id_number.empty()) {
    blocks.push_back(Field("Số định danh cá nhân/CCCD", form.applicant.id_number, pt));
  }
  blocks.push_back(Field("Địa chỉ", form.applicant.address, pt));
  blocks.push_back(Text({Span{.text = "Số điện thoại: " + OrBlank(form.applicant.phone) +
                                      "    Email: " + OrBlank(form.applicant.email)}},
                        pt, Align::kLeft));
  blocks.push_back(Field("Nội dung yêu cầu giải quyết", form.procedure_name, pt, true));
  Paragraph list = Text({Span{.text = "1. Thành phần hồ sơ nộp gồm:"}}, pt);
  list.keep_with_next = true;
  blocks.push_back(list);
  blocks.push_back(ComponentsTable(form.components));
  blocks.push_back(Text({Span{.text = "2. Số lượng hồ sơ: " + FormatVnInteger(form.sets) + " (bộ)"}}, pt));
  blocks.push_back(
      Text({Span{.text = "3. Thời gian giải quyết hồ sơ theo quy định là: " + OrBlank(form.processing_time)}},
           pt));
  blocks.push_back(
      Text({Span{.text = "4. Thời gian nhận hồ sơ: " + FormatLongDateTime(form.received_at)}}, pt));
  blocks.push_back(Text({Span{.text = "5. Thời gian trả kết quả giải quyết hồ sơ: "},
                         Span{.text = FormatLongDateTime(form.appointment_at), .bold = true}},
                        pt));
  blocks.push_back(Text({Span{.text = "6. Đăng ký nhận kết quả tại: " + OrBlank(form.result_delivery)}}, pt));
  blocks.push_back(Text({Span{.text = "Vào Sổ theo dõi hồ sơ, Quyển số: " + OrBlank(form.ledger_book) +
                                      ", Số thứ tự: " + OrBlank(form.ledger_entry)}},
                        pt));
  std::string submitter = form.submitter_name.empty() ? form.applicant.name : form.submitter_name;
  blocks.push_back(Signatures({Signer{.title = "NGƯỜI NỘP HỒ SƠ", .name = submitter},
                               Signer{.title = "NGƯỜI TIẾP NHẬN HỒ SƠ", .name = form.receiver_name}},
                              pt - 1.5, 0.55, QrCell(form.lookup_url)));
  blocks.push_back(
      Paragraph{.spans = {Span{.text = "Tra cứu tình trạng hồ sơ: quét mã QR hoặc truy cập "},
                          Span{.text = form.lookup_url, .italic = true},
                          Span{.text = ". Ông/Bà vui lòng mang theo Giấy này khi đến nhận kết quả."}},
                .align = Align::kLeft,
                .size_pt = 8.5,
                .space_after_pt = 0});
  return render::RenderPdf(document);
}

}  // namespace motcua::forms
