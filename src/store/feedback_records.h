// Record types of citizen feedback (PAKN, dossier/pakn.h) as the Store (store/store.h) keeps them: the fixed
// intake with the due time it was given and the hash of the citizen's rating secret, the journal of steps,
// the current row that lists read, the list filter, and the units of work the feedback service hands to the
// store. Replaying a record (ReplayFeedback) gives the Feedback value; the store checks that every write
// agrees with it. Plain values and pure functions; thread-safe to share const.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/civil_time.h"
#include "base/result.h"
#include "calendar/duration.h"
#include "dossier/pakn.h"

namespace motcua {

// One journal row. `seq` numbers a feedback's steps from 1.
struct StoredFeedbackStep {
  int64_t seq = 0;
  FeedbackStep step;
  Instant recorded_at;  // when the store wrote it
};

// Everything stored about one feedback.
struct FeedbackRecord {
  FeedbackIntake intake;  // intake.id is the tracking code
  std::string unit_code;
  Duration answer_time;     // the configured answer time at intake (FeedbackPolicy)
  Instant due;              // computed at intake from answer_time with the unit's calendar; never recomputed
  std::string secret_hash;  // HashToken (auth/token.h) of the secret given to the citizen
  std::vector<StoredFeedbackStep> steps;
};

// The value `record` replays to: OpenFeedback with its recorded due time, then every step in order. A
// configuration change after intake therefore never moves an existing due time. Errors mean a corrupt record.
Result<Feedback> ReplayFeedback(const FeedbackRecord& record);

// What CreateFeedback's builder returns: the intake (its id the code given out), the opened value
// (OpenFeedback) and what was used to open it.
struct NewFeedback {
  FeedbackIntake intake;
  Feedback feedback;
  Duration answer_time;
  std::string secret_hash;
};

// What UpdateFeedback's updater returns: the value after `new_steps` were applied to the record's replay.
struct FeedbackWrite {
  Feedback feedback;
  std::vector<FeedbackStep> new_steps;
};

// The current row: enough for lists, access checks and overdue counts without a replay.
struct FeedbackSummary {
  std::string code;
  std::string unit_code;
  FeedbackChannel channel = FeedbackChannel::kDirect;
  FeedbackState state = FeedbackState::kReceived;
  std::optional<FeedbackTopic> topic;
  std::string assignee;
  std::string dossier_code;
  std::string citizen_name;
  Instant received_at;
  Instant due;
  std::optional<Instant> answered_at;
  std::string answered_by;
  std::optional<Instant> published_at;
  std::optional<Instant> declined_at;
  std::optional<OverallSatisfaction> satisfaction;
  int step_count = 0;
  Instant last_action_at;
  bool operator==(const FeedbackSummary&) const = default;
};

FeedbackSummary FeedbackSummaryOf(const Feedback& feedback, std::string unit_code, int step_count);

// Not answered yet (received, classified or assigned): the states an answer is still owed in.
bool AwaitsAnswer(FeedbackState state);
// Awaiting an answer and past its due time at `now`.
bool IsOverdue(const FeedbackSummary& summary, Instant now);

enum class FeedbackSort {
  kReceivedDesc,  // newest first (default)
  kReceivedAsc,
  kDueAsc,  // most urgent first
  kCode,
};

// Which feedback ListFeedback returns. Unset members do not filter.
struct FeedbackFilter {
  std::vector<std::string> unit_codes;  // required: the units the caller may see (at least one)
  std::vector<FeedbackState> states;    // any of these
  std::vector<FeedbackTopic> topics;    // any of these
  std::optional<std::string> assignee;
  std::optional<std::string> dossier_code;
  std::optional<FeedbackChannel> channel;
  std::optional<Instant> received_from;  // received_at >= this
  std::optional<Instant> received_to;    // received_at < this
  std::optional<Instant> overdue_at;     // awaiting an answer and due < this instant
  // Words matched against SearchKey(code, citizen name, phone, e-mail, dossier code, content): accents and
  // case folded, đ = d; every word must occur.
  std::string text;
  FeedbackSort sort = FeedbackSort::kReceivedDesc;
  int limit = 50;  // 1..kMaxFeedbackPage
  int offset = 0;
};

inline constexpr int kMaxFeedbackPage = 500;

struct FeedbackPage {
  std::vector<FeedbackSummary> items;
  int64_t total = 0;  // rows matching the filter, ignoring limit/offset
};

}  // namespace motcua
