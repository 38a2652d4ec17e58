// Appends the list of allowed actions to the two messages of a refused transition (English ids to the log
// message, Vietnamese names to the user message), shared by the dossier lifecycle and the PAKN workflow so
// both refuse in the same words. Header-only; pure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace motcua::dossier_internal {

template <typename Action, typename IdFn, typename NameViFn>
void AppendAllowedActions(const std::vector<Action>& allowed, IdFn id, NameViFn name_vi,
                          std::string_view none_vi, std::string& log, std::string& user) {
  if (allowed.empty()) {
    log.append("none");
    user.append(none_vi);
    return;
  }
  user.append("Các thao tác được phép: ");
  for (size_t i = 0; i < allowed.size(); ++i) {
    if (i > 0) {
      log.append(", ");
      user.append(", ");
    }
    log.append(id(allowed[i]));
    user.append(name_vi(allowed[i]));
  }
  user.append(".");
}

}  // namespace motcua::dossier_internal
