// Mẫu 05 (Thông tư 01/2018/TT-VPCP): Phiếu kiểm soát quá trình giải quyết hồ sơ, one entry per hand-over of
// the dossier (who gave it to whom, when, and whether that step finished early, on time or late against its
// own deadline), as an A5 PDF that runs onto more pages when there are many hand-overs. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "forms/form_common.h"

namespace motcua::forms {

// How the step that ends with this hand-over compares with its deadline (by calendar date, as the
// classification in DOMAIN.md section 5); kNotAssessed prints nothing.
enum class StepOutcome { kNotAssessed, kEarly, kOnTime, kLate };

struct Handover {
  std::string from_unit{};  // Giao: "Bộ phận Tiếp nhận và Trả kết quả"
  std::string to_unit{};    // Nhận: "Công chức Tư pháp - Hộ tịch"
  Instant at{};
  std::string giver_name{};
  std::string receiver_name{};
  std::optional<Instant> step_due{};  // the deadline of the step this hand-over closes
  StepOutcome outcome = StepOutcome::kNotAssessed;
  std::string note{};
};

struct ControlSlipForm {
  Issuer issuer{};
  std::string dossier_code{};        // required
  std::string receipt_number{};      // the Mẫu 01 it goes with: "Số: 125/BPTNTKQ"
  std::string lead_unit{};           // Cơ quan (bộ phận) giải quyết hồ sơ
  std::string coordinating_units{};  // Cơ quan phối hợp giải quyết hồ sơ
  std::vector<Handover> handovers{};
  CivilDate issued_on{};
};

// "Trước hạn", "Đúng hạn", "Quá hạn", "" for kNotAssessed.
std::string StepOutcomeText(StepOutcome outcome);

Result<std::string> RenderControlSlipPdf(const ControlSlipForm& form);

}  // namespace motcua::forms
