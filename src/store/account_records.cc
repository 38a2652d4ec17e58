#include "store/account_records.h"

namespace motcua {

Principal PrincipalOf(const User& user) {
  Principal principal;
  principal.user_id = user.id;
  principal.unit_code = user.unit_code;
  principal.roles = user.roles;
  principal.fields = user.fields;
  return principal;
}

}  // namespace motcua
