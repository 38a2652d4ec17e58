#include "service/allowed_actions.h"

#include <map>

namespace motcua {

bool IsOfficerAction(DossierAction action) {
  return action != DossierAction::kSubmitOnline && action != DossierAction::kResubmit &&
         action != DossierAction::kReceive;
}

std::vector<DossierAction> OfficerActionsFor(DossierService& service, const User& officer,
                                             const Dossier& dossier, const DossierSummary& summary) {
  std::vector<DossierAction> out;
  std::map<Permission, bool> granted;  // one check per permission
  for (DossierAction action : AllowedActions(summary.state)) {
    if (!IsOfficerAction(action)) continue;
    if (action == DossierAction::kApologize && dossier.apology) continue;
    if (action == DossierAction::kEvaluate && dossier.evaluation) continue;
    const Permission permission = PermissionFor(action);
    auto it = granted.find(permission);
    if (it == granted.end()) {
      it = granted.emplace(permission, service.Authorize(officer, permission, summary).ok()).first;
    }
    if (it->second) out.push_back(action);
  }
  return out;
}

}  // namespace motcua
