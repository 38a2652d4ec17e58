#include "dossier/identity.h"

#include <array>
#include <cctype>

#include "base/text.h"

namespace motcua {
namespace {

struct ProvinceCode {
  int code;
  std::string_view name;
};

// Phụ lục I of Thông tư 07/2016/TT-BCA (kept by Thông tư 59/2021/TT-BCA): the province or city where the
// birth was registered. The codes are fixed at registration; the 2025 province mergers do not change them.
constexpr std::array<ProvinceCode, 63> kProvinceCodes = {{
    {1, "Hà Nội"},
    {2, "Hà Giang"},
    {4, "Cao Bằng"},
    {6, "Bắc Kạn"},
    {8, "Tuyên Quang"},
    {10, "Lào Cai"},
    {11, "Điện Biên"},
    {12, "Lai Châu"},
    {14, "Sơn La"},
    {15, "Yên Bái"},
    {17, "Hòa Bình"},
    {19, "Thái Nguyên"},
    {20, "Lạng Sơn"},
    {22, "Quảng Ninh"},
    {24, "Bắc Giang"},
    {25, "Phú Thọ"},
    {26, "Vĩnh Phúc"},
    {27, "Bắc Ninh"},
    {30, "Hải Dương"},
    {31, "Hải Phòng"},
    {33, "Hưng Yên"},
    {34, "Thái Bình"},
    {35, "Hà Nam"},
    {36, "Nam Định"},
    {37, "Ninh Bình"},
    {38, "Thanh Hóa"},
    {40, "Nghệ An"},
    {42, "Hà Tĩnh"},
    {44, "Quảng Bình"},
    {45, "Quảng Trị"},
    {46, "Thừa Thiên Huế"},
    {48, "Đà Nẵng"},
    {49, "Quảng Nam"},
    {51, "Quảng Ngãi"},
    {52, "Bình Định"},
    {54, "Phú Yên"},
    {56, "Khánh Hòa"},
    {58, "Ninh Thuận"},
    {60, "Bình Thuận"},
    {62, "Kon Tum"},
    {64, "Gia Lai"},
    {66, "Đắk Lắk"},
    {67, "Đắk Nông"},
    {68, "Lâm Đồng"},
    {70, "Bình Phước"},
    {72, "Tây Ninh"},
    {74, "Bình Dương"},
    {75, "Đồng Nai"},
    {77, "Bà Rịa - Vũng Tàu"},
    {79, "Hồ Chí Minh"},
    {80, "Long An"},
    {82, "Tiền Giang"},
    {83, "Bến Tre"},
    {84, "Trà Vinh"},
    {86, "Vĩnh Long"},
    {87, "Đồng Tháp"},
    {89, "An Giang"},
    {91, "Kiên Giang"},
    {92, "Cần Thơ"},
    {93, "Hậu Giang"},
    {94, "Sóc Trăng"},
    {95, "Bạc Liêu"},
    {96, "Cà Mau"},
}};

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAlnumAscii(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

int DigitsValue(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

Status Bad(std::string_view what, std::string_view number, std::string user) {
  std::string log(what);
  log.append(" (").append(MaskIdNumber(number)).append(")");
  return Status::InvalidArgument(std::move(log), std::move(user));
}

// The General Department of Taxation's check digit: N10 = 10 - (sum of Ni * Wi mod 11). A remainder of 0
// would need "10", so no valid code has it.
bool TaxCheckDigitOk(std::string_view ten) {
  static constexpr std::array<int, 9> kWeights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
  int sum = 0;
  for (size_t i = 0; i < 9; ++i) sum += (ten[i] - '0') * kWeights[i];
  const int check = 10 - sum % 11;
  return check <= 9 && check == ten[9] - '0';
}

}  // namespace

std::string_view IdKindId(IdKind kind) {
  switch (kind) {
    case IdKind::kNone:
      return "";
    case IdKind::kCitizenId:
      return "cccd";
    case IdKind::kOldCmnd:
      return "cmnd";
    case IdKind::kVnPassport:
      return "passport";
    case IdKind::kForeignPassport:
      return "foreign_passport";
    case IdKind::kTaxCode:
      return "tax_code";
  }
  return "";
}

Result<IdKind> ParseIdKind(std::string_view id) {
  for (IdKind k : {IdKind::kCitizenId, IdKind::kOldCmnd, IdKind::kVnPassport, IdKind::kForeignPassport,
                   IdKind::kTaxCode}) {
    if (IdKindId(k) == id) return k;
  }
  return Status::InvalidArgument("unknown identity document kind '" + std::string(id) + "'",
                                 "Loại giấy tờ tùy thân không hợp lệ: '" + std::string(id) +
                                     "' (cccd, cmnd, passport, foreign_passport, tax_code).");
}

std::optional<std::string_view> ProvinceForCitizenIdCode(int code) {
  for (const ProvinceCode& p : kProvinceCodes) {
    if (p.code == code) return p.name;
  }
  return std::nullopt;
}

Result<CitizenIdInfo> ValidateCitizenId(std::string_view number, CivilDate today) {
  if (number.size() != 12 || !AllDigits(number)) {
    return Bad("citizen ID must be 12 digits", number, "Số định danh cá nhân phải gồm 12 chữ số.");
  }
  const int province = DigitsValue(number.substr(0, 3));
  const std::optional<std::string_view> name = ProvinceForCitizenIdCode(province);
  if (!name) {
    return Bad("citizen ID has an unknown province code " + std::string(number.substr(0, 3)), number,
               "Mã tỉnh " + std::string(number.substr(0, 3)) + " trong số định danh cá nhân không hợp lệ.");
  }
  // Century-gender digit: 0/1 = 1900s male/female, 2/3 = 2000s, 4/5 = 2100s, 6/7 = 2200s, 8/9 = 2300s.
  const int cg = number[3] - '0';
  const int birth_year = 1900 + (cg / 2) * 100 + DigitsValue(number.substr(4, 2));
  if (birth_year > today.year) {
    return Bad("citizen ID birth year " + std::to_string(birth_year) + " is in the future", number,
               "Năm sinh " + std::to_string(birth_year) + " theo số định danh cá nhân chưa đến.");
  }
  CitizenIdInfo info;
  info.province_code = province;
  info.province_name = *name;
  info.female = cg % 2 == 1;
  info.birth_year = birth_year;
  return info;
}

Status ValidateOldCmnd(std::string_view number, bool allow_historical) {
  if (number.size() != 9 || !AllDigits(number)) {
    return Bad("CMND must be 9 digits", number, "Số chứng minh nhân dân phải gồm 9 chữ số.");
  }
  if (!allow_historical) {
    return Bad("9-digit CMND is accepted for historical data only", number,
               "Chứng minh nhân dân 9 số chỉ được chấp nhận với dữ liệu lịch sử; vui lòng dùng số định "
               "danh cá nhân 12 chữ số.");
  }
  return Status::Ok();
}

Status ValidateVnPassport(std::string_view number) {
  if (number.size() != 8 || !IsUpperAscii(number[0]) || !AllDigits(number.substr(1))) {
    return Bad("Vietnamese passport number must be a capital letter and 7 digits", number,
               "Số hộ chiếu Việt Nam phải gồm 1 chữ cái in hoa và 7 chữ số.");
  }
  return Status::Ok();
}

Status ValidateForeignPassport(std::string_view number) {
  bool ok = number.size() >= 6 && number.size() <= 20;
  for (char c : number) ok = ok && IsAlnumAscii(c);
  if (!ok) {
    return Bad("foreign passport number must be 6-20 letters or digits", number,
               "Số hộ chiếu nước ngoài phải gồm từ 6 đến 20 chữ cái hoặc chữ số.");
  }
  return Status::Ok();
}

Status ValidateTaxCode(std::string_view number, CivilDate today) {
  if (number.size() == 12 && AllDigits(number)) {
    // Personal tax codes are the holder's citizen ID (Thông tư 86/2024/TT-BTC).
    auto id = ValidateCitizenId(number, today);
    return id.ok() ? Status::Ok() : id.status();
  }
  const bool plain = number.size() == 10 && AllDigits(number);
  const bool branch = number.size() == 14 && AllDigits(number.substr(0, 10)) && number[10] == '-' &&
                      AllDigits(number.substr(11));
  if (!plain && !branch) {
    return Bad("tax code must be 10 digits or 10 digits '-' 3 digits", number,
               "Mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số (đơn vị phụ "
               "thuộc).");
  }
  if (number.substr(2, 7) == "0000000") {
    return Bad("tax code sequence is zero", number, "Mã số thuế không hợp lệ (phần số thứ tự bằng 0).");
  }
  if (branch && number.substr(11) == "000") {
    return Bad("tax code branch is 000", number, "Mã số thuế đơn vị phụ thuộc không được có đuôi 000.");
  }
  if (!TaxCheckDigitOk(number.substr(0, 10))) {
    return Bad("tax code check digit is wrong", number,
               "Mã số thuế " + std::string(number) + " sai chữ số kiểm tra; vui lòng kiểm tra lại.");
  }
  return Status::Ok();
}

Result<IdKind> ValidateIdNumber(std::string_view number, IdKind kind, const IdCheckOptions& options) {
  if (kind == IdKind::kNone) {
    if (number.size() == 12 && AllDigits(number)) {
      kind = IdKind::kCitizenId;
    } else if (number.size() == 9 && AllDigits(number)) {
      kind = IdKind::kOldCmnd;
    } else if (number.size() == 8 && IsUpperAscii(number[0]) && AllDigits(number.substr(1))) {
      kind = IdKind::kVnPassport;
    } else if ((number.size() == 10 && AllDigits(number)) || (number.size() == 14 && number[10] == '-')) {
      kind = IdKind::kTaxCode;
    } else {
      return Bad("identity number of unknown shape", number,
                 "Không nhận ra loại giấy tờ: số định danh cá nhân phải gồm 12 chữ số; hộ chiếu Việt Nam "
                 "gồm 1 chữ cái và 7 chữ số; mã số thuế gồm 10 chữ số.");
    }
  }
  Status status;
  switch (kind) {
    case IdKind::kNone:
      break;
    case IdKind::kCitizenId: {
      auto info = ValidateCitizenId(number, options.today);
      if (!info.ok()) status = info.status();
      break;
    }
    case IdKind::kOldCmnd:
      status = ValidateOldCmnd(number, options.allow_historical_cmnd);
      break;
    case IdKind::kVnPassport:
      status = ValidateVnPassport(number);
      break;
    case IdKind::kForeignPassport:
      status = ValidateForeignPassport(number);
      break;
    case IdKind::kTaxCode:
      status = ValidateTaxCode(number, options.today);
      break;
  }
  if (!status.ok()) return status;
  return kind;
}

std::string CanonicalIdNumber(std::string_view number) {
  std::string out(TrimAscii(number));
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string MaskIdNumber(std::string_view number) {
  std::string out(number);
  const size_t n = out.size();
  const size_t keep_head = n > 6 ? 4 : 0;
  const size_t keep_tail = n > 6 ? 2 : (n > 0 ? 1 : 0);
  for (size_t i = 0; i < n; ++i) {
    const bool hidden = i >= keep_head && i + keep_tail < n && out[i] != '-';
    // Non-ASCII bytes are never kept, so the result is always valid UTF-8.
    if (hidden || static_cast<unsigned char>(out[i]) >= 0x80) out[i] = '*';
  }
  return out;
}

}  // namespace motcua
