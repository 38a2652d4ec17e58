#include "web/pages/demo_accounts.h"

#include "auth/password.h"
#include "service/demo_data.h"

namespace motcua::web::pages {

bool DemoAccountFinder::HasDemoPassword(const std::string& password_hash) {
  {
    std::lock_guard lock(mutex_);
    if (checked_hash_ == password_hash) return checked_result_;
  }
  // Verify reads the cost parameters from the hash itself; the hasher's own limits do not matter here.
  static const Result<PasswordHasher> hasher = PasswordHasher::Create(Argon2Limits::FastForTests(), 1);
  const bool result = hasher.ok() && hasher->Verify(password_hash, kDemoPassword).ok();
  std::lock_guard lock(mutex_);
  checked_hash_ = password_hash;
  checked_result_ = result;
  return result;
}

std::vector<ShownDemoAccount> DemoAccountFinder::Find() {
  if (!store_.GetUnit(kDemoCommune).ok()) return {};
  std::vector<ShownDemoAccount> out;
  bool password_checked = false;
  for (const DemoAccount& account : ::motcua::DemoAccounts()) {
    auto user = store_.GetUser(account.username);
    if (!user.ok() || user->disabled || user->unit_code != kDemoCommune || user->password_hash.empty()) {
      continue;
    }
    if (!password_checked) {
      if (!HasDemoPassword(user->password_hash)) return {};
      password_checked = true;
    }
    std::string roles;
    for (Role role : user->roles) {
      if (!roles.empty()) roles.append(", ");
      roles.append(RoleLabel(role));
    }
    out.push_back(ShownDemoAccount{user->username, user->display_name, std::move(roles)});
  }
  return out;
}

}  // namespace motcua::web::pages
