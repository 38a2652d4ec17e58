#include "auth/access.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace motcua {
namespace {

using P = Permission;
using R = Role;

constexpr int64_t kMe = 101;
constexpr int64_t kColleague = 102;

Principal Officer(std::vector<Role> roles, std::vector<std::string> fields = {"HT"},
                  std::string unit = "000.00.20.H31") {
  return Principal{kMe, std::move(unit), std::move(roles), std::move(fields)};
}

Resource Dossier(std::string field = "HT", std::optional<int64_t> assignee = kMe,
                 std::string unit = "000.00.20.H31") {
  return Resource{std::move(unit), {"000.00.00.H31"}, std::move(field), assignee};
}

// The table as the specification states it, written out independently of access_table.cc:
// role -> permission -> scope ("unit", "field", "assignee"), '+' when it reaches descendant units.
const std::map<Role, std::map<Permission, std::string>>& ExpectedTable() {
  static const auto* table = new std::map<Role, std::map<Permission, std::string>>{
      {R::kDesk,
       {{P::kViewDossier, "unit"},
        {P::kViewPersonalData, "unit"},
        {P::kReceive, "unit"},
        {P::kAssign, "unit"},
        {P::kRequestSupplement, "unit"},
        {P::kReceiveSupplement, "unit"},
        {P::kRequestFees, "unit"},
        {P::kConfirmFees, "unit"},
        {P::kReturn, "unit"},
        {P::kWithdraw, "unit"},
        {P::kRecordEvaluation, "unit"},
        {P::kViewReports, "unit+"}}},
      {R::kSpecialist,
       {{P::kViewDossier, "field"},
        {P::kViewPersonalData, "assignee"},
        {P::kAssign, "assignee"},
        {P::kRequestSupplement, "assignee"},
        {P::kRequestFees, "assignee"},
        {P::kPropose, "assignee"},
        {P::kResultReady, "assignee"},
        {P::kViewReports, "field+"}}},
      {R::kLeader,
       {{P::kViewDossier, "unit"},
        {P::kViewPersonalData, "unit"},
        {P::kAssign, "unit"},
        {P::kApologise, "unit"},
        {P::kApprove, "unit"},
        {P::kSign, "unit"},
        {P::kRefuse, "unit"},
        {P::kWithdraw, "unit"},
        {P::kViewReports, "unit+"},
        {P::kFinaliseReports, "unit"}}},
      {R::kClerk, {{P::kViewDossier, "unit"}, {P::kNumber, "unit"}, {P::kResultReady, "unit"}}},
      {R::kAdmin,
       {{P::kViewDossier, "unit"},
        {P::kViewPersonalData, "unit"},
        {P::kManageUsers, "unit+"},
        {P::kManageUnits, "unit+"},
        {P::kManageCatalogue, "unit+"},
        {P::kViewReports, "unit+"},
        {P::kImport, "unit+"}}},
  };
  return *table;
}

std::string Describe(const RoleGrant* g) {
  if (g == nullptr) return "";
  return std::string(ScopeName(g->scope)) + (g->reaches_descendant_units ? "+" : "");
}

TEST(RoleTableTest, EveryCellMatchesTheSpecification) {
  for (Role role : kAllRoles) {
    for (Permission p : kAllPermissions) {
      const auto& row = ExpectedTable().at(role);
      const auto it = row.find(p);
      EXPECT_EQ(Describe(FindGrant(role, p)), it == row.end() ? "" : it->second)
          << RoleName(role) << " x " << PermissionName(p);
    }
  }
  size_t expected_rows = 0;
  for (const auto& [role, row] : ExpectedTable()) expected_rows += row.size();
  EXPECT_EQ(RoleGrants().size(), expected_rows);  // no duplicate or stray rows
}

// Behaviour of Authorize() for every (role, permission) cell, on the resource shapes that distinguish the
// scopes. This is the loop the later endpoint tests reuse: each cell says who may do what where.
TEST(RoleTableTest, AuthorizeFollowsEveryCell) {
  const Resource own = Dossier("HT", kMe);
  const Resource other_field = Dossier("DD", kMe);
  const Resource colleagues = Dossier("HT", kColleague);
  const Resource unassigned = Dossier("HT", std::nullopt);
  const Resource other_unit = Dossier("HT", kMe, "000.00.21.H31");
  // A commune below the principal's unit (the principal is the province).
  const Resource child{"000.00.20.H31", {"000.00.00.H31"}, "HT", kMe};
  for (Role role : kAllRoles) {
    for (Permission p : kAllPermissions) {
      const RoleGrant* g = FindGrant(role, p);
      const Principal me = Officer({role});
      const std::string cell = std::string(RoleName(role)) + " x " + std::string(PermissionName(p));
      const bool granted = g != nullptr;
      EXPECT_EQ(Authorize(me, p, own).ok(), granted) << cell;
      EXPECT_EQ(Authorize(me, p, other_field).ok(), granted && g->scope == Scope::kUnit) << cell;
      EXPECT_EQ(Authorize(me, p, colleagues).ok(), granted && g->scope != Scope::kAssignee) << cell;
      EXPECT_EQ(Authorize(me, p, unassigned).ok(), granted && g->scope != Scope::kAssignee) << cell;
      EXPECT_FALSE(Authorize(me, p, other_unit).ok()) << cell;
      const Principal province = Officer({role}, {"HT"}, "000.00.00.H31");
      EXPECT_EQ(Authorize(province, p, child).ok(), granted && g->reaches_descendant_units) << cell;
      // Denials are PermissionDenied with both messages.
      const Status denied = Authorize(me, p, other_unit);
      EXPECT_EQ(denied.code(), StatusCode::kPermissionDenied) << cell;
      EXPECT_FALSE(denied.user_message().empty());
      EXPECT_NE(denied.message().find(PermissionName(p)), std::string::npos) << denied.message();
    }
  }
}

TEST(RoleTableTest, Invariants) {
  std::set<Permission> granted_somewhere;
  for (const RoleGrant& g : RoleGrants()) {
    granted_somewhere.insert(g.permission);
    const std::string_view name = PermissionName(g.permission);
    // Dossier actions and personal data never cross into another unit, even a child unit.
    if (name.starts_with("dossier.")) {
      EXPECT_FALSE(g.reaches_descendant_units) << name;
    }
    // Administrators only look at dossiers; they act on them only through another role.
    if (g.role == R::kAdmin && name.starts_with("dossier.")) {
      EXPECT_TRUE(g.permission == P::kViewDossier || g.permission == P::kViewPersonalData) << name;
    }
  }
  for (Permission p : kAllPermissions) EXPECT_TRUE(granted_somewhere.count(p)) << PermissionName(p);
  for (Role r : kAllRoles) {
    bool any = false;
    for (Permission p : kAllPermissions) any = any || FindGrant(r, p) != nullptr;
    EXPECT_TRUE(any) << RoleName(r);
  }
  // Signing, approving and apologising belong to leaders alone; numbering to the clerk alone.
  for (Role r : kAllRoles) {
    EXPECT_EQ(FindGrant(r, P::kSign) != nullptr, r == R::kLeader);
    EXPECT_EQ(FindGrant(r, P::kApprove) != nullptr, r == R::kLeader);
    EXPECT_EQ(FindGrant(r, P::kApologise) != nullptr, r == R::kLeader);
    EXPECT_EQ(FindGrant(r, P::kNumber) != nullptr, r == R::kClerk);
  }
}

TEST(AccessTest, FieldIsolation) {
  const Principal ht = Officer({R::kSpecialist}, {"HT"});
  const Status s = Authorize(ht, P::kViewDossier, Dossier("DD"));
  EXPECT_EQ(s.code(), StatusCode::kPermissionDenied);
  EXPECT_EQ(
      s.user_message(),
      "Bạn không có quyền «Xem hồ sơ» vì hồ sơ thuộc lĩnh vực DD, bạn chưa được phân công lĩnh vực này.");
  // Even when (wrongly) assigned a dossier of another field, the specialist cannot act on it.
  EXPECT_FALSE(Authorize(ht, P::kPropose, Dossier("DD", kMe)).ok());
  // Bound to several fields: both.
  const Principal two = Officer({R::kSpecialist}, {"HT", "CT"});
  EXPECT_TRUE(Authorize(two, P::kViewDossier, Dossier("HT")).ok());
  EXPECT_TRUE(Authorize(two, P::kViewDossier, Dossier("CT")).ok());
  EXPECT_FALSE(Authorize(two, P::kViewDossier, Dossier("DD")).ok());
  // A dossier without a field is outside every specialist's fields.
  EXPECT_FALSE(Authorize(two, P::kViewDossier, Dossier("")).ok());
}

TEST(AccessTest, UnitIsolation) {
  const Principal leader = Officer({R::kLeader}, {}, "000.00.20.H31");
  const Resource elsewhere = Dossier("HT", kMe, "000.00.21.H31");
  const Status s = Authorize(leader, P::kSign, elsewhere);
  EXPECT_EQ(
      s.user_message(),
      "Bạn không có quyền «Ký văn bản» vì đối tượng thuộc đơn vị khác (000.00.21.H31), không thuộc đơn vị "
      "của bạn (000.00.20.H31).");
  EXPECT_NE(s.message().find("another unit"), std::string::npos);
  // The province (parent) sees its communes' reports but not their dossiers.
  const Principal province = Officer({R::kLeader}, {}, "000.00.00.H31");
  const Resource commune_report{"000.00.20.H31", {"000.00.00.H31"}, "", std::nullopt};
  EXPECT_TRUE(Authorize(province, P::kViewReports, commune_report).ok());
  EXPECT_FALSE(Authorize(province, P::kFinaliseReports, commune_report).ok());
  EXPECT_FALSE(Authorize(province, P::kViewDossier, Dossier("HT", kMe, "000.00.20.H31")).ok());
  // A commune does not see upwards or sideways.
  const Resource province_report{"000.00.00.H31", {}, "", std::nullopt};
  EXPECT_FALSE(Authorize(leader, P::kViewReports, province_report).ok());
  // No unit on either side: denied.
  EXPECT_FALSE(Authorize(Officer({R::kLeader}, {}, ""), P::kViewDossier, Dossier()).ok());
  EXPECT_FALSE(Authorize(leader, P::kViewDossier, Dossier("HT", kMe, "")).ok());
}

TEST(AccessTest, MissingRoleNamesWhoHasIt) {
  const Status s = Authorize(Officer({R::kDesk}), P::kSign, Dossier());
  EXPECT_EQ(s.code(), StatusCode::kPermissionDenied);
  EXPECT_EQ(s.user_message(),
            "Bạn không có quyền «Ký văn bản». Quyền này dành cho: Lãnh đạo (Chủ tịch, Phó Chủ tịch).");
  EXPECT_NE(s.message().find("dossier.sign"), std::string::npos);
  EXPECT_NE(s.message().find("tiep_nhan"), std::string::npos);
  const Status nobody = Authorize(Officer({}), P::kViewDossier, Dossier());
  EXPECT_EQ(nobody.code(), StatusCode::kPermissionDenied);
}

TEST(AccessTest, AssigneeMessage) {
  const Status s = Authorize(Officer({R::kSpecialist}), P::kPropose, Dossier("HT", kColleague));
  EXPECT_EQ(s.user_message(),
            "Bạn không có quyền «Trình kết quả giải quyết» vì hồ sơ không được phân công cho bạn xử lý.");
}

TEST(AccessTest, RolesCombine) {
  // A commune officer who is both desk and Hộ tịch specialist: intake for every field, processing for HT.
  const Principal both = Officer({R::kDesk, R::kSpecialist}, {"HT"});
  EXPECT_TRUE(Authorize(both, P::kReceive, Dossier("DD", std::nullopt)).ok());
  EXPECT_TRUE(Authorize(both, P::kPropose, Dossier("HT", kMe)).ok());
  EXPECT_FALSE(Authorize(both, P::kPropose, Dossier("DD", kMe)).ok());
  // An administrator takes dossier actions only with an officer role.
  EXPECT_FALSE(Authorize(Officer({R::kAdmin}), P::kReceive, Dossier()).ok());
  EXPECT_TRUE(Authorize(Officer({R::kAdmin, R::kDesk}), P::kReceive, Dossier()).ok());
}

TEST(AccessTest, PersonalDataVisibility) {
  const Resource mine = Dossier("HT", kMe);
  const Resource theirs = Dossier("HT", kColleague);
  EXPECT_TRUE(Authorize(Officer({R::kDesk}), P::kViewPersonalData, theirs).ok());
  EXPECT_TRUE(Authorize(Officer({R::kSpecialist}), P::kViewPersonalData, mine).ok());
  EXPECT_FALSE(
      Authorize(Officer({R::kSpecialist}), P::kViewPersonalData, theirs).ok());  // same field, not assigned
  EXPECT_TRUE(Authorize(Officer({R::kSpecialist}), P::kViewDossier, theirs).ok());  // ...but sees the dossier
  EXPECT_TRUE(Authorize(Officer({R::kLeader}), P::kViewPersonalData, theirs).ok());
  EXPECT_TRUE(Authorize(Officer({R::kAdmin}), P::kViewPersonalData, theirs).ok());
  EXPECT_FALSE(Authorize(Officer({R::kClerk}), P::kViewPersonalData, mine).ok());
  // Never across units, not even for the province above.
  EXPECT_FALSE(Authorize(Officer({R::kLeader}, {}, "000.00.21.H31"), P::kViewPersonalData, theirs).ok());
  EXPECT_FALSE(Authorize(Officer({R::kAdmin}, {}, "000.00.00.H31"), P::kViewPersonalData, theirs).ok());
}

TEST(AccessTest, NamesRoundTrip) {
  std::set<std::string_view> names;
  std::set<std::string_view> labels;
  for (Role r : kAllRoles) {
    EXPECT_EQ(ParseRole(RoleName(r)).value(), r);
    EXPECT_TRUE(names.insert(RoleName(r)).second);
    EXPECT_TRUE(labels.insert(RoleLabel(r)).second);
  }
  for (Permission p : kAllPermissions) {
    EXPECT_EQ(ParsePermission(PermissionName(p)).value(), p);
    EXPECT_TRUE(names.insert(PermissionName(p)).second);
    EXPECT_TRUE(labels.insert(PermissionLabel(p)).second);
  }
  EXPECT_EQ(ParseRole("LANH_DAO").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(ParsePermission("dossier.fly").status().code(), StatusCode::kInvalidArgument);
  // The catalogue's process roles use the same machine names (src/catalog/procedure.h ProcessRole).
  EXPECT_EQ(RoleName(R::kDesk), "tiep_nhan");
  EXPECT_EQ(RoleName(R::kSpecialist), "chuyen_vien");
  EXPECT_EQ(RoleName(R::kLeader), "lanh_dao");
  EXPECT_EQ(RoleName(R::kClerk), "van_thu");
}

// docs/security.md carries the table between markers; it must say exactly what the code does.
std::string RenderMarkdownTable() {
  std::ostringstream out;
  out << "| permission |";
  for (Role r : kAllRoles) out << " " << RoleName(r) << " |";
  out << "\n|---|";
  for (size_t i = 0; i < std::size(kAllRoles); ++i) out << "---|";
  out << "\n";
  for (Permission p : kAllPermissions) {
    out << "| `" << PermissionName(p) << "` " << PermissionLabel(p) << " |";
    for (Role r : kAllRoles) {
      const RoleGrant* g = FindGrant(r, p);
      out << " " << (g == nullptr ? "-" : Describe(g)) << " |";
    }
    out << "\n";
  }
  return out.str();
}

TEST(RoleTableTest, DocumentationMatches) {
  std::ifstream in(std::string(MOTCUA_SOURCE_DIR) + "/docs/security.md");
  ASSERT_TRUE(in.good()) << "docs/security.md not found";
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string doc = buffer.str();
  const std::string begin = "<!-- role-table:begin -->\n";
  const std::string end = "<!-- role-table:end -->";
  const size_t b = doc.find(begin);
  const size_t e = doc.find(end);
  ASSERT_NE(b, std::string::npos);
  ASSERT_NE(e, std::string::npos);
  EXPECT_EQ(doc.substr(b + begin.size(), e - b - begin.size()), RenderMarkdownTable())
      << "Replace the table in docs/security.md with:\n"
      << RenderMarkdownTable();
}

}  // namespace
}  // namespace motcua
