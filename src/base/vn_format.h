// Vietnamese number formatting: thousands separated by '.', decimals by ','. Rates are computed from
// integer numerators and denominators and rounded half-up at two decimals, so "5/3531" is "0,14%" and
// never a floating-point accident. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>

namespace motcua {

// 3531 -> "3.531"; -1200 -> "-1.200".
std::string FormatVnInteger(int64_t value);
// numerator/denominator as a percentage with two decimals, half-up: (3526, 3531) -> "99,86%".
// A zero denominator gives "-" (no rate is defined).
std::string FormatVnPercent(int64_t numerator, int64_t denominator);
// An amount of money in đồng: 8000 -> "8.000 đ".
std::string FormatVnMoney(int64_t dong);

}  // namespace motcua
