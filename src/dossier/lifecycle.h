// The dossier lifecycle as an explicit table: internal states, the actions that move a dossier between them,
// the national status code (1-10, synced to Cổng Dịch vụ công quốc gia) of each state and the official form
// an action produces. The table is the single source of truth: NextState, AllowedActions and the docs
// (docs/dossier.md) all follow it. Pure functions over constant data; thread-safe.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace motcua {

// Internal states. Several internal states may share one national code (the sub-steps of "Đang xử lý").
enum class DossierState {
  kNone,                 // pseudo-state before the first event: no dossier yet (no national code)
  kSubmitted,            // 1 Mới đăng ký: submitted online, not yet checked by the desk
  kCompletionRequested,  // 5: Mẫu 02 issued before acceptance (incomplete); waits for the applicant
  kRefusedAtDesk,        // 3 Không được tiếp nhận (Mẫu 03); final
  kReceived,             // 2 Được tiếp nhận (Mẫu 01): the clock runs; not yet with a specialist
  kInProgress,           // 4 Đang xử lý: with a specialist (appraisal, coordination, drafting)
  kApproved,             // 4: draft approved, waiting for the leader's signature
  kSigned,               // 4: signed, waiting for the văn thư to number and issue it
  kNumbered,             // 4: numbered and issued, the result document is being handed back to the desk
  kSupplementRequested,  // 5 Yêu cầu bổ sung giấy tờ: paused
  kFeesRequested,        // 6 Yêu cầu thực hiện nghĩa vụ tài chính: paused
  kWithdrawn,            // 7 Công dân yêu cầu rút hồ sơ; final
  kStopped,              // 8 Dừng xử lý; final
  kResolved,             // 9 Đã xử lý xong: a result or a refusal after appraisal is ready
  kReturned,             // 10 Đã trả kết quả; final except for the citizen's evaluation
};

inline constexpr int kDossierStateCount = 15;

enum class DossierAction {
  kSubmitOnline,       // applicant submits online                       -> kSubmitted
  kReceive,            // desk accepts the complete dossier (Mẫu 01)      -> kReceived
  kRequestCompletion,  // desk asks to complete before acceptance (Mẫu 02) -> kCompletionRequested
  kResubmit,           // applicant sends the completed online dossier    -> kSubmitted
  kRefuseAtDesk,       // desk refuses to accept (Mẫu 03)                 -> kRefusedAtDesk
  kAssign,             // desk hands the dossier to a specialist (Mẫu 05 row) -> kInProgress
  kHandOver,           // hand-over between officers or units (Mẫu 05 row), state unchanged
  kRequestSupplement,  // specialist asks for more papers (Mẫu 02); clock paused
  kReceiveSupplement,  // the supplement arrives; the clock runs again
  kRequestFees,        // financial obligation notified; clock paused
  kPayFees,            // paid; the clock runs again
  kApologize,          // Mẫu 04: apology with a new appointment, state unchanged
  kApprove,            // draft approved, sent for signature
  kSign,               // leader signs
  kNumber,             // văn thư numbers and issues
  kReject,             // refusal after appraisal (with reasons): resolves the dossier
  kResultReady,        // the result is ready at the desk: resolves the dossier
  kReturnResult,       // result handed to the applicant
  kWithdraw,           // applicant withdraws the dossier
  kStop,               // processing stopped at the applicant's request (thủ tục 1.010010)
  kEvaluate,           // citizen's evaluation, once, after the result; state unchanged
};

inline constexpr int kDossierActionCount = 21;

// One row of the table.
struct Transition {
  DossierState from;
  DossierAction action;
  DossierState to;
};

// Every allowed transition, in a stable order (by action, then by source state).
std::span<const Transition> TransitionTable();

// The state `action` leads to from `from`, or FailedPrecondition naming the allowed actions: English action
// ids in the log message, Vietnamese action names in the user message.
Result<DossierState> NextState(DossierState from, DossierAction action);
// The actions allowed from `state`, in the enum's order.
std::vector<DossierAction> AllowedActions(DossierState state);
bool IsAllowed(DossierState from, DossierAction action);

// National status code 1-10 synced to DVCQG; 0 for kNone.
int NationalStatusCode(DossierState state);
// "Mới đăng ký", "Được tiếp nhận", ... (the national name of the state's code; "" for kNone).
std::string_view NationalStatusName(int code);
// True for the states that no action except evaluation leaves.
bool IsFinal(DossierState state);
// True while the clock is stopped (supplement or fees).
bool IsPaused(DossierState state);

// Stable English ids ("received", "in_progress", ...) and Vietnamese names.
std::string_view StateId(DossierState state);
std::string_view StateNameVi(DossierState state);
Result<DossierState> ParseStateId(std::string_view id);
// Stable English ids ("receive", "request_supplement", ...) and Vietnamese names.
std::string_view ActionId(DossierAction action);
std::string_view ActionNameVi(DossierAction action);
Result<DossierAction> ParseActionId(std::string_view id);
// The official form the action issues under Thông tư 01/2018/TT-VPCP ("Mẫu 01" ...), or "" when none.
std::string_view ActionForm(DossierAction action);

}  // namespace motcua
