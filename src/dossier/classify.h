// Classification helpers that reports use, expressed on the Dossier so every report asks the same
// question the same way (one definition each). Timeliness (early / on time / late) is the calendar's job
// and is not repeated here. Pure functions; thread-safe.
#pragma once

#include <optional>

#include "base/civil_time.h"
#include "dossier/dossier.h"

namespace motcua {

// Accepted by the desk (Mẫu 01): counts as "received" in Biểu 06.
bool IsReceived(const Dossier& dossier);
// A result was issued or the dossier was refused after appraisal.
bool IsResolved(const Dossier& dossier);
// Result or refusal after appraisal; nullopt while unresolved (also for withdrawn/stopped/refused at desk).
std::optional<ResolutionKind> ResolutionKindOf(const Dossier& dossier);
// When it was resolved (the result or refusal was ready); nullopt while unresolved.
std::optional<Instant> ResolutionInstant(const Dossier& dossier);
// A Mẫu 04 apology was issued (the dossier is late "with apology" in statistics).
bool HadApology(const Dossier& dossier);
// At least one component and every component digitised (the "hồ sơ số hóa" numerator).
bool AllComponentsDigitized(const Dossier& dossier);
// The issued result (not a refusal) exists as a digitised document (the "kết quả số hóa" numerator).
bool ResultDigitized(const Dossier& dossier);
// Elapsed (wall-clock) seconds of the closed supplement and fee pauses.
int64_t PausedSeconds(const Dossier& dossier);

}  // namespace motcua
