// The dossier page's view model: details (procedure, case, applicant with personal data shown or masked by
// the viewer's right, contact, fees, appointment), components with their files (download links to the
// file endpoint GET /api/v1/dossiers/{code}/files/{sha256}), the working-time bar (used and left, paused
// clock, overdue), the hand-over rows of Mẫu 05 and the journal as a timeline. Pure function of its inputs;
// thread-safe.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "dossier/dossier.h"
#include "dossier/due_clock.h"
#include "store/dossier_records.h"

namespace motcua::web::pages {

struct DossierViewInput {
  const Dossier* dossier = nullptr;
  std::string field_code;
  const Catalog* catalog = nullptr;
  const DueClock* clock = nullptr;  // the dossier unit's calendar
  bool show_personal_data = false;  // MayViewPersonalData of the viewer
  std::vector<StoredEvent> history;
  std::map<std::string, std::string> names;  // username -> display name
  std::map<std::string, FileRecord> files;   // sha256 -> record, for display names
  Instant now;
};

// Working time of a received dossier: the allowance, what is used and what is left at `now` (frozen at the
// start of an open pause, or at the resolution / closure).
struct WorkingTimeUse {
  int64_t total = 0;
  int64_t used = 0;
  int64_t left = 0;  // 0 once overdue
  int64_t over = 0;  // working seconds past the legal due time
  bool paused = false;
  bool stopped = false;  // resolved or closed: the clock no longer runs
};
std::optional<WorkingTimeUse> WorkingTime(const Dossier& dossier, const DueClock& clock, Instant now);

nlohmann::json DossierPageView(const DossierViewInput& input);

}  // namespace motcua::web::pages
