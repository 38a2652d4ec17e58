#include "store/feedback_records.h"

#include <utility>

#include "dossier/due_clock.h"

namespace motcua {
namespace {

// Gives back the due time recorded at intake: replay must not recompute it with today's calendar or
// configuration. OpenFeedback only calls ComputeDue; the other two are never used in a replay.
class RecordedDueClock final : public DueClock {
 public:
  explicit RecordedDueClock(Instant due) : due_(due) {}
  Result<Instant> ComputeDue(Instant, Duration, std::optional<int>,
                             std::span<const TimeInterval>) const override {
    return due_;
  }
  int64_t WorkingSecondsBetween(Instant, Instant) const override { return 0; }
  Result<Instant> AddWorkingTime(Instant, int64_t, std::span<const TimeInterval>) const override {
    return Status::Internal("feedback replay does not add working time");
  }

 private:
  Instant due_;
};

}  // namespace

Result<Feedback> ReplayFeedback(const FeedbackRecord& record) {
  const RecordedDueClock clock(record.due);
  MOTCUA_ASSIGN_OR_RETURN(Feedback feedback,
                          OpenFeedback(record.intake, FeedbackPolicy{record.answer_time}, clock));
  for (const StoredFeedbackStep& stored : record.steps) {
    MOTCUA_ASSIGN_OR_RETURN(feedback, ApplyFeedbackStep(feedback, stored.step));
  }
  return feedback;
}

FeedbackSummary FeedbackSummaryOf(const Feedback& feedback, std::string unit_code, int step_count) {
  FeedbackSummary s;
  s.code = feedback.id;
  s.unit_code = std::move(unit_code);
  s.channel = feedback.channel;
  s.state = feedback.state;
  s.topic = feedback.topic;
  s.assignee = feedback.assignee;
  s.dossier_code = feedback.dossier_code;
  s.citizen_name = feedback.citizen_name;
  s.received_at = feedback.received_at;
  s.due = feedback.due;
  s.answered_at = feedback.answered_at;
  s.answered_by = feedback.answered_by;
  s.published_at = feedback.published_at;
  s.declined_at = feedback.declined_at;
  s.satisfaction = feedback.satisfaction;
  s.step_count = step_count;
  s.last_action_at = feedback.last_action_at;
  return s;
}

bool AwaitsAnswer(FeedbackState state) {
  return state == FeedbackState::kReceived || state == FeedbackState::kClassified ||
         state == FeedbackState::kAssigned;
}

bool IsOverdue(const FeedbackSummary& summary, Instant now) {
  return AwaitsAnswer(summary.state) && summary.due < now;
}

}  // namespace motcua
