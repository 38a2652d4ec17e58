#include "dossier/lifecycle.h"

#include <array>

#include "dossier/allowed_actions_message.h"

namespace motcua {
namespace {

using S = DossierState;
using A = DossierAction;

// The law's table. See docs/dossier.md for the reasoning behind each row.
constexpr Transition kTable[] = {
    {S::kNone, A::kSubmitOnline, S::kSubmitted},

    {S::kNone, A::kReceive, S::kReceived},
    {S::kSubmitted, A::kReceive, S::kReceived},
    {S::kCompletionRequested, A::kReceive, S::kReceived},

    {S::kNone, A::kRequestCompletion, S::kCompletionRequested},
    {S::kSubmitted, A::kRequestCompletion, S::kCompletionRequested},

    {S::kCompletionRequested, A::kResubmit, S::kSubmitted},

    {S::kNone, A::kRefuseAtDesk, S::kRefusedAtDesk},
    {S::kSubmitted, A::kRefuseAtDesk, S::kRefusedAtDesk},
    {S::kCompletionRequested, A::kRefuseAtDesk, S::kRefusedAtDesk},

    {S::kReceived, A::kAssign, S::kInProgress},

    {S::kInProgress, A::kHandOver, S::kInProgress},
    {S::kApproved, A::kHandOver, S::kApproved},
    {S::kSigned, A::kHandOver, S::kSigned},
    {S::kNumbered, A::kHandOver, S::kNumbered},

    {S::kInProgress, A::kRequestSupplement, S::kSupplementRequested},
    {S::kSupplementRequested, A::kReceiveSupplement, S::kInProgress},

    {S::kInProgress, A::kRequestFees, S::kFeesRequested},
    {S::kFeesRequested, A::kPayFees, S::kInProgress},

    {S::kReceived, A::kApologize, S::kReceived},
    {S::kInProgress, A::kApologize, S::kInProgress},
    {S::kApproved, A::kApologize, S::kApproved},
    {S::kSigned, A::kApologize, S::kSigned},
    {S::kNumbered, A::kApologize, S::kNumbered},

    {S::kInProgress, A::kApprove, S::kApproved},
    {S::kApproved, A::kSign, S::kSigned},
    {S::kSigned, A::kNumber, S::kNumbered},

    {S::kInProgress, A::kReject, S::kResolved},
    {S::kApproved, A::kReject, S::kResolved},
    {S::kSigned, A::kReject, S::kResolved},
    {S::kNumbered, A::kReject, S::kResolved},

    {S::kNumbered, A::kResultReady, S::kResolved},

    {S::kResolved, A::kReturnResult, S::kReturned},

    {S::kSubmitted, A::kWithdraw, S::kWithdrawn},
    {S::kCompletionRequested, A::kWithdraw, S::kWithdrawn},
    {S::kReceived, A::kWithdraw, S::kWithdrawn},
    {S::kInProgress, A::kWithdraw, S::kWithdrawn},
    {S::kApproved, A::kWithdraw, S::kWithdrawn},
    {S::kSigned, A::kWithdraw, S::kWithdrawn},
    {S::kNumbered, A::kWithdraw, S::kWithdrawn},
    {S::kSupplementRequested, A::kWithdraw, S::kWithdrawn},
    {S::kFeesRequested, A::kWithdraw, S::kWithdrawn},

    {S::kReceived, A::kStop, S::kStopped},
    {S::kInProgress, A::kStop, S::kStopped},
    {S::kApproved, A::kStop, S::kStopped},
    {S::kSigned, A::kStop, S::kStopped},
    {S::kNumbered, A::kStop, S::kStopped},
    {S::kSupplementRequested, A::kStop, S::kStopped},
    {S::kFeesRequested, A::kStop, S::kStopped},

    {S::kResolved, A::kEvaluate, S::kResolved},
    {S::kReturned, A::kEvaluate, S::kReturned},
};

struct StateInfo {
  std::string_view id;
  std::string_view name_vi;
  int national_code;
};

constexpr std::array<StateInfo, kDossierStateCount> kStates = {{
    {"none", "Chưa có hồ sơ", 0},
    {"submitted", "Mới đăng ký", 1},
    {"completion_requested", "Yêu cầu bổ sung, hoàn thiện hồ sơ (chưa tiếp nhận)", 5},
    {"refused_at_desk", "Không được tiếp nhận", 3},
    {"received", "Được tiếp nhận", 2},
    {"in_progress", "Đang xử lý", 4},
    {"approved", "Đang xử lý: chờ ký duyệt", 4},
    {"signed", "Đang xử lý: chờ vào số, phát hành", 4},
    {"numbered", "Đang xử lý: đã phát hành, chờ chuyển kết quả", 4},
    {"supplement_requested", "Yêu cầu bổ sung giấy tờ", 5},
    {"fees_requested", "Yêu cầu thực hiện nghĩa vụ tài chính", 6},
    {"withdrawn", "Công dân yêu cầu rút hồ sơ", 7},
    {"stopped", "Dừng xử lý", 8},
    {"resolved", "Đã xử lý xong", 9},
    {"returned", "Đã trả kết quả", 10},
}};

struct ActionInfo {
  std::string_view id;
  std::string_view name_vi;
  std::string_view form;
};

constexpr std::array<ActionInfo, kDossierActionCount> kActions = {{
    {"submit_online", "Nộp hồ sơ trực tuyến", ""},
    {"receive", "Tiếp nhận hồ sơ", "Mẫu 01"},
    {"request_completion", "Yêu cầu bổ sung, hoàn thiện hồ sơ", "Mẫu 02"},
    {"resubmit", "Nộp lại hồ sơ đã hoàn thiện", ""},
    {"refuse_at_desk", "Từ chối tiếp nhận hồ sơ", "Mẫu 03"},
    {"assign", "Chuyển xử lý", "Mẫu 05"},
    {"hand_over", "Bàn giao hồ sơ", "Mẫu 05"},
    {"request_supplement", "Yêu cầu bổ sung giấy tờ", "Mẫu 02"},
    {"receive_supplement", "Nhận hồ sơ bổ sung", ""},
    {"request_fees", "Yêu cầu thực hiện nghĩa vụ tài chính", ""},
    {"pay_fees", "Xác nhận đã thực hiện nghĩa vụ tài chính", ""},
    {"apologize", "Xin lỗi và hẹn lại ngày trả kết quả", "Mẫu 04"},
    {"approve", "Duyệt, trình ký", "Mẫu 05"},
    {"sign", "Ký duyệt", "Mẫu 05"},
    {"number", "Vào số, phát hành", "Mẫu 05"},
    {"reject", "Từ chối giải quyết", ""},
    {"result_ready", "Có kết quả", ""},
    {"return_result", "Trả kết quả", ""},
    {"withdraw", "Rút hồ sơ", ""},
    {"stop", "Dừng xử lý", ""},
    {"evaluate", "Đánh giá mức độ hài lòng", ""},
}};

constexpr std::array<std::string_view, 11> kNationalNames = {
    "",
    "Mới đăng ký",
    "Được tiếp nhận",
    "Không được tiếp nhận",
    "Đang xử lý",
    "Yêu cầu bổ sung giấy tờ",
    "Yêu cầu thực hiện nghĩa vụ tài chính",
    "Công dân yêu cầu rút hồ sơ",
    "Dừng xử lý",
    "Đã xử lý xong",
    "Đã trả kết quả",
};

const StateInfo& Info(DossierState s) { return kStates[static_cast<size_t>(s)]; }
const ActionInfo& Info(DossierAction a) { return kActions[static_cast<size_t>(a)]; }

}  // namespace

std::span<const Transition> TransitionTable() { return kTable; }

bool IsAllowed(DossierState from, DossierAction action) {
  for (const Transition& t : kTable) {
    if (t.from == from && t.action == action) return true;
  }
  return false;
}

std::vector<DossierAction> AllowedActions(DossierState state) {
  std::vector<DossierAction> out;
  for (int i = 0; i < kDossierActionCount; ++i) {
    const auto action = static_cast<DossierAction>(i);
    if (IsAllowed(state, action)) out.push_back(action);
  }
  return out;
}

Result<DossierState> NextState(DossierState from, DossierAction action) {
  for (const Transition& t : kTable) {
    if (t.from == from && t.action == action) return t.to;
  }
  std::string log = "action '";
  log.append(ActionId(action))
      .append("' is not allowed in state '")
      .append(StateId(from))
      .append("'; allowed: ");
  std::string user = "Không thể thực hiện \"";
  user.append(ActionNameVi(action))
      .append("\" khi hồ sơ ở trạng thái \"")
      .append(StateNameVi(from))
      .append("\". ");
  dossier_internal::AppendAllowedActions(
      AllowedActions(from), [](DossierAction a) { return ActionId(a); },
      [](DossierAction a) { return ActionNameVi(a); }, "Hồ sơ không còn thao tác nào được phép.", log, user);
  return Status::FailedPrecondition(std::move(log), std::move(user));
}

int NationalStatusCode(DossierState state) { return Info(state).national_code; }

std::string_view NationalStatusName(int code) {
  if (code < 0 || code >= static_cast<int>(kNationalNames.size())) return "";
  return kNationalNames[static_cast<size_t>(code)];
}

bool IsFinal(DossierState state) {
  for (const Transition& t : kTable) {
    if (t.from == state && t.action != DossierAction::kEvaluate) return false;
  }
  return state != DossierState::kNone;
}

bool IsPaused(DossierState state) {
  return state == DossierState::kSupplementRequested || state == DossierState::kFeesRequested;
}

std::string_view StateId(DossierState state) { return Info(state).id; }
std::string_view StateNameVi(DossierState state) { return Info(state).name_vi; }
std::string_view ActionId(DossierAction action) { return Info(action).id; }
std::string_view ActionNameVi(DossierAction action) { return Info(action).name_vi; }
std::string_view ActionForm(DossierAction action) { return Info(action).form; }

Result<DossierState> ParseStateId(std::string_view id) {
  for (int i = 0; i < kDossierStateCount; ++i) {
    if (kStates[static_cast<size_t>(i)].id == id) return static_cast<DossierState>(i);
  }
  return Status::InvalidArgument("unknown dossier state '" + std::string(id) + "'",
                                 "Trạng thái hồ sơ không hợp lệ: '" + std::string(id) + "'.");
}

Result<DossierAction> ParseActionId(std::string_view id) {
  for (int i = 0; i < kDossierActionCount; ++i) {
    if (kActions[static_cast<size_t>(i)].id == id) return static_cast<DossierAction>(i);
  }
  return Status::InvalidArgument("unknown dossier action '" + std::string(id) + "'",
                                 "Thao tác không hợp lệ: '" + std::string(id) + "'.");
}

}  // namespace motcua
