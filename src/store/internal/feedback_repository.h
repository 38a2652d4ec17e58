// Rows of the feedback tables (feedback, feedback_steps, feedback_sequences), read and written on a
// connection inside the caller's transaction. The journal is only ever appended to; the intake columns are
// written once. Internal to store/; not thread-safe (a SqlConnection is used by one thread).
#pragma once

#include <optional>
#include <string_view>

#include "base/result.h"
#include "store/feedback_records.h"
#include "store/internal/sql.h"

namespace motcua::store_internal {

// Gives out the next number of (unit, day), 1..9999. NotFound for an unknown unit; ResourceExhausted when
// the day's 9999 numbers are used.
Result<int> TakeFeedbackNumber(SqlConnection& connection, std::string_view unit_code, CivilDate day);

// The current row; nullopt when absent. LockFeedbackSummary also locks it against concurrent writers
// (PostgreSQL FOR UPDATE; SQLite's write transaction already excludes them).
Result<std::optional<FeedbackSummary>> FindFeedbackSummary(SqlConnection& connection, std::string_view code);
Result<std::optional<FeedbackSummary>> LockFeedbackSummary(SqlConnection& connection, std::string_view code);
// The whole record (intake and journal); nullopt when absent.
Result<std::optional<FeedbackRecord>> SelectFeedbackRecord(SqlConnection& connection, std::string_view code);

// Inserts a new feedback with no steps. AlreadyExists when the code is taken.
Status InsertFeedback(SqlConnection& connection, const NewFeedback& created, std::string_view unit_code);
// Appends `write.new_steps` after the record's steps and rewrites the current row. Internal unless replaying
// the record with the new steps gives exactly `write.feedback` (the journal must replay to the row).
Status AppendFeedbackSteps(SqlConnection& connection, const FeedbackRecord& record,
                           const FeedbackWrite& write, Instant recorded_at);

Result<FeedbackPage> SelectFeedback(SqlConnection& connection, const FeedbackFilter& filter);

}  // namespace motcua::store_internal
