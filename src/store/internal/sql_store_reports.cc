// SqlStore's report reads (store/store.h, "Reports"): each is one read-only transaction over
// report_repository. SqlDatabase re-runs a transaction after a lost connection; a scan that has already
// handed records to the caller must not hand them again, so a re-run after the first delivery fails instead.

#include "store/internal/report_repository.h"
#include "store/internal/sql_store.h"

namespace motcua::store_internal {
namespace {

Status Interrupted() {
  return Status::Unavailable("report scan interrupted after it started delivering records",
                             "Kết nối cơ sở dữ liệu bị gián đoạn khi đang lập báo cáo; vui lòng thử lại.");
}

// Runs `scan` in a read-only transaction; `delivered` tells whether a record already reached the caller.
template <typename Scan, typename Record>
Status RunScan(SqlDatabase& database, const Scan& scan, const std::function<Status(const Record&)>& visit,
               Status (*read)(SqlConnection&, const Scan&, const std::function<Status(const Record&)>&)) {
  bool delivered = false;
  const std::function<Status(const Record&)> once = [&](const Record& record) {
    delivered = true;
    return visit(record);
  };
  return database.InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
    if (delivered) return Interrupted();
    return read(connection, scan, once);
  });
}

}  // namespace

Status SqlStore::ScanDossierHistories(const DossierHistoryScan& scan, const DossierHistoryCallback& visit) {
  return RunScan<DossierHistoryScan, DossierHistory>(*database_, scan, visit,
                                                     &store_internal::ScanDossierHistories);
}

Status SqlStore::ScanFeedbackRecords(const FeedbackRecordScan& scan, const FeedbackRecordCallback& visit) {
  return RunScan<FeedbackRecordScan, FeedbackRecord>(*database_, scan, visit,
                                                     &store_internal::ScanFeedbackRecords);
}

}  // namespace motcua::store_internal
