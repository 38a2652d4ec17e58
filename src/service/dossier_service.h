// The dossier engine: every read and change of a dossier goes through here. It checks the caller's right
// (auth/access.h: role, unit, field, assignment), replays the dossier's journal, applies the new event with
// the lifecycle rules (dossier/apply.h) and the unit's working calendar, and has the store write the event
// and the new current row in one transaction. Live intake and actions use the same Apply as the import of
// history, so a journal always replays to its current row.
// Thread-safe: one DossierService serves all HTTP threads (the catalogue is immutable, the calendars are
// cached under a lock, the store is thread-safe).
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "auth/access.h"
#include "base/result.h"
#include "catalog/catalog.h"
#include "dossier/apply.h"
#include "dossier/dossier.h"
#include "dossier/event.h"
#include "service/unit_calendars.h"
#include "store/store.h"

namespace motcua {

// The permission an action needs (auth/access.h); submit/resubmit online and evaluation by the citizen
// are public and go through their own entry points.
Permission PermissionFor(DossierAction action);

// A dossier as its journal replays to, with the summary fields the store keeps.
struct DossierView {
  Dossier dossier;
  std::string field_code;
};

// One event of an import file with the line it came from, so errors can name it.
struct ImportLine {
  int line = 0;
  Event event;
};

struct ImportResult {
  int dossiers = 0;
  int events = 0;
  std::vector<std::string> created_users;  // actors that did not exist, created disabled
};

class DossierService {
 public:
  DossierService(Store& store, std::shared_ptr<const Catalog> catalog, UnitCalendars& calendars)
      : store_(store), catalog_(std::move(catalog)), calendars_(calendars) {}

  // Receives a complete dossier at the desk (status 2): the code is given out, the clock starts at `now`.
  // The intake's unit defaults to, and must be, the officer's unit.
  Result<Dossier> Receive(const User& officer, Intake intake, Instant now);

  // Applies `event` (its kind and the kind's fields; code, at and by are set here) to the dossier `code`.
  // PermissionDenied when the officer may not; FailedPrecondition (HTTP 409) for a transition the lifecycle
  // does not allow, naming the allowed ones.
  Result<Dossier> Act(const User& officer, std::string_view code, Event event, Instant now);

  // The dossier as its journal replays to. Needs dossier.view on it.
  Result<DossierView> Get(const User& officer, std::string_view code);
  Result<std::vector<StoredEvent>> History(const User& officer, std::string_view code);
  // Lists the dossiers of the officer's unit the officer may see: a specialist only the fields they hold.
  // filter.unit_codes is replaced by the officer's unit.
  Result<DossierPage> List(const User& officer, DossierFilter filter);

  // What anyone may see: the current row (the caller shows only non-personal fields).
  Result<DossierSummary> PublicLookup(std::string_view code);

  // Checks the officer may act on the dossier; exposed for the attachment endpoints.
  Status Authorize(const User& officer, Permission permission, const DossierSummary& dossier);

  // Replays a whole history (docs/import.md) in ApplyMode::kImport and writes it in one transaction: all or
  // nothing. Errors name the 1-based line of the event. Actors that do not exist are created disabled in
  // the unit of their first dossier. With `dry_run` everything is checked and nothing is written.
  Result<ImportResult> Import(std::span<const ImportLine> lines, bool dry_run);

  const Catalog& catalog() const { return *catalog_; }

 private:
  Result<ApplyContext> ContextFor(const std::string& unit_code, ApplyMode mode,
                                  std::shared_ptr<const CalendarDueClock>& clock_holder);
  Result<DossierWrite> ApplyNew(const Dossier& current, const Event& event, const ApplyContext& context);

  Store& store_;
  std::shared_ptr<const Catalog> catalog_;
  UnitCalendars& calendars_;
};

}  // namespace motcua
