// Mẫu 04 (Thông tư 01/2018/TT-VPCP): Phiếu xin lỗi và hẹn lại ngày trả kết quả, issued by the unit that is
// late, before the due date, with the reason and the new appointment, as an A5 PDF. Pure; thread-safe.
#pragma once

#include <string>

#include "base/result.h"
#include "forms/form_common.h"

namespace motcua::forms {

struct ApologyForm {
  Issuer issuer{};  // the unit apologising (the one processing the dossier)
  std::string number{};
  CivilDate issued_on{};
  Applicant applicant{};           // name required (the addressee: "Kính gửi")
  std::string dossier_code{};      // required
  std::string procedure_name{};    // required
  CivilDate received_on{};         // when the desk received the dossier
  Instant original_appointment{};  // the appointment on the receipt (Mẫu 01)
  std::string reason{};            // required: why the result is late
  Instant new_appointment{};       // the new appointment
  std::string signer_title{};      // "CHỦ TỊCH", "GIÁM ĐỐC"; "THỦ TRƯỞNG CƠ QUAN" when empty
  std::string signer_name{};
};

// InvalidArgument when a required field is missing or the new appointment is not after the original one.
Result<std::string> RenderApologyPdf(const ApologyForm& form);

}  // namespace motcua::forms
