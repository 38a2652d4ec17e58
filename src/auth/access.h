// Roles and access decisions. A user (Principal) belongs to one unit, holds one or more roles, and, as a
// specialist, is bound to one or more fields (lĩnh vực: "HT", "DD", ...). Authorize() decides whether the
// principal may perform a Permission on a Resource (a dossier, a report, a user list...) from the role x
// permission table (access_table.cc, RoleGrants()) and three scope rules:
//   unit     - the resource belongs to the principal's unit; a few read/admin grants also reach the units
//              below it (a province over its communes), never dossier actions or personal data;
//   field    - additionally, the resource's field is one of the principal's fields;
//   assignee - additionally, the principal is the officer the dossier is assigned to.
// A principal with several roles gets the union of their grants. Nobody acts on another unit's dossiers;
// a specialist never acts outside their fields. The full rules and table are in docs/security.md.
// Pure functions over immutable data; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "base/status.h"

namespace motcua {

enum class Role {
  kDesk,        // "tiep_nhan": tiếp nhận và trả kết quả (desk officer)
  kSpecialist,  // "chuyen_vien": chuyên viên by field
  kLeader,      // "lanh_dao": Chủ tịch / Phó Chủ tịch; signs, sees every field of the unit
  kClerk,       // "van_thu": numbers and issues documents
  kAdmin,       // "quan_tri": users, units, catalogue; no dossier actions unless also granted another role
};
inline constexpr Role kAllRoles[] = {Role::kDesk, Role::kSpecialist, Role::kLeader, Role::kClerk,
                                     Role::kAdmin};

enum class Permission {
  kViewDossier,
  kViewPersonalData,   // ID numbers, phone numbers, addresses of applicants
  kReceive,            // tiếp nhận (Mẫu 01/02/03 at intake)
  kAssign,             // chuyển / phân công (Mẫu 05 hand-over)
  kRequestSupplement,  // yêu cầu bổ sung (Mẫu 02)
  kReceiveSupplement,  // nhận hồ sơ bổ sung
  kRequestFees,        // yêu cầu thực hiện nghĩa vụ tài chính
  kConfirmFees,        // xác nhận đã nộp phí, lệ phí
  kApologise,          // Mẫu 04 xin lỗi và hẹn lại
  kPropose,            // trình kết quả (đề xuất giải quyết hoặc từ chối) after appraisal
  kApprove,            // phê duyệt kết quả được trình
  kSign,               // ký
  kNumber,             // cấp số văn bản
  kRefuse,             // từ chối giải quyết sau thẩm định
  kResultReady,        // có kết quả, chuyển Bộ phận trả kết quả
  kReturn,             // trả kết quả
  kWithdraw,           // rút / dừng xử lý hồ sơ
  kRecordEvaluation,   // ghi nhận đánh giá của người dân
  kManageUsers,
  kManageUnits,
  kManageCatalogue,
  kViewReports,
  kFinaliseReports,
  kImport,
};
inline constexpr Permission kAllPermissions[] = {
    Permission::kViewDossier,
    Permission::kViewPersonalData,
    Permission::kReceive,
    Permission::kAssign,
    Permission::kRequestSupplement,
    Permission::kReceiveSupplement,
    Permission::kRequestFees,
    Permission::kConfirmFees,
    Permission::kApologise,
    Permission::kPropose,
    Permission::kApprove,
    Permission::kSign,
    Permission::kNumber,
    Permission::kRefuse,
    Permission::kResultReady,
    Permission::kReturn,
    Permission::kWithdraw,
    Permission::kRecordEvaluation,
    Permission::kManageUsers,
    Permission::kManageUnits,
    Permission::kManageCatalogue,
    Permission::kViewReports,
    Permission::kFinaliseReports,
    Permission::kImport,
};

// How far a grant reaches inside the principal's unit.
enum class Scope {
  kUnit,      // any resource of the unit
  kField,     // resources of one of the principal's fields
  kAssignee,  // dossiers of one of the principal's fields assigned to the principal
};

// One row of the role x permission table.
struct RoleGrant {
  Role role;
  Permission permission;
  Scope scope;
  // Also valid on units below the principal's unit (Resource::ancestor_units). Only for reports and
  // administration; never for dossier actions or personal data.
  bool reaches_descendant_units = false;
};

// The whole table, one row per (role, permission) granted; absent pairs are denied.
std::span<const RoleGrant> RoleGrants();
// The row for (role, permission), or null when the role does not have the permission.
const RoleGrant* FindGrant(Role role, Permission permission);

struct Principal {
  int64_t user_id = 0;
  std::string unit_code;  // e.g. "000.00.20.H31" or the store's unit key
  std::vector<Role> roles;
  std::vector<std::string> fields;  // field codes, e.g. {"HT", "CT"}; used by specialist grants
};

struct Resource {
  std::string unit_code;                    // the unit that owns the dossier/report/user/catalogue
  std::vector<std::string> ancestor_units;  // parent chain of unit_code, nearest first (commune -> province)
  std::string field_code;                   // the procedure's field; empty for non-dossier resources
  std::optional<int64_t> assignee_user_id;  // the officer currently holding the dossier
};

// OK when allowed. Otherwise PermissionDenied with a Vietnamese message naming what is missing (the role,
// the unit, the field or the assignment) and an English log message with the user, permission and reason.
Status Authorize(const Principal& principal, Permission permission, const Resource& resource);

// Names: stable machine names for storage and APIs, Vietnamese labels for screens.
std::string_view RoleName(Role role);   // "tiep_nhan", "chuyen_vien", "lanh_dao", "van_thu", "quan_tri"
std::string_view RoleLabel(Role role);  // "Cán bộ tiếp nhận và trả kết quả", ...
Result<Role> ParseRole(std::string_view name);
std::string_view PermissionName(Permission p);   // "dossier.view", "dossier.sign", "users.manage", ...
std::string_view PermissionLabel(Permission p);  // "Xem hồ sơ", "Ký văn bản", ...
Result<Permission> ParsePermission(std::string_view name);
std::string_view ScopeName(Scope scope);  // "unit", "field", "assignee"

}  // namespace motcua
