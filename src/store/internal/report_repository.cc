#include "store/internal/report_repository.h"

#include <optional>
#include <string>
#include <utility>

#include "calendar/duration.h"
#include "dossier/event.h"
#include "dossier/pakn_json.h"

namespace motcua::store_internal {
namespace {

Status NoUnit() {
  return Status::InvalidArgument("report scan without a unit", "Cần chọn đơn vị để lập báo cáo.");
}

Status CorruptDossier(std::string_view what, std::string_view code) {
  return Status::Internal("stored dossier " + std::string(code) + " has a bad " + std::string(what),
                          "Dữ liệu hồ sơ " + std::string(code) + " trong cơ sở dữ liệu bị hỏng.");
}

Status CorruptFeedback(std::string_view what, std::string_view code) {
  return Status::Internal(
      "stored feedback " + std::string(code) + " has a bad " + std::string(what),
      "Dữ liệu phản ánh, kiến nghị " + std::string(code) + " trong cơ sở dữ liệu bị hỏng.");
}

// "unit_code IN ($1, ..., $n)" over `column`, the unit codes appended to `params`.
std::string UnitCondition(std::string_view column, const std::vector<std::string>& units, SqlParams& params) {
  std::string condition = std::string(column) + " IN (";
  for (size_t i = 0; i < units.size(); ++i) {
    params.emplace_back(units[i]);
    if (i > 0) condition += ", ";
    condition += "$" + std::to_string(params.size());
  }
  return condition + ")";
}

// The dossier scan's SQL and parameters. Rows of one dossier are adjacent (ordered by the dossier's
// receipt, then code) and in journal order. The journal is filtered by its own time, not by seq: events of a
// dossier are in time order (dossier/apply.h refuses an earlier event), so the rows kept are a prefix.
std::string DossierScanSql(const DossierHistoryScan& scan, SqlParams& params) {
  std::string sql =
      "SELECT d.code, d.unit_code, d.field_code, e.seq, e.body, e.recorded_at FROM dossiers d "
      "JOIN dossier_events e ON e.dossier_code = d.code WHERE " +
      UnitCondition("d.unit_code", scan.unit_codes, params);
  params.emplace_back(scan.as_of.unix_seconds);
  const std::string as_of = "$" + std::to_string(params.size());
  sql += " AND d.received_at < " + as_of + " AND e.at < " + as_of;
  if (scan.active_since) {
    // Settled (resolved or closed) with its last event before the instant: nothing of it can fall in a
    // period that starts there. Resolution and closure are final, so the current row tells.
    params.emplace_back(scan.active_since->unix_seconds);
    sql += " AND (d.last_event_at >= $" + std::to_string(params.size()) +
           " OR (d.resolved_at IS NULL AND d.closed_at IS NULL))";
  }
  return sql + " ORDER BY d.received_at, d.code, e.seq";
}

}  // namespace

std::string DossierHistoryScanSql(const DossierHistoryScan& scan) {
  SqlParams params;
  return DossierScanSql(scan, params);
}

Status ScanDossierHistories(SqlConnection& connection, const DossierHistoryScan& scan,
                            const DossierHistoryCallback& visit) {
  if (scan.unit_codes.empty()) return NoUnit();
  SqlParams params;
  const std::string sql = DossierScanSql(scan, params);
  std::optional<DossierHistory> current;
  const Status read = connection.Query(sql, params, [&](const SqlRow& row) -> Status {
    if (!current || current->code != row.Text(0)) {
      if (current) MOTCUA_RETURN_IF_ERROR(visit(*current));
      current.emplace();
      current->code = row.String(0);
      current->unit_code = row.String(1);
      current->field_code = row.String(2);
    }
    const int64_t seq = row.Int(3);
    if (seq != static_cast<int64_t>(current->events.size()) + 1) {
      return CorruptDossier("journal sequence", current->code);
    }
    auto event = ParseEventLine(row.Text(4));
    if (!event.ok()) return CorruptDossier("journal event: " + event.status().message(), current->code);
    if (event->code != current->code) return CorruptDossier("journal event code", current->code);
    current->events.push_back(StoredEvent{seq, *std::move(event), Instant{row.Int(5)}});
    return Status::Ok();
  });
  if (!read.ok()) return read;
  if (current) MOTCUA_RETURN_IF_ERROR(visit(*current));
  return Status::Ok();
}

Status ScanFeedbackRecords(SqlConnection& connection, const FeedbackRecordScan& scan,
                           const FeedbackRecordCallback& visit) {
  if (scan.unit_codes.empty()) return NoUnit();
  SqlParams params;
  params.emplace_back(scan.as_of.unix_seconds);  // $1
  const std::string sql =
      "SELECT f.code, f.unit_code, f.intake, f.answer_time, f.due, s.seq, s.body, s.recorded_at "
      "FROM feedback f LEFT JOIN feedback_steps s ON s.feedback_code = f.code AND s.at < $1 WHERE " +
      UnitCondition("f.unit_code", scan.unit_codes, params) +
      " AND f.received_at < $1 ORDER BY f.received_at, f.code, s.seq";
  std::optional<FeedbackRecord> current;
  const Status read = connection.Query(sql, params, [&](const SqlRow& row) -> Status {
    const std::string_view code = row.Text(0);
    if (!current || current->intake.id != code) {
      if (current) MOTCUA_RETURN_IF_ERROR(visit(*current));
      current.emplace();
      auto intake = ParseFeedbackIntake(row.Text(2));
      if (!intake.ok()) return CorruptFeedback("intake: " + intake.status().message(), code);
      if (intake->id != code) return CorruptFeedback("intake id", code);
      current->intake = *std::move(intake);
      current->unit_code = row.String(1);
      auto answer_time = ParseDuration(row.Text(3));
      if (!answer_time.ok()) return CorruptFeedback("answer time", code);
      current->answer_time = *answer_time;
      current->due = Instant{row.Int(4)};
    }
    if (row.IsNull(5)) return Status::Ok();  // no step before the instant
    const int64_t seq = row.Int(5);
    if (seq != static_cast<int64_t>(current->steps.size()) + 1)
      return CorruptFeedback("journal sequence", code);
    auto step = ParseFeedbackStep(row.Text(6));
    if (!step.ok()) return CorruptFeedback("journal step: " + step.status().message(), code);
    current->steps.push_back(StoredFeedbackStep{seq, *std::move(step), Instant{row.Int(7)}});
    return Status::Ok();
  });
  if (!read.ok()) return read;
  if (current) MOTCUA_RETURN_IF_ERROR(visit(*current));
  return Status::Ok();
}

}  // namespace motcua::store_internal
