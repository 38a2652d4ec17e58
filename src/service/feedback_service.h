// The citizen feedback engine (phản ánh, kiến nghị: PAKN; docs/feedback.md): every read and change of a
// feedback goes through here. Intake gives out the tracking code and a one-time rating secret and computes
// the answer's due time with the unit's working calendar and the configured answer time; each step is
// checked against the caller's rights and the PAKN lifecycle (dossier/pakn.h) inside the store's
// transaction, which appends it to the journal.
//
// Access (auth/access.h has no PAKN permissions; these reuse the nearest dossier ones, docs/feedback.md):
//   view, list          dossier.view_personal_data on the unit (desk, leader, admin: a feedback carries the
//                       citizen's name and contact), or being the feedback's assignee
//   receive at the desk dossier.receive (desk)
//   classify, assign    dossier.assign on the unit (desk, leader)
//   answer              the assignee, or dossier.approve on the unit (leader answers in the unit's name)
//   publish             dossier.approve (leader): publishing is the unit's decision
//   decline             dossier.refuse (leader)
//   rate                the citizen, with the secret given at intake (public; no account)
// Nobody acts on another unit's feedback.
//
// The answer time comes from the store setting "pakn.answer_time" (calendar/duration.h form), read at each
// intake; kDefaultFeedbackAnswerTime when unset. The statutory figure is NOT verified: see docs/feedback.md.
// Thread-safe: one FeedbackService serves all HTTP threads.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "dossier/pakn.h"
#include "service/unit_calendars.h"
#include "store/account_records.h"
#include "store/store.h"

namespace motcua {

inline constexpr std::string_view kFeedbackAnswerTimeSetting = "pakn.answer_time";
// [verify] Default until the article of NĐ 20/2008/NĐ-CP (am. 92/2017/NĐ-CP) fixing the time limit is read.
inline constexpr std::string_view kDefaultFeedbackAnswerTime = "10 wd";

// A new feedback and its rating secret. The secret is shown to the citizen once (with the code) and only
// its hash is kept: it cannot be shown again.
struct FeedbackReceipt {
  Feedback feedback;
  std::string secret;
};

// A feedback as an officer sees it: the replayed value, its unit and its journal.
struct FeedbackView {
  Feedback feedback;
  std::string unit_code;
  std::vector<StoredFeedbackStep> steps;
};

class FeedbackService {
 public:
  FeedbackService(Store& store, UnitCalendars& calendars) : store_(store), calendars_(calendars) {}

  // The public form: anyone, channel "online". `intake`'s id, received_at and channel are set here.
  // InvalidArgument (naming the key) for a bad intake, an unknown unit or an unknown dossier.
  Result<FeedbackReceipt> Submit(std::string_view unit_code, FeedbackIntake intake, Instant now);
  // At the desk (a letter, a call, a visit): the officer's unit; the channel as given.
  Result<FeedbackReceipt> Receive(const User& officer, FeedbackIntake intake, Instant now);

  // Applies one officer step (classify, assign, answer, publish, decline); `step.at` and `step.by` are set
  // here. PermissionDenied when the officer may not; FailedPrecondition (naming the allowed actions) when
  // the lifecycle does not allow it. kRate goes through Rate().
  Result<Feedback> Act(const User& officer, std::string_view code, FeedbackStep step, Instant now);
  // The citizen's rating of the answer, once. PermissionDenied for a wrong secret (nothing is revealed about
  // the feedback); FailedPrecondition before the answer or when already rated.
  Result<Feedback> Rate(std::string_view code, std::string_view secret, OverallSatisfaction satisfaction,
                        Instant now);

  Result<FeedbackView> Get(const User& officer, std::string_view code);
  // The feedback of the officer's unit the officer may see (filter.unit_codes is replaced): all of them with
  // view rights on the unit, otherwise only those assigned to the officer.
  Result<FeedbackPage> List(const User& officer, FeedbackFilter filter);
  // What anyone may look up by code; the caller shows only the non-personal fields.
  Result<Feedback> PublicLookup(std::string_view code);

  // The steps the lifecycle allows next that `officer` may take (never kRate).
  std::vector<FeedbackAction> AllowedActionsFor(const User& officer, const Feedback& feedback,
                                                std::string_view unit_code) const;
  // OK when `officer` may take `action` on `feedback` of `unit_code` (see the table above).
  static Status AuthorizeAction(const User& officer, FeedbackAction action, const Feedback& feedback,
                                std::string_view unit_code);
  static Status AuthorizeView(const User& officer, const Feedback& feedback, std::string_view unit_code);

  // The configured answer time (kFeedbackAnswerTimeSetting, or the default). FailedPrecondition when the
  // setting does not parse: a wrong due time is worse than a refused intake.
  Result<FeedbackPolicy> Policy();

 private:
  Result<FeedbackReceipt> Open(const std::string& unit_code, FeedbackIntake intake, Instant now);
  Status CheckDossierReference(const std::string& unit_code, const std::string& dossier_code);
  Status CheckAssignee(const std::string& unit_code, const std::string& username);

  Store& store_;
  UnitCalendars& calendars_;
};

}  // namespace motcua
