// Record types of dossiers as the Store (store/store.h) keeps them: the journal rows, the current row that
// lists and reports read, the list filter, and the unit of work the dossier engine hands to the store (the
// new dossier value together with the events that produced it). Plain values; thread-safe to share const.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/civil_time.h"
#include "dossier/dossier.h"
#include "dossier/event.h"

namespace motcua {

// One journal row. `seq` numbers a dossier's events from 1.
struct StoredEvent {
  int64_t seq = 0;
  Event event;
  Instant recorded_at;  // when the store wrote it (an imported event's `at` is older)
  bool operator==(const StoredEvent&) const = default;
};

// What the engine asks the store to write in one transaction: the dossier after `new_events` were applied
// (its current row is derived from it) and those events, appended to the journal in order.
struct DossierWrite {
  Dossier dossier;
  std::string field_code;  // the procedure's field, for access checks and lists
  std::vector<Event> new_events;
};

// The current row of a dossier: enough for lists, access checks and the public lookup without a replay.
struct DossierSummary {
  std::string code;
  std::string unit_code;
  std::string procedure_code;
  std::string field_code;
  int case_index = 0;
  Channel channel = Channel::kDirect;
  DossierState state = DossierState::kNone;
  int status_code = 0;  // national status code 1-10
  std::string applicant_name;
  std::string applicant_id_number;
  std::string assignee;
  std::string external_code;
  std::optional<Instant> submitted_at;
  std::optional<Instant> received_at;
  std::optional<Instant> legal_due;
  std::optional<Instant> appointment;
  bool paused = false;
  bool apologised = false;
  std::string resolution;  // "", "result", "refused" (ResolutionKindId)
  std::optional<Instant> resolved_at;
  std::optional<Instant> returned_at;
  std::string closure;  // "", "refused_at_desk", "withdrawn", "stopped" (ClosureKindId)
  std::optional<Instant> closed_at;
  std::string evaluation;  // "" or the overall rating id of the citizen's evaluation
  int event_count = 0;
  Instant last_event_at;
  bool operator==(const DossierSummary&) const = default;
};

// The current row written for `dossier` (field_code from the procedure).
DossierSummary SummaryOf(const Dossier& dossier, std::string field_code);

enum class DossierSort {
  kReceivedDesc,  // newest first (default)
  kReceivedAsc,
  kDueAsc,  // most urgent first
  kCode,
};

// Which dossiers ListDossiers returns. Unset members do not filter.
struct DossierFilter {
  std::vector<std::string> unit_codes;   // required: the units the caller may see (at least one)
  std::vector<DossierState> states;      // any of these
  std::vector<std::string> field_codes;  // any of these
  std::optional<std::string> assignee;
  std::optional<Channel> channel;
  std::optional<Instant> received_from;  // received_at >= this
  std::optional<Instant> received_to;    // received_at < this
  std::optional<Instant> due_before;     // legal_due < this
  // Open (not resolved, returned or closed), not paused, and legal_due < this instant.
  std::optional<Instant> overdue_at;
  // Words matched against SearchKey(code + applicant name + id number): accents and case folded, đ = d;
  // every word must occur.
  std::string text;
  DossierSort sort = DossierSort::kReceivedDesc;
  int limit = 50;  // 1..kMaxDossierPage
  int offset = 0;
};

inline constexpr int kMaxDossierPage = 500;

// An uploaded file's record; its bytes are in the FileVault (attachment/file_vault.h) under `sha256`.
struct FileRecord {
  std::string sha256;  // 64 lowercase hex
  int64_t size = 0;
  std::string media_type;
  std::string file_name;  // display name of the first upload of these bytes
  std::string uploaded_by;
  Instant created_at;
  bool operator==(const FileRecord&) const = default;
};

struct DossierPage {
  std::vector<DossierSummary> items;
  int64_t total = 0;  // rows matching the filter, ignoring limit/offset
};

}  // namespace motcua
