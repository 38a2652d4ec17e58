// The JSON form of dossiers in the API: the list item (DossierSummary), the full dossier (Dossier), the
// public lookup and the journal. Times are ISO 8601 at +07:00 (FormatIsoInstant), null when unset.
// Personal data (the applicant's ID number and address, the contact's phone and e-mail) is written in full
// only when `show_personal_data` is true, which the caller decides with Permission::kViewPersonalData
// (MayViewPersonalData below); otherwise each value is masked by MaskIdentifier (auth/personal_data.h:
// "*********345") and "personal_data_masked" is true. The public form carries nothing personal at all.
// Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "base/civil_time.h"
#include "catalog/catalog.h"
#include "dossier/dossier.h"
#include "store/account_records.h"
#include "store/dossier_records.h"

namespace motcua::web {

// May `viewer` see the personal data of a dossier of `unit_code` / `field_code` held by `assignee`
// (a username, "" when none)? Authorize(kViewPersonalData) on that resource.
bool MayViewPersonalData(const User& viewer, std::string_view unit_code, std::string_view field_code,
                         std::string_view assignee);

// A list item: code, unit, procedure {code,name}, field, channel, status {state,state_name,code,name},
// applicant {name,id_number}, assignee, received_at, legal_due, appointment, paused, overdue, ...
// `now` decides "overdue" (open, not paused, past its legal due time).
nlohmann::json DossierSummaryToJson(const DossierSummary& summary, const Catalog& catalog,
                                    bool show_personal_data, Instant now);

// The whole dossier as its journal replays to (everything of dossier/dossier.h).
nlohmann::json DossierToJson(const Dossier& dossier, std::string_view field_code, const Catalog& catalog,
                             bool show_personal_data, Instant now);

// What anyone may see without signing in: code, procedure {code,name}, status {code,name}, received_at,
// legal_due, appointment, resolved_at, returned_at, closed_at. No name, ID number or contact.
nlohmann::json PublicDossierToJson(const DossierSummary& summary, const Catalog& catalog);

// One journal row: {"seq","event":EventToJson(...),"recorded_at"} with the intake's personal data masked
// unless `show_personal_data`.
nlohmann::json StoredEventToJson(const StoredEvent& stored, bool show_personal_data);

// The national status of a state: {"state":"in_progress","state_name":"Đang xử lý","code":4,"name":...}.
nlohmann::json StatusToJson(DossierState state);

}  // namespace motcua::web
