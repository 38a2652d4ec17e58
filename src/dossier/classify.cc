#include "dossier/classify.h"

namespace motcua {

bool IsReceived(const Dossier& dossier) { return dossier.received_at.has_value(); }

bool IsResolved(const Dossier& dossier) { return dossier.resolution.has_value(); }

std::optional<ResolutionKind> ResolutionKindOf(const Dossier& dossier) {
  if (!dossier.resolution) return std::nullopt;
  return dossier.resolution->kind;
}

std::optional<Instant> ResolutionInstant(const Dossier& dossier) {
  if (!dossier.resolution) return std::nullopt;
  return dossier.resolution->at;
}

bool HadApology(const Dossier& dossier) { return dossier.apology.has_value(); }

bool AllComponentsDigitized(const Dossier& dossier) {
  if (dossier.components.empty()) return false;
  for (const SubmittedComponent& c : dossier.components) {
    if (!c.digitized) return false;
  }
  return true;
}

bool ResultDigitized(const Dossier& dossier) {
  return dossier.resolution && dossier.resolution->kind == ResolutionKind::kResult &&
         dossier.resolution->digitized;
}

int64_t PausedSeconds(const Dossier& dossier) {
  int64_t total = 0;
  for (const Pause& p : dossier.pauses) {
    if (p.end) total += p.end->unix_seconds - p.start.unix_seconds;
  }
  return total;
}

}  // namespace motcua
