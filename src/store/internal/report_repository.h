// The report reads (store/report_records.h) on a connection inside the caller's read-only transaction: one
// query each over the journal joined to the current rows, ordered so that a record's rows arrive together,
// grouped here into one callback per record. Internal to store/; not thread-safe (a SqlConnection is used by
// one thread).
#pragma once

#include "base/status.h"
#include "store/internal/sql.h"
#include "store/report_records.h"

namespace motcua::store_internal {

// See Store::ScanDossierHistories. `visit` runs while the rows stream: it must not use `connection`.
Status ScanDossierHistories(SqlConnection& connection, const DossierHistoryScan& scan,
                            const DossierHistoryCallback& visit);
// See Store::ScanFeedbackRecords.
Status ScanFeedbackRecords(SqlConnection& connection, const FeedbackRecordScan& scan,
                           const FeedbackRecordCallback& visit);

// The SQL text of the dossier scan for `scan` (placeholders $1...), for the query-plan test and docs.
std::string DossierHistoryScanSql(const DossierHistoryScan& scan);

}  // namespace motcua::store_internal
