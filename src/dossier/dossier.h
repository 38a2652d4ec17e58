// The dossier (hồ sơ) as a value: what was filed, by whom, under which rule version, where it is in its
// lifecycle, its legal due time and appointment, and everything that happened to it that reports and forms
// need (pauses, hand-overs, apology, resolution, return, withdrawal, evaluation). A Dossier is only ever
// produced by Apply() (dossier/apply.h) from journal events, so replaying the events gives the same value.
// Plain value type; thread-safe to share const.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_time.h"
#include "base/result.h"
#include "calendar/duration.h"
#include "catalog/procedure.h"
#include "dossier/due_clock.h"
#include "dossier/evaluation.h"
#include "dossier/identity.h"
#include "dossier/lifecycle.h"

namespace motcua {

// How the dossier reached the desk; the numbers are the national channel codes.
enum class Channel {
  kDirect = 1,  // "direct": at the desk
  kOnline = 2,  // "online": public-service portal
  kPostal = 3,  // "postal": public postal service
};

enum class ApplicantKind {
  kPerson,        // "person"
  kOrganisation,  // "organisation"
};

struct Applicant {
  ApplicantKind kind = ApplicantKind::kPerson;
  std::string name;
  IdKind id_kind = IdKind::kNone;
  std::string id_number;  // canonical (CanonicalIdNumber); empty when not given
  std::string address;
  bool operator==(const Applicant&) const = default;
};

struct Contact {
  std::string phone;
  std::string email;
  bool operator==(const Contact&) const = default;
};

// A component (thành phần hồ sơ) as submitted.
struct SubmittedComponent {
  std::string name;
  int originals = 0;
  int copies = 0;
  bool digitized = false;
  std::vector<std::string> file_ids;  // stored files of the digitised component
  bool operator==(const SubmittedComponent&) const = default;
};

struct FeeItem {
  std::string description;
  std::optional<int64_t> amount_dong;
  bool operator==(const FeeItem&) const = default;
};

enum class PauseKind {
  kSupplement,  // bổ sung giấy tờ
  kFees,        // nghĩa vụ tài chính
};

// A stop of the clock. `end` is empty while the pause is open.
struct Pause {
  PauseKind kind = PauseKind::kSupplement;
  Instant start;
  std::optional<Instant> end;
  std::string requested_by;
  std::vector<std::string> items;   // what must be supplied (supplement)
  std::optional<Instant> deadline;  // deadline given to the applicant (supplement), if any
  bool operator==(const Pause&) const = default;
};

// One row of Mẫu 05 (Phiếu kiểm soát quá trình giải quyết hồ sơ).
struct HandOver {
  DossierAction action = DossierAction::kAssign;  // the action that made the hand-over
  Instant at;
  std::string from_unit;                // from (bộ phận / đơn vị giao)
  std::string to_unit;                  // to (bộ phận / đơn vị nhận)
  std::string giver;                    // person handing over (the event's actor)
  std::string receiver;                 // person receiving
  std::optional<int> step;              // index of the procedure's process step the receiver performs
  std::optional<Instant> step_due;      // deadline of that step
  std::optional<Instant> completed_at;  // when the receiver handed it on (or the dossier resolved)
  std::string note;
  bool operator==(const HandOver&) const = default;
};

// The process step shares captured at receipt (the rule version in force), for Mẫu 05 step deadlines.
struct StepShare {
  ProcessRole role = ProcessRole::kSpecialist;
  int share_percent = 0;
  bool operator==(const StepShare&) const = default;
};

// Mẫu 02 issued before acceptance.
struct CompletionRequest {
  Instant at;
  std::string by;
  std::vector<std::string> items;
  bool operator==(const CompletionRequest&) const = default;
};

// Mẫu 04: apology and new appointment (at most one per dossier).
struct Apology {
  Instant at;
  std::string by;
  std::string reason;
  Instant previous_appointment;
  Instant new_appointment;
  bool operator==(const Apology&) const = default;
};

// Who did an internal step and when (approve, sign, number). `implied` when an imported history did not
// record the step and the result implied it.
struct StepRecord {
  Instant at;
  std::string by;
  bool implied = false;
  bool operator==(const StepRecord&) const = default;
};

enum class ResolutionKind {
  kResult,   // "result": the requested result was issued
  kRefused,  // "refused": refused after appraisal, with reasons
};

struct Resolution {
  ResolutionKind kind = ResolutionKind::kResult;
  Instant at;
  std::string by;
  bool digitized = false;  // the result exists as a stored electronic document
  std::string file_id;     // that document (required for a digitised result in live use)
  std::string document;    // number or title of the result / refusal document
  std::string reason;      // refusal reasons
  bool operator==(const Resolution&) const = default;
};

enum class ReturnMethod {
  kAtDesk,      // "desk"
  kByPost,      // "post"
  kElectronic,  // "electronic"
};

struct ReturnInfo {
  Instant at;
  std::string by;
  std::string recipient;
  ReturnMethod method = ReturnMethod::kAtDesk;
  std::vector<std::string> originals_returned;  // originals given back with the result
  bool operator==(const ReturnInfo&) const = default;
};

enum class ClosureKind {
  kRefusedAtDesk,  // Mẫu 03
  kWithdrawn,      // the applicant withdrew
  kStopped,        // stopped at the applicant's request
};

// How a dossier ended without a resolution.
struct Closure {
  ClosureKind kind = ClosureKind::kWithdrawn;
  Instant at;
  std::string by;
  std::string reason;
  bool operator==(const Closure&) const = default;
};

struct Note {
  Instant at;
  std::string by;
  std::string text;
  bool operator==(const Note&) const = default;
};

struct Dossier {
  // Identity and intake.
  std::string code;           // "000.00.20.H31-240925-0001"
  std::string external_code;  // the national portal's code, when it came from there
  std::string unit;           // receiving unit id
  std::string procedure_code;
  int case_index = 0;                     // index into the procedure's cases
  std::optional<CivilDate> rule_version;  // the procedure version's effective_from at receipt
  Duration processing_time;               // of that case, captured at receipt
  std::optional<int> cutoff_seconds;      // of that case, captured at receipt
  std::vector<StepShare> steps;           // process step shares, captured at receipt
  int64_t total_working_seconds = 0;      // working time between receipt and the unpaused due time
  Channel channel = Channel::kDirect;
  Applicant applicant;
  Contact contact;
  std::vector<SubmittedComponent> components;
  std::vector<FeeItem> fees;  // fees collected at receipt and fees requested later
  std::optional<Instant> fees_paid_at;
  bool fees_paid_online = false;

  // Lifecycle.
  DossierState state = DossierState::kNone;
  std::optional<Instant> submitted_at;  // online submission
  std::optional<Instant> received_at;   // accepted by the desk: starts the clock, dates the code
  std::string received_by;
  std::optional<Instant> legal_due;    // recomputed after each pause; never moved by an apology
  std::optional<Instant> appointment;  // what the citizen was promised (Mẫu 01, then Mẫu 04)
  std::string assignee;                // current holder
  std::vector<CompletionRequest> completion_requests;
  std::vector<Pause> pauses;
  std::vector<HandOver> hand_overs;
  std::optional<Apology> apology;
  std::optional<StepRecord> approved;
  std::optional<StepRecord> signed_off;
  std::optional<StepRecord> numbered;
  std::string document_number;  // given by the văn thư
  std::optional<Resolution> resolution;
  std::optional<ReturnInfo> returned;
  std::optional<Closure> closure;
  std::optional<Evaluation> evaluation;
  std::vector<Note> notes;
  std::vector<DossierAction> implied_actions;  // steps an imported history implied (see Apply)
  std::optional<Instant> last_event_at;
  int event_count = 0;

  bool operator==(const Dossier&) const = default;
};

// The open pause, if the clock is stopped.
const Pause* OpenPause(const Dossier& dossier);
// The closed pauses as intervals, in order (what the due clock skips).
std::vector<TimeInterval> ClosedPauseIntervals(const Dossier& dossier);

std::string_view ChannelId(Channel channel);  // "direct", "online", "postal"
std::string_view ChannelNameVi(Channel channel);
Result<Channel> ParseChannelId(std::string_view id);
std::string_view ApplicantKindId(ApplicantKind kind);  // "person", "organisation"
Result<ApplicantKind> ParseApplicantKindId(std::string_view id);
std::string_view ReturnMethodId(ReturnMethod method);  // "desk", "post", "electronic"
std::string_view ReturnMethodNameVi(ReturnMethod method);
Result<ReturnMethod> ParseReturnMethodId(std::string_view id);
std::string_view ResolutionKindId(ResolutionKind kind);  // "result", "refused"
std::string_view ClosureKindId(ClosureKind kind);        // "refused_at_desk", "withdrawn", "stopped"

}  // namespace motcua
