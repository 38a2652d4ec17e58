// Record types stored by the Store (store/store.h): administrative units with their opaque calendar settings,
// and the filters of the list queries. Plain values; thread-safe to share const.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/civil_time.h"
#include "base/status.h"

namespace motcua {

// A unit's settings read by the calendar component; the store keeps them as opaque text.
struct UnitSettings {
  std::optional<std::string> office_hours;  // nullopt: the default office hours
  std::string day_overrides;                // unit-specific day-off overrides; "" when none
  bool operator==(const UnitSettings&) const = default;
};

// An administrative unit (a commune's People's Committee, a province...), identified by its electronic id
// under QCVN 102:2016/BTTTT, e.g. "000.00.20.H31". Ids change with mergers, so units are effective-dated.
struct Unit {
  std::string code;
  std::string name;
  std::optional<std::string> parent_code;  // must name an existing unit
  CivilDate effective_from;
  std::optional<CivilDate> effective_to;  // inclusive; nullopt = still in force
  UnitSettings settings;
  bool operator==(const Unit&) const = default;
};

// Which units ListUnits returns (all of them when every member is unset), ordered by code.
struct UnitFilter {
  std::optional<std::string> parent_code;  // only the direct children of this unit
  std::optional<CivilDate> in_force_on;    // only units in force on this date
};

// Which procedure versions ListProcedures/CountProcedures return, ordered by code then effective_from.
struct ProcedureFilter {
  std::optional<std::string> field_code;
  // Free text matched against each version's search key (SearchKey of base/text.h: accents and case folded);
  // every word must occur. Empty: no text filter.
  std::string text;
  std::optional<CivilDate> in_force_on;  // only versions in force on this date
  int limit = 50;                        // 1..kMaxProcedurePage
  int offset = 0;                        // >= 0
};

inline constexpr int kMaxProcedurePage = 1000;

// OK when `code` has the shape of an electronic unit id: "DDD.DD.DD.LDD" (three groups of 3, 2 and 2 digits
// or capital letters, then the level-1 code: a capital letter and two digits, like H31).
Status ValidateUnitCode(std::string_view code);

}  // namespace motcua
