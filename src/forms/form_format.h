// Dates and times as the one-stop forms print them. NĐ 30/2020/NĐ-CP Phụ lục I: a day below 10 and the months
// 1 and 2 take a leading zero ("ngày 05 tháng 02 năm 2026", but "tháng 9"). Pure; thread-safe.
#pragma once

#include <string>

#include "base/civil_time.h"

namespace motcua::forms {

// "ngày 05 tháng 02 năm 2026", "ngày 28 tháng 11 năm 2026".
std::string FormatLongDate(CivilDate date);
// "Đồng Tiến, ngày 28 tháng 11 năm 2026" (the place-and-date line under the motto).
std::string FormatPlaceAndDate(const std::string& place, CivilDate date);
// "09 giờ 15 phút, ngày 28 tháng 11 năm 2026" in Vietnam's local time.
std::string FormatLongDateTime(Instant instant);
// The blank a paper form leaves: "…………".
std::string Blank();

}  // namespace motcua::forms
