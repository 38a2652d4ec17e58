// The dossier page's action forms, as data: which actions the officer may take now, the fields of each
// action's form (labels, kinds, choices, required), and the journal event's JSON body (dossier/event.h)
// built from a submitted form. The template renders any form from this description
// (partials/action_form.mustache), so adding an action means adding its fields here.
// Which actions are offered is decided by the lifecycle (AllowedActions) and DossierService::Authorize,
// the same rule as the JSON API's "allowed_actions"; the service decides again when the form is sent.
// Pure functions over their arguments; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "dossier/dossier.h"
#include "dossier/lifecycle.h"
#include "service/allowed_actions.h"  // OfficerActionsFor: the actions a page offers
#include "service/dossier_service.h"
#include "store/account_records.h"
#include "web/pages/form.h"

namespace motcua::web::pages {

// Everything the forms need besides the dossier.
struct ActionFormContext {
  std::string code;
  std::string csrf;
  std::string once;
  int seq = 0;                      // the dossier's journal length when the page was drawn
  std::vector<User> unit_officers;  // enabled accounts of the dossier's unit (hand-over choices)
  std::string field_code;           // the dossier's field (assignment choices)
  std::string viewer;               // the officer's username (not offered as a receiver)
};

// One form's view: {id, name, form_name, href, multipart, danger, fields[], error, open}. `values` (a
// refused submission) refills the fields; `error` is shown above them.
nlohmann::json ActionFormView(DossierAction action, const Dossier& dossier, const ActionFormContext& context,
                              const Form* values = nullptr, std::string_view error = {});

// The event body for `action` from `form`: the kind's own keys only (dossier/event.h), with a Vietnamese
// message naming the form field for a missing required value or a malformed date. "event", "code", "at",
// "by" are the caller's. `file_id` is the stored result document (result_ready), "" when none.
Result<nlohmann::json> EventBodyFromForm(DossierAction action, const Form& form, std::string_view file_id);

}  // namespace motcua::web::pages
