// Mẫu 03 (Thông tư 01/2018/TT-VPCP): Phiếu từ chối tiếp nhận giải quyết hồ sơ, with the specific reasons, as
// an A5 PDF. Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "forms/form_common.h"

namespace motcua::forms {

struct RefusalForm {
  Issuer issuer{};
  std::string number{};
  CivilDate issued_on{};
  Applicant applicant{};               // name required
  std::string procedure_name{};        // required
  std::vector<std::string> reasons{};  // required, at least one
  std::string receiver_name{};         // NGƯỜI TIẾP NHẬN HỒ SƠ, who signs
};

Result<std::string> RenderRefusalPdf(const RefusalForm& form);

}  // namespace motcua::forms
