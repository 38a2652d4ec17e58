// Replay: the one function that turns a dossier and a journal event into the next dossier. It checks the
// event against the lifecycle table and the dossier (time order, the apology rules, who and what), and
// recomputes the legal due time after pauses and the appointment through the injected DueClock. The same
// function serves live actions and the import of history, so replaying a dossier's events from scratch gives
// exactly its current row. Pure (no I/O, no wall clock): thread-safe when the context's clock and lookup are.
#pragma once

#include <functional>
#include <span>
#include <string_view>

#include "base/civil_time.h"
#include "base/result.h"
#include "catalog/procedure.h"
#include "dossier/dossier.h"
#include "dossier/due_clock.h"
#include "dossier/event.h"

namespace motcua {

enum class ApplyMode {
  kLive,    // an officer's or citizen's action now: every step must be recorded
  kImport,  // history from an older system: coarser (see below), old 9-digit CMND accepted
};

// The procedure version in force on `on` (a local date), or nullptr when none is.
using ProcedureLookup = std::function<const Procedure*(std::string_view code, CivilDate on)>;

struct ApplyContext {
  const DueClock* clock = nullptr;  // required
  ProcedureLookup find_procedure;   // required
  ApplyMode mode = ApplyMode::kLive;
};

// Applies `event` to `current` (a default Dossier before the first event) and returns the new dossier.
// Errors: InvalidArgument for a malformed event, a code that does not match, an event earlier than the
// previous one, an unknown procedure or case, a bad identity number, an empty assignee, a digitised
// result without a file (live mode); FailedPrecondition for an action the lifecycle does not allow from the
// current state (naming the allowed ones), a second apology, an apology at or after the legal due time, a
// second evaluation.
// In kImport mode an event that the table allows only after some of the internal steps assign -> approve ->
// sign -> number implies those steps (recorded in Dossier::implied_actions and StepRecord::implied): older
// systems recorded only "received ... result_ready".
Result<Dossier> Apply(const Dossier& current, const Event& event, const ApplyContext& context);

// Applies `events` in order to an empty dossier. Errors carry the event's 1-based position.
Result<Dossier> Replay(std::span<const Event> events, const ApplyContext& context);

}  // namespace motcua
