// The role x permission table. Each row grants one permission to one role within a scope; every pair not
// listed is denied. docs/security.md renders this table and explains each choice; access_test.cc checks
// every cell of it.
#include <algorithm>
#include <iterator>

#include "auth/access.h"

namespace motcua {
namespace {

using P = Permission;
using R = Role;
using S = Scope;
constexpr bool kDescendants = true;

constexpr RoleGrant kGrants[] = {
    // Desk officer (tiếp nhận và trả kết quả): intake, supplements, fees, return, for every field of the
    // unit.
    {R::kDesk, P::kViewDossier, S::kUnit},
    {R::kDesk, P::kViewPersonalData, S::kUnit},
    {R::kDesk, P::kReceive, S::kUnit},
    {R::kDesk, P::kAssign, S::kUnit},
    {R::kDesk, P::kRequestSupplement, S::kUnit},
    {R::kDesk, P::kReceiveSupplement, S::kUnit},
    {R::kDesk, P::kRequestFees, S::kUnit},
    {R::kDesk, P::kConfirmFees, S::kUnit},
    {R::kDesk, P::kReturn, S::kUnit},
    {R::kDesk, P::kWithdraw, S::kUnit},
    {R::kDesk, P::kRecordEvaluation, S::kUnit},
    {R::kDesk, P::kViewReports, S::kUnit, kDescendants},

    // Specialist: sees the dossiers of their fields; acts only on the dossiers assigned to them.
    {R::kSpecialist, P::kViewDossier, S::kField},
    {R::kSpecialist, P::kViewPersonalData, S::kAssignee},
    {R::kSpecialist, P::kAssign, S::kAssignee},
    {R::kSpecialist, P::kRequestSupplement, S::kAssignee},
    {R::kSpecialist, P::kRequestFees, S::kAssignee},
    {R::kSpecialist, P::kPropose, S::kAssignee},
    {R::kSpecialist, P::kResultReady, S::kAssignee},
    {R::kSpecialist, P::kViewReports, S::kField, kDescendants},

    // Leader (Chủ tịch / Phó Chủ tịch): every field of the unit; decides, signs, apologises.
    {R::kLeader, P::kViewDossier, S::kUnit},
    {R::kLeader, P::kViewPersonalData, S::kUnit},
    {R::kLeader, P::kAssign, S::kUnit},
    {R::kLeader, P::kApologise, S::kUnit},
    {R::kLeader, P::kApprove, S::kUnit},
    {R::kLeader, P::kSign, S::kUnit},
    {R::kLeader, P::kRefuse, S::kUnit},
    {R::kLeader, P::kWithdraw, S::kUnit},
    {R::kLeader, P::kViewReports, S::kUnit, kDescendants},
    {R::kLeader, P::kFinaliseReports, S::kUnit},

    // Văn thư (clerk): numbers signed documents and passes the result on; no personal data.
    {R::kClerk, P::kViewDossier, S::kUnit},
    {R::kClerk, P::kNumber, S::kUnit},
    {R::kClerk, P::kResultReady, S::kUnit},

    // Administrator: accounts, units, catalogue, imports; may look at dossiers to support users, but takes no
    // dossier action unless the account also holds an officer role.
    {R::kAdmin, P::kViewDossier, S::kUnit},
    {R::kAdmin, P::kViewPersonalData, S::kUnit},
    {R::kAdmin, P::kManageUsers, S::kUnit, kDescendants},
    {R::kAdmin, P::kManageUnits, S::kUnit, kDescendants},
    {R::kAdmin, P::kManageCatalogue, S::kUnit, kDescendants},
    {R::kAdmin, P::kViewReports, S::kUnit, kDescendants},
    {R::kAdmin, P::kImport, S::kUnit, kDescendants},
};

}  // namespace

std::span<const RoleGrant> RoleGrants() { return kGrants; }

const RoleGrant* FindGrant(Role role, Permission permission) {
  const auto it = std::find_if(std::begin(kGrants), std::end(kGrants), [&](const RoleGrant& g) {
    return g.role == role && g.permission == permission;
  });
  return it == std::end(kGrants) ? nullptr : &*it;
}

}  // namespace motcua
