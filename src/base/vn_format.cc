#include "base/vn_format.h"

namespace motcua {
namespace {
// GCC extension; the __extension__ keeps -Wpedantic quiet.
__extension__ typedef __int128 Int128;
}  // namespace

std::string FormatVnInteger(int64_t value) {
  const bool negative = value < 0;
  // Work on the unsigned magnitude so INT64_MIN does not overflow.
  uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  std::string digits = std::to_string(magnitude);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return negative ? "-" + out : out;
}

std::string FormatVnPercent(int64_t numerator, int64_t denominator) {
  if (denominator == 0) return "-";
  bool negative = (numerator < 0) != (denominator < 0);
  // Use 128-bit intermediates: numerator * 10000 may exceed 64 bits for large inputs.
  Int128 num = numerator < 0 ? -static_cast<Int128>(numerator) : numerator;
  Int128 den = denominator < 0 ? -static_cast<Int128>(denominator) : denominator;
  // hundredths of a percent, half-up: floor((num * 10000 * 2 + den) / (2 * den))
  Int128 basis_points = (num * 20000 + den) / (2 * den);
  if (basis_points == 0) negative = false;
  const int64_t whole = static_cast<int64_t>(basis_points / 100);
  const int64_t frac = static_cast<int64_t>(basis_points % 100);
  std::string out = (negative ? "-" : "") + FormatVnInteger(whole) + ",";
  if (frac < 10) out += '0';
  out += std::to_string(frac);
  return out + "%";
}

std::string FormatVnMoney(int64_t dong) { return FormatVnInteger(dong) + " đ"; }

}  // namespace motcua
