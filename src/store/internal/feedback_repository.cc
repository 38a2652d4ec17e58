#include "store/internal/feedback_repository.h"

#include <string>
#include <utility>

#include "base/text.h"
#include "dossier/dossier_code.h"
#include "dossier/pakn_json.h"
#include "store/internal/text_search.h"

namespace motcua::store_internal {
namespace {

constexpr std::string_view kSummaryColumns =
    "code, unit_code, channel, state, topic, assignee, dossier_code, citizen_name, received_at, due, "
    "answered_at, answered_by, published_at, declined_at, satisfaction, step_count, last_action_at";

std::optional<int64_t> Seconds(const std::optional<Instant>& instant) {
  if (!instant) return std::nullopt;
  return instant->unix_seconds;
}

std::optional<Instant> OptionalInstant(const SqlRow& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return Instant{row.Int(column)};
}

Status Corrupt(std::string_view what, std::string_view code) {
  return Status::Internal(
      "stored feedback " + std::string(code) + " has a bad " + std::string(what),
      "Dữ liệu phản ánh, kiến nghị " + std::string(code) + " trong cơ sở dữ liệu bị hỏng.");
}

Result<FeedbackSummary> SummaryFromRow(const SqlRow& row) {
  FeedbackSummary s;
  s.code = row.String(0);
  s.unit_code = row.String(1);
  auto channel = ParseFeedbackChannelId(row.Text(2));
  if (!channel.ok()) return Corrupt("channel", s.code);
  s.channel = *channel;
  bool state_found = false;
  for (auto state : {FeedbackState::kReceived, FeedbackState::kClassified, FeedbackState::kAssigned,
                     FeedbackState::kAnswered, FeedbackState::kPublished, FeedbackState::kDeclined}) {
    if (FeedbackStateId(state) == row.Text(3)) {
      s.state = state;
      state_found = true;
    }
  }
  if (!state_found) return Corrupt("state", s.code);
  if (!row.Text(4).empty()) {
    auto topic = ParseFeedbackTopicId(row.Text(4));
    if (!topic.ok()) return Corrupt("topic", s.code);
    s.topic = *topic;
  }
  s.assignee = row.String(5);
  s.dossier_code = row.String(6);
  s.citizen_name = row.String(7);
  s.received_at = Instant{row.Int(8)};
  s.due = Instant{row.Int(9)};
  s.answered_at = OptionalInstant(row, 10);
  s.answered_by = row.String(11);
  s.published_at = OptionalInstant(row, 12);
  s.declined_at = OptionalInstant(row, 13);
  if (!row.Text(14).empty()) {
    auto satisfaction = ParseOverallId(row.Text(14));
    if (!satisfaction.ok()) return Corrupt("satisfaction", s.code);
    s.satisfaction = *satisfaction;
  }
  s.step_count = static_cast<int>(row.Int(15));
  s.last_action_at = Instant{row.Int(16)};
  return s;
}

Result<std::optional<FeedbackSummary>> SelectOne(SqlConnection& connection, std::string_view code,
                                                 std::string_view suffix) {
  std::optional<FeedbackSummary> found;
  std::string sql = "SELECT " + std::string(kSummaryColumns) + " FROM feedback WHERE code = $1";
  sql += suffix;
  MOTCUA_RETURN_IF_ERROR(connection.Query(sql, {std::string(code)}, [&](const SqlRow& row) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(found, SummaryFromRow(row));
    return Status::Ok();
  }));
  return found;
}

// What the text search looks in: the code, the citizen's name and contact, the dossier and the content.
std::string FeedbackSearchKey(const Feedback& f) {
  std::string text = f.id;
  for (const std::string* part :
       {&f.citizen_name, &f.contact.phone, &f.contact.email, &f.dossier_code, &f.content}) {
    text.append(" ").append(*part);
  }
  return SearchKey(text);
}

std::string TopicText(const std::optional<FeedbackTopic>& topic) {
  return topic ? std::string(FeedbackTopicId(*topic)) : std::string();
}

std::string SatisfactionText(const std::optional<OverallSatisfaction>& satisfaction) {
  return satisfaction ? std::string(OverallId(*satisfaction)) : std::string();
}

Status UnitMissing(std::string_view unit_code) {
  return Status::NotFound("unit '" + std::string(unit_code) + "' does not exist",
                          "Không tìm thấy đơn vị có mã '" + std::string(unit_code) + "'.");
}

Status WriteMismatch(std::string_view code, std::string_view what) {
  return Status::Internal("feedback " + std::string(code) + ": " + std::string(what),
                          "Lỗi nội bộ khi ghi phản ánh, kiến nghị " + std::string(code) + ".");
}

}  // namespace

Result<int> TakeFeedbackNumber(SqlConnection& connection, std::string_view unit_code, CivilDate day) {
  MOTCUA_ASSIGN_OR_RETURN(
      auto unit_exists, connection.QueryInt("SELECT 1 FROM units WHERE code = $1", {std::string(unit_code)}));
  if (!unit_exists) return UnitMissing(unit_code);
  MOTCUA_ASSIGN_OR_RETURN(auto last, connection.QueryInt("SELECT last_number FROM feedback_sequences WHERE "
                                                         "unit_code = $1 AND day = $2",
                                                         {std::string(unit_code), day}));
  const int64_t next = last.value_or(0) + 1;
  if (next > kMaxDossierSequence) {
    return Status::ResourceExhausted(
        "unit " + std::string(unit_code) + " has used all 9999 feedback numbers of " + FormatIsoDate(day),
        "Đơn vị đã dùng hết 9999 số phản ánh, kiến nghị của ngày " + FormatVnDate(day) +
            "; vui lòng gửi lại vào ngày hôm sau.");
  }
  // The upsert takes the row's lock, so concurrent intakes queue here (SQLite: one writer; PostgreSQL: a
  // concurrent change of the same row fails serialisation and the transaction is re-run).
  MOTCUA_RETURN_IF_ERROR(
      connection
          .Execute("INSERT INTO feedback_sequences (unit_code, day, last_number) VALUES ($1, "
                   "$2, $3) ON CONFLICT (unit_code, day) DO UPDATE SET last_number = "
                   "excluded.last_number",
                   {std::string(unit_code), day, next})
          .status());
  return static_cast<int>(next);
}

Result<std::optional<FeedbackSummary>> FindFeedbackSummary(SqlConnection& connection, std::string_view code) {
  return SelectOne(connection, code, "");
}

Result<std::optional<FeedbackSummary>> LockFeedbackSummary(SqlConnection& connection, std::string_view code) {
  return SelectOne(connection, code, connection.backend() == Backend::kPostgres ? " FOR UPDATE" : "");
}

Result<std::optional<FeedbackRecord>> SelectFeedbackRecord(SqlConnection& connection, std::string_view code) {
  std::optional<FeedbackRecord> record;
  Status parsed = Status::Ok();
  MOTCUA_RETURN_IF_ERROR(connection.Query(
      "SELECT intake, unit_code, answer_time, due, secret_hash FROM feedback WHERE code = $1",
      {std::string(code)}, [&](const SqlRow& row) -> Status {
        FeedbackRecord r;
        auto intake = ParseFeedbackIntake(row.Text(0));
        if (!intake.ok()) return Corrupt("intake: " + intake.status().message(), code);
        r.intake = *std::move(intake);
        r.unit_code = row.String(1);
        auto answer_time = ParseDuration(row.Text(2));
        if (!answer_time.ok()) return Corrupt("answer time", code);
        r.answer_time = *answer_time;
        r.due = Instant{row.Int(3)};
        r.secret_hash = row.String(4);
        record = std::move(r);
        return Status::Ok();
      }));
  if (!record) return record;
  if (record->intake.id != code) return Corrupt("intake id", code);
  MOTCUA_RETURN_IF_ERROR(connection.Query(
      "SELECT seq, body, recorded_at FROM feedback_steps WHERE feedback_code = $1 ORDER BY seq",
      {std::string(code)}, [&](const SqlRow& row) -> Status {
        auto step = ParseFeedbackStep(row.Text(1));
        if (!step.ok()) return Corrupt("journal step: " + step.status().message(), code);
        record->steps.push_back(StoredFeedbackStep{row.Int(0), *std::move(step), Instant{row.Int(2)}});
        return Status::Ok();
      }));
  for (size_t i = 0; i < record->steps.size(); ++i) {
    if (record->steps[i].seq != static_cast<int64_t>(i) + 1) return Corrupt("journal sequence", code);
  }
  return record;
}

Status InsertFeedback(SqlConnection& connection, const NewFeedback& created, std::string_view unit_code) {
  const Feedback& f = created.feedback;
  FeedbackRecord record;
  record.intake = created.intake;
  record.unit_code = std::string(unit_code);
  record.answer_time = created.answer_time;
  record.due = f.due;
  record.secret_hash = created.secret_hash;
  auto replayed = ReplayFeedback(record);
  if (!replayed.ok()) return WriteMismatch(f.id, "intake does not open: " + replayed.status().message());
  if (created.intake.id != f.id || *replayed != f)
    return WriteMismatch(f.id, "value does not match its intake");
  const FeedbackSummary s = FeedbackSummaryOf(f, std::string(unit_code), 0);
  auto inserted = connection.Execute(
      "INSERT INTO feedback (code, unit_code, intake, answer_time, secret_hash, received_at, due, channel, "
      "state, topic, assignee, dossier_code, citizen_name, search_key, answered_at, answered_by, "
      "published_at, "
      "declined_at, satisfaction, step_count, last_action_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
      "$10, "
      "$11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) ON CONFLICT (code) DO NOTHING",
      {s.code,
       s.unit_code,
       FeedbackIntakeToJsonText(created.intake),
       FormatDuration(created.answer_time),
       created.secret_hash,
       s.received_at.unix_seconds,
       s.due.unix_seconds,
       std::string(FeedbackChannelId(s.channel)),
       std::string(FeedbackStateId(s.state)),
       TopicText(s.topic),
       s.assignee,
       s.dossier_code,
       s.citizen_name,
       FeedbackSearchKey(f),
       Seconds(s.answered_at),
       s.answered_by,
       Seconds(s.published_at),
       Seconds(s.declined_at),
       SatisfactionText(s.satisfaction),
       s.step_count,
       s.last_action_at.unix_seconds});
  MOTCUA_RETURN_IF_ERROR(inserted.status());
  if (*inserted == 0) {
    return Status::AlreadyExists("feedback " + s.code + " already exists",
                                 "Mã phản ánh, kiến nghị " + s.code + " đã tồn tại.");
  }
  return Status::Ok();
}

Status AppendFeedbackSteps(SqlConnection& connection, const FeedbackRecord& record,
                           const FeedbackWrite& write, Instant recorded_at) {
  const std::string& code = record.intake.id;
  if (write.new_steps.empty()) return WriteMismatch(code, "no new step");
  FeedbackRecord next = record;
  int64_t seq = static_cast<int64_t>(record.steps.size());
  for (const FeedbackStep& step : write.new_steps) next.steps.push_back({++seq, step, recorded_at});
  auto replayed = ReplayFeedback(next);
  if (!replayed.ok()) return WriteMismatch(code, "new steps do not apply: " + replayed.status().message());
  if (*replayed != write.feedback) return WriteMismatch(code, "value does not match its journal");
  const int previous_count = static_cast<int>(record.steps.size());
  const FeedbackSummary s = FeedbackSummaryOf(write.feedback, record.unit_code, static_cast<int>(seq));
  auto updated = connection.Execute(
      "UPDATE feedback SET channel = $2, state = $3, topic = $4, assignee = $5, dossier_code = $6, "
      "citizen_name = $7, search_key = $8, answered_at = $9, answered_by = $10, published_at = $11, "
      "declined_at = $12, satisfaction = $13, step_count = $14, last_action_at = $15 WHERE code = $1 AND "
      "step_count = $16",
      {code, std::string(FeedbackChannelId(s.channel)), std::string(FeedbackStateId(s.state)),
       TopicText(s.topic), s.assignee, s.dossier_code, s.citizen_name, FeedbackSearchKey(write.feedback),
       Seconds(s.answered_at), s.answered_by, Seconds(s.published_at), Seconds(s.declined_at),
       SatisfactionText(s.satisfaction), s.step_count, s.last_action_at.unix_seconds, previous_count});
  MOTCUA_RETURN_IF_ERROR(updated.status());
  if (*updated != 1) {
    return Status::Internal("feedback " + code + " changed under a locked update",
                            "Phản ánh, kiến nghị " + code + " vừa bị thay đổi đồng thời; vui lòng thử lại.");
  }
  for (size_t i = record.steps.size(); i < next.steps.size(); ++i) {
    const StoredFeedbackStep& stored = next.steps[i];
    MOTCUA_RETURN_IF_ERROR(
        connection
            .Execute("INSERT INTO feedback_steps (feedback_code, seq, action, at, actor, body, "
                     "recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                     {code, stored.seq, std::string(FeedbackActionId(stored.step.action)),
                      stored.step.at.unix_seconds, stored.step.by, FeedbackStepToJsonText(stored.step),
                      recorded_at.unix_seconds})
            .status());
  }
  return Status::Ok();
}

Result<FeedbackPage> SelectFeedback(SqlConnection& connection, const FeedbackFilter& filter) {
  if (filter.unit_codes.empty()) {
    return Status::InvalidArgument("feedback list without a unit",
                                   "Cần chọn đơn vị để xem danh sách phản ánh, kiến nghị.");
  }
  if (filter.limit < 1 || filter.limit > kMaxFeedbackPage || filter.offset < 0) {
    return Status::InvalidArgument("feedback page limit must be 1.." + std::to_string(kMaxFeedbackPage),
                                   "Số phản ánh, kiến nghị mỗi trang phải từ 1 đến " +
                                       std::to_string(kMaxFeedbackPage) + ", vị trí bắt đầu không âm.");
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
    conditions.push_back(
        any_of("state", filter.states, [](FeedbackState v) { return SqlValue(FeedbackStateId(v)); }));
  }
  if (!filter.topics.empty()) {
    conditions.push_back(
        any_of("topic", filter.topics, [](FeedbackTopic v) { return SqlValue(FeedbackTopicId(v)); }));
  }
  if (filter.assignee) conditions.push_back("assignee = " + placeholder(*filter.assignee));
  if (filter.dossier_code) conditions.push_back("dossier_code = " + placeholder(*filter.dossier_code));
  if (filter.channel) conditions.push_back("channel = " + placeholder(FeedbackChannelId(*filter.channel)));
  if (filter.received_from) {
    conditions.push_back("received_at >= " + placeholder(filter.received_from->unix_seconds));
  }
  if (filter.received_to)
    conditions.push_back("received_at < " + placeholder(filter.received_to->unix_seconds));
  if (filter.overdue_at) {
    const std::vector<FeedbackState> open = {FeedbackState::kReceived, FeedbackState::kClassified,
                                             FeedbackState::kAssigned};
    conditions.push_back("due < " + placeholder(filter.overdue_at->unix_seconds) + " AND " +
                         any_of("state", open, [](FeedbackState v) { return SqlValue(FeedbackStateId(v)); }));
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
  FeedbackPage page;
  MOTCUA_ASSIGN_OR_RETURN(auto total, connection.QueryInt("SELECT COUNT(*) FROM feedback" + where, params));
  page.total = total.value_or(0);
  std::string order;
  switch (filter.sort) {
    case FeedbackSort::kReceivedDesc:
      order = " ORDER BY received_at DESC, code DESC";
      break;
    case FeedbackSort::kReceivedAsc:
      order = " ORDER BY received_at, code";
      break;
    case FeedbackSort::kDueAsc:
      order = " ORDER BY due, code";
      break;
    case FeedbackSort::kCode:
      order = " ORDER BY code";
      break;
  }
  const std::string sql = "SELECT " + std::string(kSummaryColumns) + " FROM feedback" + where + order +
                          " LIMIT " + placeholder(filter.limit) + " OFFSET " + placeholder(filter.offset);
  MOTCUA_RETURN_IF_ERROR(connection.Query(sql, params, [&](const SqlRow& row) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(auto summary, SummaryFromRow(row));
    page.items.push_back(std::move(summary));
    return Status::Ok();
  }));
  return page;
}

}  // namespace motcua::store_internal
