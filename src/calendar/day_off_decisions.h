// The government's yearly decisions on days off (Thủ tướng's decisions as relayed by the Bộ LĐTBXH / Bộ Nội
// vụ notices): for each year listed, every holiday, compensatory day, swapped day and make-up working day of
// the civil service, each with its source. A year present in the file is complete: its rows replace the
// rule-based computation of holidays.h for that year. Format (data/calendar/vn-day-off-decisions.tsv):
//   # comment lines and blank lines are ignored
//   date<TAB>kind<TAB>reason<TAB>source          (this header line must come first)
//   2024-04-29<TAB>swapped<TAB>Nghỉ hoán đổi (làm bù thứ Bảy 04/05/2024)<TAB>Thông báo 1570/TB-LĐTBXH
// kind: holiday (any weekday) | compensatory, swapped (Monday-Friday only) | working (Saturday, Sunday only).
// Parsing is pure (content passed in) and strict; errors name the file and line. Immutable; thread-safe.
#pragma once

#include <map>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "calendar/holidays.h"

namespace motcua {

// Where the CLI and the server find the shipped file: FindEmbeddedFile(kDayOffDecisionsFile).
inline constexpr std::string_view kDayOffDecisionsFile = "calendar/vn-day-off-decisions.tsv";

class DayOffDecisions {
 public:
  DayOffDecisions() = default;
  // True when the file lists `year` (its rows then are the whole national calendar of that year).
  bool Covers(int year) const { return by_year_.count(year) > 0; }
  // Rows of `year`, sorted by date; empty when not covered.
  const std::vector<DayOffEntry>& Year(int year) const;
  // Years listed, ascending.
  std::vector<int> Years() const;

 private:
  friend Result<DayOffDecisions> ParseDayOffDecisions(std::string_view, std::string_view);
  std::map<int, std::vector<DayOffEntry>> by_year_;
};

// Parses and validates the decision file. `file_name` prefixes errors: "vn-day-off-decisions.tsv:12: ...".
Result<DayOffDecisions> ParseDayOffDecisions(std::string_view content, std::string_view file_name);

// The national calendar of a year: the decisions' rows when the year is covered, RuleBasedDaysOff otherwise.
Result<std::vector<DayOffEntry>> NationalDaysOff(const DayOffDecisions& decisions, int year);

}  // namespace motcua
