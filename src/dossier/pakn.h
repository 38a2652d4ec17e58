// Citizen feedback (phản ánh, kiến nghị: PAKN, Nghị định 20/2008/NĐ-CP as amended by 92/2017/NĐ-CP) as a
// value with its own small lifecycle: received -> classified -> assigned -> answered -> published, or
// declined (outside the scope of PAKN, e.g. a complaint under the Law on Complaints). The answer's due time
// is computed by the injected DueClock from a configured duration (FeedbackPolicy): the statutory figure is
// configuration, not code (docs/dossier.md). The citizen may rate the answer once. Pure functions;
// thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_time.h"
#include "base/result.h"
#include "calendar/duration.h"
#include "dossier/dossier.h"
#include "dossier/due_clock.h"
#include "dossier/evaluation.h"

namespace motcua {

enum class FeedbackTopic {
  kRegulation,  // "regulation": about an administrative regulation or procedure as written
  kStaff,       // "staff": about an officer's conduct or attitude
  kHandling,    // "handling": about how a dossier was handled (delay, extra papers asked, ...)
  kOther,       // "other"
};

enum class FeedbackChannel {
  kDirect,  // "direct": at the desk or a feedback box
  kOnline,  // "online": portal, email
  kPostal,  // "postal": letter
  kPhone,   // "phone": hotline
};

enum class FeedbackState {
  kReceived,    // "received"
  kClassified,  // "classified"
  kAssigned,    // "assigned"
  kAnswered,    // "answered"
  kPublished,   // "published": the answer is public
  kDeclined,    // "declined": not a PAKN matter; final
};

enum class FeedbackAction {
  kClassify,  // "classify": set the topic (may be corrected before assignment)
  kAssign,    // "assign": to the officer who answers (may be reassigned before the answer)
  kAnswer,    // "answer"
  kPublish,   // "publish"
  kDecline,   // "decline": with the reason
  kRate,      // "rate": the citizen's satisfaction with the answer, once
};

// Configuration: how long the unit has to answer (counted like a dossier's time).
struct FeedbackPolicy {
  Duration answer_time;
};

struct FeedbackIntake {
  std::string id;
  Instant received_at;
  FeedbackChannel channel = FeedbackChannel::kDirect;
  std::string citizen_name;
  Contact contact;
  std::string content;
  std::string dossier_code;  // the dossier it concerns, if any
};

struct Feedback {
  std::string id;
  Instant received_at;
  FeedbackChannel channel = FeedbackChannel::kDirect;
  std::string citizen_name;
  Contact contact;
  std::string content;
  std::string dossier_code;
  FeedbackState state = FeedbackState::kReceived;
  Instant due;
  std::optional<FeedbackTopic> topic;
  std::string assignee;
  std::string answer;
  std::optional<Instant> answered_at;
  std::string answered_by;
  std::optional<Instant> published_at;
  std::string decline_reason;
  std::optional<Instant> declined_at;
  std::optional<OverallSatisfaction> satisfaction;
  Instant last_action_at;
  bool operator==(const Feedback&) const = default;
};

struct FeedbackStep {
  FeedbackAction action = FeedbackAction::kClassify;
  Instant at;
  std::string by;                                   // officer (empty for kRate: the citizen)
  std::optional<FeedbackTopic> topic;               // kClassify
  std::string to;                                   // kAssign
  std::string text;                                 // kAnswer: the answer; kDecline: the reason
  std::optional<OverallSatisfaction> satisfaction;  // kRate
};

// Validates the intake (id, name, content) and computes the due time.
Result<Feedback> OpenFeedback(const FeedbackIntake& intake, const FeedbackPolicy& policy,
                              const DueClock& clock);
// Applies one step. FailedPrecondition (naming the allowed actions) when the state does not allow it or the
// answer was already rated; InvalidArgument for a missing field or a time before the previous step.
Result<Feedback> ApplyFeedbackStep(const Feedback& feedback, const FeedbackStep& step);
std::vector<FeedbackAction> AllowedFeedbackActions(FeedbackState state);
// Answered, and at or before the due time (the 766 index's "PAKN on time").
bool AnsweredOnTime(const Feedback& feedback);

std::string_view FeedbackTopicId(FeedbackTopic topic);
std::string_view FeedbackTopicNameVi(FeedbackTopic topic);
Result<FeedbackTopic> ParseFeedbackTopicId(std::string_view id);
std::string_view FeedbackChannelId(FeedbackChannel channel);
Result<FeedbackChannel> ParseFeedbackChannelId(std::string_view id);
std::string_view FeedbackStateId(FeedbackState state);
std::string_view FeedbackStateNameVi(FeedbackState state);
std::string_view FeedbackActionId(FeedbackAction action);
std::string_view FeedbackActionNameVi(FeedbackAction action);

}  // namespace motcua
