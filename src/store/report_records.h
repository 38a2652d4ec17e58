// Record types of the Store's report reads (store/store.h, "Reports"): the journal of every dossier and every
// feedback of a set of units as it stood at one instant, streamed one record at a time so that a report over
// a unit-year never holds more than one dossier's events. The reports (report/) replay them; the store only
// reads. Plain values; thread-safe to share const.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/civil_time.h"
#include "base/status.h"
#include "store/dossier_records.h"
#include "store/feedback_records.h"

namespace motcua {

// Which dossier journals ScanDossierHistories streams: the journal as it stood at `as_of`.
struct DossierHistoryScan {
  std::vector<std::string> unit_codes;  // required: at least one receiving unit
  Instant as_of;                        // dossiers received before it, each with its events before it
  // When set, dossiers already resolved or closed (withdrawn, stopped) whose every event is before this
  // instant are left out: they cannot count in a period that starts here (docs/reports.md). Unset: all.
  std::optional<Instant> active_since;
};

// One dossier's journal up to the scan's instant, with the current row's keys reports group by.
struct DossierHistory {
  std::string code;
  std::string unit_code;            // the receiving unit
  std::string field_code;           // the procedure's field
  std::vector<StoredEvent> events;  // seq order, events before the scan's `as_of` only
};

// Called once per dossier, in receipt order (received_at, then code). A non-OK status stops the scan and is
// returned by it. The callback must not use the Store (the scan holds a connection while it streams).
using DossierHistoryCallback = std::function<Status(const DossierHistory&)>;

// Which feedback records ScanFeedbackRecords streams: each as it stood at `as_of`.
struct FeedbackRecordScan {
  std::vector<std::string> unit_codes;  // required: at least one receiving unit
  Instant as_of;                        // feedback received before it, each with its steps before it
};

// Called once per feedback, in receipt order (received_at, then code), with the record's intake, due time
// and the steps before the scan's instant (secret_hash is left empty: reports never need it).
using FeedbackRecordCallback = std::function<Status(const FeedbackRecord&)>;

}  // namespace motcua
