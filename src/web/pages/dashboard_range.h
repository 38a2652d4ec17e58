// The period of the leaders' dashboard (/bao-cao?tu=dd/mm/yyyy&den=dd/mm/yyyy): parsed from the query with
// the ledger's date syntax (ledger_range.h ParseVnDate), defaulting to the current quarter, at most
// kMaxDashboardDays days; and the preset periods offered as links. Errors are InvalidArgument with a
// Vietnamese message to show above the form. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_time.h"
#include "base/result.h"

namespace motcua::web::pages {

inline constexpr int kMaxDashboardDays = 366;

struct DashboardRange {
  CivilDate from;  // inclusive, local dates
  CivilDate to;
};

// The quarter of `day` (1/10-31/12 for any day of October to December).
DashboardRange QuarterOf(CivilDate day);

// Both empty: the quarter of `today`. Only `from` given: to the end of its month; only `to`: from the first
// of its month (as the ledger). InvalidArgument for a malformed date, `from` after `to`, or more than
// kMaxDashboardDays days (both ends counted).
Result<DashboardRange> ParseDashboardRange(std::optional<std::string_view> from,
                                           std::optional<std::string_view> to, CivilDate today);

struct DashboardPreset {
  std::string label;  // "Tháng này", "Quý này", "Năm nay", "Quý trước"
  DashboardRange range;
};
// This month, this quarter, this year and the previous quarter of `today`.
std::vector<DashboardPreset> DashboardPresets(CivilDate today);

// "?tu=01%2F10%2F2025&den=31%2F12%2F2025".
std::string DashboardQuery(const DashboardRange& range);

}  // namespace motcua::web::pages
