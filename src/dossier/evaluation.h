// The citizen's evaluation of how a dossier was handled: nine criteria scored 2 (good), 1 (acceptable) or 0
// (poor), an overall judgement (rất hài lòng / hài lòng / không hài lòng), the channel it was given through
// and its time. One per dossier, only after the result (enforced by the dossier lifecycle). Plain values and
// pure functions; thread-safe.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "base/civil_time.h"
#include "base/result.h"

namespace motcua {

enum class EvaluationCriterion {
  kTotalTime,         // "total_time": total time against the legal limit
  kUnitTime,          // "unit_time": each unit's time
  kContacts,          // "contacts": number of times the applicant had to come or call
  kAgencies,          // "agencies": number of agencies the applicant had to deal with
  kOneStop,           // "one_stop": handled entirely at the one-stop desk
  kPublicity,         // "publicity": published, transparent information
  kAttitude,          // "attitude": the officers' attitude
  kFeedbackHandling,  // "feedback_handling": handling of the applicant's feedback
  kOnlineQuality,     // "online_quality": quality of the online service
};
inline constexpr int kEvaluationCriterionCount = 9;

enum class OverallSatisfaction {
  kVerySatisfied,  // "very_satisfied": Rất hài lòng
  kSatisfied,      // "satisfied": Hài lòng
  kUnsatisfied,    // "unsatisfied": Không hài lòng
};

enum class EvaluationChannel {
  kDesk,    // "desk": device or slip at the one-stop desk
  kOnline,  // "online": the public-service portal
  kPhone,   // "phone": phone call or text message
};

struct Evaluation {
  Instant at;
  OverallSatisfaction overall = OverallSatisfaction::kSatisfied;
  // Score per criterion (index = EvaluationCriterion), nullopt when the citizen skipped it.
  std::array<std::optional<int>, kEvaluationCriterionCount> scores{};
  std::optional<EvaluationChannel> channel;
  bool operator==(const Evaluation&) const = default;
};

// Every given score must be 0, 1 or 2.
Status ValidateEvaluation(const Evaluation& evaluation);
// Sum of the given scores (0..18).
int TotalScore(const Evaluation& evaluation);
// Satisfied or very satisfied (the 766 index's "hài lòng" numerator).
bool IsSatisfied(OverallSatisfaction overall);

std::string_view CriterionId(EvaluationCriterion criterion);
std::string_view CriterionNameVi(EvaluationCriterion criterion);
Result<EvaluationCriterion> ParseCriterionId(std::string_view id);
std::string_view OverallId(OverallSatisfaction overall);
std::string_view OverallNameVi(OverallSatisfaction overall);
Result<OverallSatisfaction> ParseOverallId(std::string_view id);
std::string_view EvaluationChannelId(EvaluationChannel channel);
Result<EvaluationChannel> ParseEvaluationChannelId(std::string_view id);

}  // namespace motcua
