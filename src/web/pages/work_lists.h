// The officers' work lists as store filters (store/dossier_records.h DossierFilter), one definition each,
// used by the list page, its counts and the per-field table:
//   "cua-toi"        open dossiers held by me (assignee)
//   "hom-nay"        running (not paused) dossiers whose legal due time is before the end of today
//   "hai-ngay"       running dossiers due within the next 2 working days (16 working hours from now)
//   "qua-han"        running dossiers past their legal due time
//   "cho-nguoi-nop"  waiting for the applicant: supplement or fees requested, or completion asked before
//                    acceptance (the clock is stopped)
//   "cho-tra"        resolved, waiting to be returned at the desk
//   "tat-ca"         everything the officer may see
// The due windows are cumulative ("hom-nay" includes what is already overdue, "hai-ngay" includes today):
// the store's filter has an upper bound on the due time only, and an officer clearing a window must see all
// of it. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_time.h"
#include "dossier/due_clock.h"
#include "store/dossier_records.h"

namespace motcua::web::pages {

struct WorkList {
  std::string_view key;
  std::string_view label;
};

// Every list, in display order.
const std::vector<WorkList>& WorkLists();
// The list named `key`, or nullptr.
const WorkList* FindWorkList(std::string_view key);

// Open, clock running: received, in progress, approved, signed, numbered.
const std::vector<DossierState>& RunningStates();
// Running plus paused (supplement, fees).
const std::vector<DossierState>& OpenStates();

// The filter of list `key` for `username` at `now`; `clock` (the unit's calendar) places "2 working days".
// Unset members are left to the caller (text, field, sort, paging). InvalidArgument for an unknown key.
Result<DossierFilter> WorkListFilter(std::string_view key, std::string_view username, Instant now,
                                     const DueClock& clock);

// Narrows `filter` to `state` (the page's status filter): the list's own states intersected with it.
// False when the intersection is empty (the answer is then known to be empty).
bool NarrowToState(DossierFilter& filter, DossierState state);

}  // namespace motcua::web::pages
