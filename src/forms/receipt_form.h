// Mẫu 01 (Thông tư 01/2018/TT-VPCP): Giấy tiếp nhận hồ sơ và hẹn trả kết quả, the receipt the desk hands the
// applicant, as an A5 PDF with the dossier code and a QR code linking to the public lookup page.
// Pure: values in, PDF bytes out; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "forms/form_common.h"

namespace motcua::forms {

struct ReceivedComponent {
  std::string name{};  // "Tờ khai đăng ký khai sinh"
  int originals = 0;   // số bản chính
  int copies = 0;      // số bản sao
};

struct ReceiptForm {
  Issuer issuer{};
  std::string number{};        // the receipt's number in the unit's register ("15")
  std::string dossier_code{};  // required: "000.00.20.H31-240925-0001"
  std::string copy_label{};  // "Lưu" or "Giao khách hàng" -> "(Liên: Giao khách hàng)"; empty prints none
  Applicant applicant{};     // name required
  std::string procedure_name{};  // Nội dung yêu cầu giải quyết; required
  std::vector<ReceivedComponent> components{};
  int sets = 1;                   // số lượng hồ sơ (bộ)
  std::string processing_time{};  // as the catalogue states it: "03 ngày làm việc"
  Instant received_at{};
  Instant appointment_at{};  // hẹn trả kết quả
  std::string result_delivery{};  // đăng ký nhận kết quả tại: "Bộ phận một cửa UBND xã" / "Qua bưu điện"
  std::string ledger_book{};     // vào Sổ theo dõi hồ sơ, Quyển số
  std::string ledger_entry{};    // Số thứ tự
  std::string lookup_url{};      // required: the QR code's target (public lookup of this dossier)
  std::string receiver_name{};   // the officer who received it
  std::string submitter_name{};  // who handed it in; the applicant's name when empty
};

// InvalidArgument when a required field is missing or the lookup URL is too long for a QR code.
Result<std::string> RenderReceiptPdf(const ReceiptForm& form);

}  // namespace motcua::forms
