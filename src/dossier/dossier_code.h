// The dossier code of Thông tư 01/2018/TT-VPCP art. 19: "<unit id>-YYMMDD-XXXX", e.g.
// "000.00.20.H31-240925-0001": the receiving unit's electronic id (QCVN 102:2016 shape
// V1V2V3.Z1Z2.Y1Y2.MX1X2), the local receipt date and a per-unit, per-day sequence of exactly four digits.
// The law fixes four digits, so sequence 10000 of a day is refused (ResourceExhausted) rather than widened:
// national systems parse the code by its shape. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "base/civil_time.h"
#include "base/result.h"

namespace motcua {

inline constexpr int kMaxDossierSequence = 9999;

struct DossierCode {
  std::string unit_id;  // "000.00.20.H31"
  CivilDate date;       // local receipt date
  int sequence = 0;     // 1..9999
  auto operator<=>(const DossierCode&) const = default;
};

// "NNN.NN.NN.XNN": three digits, two digits, two digits, a capital letter and two digits, dot-separated.
Status ValidateUnitId(std::string_view unit_id);
// Formats the code; the date must be in 2000-2099 (YY), the sequence 1..9999.
Result<std::string> FormatDossierCode(std::string_view unit_id, CivilDate date, int sequence);
Result<std::string> FormatDossierCode(const DossierCode& code);
// Parses and validates a code (date must exist, sequence 0001-9999).
Result<DossierCode> ParseDossierCode(std::string_view text);

}  // namespace motcua
