// Identity documents of applicants: structural validation of the Vietnamese citizen ID (số định danh cá
// nhân / CCCD, 12 digits), the old 9-digit CMND (historical data only), Vietnamese and foreign passports and
// enterprise tax codes (mã số thuế), plus masking for display. Structure only: no number is looked up
// anywhere. Error messages are Vietnamese for users; log messages never carry the full number (masked).
// Sources are listed in docs/dossier.md. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/civil_time.h"
#include "base/result.h"

namespace motcua {

enum class IdKind {
  kNone,             // no document given
  kCitizenId,        // "cccd": số định danh cá nhân, 12 digits
  kOldCmnd,          // "cmnd": chứng minh nhân dân, 9 digits (historical data only)
  kVnPassport,       // "passport": Vietnamese passport, one capital letter + 7 digits
  kForeignPassport,  // "foreign_passport": 6-20 ASCII letters or digits
  kTaxCode,          // "tax_code": organisation's mã số thuế, 10 digits or 10 digits "-" 3 digits
};

std::string_view IdKindId(IdKind kind);  // "", "cccd", "cmnd", "passport", "foreign_passport", "tax_code"
Result<IdKind> ParseIdKind(std::string_view id);

// What a valid citizen ID says about its holder.
struct CitizenIdInfo {
  int province_code = 0;           // 1..96: province where the birth was registered
  std::string_view province_name;  // as in the official list, e.g. "Hà Nội"
  bool female = false;
  int birth_year = 0;
};

// 12 digits: 3-digit province code (official list), century-gender digit, 2-digit birth year (not after
// `today`'s year), 6 digits.
Result<CitizenIdInfo> ValidateCitizenId(std::string_view number, CivilDate today);
// 9 digits; accepted only when `allow_historical` (imported records from before CCCD).
Status ValidateOldCmnd(std::string_view number, bool allow_historical);
Status ValidateVnPassport(std::string_view number);
Status ValidateForeignPassport(std::string_view number);
// 10 digits with the General Department of Taxation check digit, optionally "-" and a 3-digit branch
// (001-999). A 12-digit personal tax code is the holder's citizen ID and is validated as one.
Status ValidateTaxCode(std::string_view number, CivilDate today);

// The province name for a birth-registration code, or nullopt when the code is not in the list.
std::optional<std::string_view> ProvinceForCitizenIdCode(int code);

struct IdCheckOptions {
  CivilDate today;
  bool allow_historical_cmnd = false;
};

// Validates `number` as `kind`; with kind kNone the kind is inferred from the shape (12 digits: CCCD;
// 9 digits: CMND; letter + 7 digits: Vietnamese passport; 10 digits or 10-3: tax code). Returns the kind.
Result<IdKind> ValidateIdNumber(std::string_view number, IdKind kind, const IdCheckOptions& options);

// Trimmed, ASCII letters upper-cased: the canonical form stored and compared.
std::string CanonicalIdNumber(std::string_view number);

// For users without the right to see identity numbers: keeps the first 4 and last 2 characters of numbers
// longer than 6 ("001234567845" -> "0012******45"), only the last one otherwise; "-" stays.
std::string MaskIdNumber(std::string_view number);

}  // namespace motcua
