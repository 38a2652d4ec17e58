#include "dossier/dossier_code.h"

#include <cstdio>

namespace motcua {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int Digits(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

Status BadCode(std::string_view text, std::string_view why) {
  std::string log = "invalid dossier code '";
  log.append(text.substr(0, 64)).append("': ").append(why);
  return Status::InvalidArgument(std::move(log),
                                 "Mã hồ sơ không hợp lệ. Mã hồ sơ có dạng <mã đơn vị>-YYMMDD-XXXX, ví dụ "
                                 "000.00.20.H31-240925-0001.");
}

}  // namespace

Status ValidateUnitId(std::string_view u) {
  // Positions: 012.45.78.ABC -> "NNN.NN.NN.XNN" (13 characters).
  bool ok = u.size() == 13 && u[3] == '.' && u[6] == '.' && u[9] == '.' && u[10] >= 'A' && u[10] <= 'Z';
  for (size_t i : {0, 1, 2, 4, 5, 7, 8, 11, 12}) ok = ok && i < u.size() && IsDigit(u[i]);
  if (!ok) {
    std::string log = "invalid unit id '";
    log.append(u.substr(0, 64)).append("' (expected NNN.NN.NN.XNN)");
    return Status::InvalidArgument(std::move(log),
                                   "Mã định danh đơn vị không hợp lệ; mã có dạng NNN.NN.NN.XNN, ví dụ "
                                   "000.00.20.H31.");
  }
  return Status::Ok();
}

Result<std::string> FormatDossierCode(std::string_view unit_id, CivilDate date, int sequence) {
  MOTCUA_RETURN_IF_ERROR(ValidateUnitId(unit_id));
  if (date.year < 2000 || date.year > 2099 || !IsValidDate(date.year, date.month, date.day)) {
    return Status::InvalidArgument("dossier code date out of range 2000-2099",
                                   "Ngày tiếp nhận không hợp lệ để cấp mã hồ sơ.");
  }
  if (sequence < 1) {
    return Status::InvalidArgument("dossier sequence must be at least 1", "Số thứ tự hồ sơ không hợp lệ.");
  }
  if (sequence > kMaxDossierSequence) {
    return Status::ResourceExhausted(
        "dossier sequence of the day exhausted (more than 9999 dossiers for one unit on one day)",
        "Đơn vị đã tiếp nhận quá 9.999 hồ sơ trong ngày; không thể cấp thêm mã hồ sơ theo quy định.");
  }
  char tail[32];
  std::snprintf(tail, sizeof tail, "-%02d%02d%02d-%04d", date.year % 100, date.month, date.day, sequence);
  std::string out(unit_id);
  out.append(tail);
  return out;
}

Result<std::string> FormatDossierCode(const DossierCode& code) {
  return FormatDossierCode(code.unit_id, code.date, code.sequence);
}

Result<DossierCode> ParseDossierCode(std::string_view text) {
  if (text.size() != 13 + 1 + 6 + 1 + 4) return BadCode(text, "wrong length");
  const std::string_view unit = text.substr(0, 13);
  if (!ValidateUnitId(unit).ok()) return BadCode(text, "bad unit id");
  if (text[13] != '-' || text[20] != '-') return BadCode(text, "missing '-'");
  const std::string_view date = text.substr(14, 6);
  const std::string_view seq = text.substr(21, 4);
  for (char c : date) {
    if (!IsDigit(c)) return BadCode(text, "date is not YYMMDD");
  }
  for (char c : seq) {
    if (!IsDigit(c)) return BadCode(text, "sequence is not 4 digits");
  }
  DossierCode code;
  code.unit_id = std::string(unit);
  code.date =
      CivilDate{2000 + Digits(date.substr(0, 2)), Digits(date.substr(2, 2)), Digits(date.substr(4, 2))};
  if (!IsValidDate(code.date.year, code.date.month, code.date.day)) return BadCode(text, "no such date");
  code.sequence = Digits(seq);
  if (code.sequence < 1) return BadCode(text, "sequence 0000");
  return code;
}

}  // namespace motcua
