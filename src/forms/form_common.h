// Values every one-stop form shares: the issuing unit as printed in the heading, and the applicant. Plain
// structs filled by the caller (the lead maps a Dossier to them; forms/ does not know the store). UTF-8 text;
// empty text prints as a blank to fill by hand ("…………"). Thread-safe to share read-only.
#pragma once

#include <string>
#include <vector>

#include "base/civil_time.h"

namespace motcua::forms {

struct Issuer {
  // Upper case, one entry per printed line. parent_lines is the governing body (not bold), unit_lines the
  // issuing unit (bold, ruled): e.g. {"UBND XÃ ĐỒNG TIẾN"} and {"BỘ PHẬN TIẾP NHẬN", "VÀ TRẢ KẾT QUẢ"}.
  std::vector<std::string> parent_lines{};
  std::vector<std::string> unit_lines{};
  // The unit as named in running text: "Bộ phận Tiếp nhận và Trả kết quả xã Đồng Tiến".
  std::string unit_name{};
  // The symbol after the number: "Số: 15/BPTNTKQ" (TT 01/2018 prints "Số: …/TTPVHCC" or "…/BPTNTKQ").
  std::string number_symbol{};
  std::string place{};  // "Đồng Tiến" for the place-and-date line
};

struct Applicant {
  std::string name{};  // of the person or organisation the dossier belongs to
  std::string id_number{};
  std::string address{};
  std::string phone{};
  std::string email{};
};

// "Số: 15/BPTNTKQ"; "Số: …/BPTNTKQ" when the number is not given yet.
std::string FormNumber(const Issuer& issuer, const std::string& number);

}  // namespace motcua::forms
