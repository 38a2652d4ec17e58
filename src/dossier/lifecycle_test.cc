#include "dossier/lifecycle.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <utility>

namespace motcua {
namespace {

using S = DossierState;
using A = DossierAction;

// The expected law, typed independently of lifecycle.cc: (from, action) -> to. Every pair not listed must be
// refused.
const std::map<std::pair<S, A>, S>& Expected() {
  static const auto* table = new std::map<std::pair<S, A>, S>{
      {{S::kNone, A::kSubmitOnline}, S::kSubmitted},
      {{S::kNone, A::kReceive}, S::kReceived},
      {{S::kNone, A::kRequestCompletion}, S::kCompletionRequested},
      {{S::kNone, A::kRefuseAtDesk}, S::kRefusedAtDesk},
      {{S::kSubmitted, A::kReceive}, S::kReceived},
      {{S::kSubmitted, A::kRequestCompletion}, S::kCompletionRequested},
      {{S::kSubmitted, A::kRefuseAtDesk}, S::kRefusedAtDesk},
      {{S::kSubmitted, A::kWithdraw}, S::kWithdrawn},
      {{S::kCompletionRequested, A::kReceive}, S::kReceived},
      {{S::kCompletionRequested, A::kResubmit}, S::kSubmitted},
      {{S::kCompletionRequested, A::kRefuseAtDesk}, S::kRefusedAtDesk},
      {{S::kCompletionRequested, A::kWithdraw}, S::kWithdrawn},
      {{S::kReceived, A::kAssign}, S::kInProgress},
      {{S::kReceived, A::kApologize}, S::kReceived},
      {{S::kReceived, A::kWithdraw}, S::kWithdrawn},
      {{S::kReceived, A::kStop}, S::kStopped},
      {{S::kInProgress, A::kHandOver}, S::kInProgress},
      {{S::kInProgress, A::kRequestSupplement}, S::kSupplementRequested},
      {{S::kInProgress, A::kRequestFees}, S::kFeesRequested},
      {{S::kInProgress, A::kApologize}, S::kInProgress},
      {{S::kInProgress, A::kApprove}, S::kApproved},
      {{S::kInProgress, A::kReject}, S::kResolved},
      {{S::kInProgress, A::kWithdraw}, S::kWithdrawn},
      {{S::kInProgress, A::kStop}, S::kStopped},
      {{S::kApproved, A::kHandOver}, S::kApproved},
      {{S::kApproved, A::kApologize}, S::kApproved},
      {{S::kApproved, A::kSign}, S::kSigned},
      {{S::kApproved, A::kReject}, S::kResolved},
      {{S::kApproved, A::kWithdraw}, S::kWithdrawn},
      {{S::kApproved, A::kStop}, S::kStopped},
      {{S::kSigned, A::kHandOver}, S::kSigned},
      {{S::kSigned, A::kApologize}, S::kSigned},
      {{S::kSigned, A::kNumber}, S::kNumbered},
      {{S::kSigned, A::kReject}, S::kResolved},
      {{S::kSigned, A::kWithdraw}, S::kWithdrawn},
      {{S::kSigned, A::kStop}, S::kStopped},
      {{S::kNumbered, A::kHandOver}, S::kNumbered},
      {{S::kNumbered, A::kApologize}, S::kNumbered},
      {{S::kNumbered, A::kReject}, S::kResolved},
      {{S::kNumbered, A::kResultReady}, S::kResolved},
      {{S::kNumbered, A::kWithdraw}, S::kWithdrawn},
      {{S::kNumbered, A::kStop}, S::kStopped},
      {{S::kSupplementRequested, A::kReceiveSupplement}, S::kInProgress},
      {{S::kSupplementRequested, A::kWithdraw}, S::kWithdrawn},
      {{S::kSupplementRequested, A::kStop}, S::kStopped},
      {{S::kFeesRequested, A::kPayFees}, S::kInProgress},
      {{S::kFeesRequested, A::kWithdraw}, S::kWithdrawn},
      {{S::kFeesRequested, A::kStop}, S::kStopped},
      {{S::kResolved, A::kReturnResult}, S::kReturned},
      {{S::kResolved, A::kEvaluate}, S::kResolved},
      {{S::kReturned, A::kEvaluate}, S::kReturned},
  };
  return *table;
}

TEST(LifecycleTest, EveryPairIsAllowedOrRefusedAsTheLawSays) {
  int allowed = 0;
  for (int s = 0; s < kDossierStateCount; ++s) {
    for (int a = 0; a < kDossierActionCount; ++a) {
      const auto from = static_cast<S>(s);
      const auto action = static_cast<A>(a);
      SCOPED_TRACE(std::string(StateId(from)) + " + " + std::string(ActionId(action)));
      auto it = Expected().find({from, action});
      auto next = NextState(from, action);
      if (it != Expected().end()) {
        ++allowed;
        ASSERT_TRUE(next.ok()) << next.status().ToString();
        EXPECT_EQ(*next, it->second);
        EXPECT_TRUE(IsAllowed(from, action));
      } else {
        ASSERT_FALSE(next.ok());
        EXPECT_EQ(next.status().code(), StatusCode::kFailedPrecondition);
        EXPECT_FALSE(IsAllowed(from, action));
      }
    }
  }
  EXPECT_EQ(allowed, static_cast<int>(Expected().size()));
  EXPECT_EQ(TransitionTable().size(), Expected().size());
}

TEST(LifecycleTest, RefusalNamesEveryAllowedActionInBothLanguages) {
  for (int s = 0; s < kDossierStateCount; ++s) {
    const auto from = static_cast<S>(s);
    const std::vector<A> allowed = AllowedActions(from);
    for (int a = 0; a < kDossierActionCount; ++a) {
      const auto action = static_cast<A>(a);
      if (IsAllowed(from, action)) continue;
      auto next = NextState(from, action);
      ASSERT_FALSE(next.ok());
      const Status& st = next.status();
      EXPECT_NE(st.message().find(std::string(ActionId(action))), std::string::npos);
      EXPECT_NE(st.message().find(std::string(StateId(from))), std::string::npos);
      EXPECT_NE(st.user_message().find(std::string(StateNameVi(from))), std::string::npos);
      for (A ok : allowed) {
        EXPECT_NE(st.message().find(std::string(ActionId(ok))), std::string::npos) << st.message();
        EXPECT_NE(st.user_message().find(std::string(ActionNameVi(ok))), std::string::npos)
            << st.user_message();
      }
      if (allowed.empty()) {
        EXPECT_NE(st.message().find("allowed: none"), std::string::npos);
      }
    }
  }
}

TEST(LifecycleTest, SpecificRefusalMessage) {
  auto next = NextState(S::kReceived, A::kApprove);
  ASSERT_FALSE(next.ok());
  EXPECT_EQ(
      next.status().message(),
      "action 'approve' is not allowed in state 'received'; allowed: assign, apologize, withdraw, stop");
  EXPECT_EQ(
      next.status().user_message(),
      "Không thể thực hiện \"Duyệt, trình ký\" khi hồ sơ ở trạng thái \"Được tiếp nhận\". Các thao tác được "
      "phép: Chuyển xử lý, Xin lỗi và hẹn lại ngày trả kết quả, Rút hồ sơ, Dừng xử lý.");
}

TEST(LifecycleTest, AllowedActionsMatchTable) {
  for (int s = 0; s < kDossierStateCount; ++s) {
    const auto from = static_cast<S>(s);
    std::set<A> expected;
    for (const auto& [key, to] : Expected()) {
      if (key.first == from) expected.insert(key.second);
    }
    const std::vector<A> got = AllowedActions(from);
    EXPECT_EQ(std::set<A>(got.begin(), got.end()), expected) << StateId(from);
  }
}

TEST(LifecycleTest, NationalStatusCodes) {
  EXPECT_EQ(NationalStatusCode(S::kNone), 0);
  EXPECT_EQ(NationalStatusCode(S::kSubmitted), 1);
  EXPECT_EQ(NationalStatusCode(S::kReceived), 2);
  EXPECT_EQ(NationalStatusCode(S::kRefusedAtDesk), 3);
  for (S s : {S::kInProgress, S::kApproved, S::kSigned, S::kNumbered}) EXPECT_EQ(NationalStatusCode(s), 4);
  EXPECT_EQ(NationalStatusCode(S::kSupplementRequested), 5);
  EXPECT_EQ(NationalStatusCode(S::kCompletionRequested), 5);
  EXPECT_EQ(NationalStatusCode(S::kFeesRequested), 6);
  EXPECT_EQ(NationalStatusCode(S::kWithdrawn), 7);
  EXPECT_EQ(NationalStatusCode(S::kStopped), 8);
  EXPECT_EQ(NationalStatusCode(S::kResolved), 9);
  EXPECT_EQ(NationalStatusCode(S::kReturned), 10);
  EXPECT_EQ(NationalStatusName(10), "Đã trả kết quả");
  EXPECT_EQ(NationalStatusName(1), "Mới đăng ký");
  EXPECT_EQ(NationalStatusName(11), "");
  // Every state except kNone has a code 1..10, and every code 1..10 is used.
  std::set<int> used;
  for (int s = 1; s < kDossierStateCount; ++s) {
    const int code = NationalStatusCode(static_cast<S>(s));
    EXPECT_GE(code, 1);
    EXPECT_LE(code, 10);
    used.insert(code);
  }
  EXPECT_EQ(used.size(), 10u);
}

TEST(LifecycleTest, FinalAndPausedStates) {
  for (S s : {S::kRefusedAtDesk, S::kWithdrawn, S::kStopped, S::kReturned})
    EXPECT_TRUE(IsFinal(s)) << StateId(s);
  for (S s : {S::kNone, S::kReceived, S::kResolved, S::kSupplementRequested})
    EXPECT_FALSE(IsFinal(s)) << StateId(s);
  EXPECT_TRUE(IsPaused(S::kSupplementRequested));
  EXPECT_TRUE(IsPaused(S::kFeesRequested));
  EXPECT_FALSE(IsPaused(S::kInProgress));
}

TEST(LifecycleTest, IdsRoundTripAndForms) {
  for (int s = 0; s < kDossierStateCount; ++s) {
    auto parsed = ParseStateId(StateId(static_cast<S>(s)));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, static_cast<S>(s));
  }
  for (int a = 0; a < kDossierActionCount; ++a) {
    auto parsed = ParseActionId(ActionId(static_cast<A>(a)));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, static_cast<A>(a));
  }
  EXPECT_FALSE(ParseStateId("nope").ok());
  EXPECT_FALSE(ParseActionId("nope").ok());
  EXPECT_EQ(ActionForm(A::kReceive), "Mẫu 01");
  EXPECT_EQ(ActionForm(A::kRequestCompletion), "Mẫu 02");
  EXPECT_EQ(ActionForm(A::kRequestSupplement), "Mẫu 02");
  EXPECT_EQ(ActionForm(A::kRefuseAtDesk), "Mẫu 03");
  EXPECT_EQ(ActionForm(A::kApologize), "Mẫu 04");
  EXPECT_EQ(ActionForm(A::kAssign), "Mẫu 05");
  EXPECT_EQ(ActionForm(A::kHandOver), "Mẫu 05");
}

}  // namespace
}  // namespace motcua
