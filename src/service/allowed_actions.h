// The actions an officer may take on a dossier now, as the JSON API answers them and the dossier page offers
// them: allowed by the lifecycle from its state, authorised for the officer (DossierService::Authorize), not
// one the citizen or intake takes (online submission, resubmission, receipt), and not a second apology or
// evaluation (Apply would refuse them). Thread-safe as DossierService is.
#pragma once

#include <vector>

#include "service/dossier_service.h"

namespace motcua {

// False for the actions opened by the citizen or by intake, which an officer's action endpoint does not take.
bool IsOfficerAction(DossierAction action);

std::vector<DossierAction> OfficerActionsFor(DossierService& service, const User& officer,
                                             const Dossier& dossier, const DossierSummary& summary);

}  // namespace motcua
