// The JSON form of citizen feedback (dossier/pakn.h): the intake and each step, as the store keeps them
// (docs/feedback.md) and as the API reads them. Parsing is strict like dossier/event.h: an unknown key, a key
// the step's action does not use, a missing or empty required field, a value of the wrong type, text that is
// not UTF-8 or holds control characters, or a bad time gives InvalidArgument naming the key
// ("contact.phone"). Text is NFC-normalised and trimmed. Times carry an explicit offset or are read as
// +07:00. Writing then parsing gives the value back unchanged. Pure functions; thread-safe.
//
// Intake: {"id","received_at","channel","citizen_name","contact":{"phone","email"},"content","dossier_code"}
//   id (a feedback code, dossier/feedback_code.h), received_at, channel, citizen_name, content: required;
//   contact and dossier_code (a dossier code) optional.
// Step: {"action","at","by", and per action: classify "topic"; assign "to"; answer "text" (the answer);
//   decline "text" (the reason); rate "satisfaction" (very_satisfied|satisfied|unsatisfied); publish none}.
//   "by" is required except for rate (the citizen), where it is optional.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "base/result.h"
#include "dossier/pakn.h"

namespace motcua {

// Limits: long text (content, answer, decline reason) and short text (names, contact, usernames), in bytes
// of UTF-8.
inline constexpr size_t kMaxFeedbackTextBytes = 10000;
inline constexpr size_t kMaxFeedbackShortBytes = 200;

Result<FeedbackIntake> FeedbackIntakeFromJson(const nlohmann::json& json);
nlohmann::json FeedbackIntakeToJson(const FeedbackIntake& intake);
// One compact JSON object per text, keys in a readable order.
Result<FeedbackIntake> ParseFeedbackIntake(std::string_view text);
std::string FeedbackIntakeToJsonText(const FeedbackIntake& intake);

Result<FeedbackStep> FeedbackStepFromJson(const nlohmann::json& json);
nlohmann::json FeedbackStepToJson(const FeedbackStep& step);
Result<FeedbackStep> ParseFeedbackStep(std::string_view text);
std::string FeedbackStepToJsonText(const FeedbackStep& step);

Result<FeedbackAction> ParseFeedbackActionId(std::string_view id);

}  // namespace motcua
