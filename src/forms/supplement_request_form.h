// Mẫu 02 (Thông tư 01/2018/TT-VPCP): Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, listing at once everything the
// applicant must add or correct, as an A5 PDF. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "forms/form_common.h"

namespace motcua::forms {

struct SupplementRequestForm {
  Issuer issuer{};
  std::string number{};
  CivilDate issued_on{};
  std::string dossier_code{};                // printed when given (a dossier already received keeps its code)
  Applicant applicant{};                     // name required
  std::string procedure_name{};              // required
  std::vector<std::string> items{};          // required, at least one: what to add or correct
  std::string reason{};                      // why (the legal requirement not met)
  std::optional<CivilDate> supplement_by{};  // printed when the unit sets a date to come back by
  std::string contact_name{};                // who helps in case of difficulty
  std::string contact_phone{};
  std::string guide_name{};  // NGƯỜI HƯỚNG DẪN, who signs
};

Result<std::string> RenderSupplementRequestPdf(const SupplementRequestForm& form);

}  // namespace motcua::forms
