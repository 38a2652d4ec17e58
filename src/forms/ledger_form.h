// Mẫu 06 (Thông tư 01/2018/TT-VPCP): Sổ theo dõi hồ sơ, one row per dossier received in a date range, as an
// A4 landscape PDF whose table runs over as many pages as needed with its header on each, and as an XLSX
// with the same columns (numbers stored as numbers, header rows repeated when printed).
// Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "forms/form_common.h"

namespace motcua::forms {

struct LedgerRow {
  std::string dossier_code{};
  std::string procedure_name{};
  int sets = 1;
  std::string applicant_name{};
  std::string address_and_phone{};
  std::string lead_unit{};  // cơ quan chủ trì giải quyết
  Instant received_at{};
  Instant appointment_at{};
  std::optional<Instant> forwarded_at{};        // chuyển hồ sơ đến cơ quan giải quyết
  std::optional<Instant> result_received_at{};  // nhận kết quả từ cơ quan giải quyết
  std::optional<Instant> returned_at{};         // trả kết quả cho cá nhân, tổ chức
  std::string recipient{};  // who signed for the result (ký nhận); blank to sign on paper
  std::string note{};
};

struct LedgerForm {
  Issuer issuer{};
  CivilDate from{};  // inclusive, local dates
  CivilDate to{};
  CivilDate issued_on{};
  std::vector<LedgerRow> rows{};
};

// The column headings, in order, as printed (the five dates sit under "Ngày, tháng, năm").
std::vector<std::string> LedgerColumnTitles();

// InvalidArgument when `from` is after `to`.
Result<std::string> RenderLedgerPdf(const LedgerForm& form);
Result<std::string> RenderLedgerXlsx(const LedgerForm& form);

}  // namespace motcua::forms
