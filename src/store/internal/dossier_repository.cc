#include "store/internal/dossier_repository.h"

#include <string>
#include <utility>

#include "base/text.h"
#include "dossier/dossier_code.h"
#include "store/internal/text_search.h"

namespace motcua::store_internal {
namespace {

constexpr std::string_view kSummaryColumns =
    "code, unit_code, procedure_code, field_code, case_index, channel, state, status_code, applicant_name, "
    "applicant_id_number, assignee, external_code, submitted_at, received_at, legal_due, appointment, "
    "paused, "
    "apologised, resolution, resolved_at, returned_at, closure, closed_at, evaluation, event_count, "
    "last_event_at";

std::optional<int64_t> Seconds(const std::optional<Instant>& instant) {
  if (!instant) return std::nullopt;
  return instant->unix_seconds;
}

std::optional<Instant> OptionalInstant(const SqlRow& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return Instant{row.Int(column)};
}

Status Corrupt(std::string_view what, std::string_view code) {
  return Status::Internal("stored dossier " + std::string(code) + " has a bad " + std::string(what),
                          "Dữ liệu hồ sơ " + std::string(code) + " trong cơ sở dữ liệu bị hỏng.");
}

Result<DossierSummary> SummaryFromRow(const SqlRow& row) {
  DossierSummary s;
  s.code = row.String(0);
  s.unit_code = row.String(1);
  s.procedure_code = row.String(2);
  s.field_code = row.String(3);
  s.case_index = static_cast<int>(row.Int(4));
  auto channel = ParseChannelId(row.Text(5));
  if (!channel.ok()) return Corrupt("channel", s.code);
  s.channel = *channel;
  auto state = ParseStateId(row.Text(6));
  if (!state.ok()) return Corrupt("state", s.code);
  s.state = *state;
  s.status_code = static_cast<int>(row.Int(7));
  s.applicant_name = row.String(8);
  s.applicant_id_number = row.String(9);
  s.assignee = row.String(10);
  s.external_code = row.String(11);
  s.submitted_at = OptionalInstant(row, 12);
  s.received_at = OptionalInstant(row, 13);
  s.legal_due = OptionalInstant(row, 14);
  s.appointment = OptionalInstant(row, 15);
  s.paused = row.Bool(16);
  s.apologised = row.Bool(17);
  s.resolution = row.String(18);
  s.resolved_at = OptionalInstant(row, 19);
  s.returned_at = OptionalInstant(row, 20);
  s.closure = row.String(21);
  s.closed_at = OptionalInstant(row, 22);
  s.evaluation = row.String(23);
  s.event_count = static_cast<int>(row.Int(24));
  s.last_event_at = Instant{row.Int(25)};
  return s;
}

Result<std::optional<DossierSummary>> SelectOne(SqlConnection& connection, std::string_view code,
                                                std::string_view suffix) {
  std::optional<DossierSummary> found;
  std::string sql = "SELECT " + std::string(kSummaryColumns) + " FROM dossiers WHERE code = $1";
  sql += suffix;
  MOTCUA_RETURN_IF_ERROR(connection.Query(sql, {std::string(code)}, [&](const SqlRow& row) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(found, SummaryFromRow(row));
    return Status::Ok();
  }));
  return found;
}

// What the text search looks in: the code, the applicant's name and id number, folded, and capped so that it
// fits an index entry (text_search.h).
std::string DossierSearchKey(const DossierSummary& s) {
  return CapSearchKey(
      SearchKey(s.code + " " + s.applicant_name + " " + s.applicant_id_number + " " + s.external_code));
}

Status UnitMissing(std::string_view unit_code) {
  return Status::NotFound("unit '" + std::string(unit_code) + "' does not exist",
                          "Không tìm thấy đơn vị có mã '" + std::string(unit_code) + "'.");
}

}  // namespace

Result<int> TakeDossierNumber(SqlConnection& connection, std::string_view unit_code, CivilDate day) {
  MOTCUA_ASSIGN_OR_RETURN(
      auto unit_exists, connection.QueryInt("SELECT 1 FROM units WHERE code = $1", {std::string(unit_code)}));
  if (!unit_exists) return UnitMissing(unit_code);
  MOTCUA_ASSIGN_OR_RETURN(
      auto last, connection.QueryInt("SELECT last_number FROM dossier_sequences WHERE unit_code = $1 "
                                     "AND day = $2",
                                     {std::string(unit_code), day}));
  const int64_t next = last.value_or(0) + 1;
  if (next > kMaxDossierSequence) {
    return Status::ResourceExhausted(
        "unit " + std::string(unit_code) + " has used all 9999 dossier numbers of " + FormatIsoDate(day),
        "Đơn vị đã dùng hết 9999 số hồ sơ của ngày " + FormatVnDate(day) +
            "; mã hồ sơ theo quy định chỉ có 4 chữ số.");
  }
  // The upsert takes the row's lock, so concurrent intakes queue here (SQLite: one writer; PostgreSQL: a
  // concurrent change of the same row fails serialisation and the transaction is re-run).
  MOTCUA_RETURN_IF_ERROR(
      connection
          .Execute("INSERT INTO dossier_sequences (unit_code, day, last_number) VALUES ($1, $2, $3) "
                   "ON CONFLICT (unit_code, day) DO UPDATE SET last_number = excluded.last_number",
                   {std::string(unit_code), day, next})
          .status());
  return static_cast<int>(next);
}

Status RaiseDossierNumber(SqlConnection& connection, std::string_view unit_code, CivilDate day, int number) {
  return connection
      .Execute(
          "INSERT INTO dossier_sequences (unit_code, day, last_number) VALUES ($1, $2, $3) "
          "ON CONFLICT (unit_code, day) DO UPDATE SET last_number = "
          "CASE WHEN dossier_sequences.last_number > excluded.last_number THEN dossier_sequences.last_number "
          "ELSE excluded.last_number END",
          {std::string(unit_code), day, number})
      .status();
}

Result<std::optional<DossierSummary>> LockDossier(SqlConnection& connection, std::string_view code) {
  return SelectOne(connection, code, connection.backend() == Backend::kPostgres ? " FOR UPDATE" : "");
}

Result<std::optional<DossierSummary>> FindDossier(SqlConnection& connection, std::string_view code) {
  return SelectOne(connection, code, "");
}

Result<std::vector<StoredEvent>> SelectDossierEvents(SqlConnection& connection, std::string_view code) {
  std::vector<StoredEvent> events;
  MOTCUA_RETURN_IF_ERROR(connection.Query(
      "SELECT seq, body, recorded_at FROM dossier_events WHERE dossier_code = $1 ORDER BY seq",
      {std::string(code)}, [&](const SqlRow& row) -> Status {
        auto event = ParseEventLine(row.Text(1));
        if (!event.ok()) return Corrupt("journal event: " + event.status().message(), code);
        events.push_back(StoredEvent{row.Int(0), *std::move(event), Instant{row.Int(2)}});
        return Status::Ok();
      }));
  return events;
}

Status WriteDossier(SqlConnection& connection, const DossierWrite& write, int previous_event_count,
                    bool is_new, Instant recorded_at) {
  const DossierSummary s = SummaryOf(write.dossier, write.field_code);
  if (write.new_events.empty() ||
      s.event_count != previous_event_count + static_cast<int>(write.new_events.size())) {
    return Status::Internal("dossier " + s.code + ": event count " + std::to_string(s.event_count) +
                                " does not match " + std::to_string(previous_event_count) + " + " +
                                std::to_string(write.new_events.size()) + " new events",
                            "Lỗi nội bộ khi ghi hồ sơ " + s.code + ".");
  }
  const SqlParams params = {s.code,
                            s.unit_code,
                            s.procedure_code,
                            s.field_code,
                            s.case_index,
                            write.dossier.rule_version,
                            ChannelId(s.channel),
                            StateId(s.state),
                            s.status_code,
                            s.applicant_name,
                            s.applicant_id_number,
                            DossierSearchKey(s),
                            s.assignee,
                            s.external_code,
                            Seconds(s.submitted_at),
                            Seconds(s.received_at),
                            Seconds(s.legal_due),
                            Seconds(s.appointment),
                            s.paused,
                            s.apologised,
                            s.resolution,
                            Seconds(s.resolved_at),
                            Seconds(s.returned_at),
                            s.closure,
                            Seconds(s.closed_at),
                            s.evaluation,
                            s.event_count,
                            s.last_event_at.unix_seconds};
  if (is_new) {
    auto inserted = connection.Execute(
        "INSERT INTO dossiers (code, unit_code, procedure_code, field_code, case_index, rule_version, "
        "channel, "
        "state, status_code, applicant_name, applicant_id_number, search_key, assignee, external_code, "
        "submitted_at, received_at, legal_due, appointment, paused, apologised, resolution, resolved_at, "
        "returned_at, closure, closed_at, evaluation, event_count, last_event_at) VALUES ($1, $2, $3, $4, "
        "$5, "
        "$6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, "
        "$26, "
        "$27, $28) ON CONFLICT (code) DO NOTHING",
        params);
    MOTCUA_RETURN_IF_ERROR(inserted.status());
    if (*inserted == 0) {
      return Status::AlreadyExists("dossier " + s.code + " already exists",
                                   "Mã hồ sơ " + s.code + " đã tồn tại.");
    }
  } else {
    auto updated = connection.Execute(
        "UPDATE dossiers SET unit_code = $2, procedure_code = $3, field_code = $4, case_index = $5, "
        "rule_version = $6, channel = $7, state = $8, status_code = $9, applicant_name = $10, "
        "applicant_id_number = $11, search_key = $12, assignee = $13, external_code = $14, submitted_at = "
        "$15, "
        "received_at = $16, legal_due = $17, appointment = $18, paused = $19, apologised = $20, "
        "resolution = $21, resolved_at = $22, returned_at = $23, closure = $24, closed_at = $25, "
        "evaluation = $26, event_count = $27, last_event_at = $28 WHERE code = $1 AND event_count = $29",
        [&] {
          SqlParams with_count = params;
          with_count.emplace_back(previous_event_count);
          return with_count;
        }());
    MOTCUA_RETURN_IF_ERROR(updated.status());
    if (*updated != 1) {
      return Status::Internal("dossier " + s.code + " changed under a locked update",
                              "Hồ sơ " + s.code + " vừa bị thay đổi đồng thời; vui lòng thử lại.");
    }
  }
  int64_t seq = previous_event_count;
  for (const Event& event : write.new_events) {
    if (event.code != s.code) {
      return Status::Internal("event for " + event.code + " written to dossier " + s.code,
                              "Lỗi nội bộ khi ghi hồ sơ " + s.code + ".");
    }
    MOTCUA_RETURN_IF_ERROR(
        connection
            .Execute("INSERT INTO dossier_events (dossier_code, seq, kind, at, actor, body, "
                     "recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                     {s.code, ++seq, EventKindId(event.kind), event.at.unix_seconds, event.by,
                      EventToJsonLine(event), recorded_at.unix_seconds})
            .status());
  }
  return Status::Ok();
}

Result<DossierListSql> DossierListQuery(const DossierFilter& filter) {
  if (filter.unit_codes.empty()) {
    return Status::InvalidArgument("dossier list without a unit", "Cần chọn đơn vị để xem danh sách hồ sơ.");
  }
  if (filter.limit < 1 || filter.limit > kMaxDossierPage || filter.offset < 0) {
    return Status::InvalidArgument(
        "dossier page limit must be 1.." + std::to_string(kMaxDossierPage),
        "Số hồ sơ mỗi trang phải từ 1 đến " + std::to_string(kMaxDossierPage) + ", vị trí bắt đầu không âm.");
  }
  SqlParams params;
  auto placeholder = [&](SqlValue value) {
    params.push_back(std::move(value));
    return "$" + std::to_string(params.size());
  };
  auto any_of = [&](std::string_view column, const auto& values, auto to_value) {
    std::string condition = std::string(column) + " IN (";
    for (size_t i = 0; i < values.size(); ++i) {
      if (i > 0) condition += ", ";
      condition += placeholder(to_value(values[i]));
    }
    return condition + ")";
  };
  std::vector<std::string> conditions;
  conditions.push_back(
      any_of("unit_code", filter.unit_codes, [](const std::string& v) { return SqlValue(v); }));
  if (!filter.states.empty()) {
    conditions.push_back(any_of("state", filter.states, [](DossierState v) { return SqlValue(StateId(v)); }));
  }
  if (!filter.field_codes.empty()) {
    conditions.push_back(
        any_of("field_code", filter.field_codes, [](const std::string& v) { return SqlValue(v); }));
  }
  if (filter.assignee) conditions.push_back("assignee = " + placeholder(*filter.assignee));
  if (filter.channel) conditions.push_back("channel = " + placeholder(ChannelId(*filter.channel)));
  if (filter.received_from) {
    conditions.push_back("received_at >= " + placeholder(filter.received_from->unix_seconds));
  }
  if (filter.received_to)
    conditions.push_back("received_at < " + placeholder(filter.received_to->unix_seconds));
  if (filter.due_before) conditions.push_back("legal_due < " + placeholder(filter.due_before->unix_seconds));
  if (filter.overdue_at) {
    // The open-dossier terms are written as dossiers_open_by_unit_due's WHERE (migration 0004), so that
    // its partial index serves them.
    const std::string due = placeholder(filter.overdue_at->unix_seconds);
    const std::string paused = placeholder(false);
    conditions.push_back(
        "legal_due < " + due +
        " AND resolution = '' AND closure = '' AND returned_at IS NULL AND paused = " + paused);
  }
  MOTCUA_ASSIGN_OR_RETURN(const std::vector<std::string> words, SearchWords(filter.text));
  for (const std::string& word : words) {
    conditions.push_back("search_key LIKE " + placeholder(ContainsPattern(word)) + " ESCAPE '!'");
  }
  std::string where = " WHERE ";
  for (size_t i = 0; i < conditions.size(); ++i) {
    if (i > 0) where += " AND ";
    where += conditions[i];
  }
  std::string order;
  switch (filter.sort) {
    case DossierSort::kReceivedDesc:
      order = " ORDER BY received_at DESC NULLS LAST, code DESC";
      break;
    case DossierSort::kReceivedAsc:
      order = " ORDER BY received_at NULLS LAST, code";
      break;
    case DossierSort::kDueAsc:
      order = " ORDER BY legal_due NULLS LAST, code";
      break;
    case DossierSort::kCode:
      order = " ORDER BY code";
      break;
  }
  DossierListSql out;
  out.count = "SELECT COUNT(*) FROM dossiers" + where;
  out.count_params = params;
  // One statement each: the operands of + are unsequenced, and the placeholders must be numbered in order.
  const std::string limit = placeholder(filter.limit);
  const std::string offset = placeholder(filter.offset);
  out.page = "SELECT " + std::string(kSummaryColumns) + " FROM dossiers" + where + order + " LIMIT " + limit +
             " OFFSET " + offset;
  out.page_params = std::move(params);
  return out;
}

Result<DossierPage> SelectDossiers(SqlConnection& connection, const DossierFilter& filter) {
  MOTCUA_ASSIGN_OR_RETURN(const DossierListSql sql, DossierListQuery(filter));
  DossierPage page;
  MOTCUA_RETURN_IF_ERROR(connection.Query(sql.page, sql.page_params, [&](const SqlRow& row) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(auto summary, SummaryFromRow(row));
    page.items.push_back(std::move(summary));
    return Status::Ok();
  }));
  // A page that is not full ends the list, so it gives the total (both reads see the transaction's snapshot).
  // Counting otherwise is a second pass over every matching row: for a text search, one unit's index entries.
  const int64_t returned = static_cast<int64_t>(page.items.size());
  if (returned < filter.limit && (returned > 0 || filter.offset == 0)) {
    page.total = filter.offset + returned;
    return page;
  }
  MOTCUA_ASSIGN_OR_RETURN(auto total, connection.QueryInt(sql.count, sql.count_params));
  page.total = total.value_or(0);
  return page;
}

}  // namespace motcua::store_internal
