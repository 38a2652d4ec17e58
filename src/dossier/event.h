// Journal events: the append-only vocabulary of everything that happens to a dossier (who, when, what, why),
// and their JSON form, which is also the import format of `motcua import` (docs/import.md). Parsing is
// strict: an unknown kind or key, a missing or empty required field, a value of the wrong type or a bad
// time gives InvalidArgument naming the key ("applicant.name", "components[1].digitized"). Times carry an
// explicit offset or are read as +07:00. Writing then parsing an event gives it back unchanged. Plain values
// and pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_time.h"
#include "base/result.h"
#include "dossier/dossier.h"
#include "dossier/evaluation.h"
#include "dossier/lifecycle.h"

namespace motcua {

// One kind per lifecycle action, in the same order as DossierAction.
enum class EventKind {
  kSubmitted,            // "submitted"
  kReceived,             // "received"
  kCompletionRequested,  // "completion_requested"
  kResubmitted,          // "resubmitted"
  kRefusedAtDesk,        // "refused_at_desk"
  kAssigned,             // "assigned"
  kHandedOver,           // "handed_over"
  kSupplementRequested,  // "supplement_requested"
  kSupplementReceived,   // "supplement_received"
  kFeesRequested,        // "fees_requested"
  kFeesPaid,             // "fees_paid"
  kExtended,             // "extended" (Mẫu 04 apology with a new appointment)
  kApproved,             // "approved"
  kSigned,               // "signed"
  kNumbered,             // "numbered"
  kRejected,             // "rejected" (refusal after appraisal)
  kResultReady,          // "result_ready"
  kReturned,             // "returned"
  kWithdrawn,            // "withdrawn"
  kStopped,              // "stopped"
  kEvaluated,            // "evaluated"
};
inline constexpr int kEventKindCount = 21;
static_assert(kEventKindCount == kDossierActionCount, "one event kind per lifecycle action");

// What an intake event (submitted, received; optionally completion_requested, resubmitted,
// refused_at_desk) says about the dossier.
struct Intake {
  std::string unit;
  std::string procedure;
  std::string case_name;  // "case": a case name of the procedure or its 1-based number; empty = the first
  Channel channel = Channel::kDirect;
  Applicant applicant;  // id_number as given (canonicalised by Apply)
  Contact contact;
  std::vector<SubmittedComponent> components;
  std::vector<FeeItem> fees;  // collected at receipt
  std::string external_code;
  bool operator==(const Intake&) const = default;
};

// Fields not used by a kind stay at their defaults (and are not written).
struct Event {
  EventKind kind = EventKind::kReceived;
  std::string code;  // dossier code
  Instant at;
  std::string by;      // actor (user name); optional for submitted, resubmitted, evaluated
  std::string reason;  // required for refused_at_desk, extended, rejected, withdrawn, stopped
  std::string note;
  std::optional<Intake> intake;
  std::string to;                   // assigned, handed_over (required); approved, signed, numbered (optional)
  std::string to_unit;              // the receiving unit/section of a hand-over
  std::optional<int> step;          // the process step index the receiver performs
  std::vector<std::string> items;   // completion_requested, supplement_requested
  std::optional<Instant> deadline;  // supplement_requested
  std::vector<FeeItem> fees;        // fees_requested
  bool paid_online = false;         // fees_paid "online"
  std::optional<Instant> new_due;   // extended: the new appointment
  bool digitized = false;           // result_ready
  std::string file_id;              // result_ready
  std::string document;             // numbered, rejected, result_ready
  std::string recipient;            // returned
  ReturnMethod method = ReturnMethod::kAtDesk;  // returned
  std::vector<std::string> originals_returned;  // returned
  std::optional<Evaluation> evaluation;         // evaluated (its `at` equals the event's)
  bool operator==(const Event&) const = default;
};

inline constexpr size_t kMaxEventLineBytes = 1 << 20;

std::string_view EventKindId(EventKind kind);
Result<EventKind> ParseEventKindId(std::string_view id);
DossierAction EventAction(EventKind kind);
EventKind EventKindFor(DossierAction action);

// Shape checks shared by the JSON parser and events built in code: required fields present and non-empty,
// code well-formed, values in range. Does not look at the dossier (Apply does).
Status ValidateEvent(const Event& event);

Result<Event> EventFromJson(const nlohmann::json& json);
// One line of JSONL (one JSON object).
Result<Event> ParseEventLine(std::string_view line);
// A whole JSONL text: one event per line, blank lines ignored. All or nothing: the first error is returned,
// prefixed with its line number ("line 3: ...", "Dòng 3: ...").
Result<std::vector<Event>> ParseEventLines(std::string_view text);

nlohmann::json EventToJson(const Event& event);
// Compact one-line JSON with keys in a readable order ("event", "code", "at", "by", ...).
std::string EventToJsonLine(const Event& event);

}  // namespace motcua
