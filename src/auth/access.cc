#include "auth/access.h"

#include <algorithm>

namespace motcua {
namespace {

struct Names {
  std::string_view name;
  std::string_view label;
};

Names RoleNames(Role role) {
  switch (role) {
    case Role::kDesk:
      return {"tiep_nhan", "Cán bộ tiếp nhận và trả kết quả"};
    case Role::kSpecialist:
      return {"chuyen_vien", "Chuyên viên chuyên môn"};
    case Role::kLeader:
      return {"lanh_dao", "Lãnh đạo (Chủ tịch, Phó Chủ tịch)"};
    case Role::kClerk:
      return {"van_thu", "Văn thư"};
    case Role::kAdmin:
      return {"quan_tri", "Quản trị hệ thống"};
  }
  return {"?", "?"};
}

Names PermissionNames(Permission p) {
  switch (p) {
    case Permission::kViewDossier:
      return {"dossier.view", "Xem hồ sơ"};
    case Permission::kViewPersonalData:
      return {"dossier.view_personal_data", "Xem thông tin cá nhân (số định danh, số điện thoại, địa chỉ)"};
    case Permission::kReceive:
      return {"dossier.receive", "Tiếp nhận hồ sơ"};
    case Permission::kAssign:
      return {"dossier.assign", "Chuyển, phân công xử lý hồ sơ"};
    case Permission::kRequestSupplement:
      return {"dossier.request_supplement", "Yêu cầu bổ sung hồ sơ"};
    case Permission::kReceiveSupplement:
      return {"dossier.receive_supplement", "Nhận hồ sơ bổ sung"};
    case Permission::kRequestFees:
      return {"dossier.request_fees", "Yêu cầu thực hiện nghĩa vụ tài chính"};
    case Permission::kConfirmFees:
      return {"dossier.confirm_fees", "Xác nhận đã nộp phí, lệ phí"};
    case Permission::kApologise:
      return {"dossier.apologise", "Lập phiếu xin lỗi và hẹn lại ngày trả kết quả"};
    case Permission::kPropose:
      return {"dossier.propose", "Trình kết quả giải quyết"};
    case Permission::kApprove:
      return {"dossier.approve", "Phê duyệt kết quả giải quyết"};
    case Permission::kSign:
      return {"dossier.sign", "Ký văn bản"};
    case Permission::kNumber:
      return {"dossier.number", "Cấp số văn bản"};
    case Permission::kRefuse:
      return {"dossier.refuse", "Từ chối giải quyết sau thẩm định"};
    case Permission::kResultReady:
      return {"dossier.result_ready", "Xác nhận đã có kết quả"};
    case Permission::kReturn:
      return {"dossier.return", "Trả kết quả"};
    case Permission::kWithdraw:
      return {"dossier.withdraw", "Rút hoặc dừng xử lý hồ sơ"};
    case Permission::kRecordEvaluation:
      return {"dossier.record_evaluation", "Ghi nhận đánh giá của người dân"};
    case Permission::kManageUsers:
      return {"users.manage", "Quản lý người dùng"};
    case Permission::kManageUnits:
      return {"units.manage", "Quản lý đơn vị"};
    case Permission::kManageCatalogue:
      return {"catalog.manage", "Quản lý danh mục thủ tục hành chính"};
    case Permission::kViewReports:
      return {"reports.view", "Xem báo cáo"};
    case Permission::kFinaliseReports:
      return {"reports.finalise", "Chốt báo cáo"};
    case Permission::kImport:
      return {"data.import", "Nhập dữ liệu"};
  }
  return {"?", "?"};
}

// Why a grant did not apply, in the order the checks run; the furthest one reached is reported.
enum class Miss { kNoRole = 0, kUnit = 1, kField = 2, kAssignee = 3 };

bool Contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::string Quoted(std::string_view label) {
  std::string out = "«";
  out.append(label).append("»");
  return out;
}

std::string RolesLog(const std::vector<Role>& roles) {
  std::string out;
  for (Role r : roles) {
    if (!out.empty()) out += ",";
    out += RoleName(r);
  }
  return out.empty() ? "none" : out;
}

Status Deny(const Principal& principal, Permission permission, const Resource& resource, Miss miss) {
  const std::string action = Quoted(PermissionLabel(permission));
  std::string log = "user " + std::to_string(principal.user_id) + " (unit " + principal.unit_code +
                    ", roles " + RolesLog(principal.roles) + ") denied " +
                    std::string(PermissionName(permission)) + " on unit " + resource.unit_code;
  if (!resource.field_code.empty()) log += " field " + resource.field_code;
  std::string user;
  switch (miss) {
    case Miss::kNoRole: {
      std::string holders;
      for (const RoleGrant& g : RoleGrants()) {
        if (g.permission != permission) continue;
        if (!holders.empty()) holders += ", ";
        holders += RoleLabel(g.role);
      }
      log += ": no role grants it (granted to: " + (holders.empty() ? std::string("nobody") : holders) + ")";
      user = "Bạn không có quyền " + action + ". Quyền này dành cho: " + holders + ".";
      break;
    }
    case Miss::kUnit:
      log += ": resource belongs to another unit";
      user = "Bạn không có quyền " + action + " vì đối tượng thuộc đơn vị khác (" + resource.unit_code +
             "), không thuộc đơn vị của bạn (" + principal.unit_code + ").";
      break;
    case Miss::kField:
      log += ": field not among the user's fields";
      user = "Bạn không có quyền " + action + " vì hồ sơ thuộc lĩnh vực " +
             (resource.field_code.empty() ? std::string("chưa xác định") : resource.field_code) +
             ", bạn chưa được phân công lĩnh vực này.";
      break;
    case Miss::kAssignee:
      log += ": user is not the assignee";
      user = "Bạn không có quyền " + action + " vì hồ sơ không được phân công cho bạn xử lý.";
      break;
  }
  return Status::PermissionDenied(std::move(log), std::move(user));
}

}  // namespace

Status Authorize(const Principal& principal, Permission permission, const Resource& resource) {
  if (principal.unit_code.empty() || resource.unit_code.empty()) {
    return Status::PermissionDenied(
        "user " + std::to_string(principal.user_id) + " or resource has no unit; access denied",
        "Tài khoản hoặc đối tượng chưa gắn với đơn vị nào nên không thể thực hiện thao tác này.");
  }
  Miss furthest = Miss::kNoRole;
  for (Role role : principal.roles) {
    const RoleGrant* grant = FindGrant(role, permission);
    if (grant == nullptr) continue;
    const bool same_unit = resource.unit_code == principal.unit_code;
    const bool parent_unit =
        grant->reaches_descendant_units && Contains(resource.ancestor_units, principal.unit_code);
    if (!same_unit && !parent_unit) {
      furthest = std::max(furthest, Miss::kUnit);
      continue;
    }
    if (grant->scope == Scope::kField || grant->scope == Scope::kAssignee) {
      if (resource.field_code.empty() || !Contains(principal.fields, resource.field_code)) {
        furthest = std::max(furthest, Miss::kField);
        continue;
      }
    }
    if (grant->scope == Scope::kAssignee) {
      if (!resource.assignee_user_id.has_value() || *resource.assignee_user_id != principal.user_id) {
        furthest = std::max(furthest, Miss::kAssignee);
        continue;
      }
    }
    return Status::Ok();
  }
  return Deny(principal, permission, resource, furthest);
}

std::string_view RoleName(Role role) { return RoleNames(role).name; }
std::string_view RoleLabel(Role role) { return RoleNames(role).label; }

Result<Role> ParseRole(std::string_view name) {
  for (Role r : kAllRoles) {
    if (RoleName(r) == name) return r;
  }
  return Status::InvalidArgument("unknown role '" + std::string(name) + "'",
                                 "Vai trò không hợp lệ: " + std::string(name) + ".");
}

std::string_view PermissionName(Permission p) { return PermissionNames(p).name; }
std::string_view PermissionLabel(Permission p) { return PermissionNames(p).label; }

Result<Permission> ParsePermission(std::string_view name) {
  for (Permission p : kAllPermissions) {
    if (PermissionName(p) == name) return p;
  }
  return Status::InvalidArgument("unknown permission '" + std::string(name) + "'",
                                 "Quyền không hợp lệ: " + std::string(name) + ".");
}

std::string_view ScopeName(Scope scope) {
  switch (scope) {
    case Scope::kUnit:
      return "unit";
    case Scope::kField:
      return "field";
    case Scope::kAssignee:
      return "assignee";
  }
  return "?";
}

}  // namespace motcua
