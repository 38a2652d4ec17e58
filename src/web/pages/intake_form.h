// The desk intake form as data: what the officer entered for one procedure (case, applicant, which
// components were received with their original/copy counts, digitisation and scans, fees collected), read
// from the form fields, written back as form values and hidden fields (the preview step carries the draft
// to the confirmation), and turned into the intake of a "received" journal event (dossier/event.h).
// Field names: "case" (1-based), "applicant_kind", "name", "id_kind", "id_number", "address", "phone",
// "email", per catalogue component i (0-based) "c<i>.received", "c<i>.originals", "c<i>.copies",
// "c<i>.digitized", "c<i>.scan" (a file) and "c<i>.file" (the sha256 of a scan already stored, repeatable),
// per procedure fee j "fee<j>" (collected at the desk).
// Pure functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "base/result.h"
#include "catalog/procedure.h"
#include "web/pages/form.h"

namespace motcua::web::pages {

struct ComponentDraft {
  bool received = false;
  int originals = 0;
  int copies = 0;
  bool digitized = false;
  std::vector<std::string> file_ids;  // sha256 of stored scans
};

struct IntakeDraft {
  int case_number = 1;  // 1-based, within the procedure's cases
  std::string applicant_kind = "person";
  std::string name;
  std::string id_kind;  // "" = recognised from the number's shape
  std::string id_number;
  std::string address;
  std::string phone;
  std::string email;
  std::vector<ComponentDraft> components;  // one per catalogue component
  std::vector<bool> fees_collected;        // one per procedure fee
};

// The empty draft of `procedure`: each component's catalogue counts, nothing received.
IntakeDraft NewDraft(const Procedure& procedure);

// Reads the draft (files not included: the caller stores "c<i>.scan" and adds its id). InvalidArgument with a
// Vietnamese message for a count outside 0..99, an unknown case, a malformed file id or an unknown kind.
Result<IntakeDraft> ReadIntakeDraft(const Form& form, const Procedure& procedure);

// The intake keys of a "received" event: {"procedure","case","applicant",...,"components","fees"} (the
// caller adds "unit", "channel", "event", "code", "at", "by").
nlohmann::json IntakeJson(const IntakeDraft& draft, const Procedure& procedure);

// The draft as hidden fields [{name, value}], to carry it through the preview.
nlohmann::json DraftHiddenFields(const IntakeDraft& draft);

// A well-formed draft has a name and at least one received component.
Status CheckDraftComplete(const IntakeDraft& draft);

}  // namespace motcua::web::pages
