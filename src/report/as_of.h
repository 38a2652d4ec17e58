// A dossier as its journal stood at an instant: the journal's events before that instant replayed by the
// dossier engine (dossier/apply.h), so that a report on a past period reads the record exactly as it was at
// the period's end, whatever happened since (a resolution, a withdrawal or an evaluation after the end is not
// seen). Pure; thread-safe when the context's clock and procedure lookup are.
#pragma once

#include <optional>
#include <span>

#include "base/civil_time.h"
#include "base/result.h"
#include "dossier/apply.h"
#include "dossier/dossier.h"
#include "dossier/event.h"

namespace motcua {

// Replays the events of `events` (one dossier's journal, in journal order) whose time is before `as_of`;
// nullopt when none is. Errors are Replay's (a journal that does not replay is corrupt), naming the code.
// Use ApplyMode::kImport in `context`: a stored journal may be imported history (see DossierService::Get).
Result<std::optional<Dossier>> ReplayAsOf(std::span<const Event> events, Instant as_of,
                                          const ApplyContext& context);

}  // namespace motcua
