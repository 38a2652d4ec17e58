// The date range of the ledger pages (Mẫu 06, /so-theo-doi?tu=dd/mm/yyyy&den=dd/mm/yyyy): parsed from the
// query, defaulting to the current month, at most kMaxLedgerDays days long. Errors are InvalidArgument with
// a Vietnamese message to show above the form. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/civil_time.h"
#include "base/result.h"

namespace motcua::web::pages {

inline constexpr int kMaxLedgerDays = 366;

struct LedgerRange {
  CivilDate from;  // inclusive, local dates
  CivilDate to;
};

// "05/10/2025" or "5/10/2025"; also "2025-10-05" (what a date input sends). `label` names the field in the
// message ("Từ ngày").
Result<CivilDate> ParseVnDate(std::string_view text, std::string_view label);

// Both empty: the whole month of `today`. Only `from` given: to the end of its month; only `to` given: from
// the first of its month. InvalidArgument for a malformed date, `from` after `to`, or more than
// kMaxLedgerDays days (both ends counted).
Result<LedgerRange> ParseLedgerRange(std::optional<std::string_view> from, std::optional<std::string_view> to,
                                     CivilDate today);

// The query string of a range: "?tu=01%2F10%2F2025&den=31%2F10%2F2025".
std::string LedgerQuery(const LedgerRange& range);

}  // namespace motcua::web::pages
