#include "web/pages/ledger_range.h"

#include "base/text.h"
#include "web/pages/view_format.h"

namespace motcua::web::pages {
namespace {

// 1..max_digits ASCII digits.
std::optional<int> Digits(std::string_view text, size_t min_digits, size_t max_digits) {
  if (text.size() < min_digits || text.size() > max_digits) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

Status BadDate(std::string_view text, std::string_view label) {
  return Status::InvalidArgument("malformed ledger date " + std::string(text.substr(0, 40)),
                                 std::string(label) + ": \"" + TruncateUtf8(text, 40) +
                                     "\" không phải là ngày hợp lệ; vui lòng ghi theo dạng ngày/tháng/năm, "
                                     "ví dụ 01/10/2025.");
}

std::optional<std::string_view> NonEmpty(std::optional<std::string_view> text) {
  if (!text) return std::nullopt;
  const std::string_view trimmed = TrimAscii(*text);
  if (trimmed.empty()) return std::nullopt;
  return trimmed;
}

}  // namespace

Result<CivilDate> ParseVnDate(std::string_view text, std::string_view label) {
  text = TrimAscii(text);
  std::optional<int> day, month, year;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    year = Digits(text.substr(0, 4), 4, 4);
    month = Digits(text.substr(5, 2), 2, 2);
    day = Digits(text.substr(8, 2), 2, 2);
  } else {
    const size_t first = text.find('/');
    const size_t second = first == std::string_view::npos ? first : text.find('/', first + 1);
    if (second == std::string_view::npos) return BadDate(text, label);
    day = Digits(text.substr(0, first), 1, 2);
    month = Digits(text.substr(first + 1, second - first - 1), 1, 2);
    year = Digits(text.substr(second + 1), 4, 4);
  }
  if (!day || !month || !year || *year < 1900 || !IsValidDate(*year, *month, *day)) {
    return BadDate(text, label);
  }
  return CivilDate{*year, *month, *day};
}

Result<LedgerRange> ParseLedgerRange(std::optional<std::string_view> from, std::optional<std::string_view> to,
                                     CivilDate today) {
  from = NonEmpty(from);
  to = NonEmpty(to);
  LedgerRange range;
  if (from) {
    MOTCUA_ASSIGN_OR_RETURN(range.from, ParseVnDate(*from, "Từ ngày"));
  }
  if (to) {
    MOTCUA_ASSIGN_OR_RETURN(range.to, ParseVnDate(*to, "Đến ngày"));
  }
  if (!from && !to) {
    range.from = CivilDate{today.year, today.month, 1};
    range.to = CivilDate{today.year, today.month, DaysInMonth(today.year, today.month)};
  } else if (!to) {
    range.to = CivilDate{range.from.year, range.from.month, DaysInMonth(range.from.year, range.from.month)};
  } else if (!from) {
    range.from = CivilDate{range.to.year, range.to.month, 1};
  }
  if (range.to < range.from) {
    return Status::InvalidArgument("ledger range ends before it starts",
                                   "Từ ngày " + FormatVnDate(range.from) + " sau đến ngày " +
                                       FormatVnDate(range.to) + ": vui lòng chọn lại khoảng thời gian.");
  }
  const int64_t days = DaysFromCivil(range.to) - DaysFromCivil(range.from) + 1;
  if (days > kMaxLedgerDays) {
    return Status::InvalidArgument("ledger range of " + std::to_string(days) + " days",
                                   "Khoảng thời gian từ " + FormatVnDate(range.from) + " đến " +
                                       FormatVnDate(range.to) + " dài " + std::to_string(days) +
                                       " ngày; sổ theo dõi chỉ in tối đa " + std::to_string(kMaxLedgerDays) +
                                       " ngày một lần. Vui lòng chọn khoảng ngắn hơn.");
  }
  return range;
}

std::string LedgerQuery(const LedgerRange& range) {
  return QueryString({{"tu", FormatVnDate(range.from)}, {"den", FormatVnDate(range.to)}});
}

}  // namespace motcua::web::pages
