// The feedback engine end to end on both store backends: public and desk intake with the tracking code, the
// secret and the due time from the unit's calendar and the configured answer time; the whole lifecycle;
// who may do what; the citizen's rating; bad input changing nothing.
#include "service/feedback_service.h"

#include <gtest/gtest.h>

#include "auth/token.h"
#include "store/test_backend.h"

namespace motcua {
namespace {

using store_internal::BackendTest;

constexpr char kUnit[] = "000.00.20.H31";
constexpr char kOtherUnit[] = "000.00.21.H31";

Instant At(const char* iso) { return *ParseIsoInstant(iso); }

// Wednesday 01/10/2025 09:00, a working day; no public holiday in October 2025.
const Instant kStart = At("2025-10-01T09:00:00+07:00");

class FeedbackServiceTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (HasFatalFailure()) return;
    store_ = OpenTestStore();
    ASSERT_TRUE(store_);
    for (const char* code : {kUnit, kOtherUnit}) {
      Unit unit;
      unit.code = code;
      unit.name = std::string("UBND xã ") + code;
      unit.effective_from = CivilDate{2020, 1, 1};
      ASSERT_TRUE(store_->AddUnit(unit).ok());
    }
    auto calendars = UnitCalendars::Create();
    ASSERT_TRUE(calendars.ok());
    calendars_ = std::move(calendars).value();
    service_ = std::make_unique<FeedbackService>(*store_, *calendars_);
    desk_ = AddUser("letan", kUnit, {Role::kDesk});
    specialist_ = AddUser("cv.ht", kUnit, {Role::kSpecialist}, {"HT"});
    other_specialist_ = AddUser("cv.ct", kUnit, {Role::kSpecialist}, {"CT"});
    leader_ = AddUser("chutich", kUnit, {Role::kLeader});
    clerk_ = AddUser("vanthu", kUnit, {Role::kClerk});
    admin_ = AddUser("quantri", kUnit, {Role::kAdmin});
    other_desk_ = AddUser("letan.b", kOtherUnit, {Role::kDesk});
  }

  User AddUser(const std::string& name, const std::string& unit, std::vector<Role> roles,
               std::vector<std::string> fields = {}) {
    User user;
    user.username = name;
    user.display_name = name;
    user.unit_code = unit;
    user.roles = std::move(roles);
    user.fields = std::move(fields);
    auto id = store_->AddUser(user);
    EXPECT_TRUE(id.ok()) << id.status().ToString();
    user.id = id.ok() ? *id : 0;
    return user;
  }

  static FeedbackIntake Intake(const std::string& name = "Trần Thị Hoa") {
    FeedbackIntake intake;
    intake.citizen_name = name;
    intake.contact.phone = "0912345678";
    intake.content = "Đề nghị niêm yết lệ phí chứng thực tại bộ phận một cửa.";
    return intake;
  }

  FeedbackReceipt Submit(Instant at = kStart) {
    auto receipt = service_->Submit(kUnit, Intake(), at);
    EXPECT_TRUE(receipt.ok()) << receipt.status().ToString();
    return receipt.ok() ? *receipt : FeedbackReceipt{};
  }

  static FeedbackStep Step(FeedbackAction action) {
    FeedbackStep step;
    step.action = action;
    return step;
  }
  static FeedbackStep Classify(FeedbackTopic topic = FeedbackTopic::kRegulation) {
    FeedbackStep step = Step(FeedbackAction::kClassify);
    step.topic = topic;
    return step;
  }
  static FeedbackStep Assign(const std::string& to) {
    FeedbackStep step = Step(FeedbackAction::kAssign);
    step.to = to;
    return step;
  }
  static FeedbackStep WithText(FeedbackAction action, const std::string& text) {
    FeedbackStep step = Step(action);
    step.text = text;
    return step;
  }

  int StepCount(const std::string& code) {
    auto summary = store_->GetFeedbackSummary(code);
    EXPECT_TRUE(summary.ok());
    return summary.ok() ? summary->step_count : -1;
  }

  int64_t Total() {
    FeedbackFilter filter;
    filter.unit_codes = {kUnit, kOtherUnit};
    auto page = store_->ListFeedback(filter);
    EXPECT_TRUE(page.ok());
    return page.ok() ? page->total : -1;
  }

  std::unique_ptr<Store> store_;
  std::unique_ptr<UnitCalendars> calendars_;
  std::unique_ptr<FeedbackService> service_;
  User desk_, specialist_, other_specialist_, leader_, clerk_, admin_, other_desk_;
};

TEST_P(FeedbackServiceTest, PublicIntakeToRatingWithTheUnitCalendar) {
  const FeedbackReceipt receipt = Submit();
  const std::string code = receipt.feedback.id;
  EXPECT_EQ(code, "000.00.20.H31-PA-251001-0001");
  EXPECT_EQ(receipt.feedback.channel, FeedbackChannel::kOnline);
  EXPECT_EQ(receipt.feedback.received_at, kStart);
  // 10 working days (the default) from Wednesday 09:00: Wednesday 15/10 09:00.
  EXPECT_EQ(receipt.feedback.due, At("2025-10-15T09:00:00+07:00"));
  EXPECT_EQ(receipt.secret.size(), kTokenSecretChars);
  auto record = store_->GetFeedback(code);
  ASSERT_TRUE(record.ok());
  EXPECT_EQ(record->secret_hash, HashToken(receipt.secret));  // only the hash is kept
  EXPECT_EQ(FormatDuration(record->answer_time), "10 wd");

  Instant now = kStart;
  auto act = [&](const User& who, FeedbackStep step) {
    now.unix_seconds += 3600;
    auto result = service_->Act(who, code, step, now);
    EXPECT_TRUE(result.ok()) << FeedbackActionId(step.action) << ": " << result.status().ToString();
    return result.ok() ? *result : Feedback{};
  };
  EXPECT_EQ(act(desk_, Classify(FeedbackTopic::kRegulation)).state, FeedbackState::kClassified);
  EXPECT_EQ(act(desk_, Classify(FeedbackTopic::kHandling)).topic, FeedbackTopic::kHandling);  // corrected
  EXPECT_EQ(act(desk_, Assign("cv.ct")).assignee, "cv.ct");
  EXPECT_EQ(act(leader_, Assign("cv.ht")).assignee, "cv.ht");  // reassigned
  const Feedback answered = act(specialist_, WithText(FeedbackAction::kAnswer, "Đã niêm yết từ 02/10."));
  EXPECT_EQ(answered.state, FeedbackState::kAnswered);
  EXPECT_EQ(answered.answered_by, "cv.ht");
  EXPECT_TRUE(AnsweredOnTime(answered));
  const Feedback published = act(leader_, Step(FeedbackAction::kPublish));
  EXPECT_EQ(published.state, FeedbackState::kPublished);
  auto rated = service_->Rate(code, receipt.secret, OverallSatisfaction::kVerySatisfied,
                              Instant{now.unix_seconds + 60});
  ASSERT_TRUE(rated.ok()) << rated.status().ToString();
  EXPECT_EQ(rated->satisfaction, OverallSatisfaction::kVerySatisfied);

  auto view = service_->Get(desk_, code);
  ASSERT_TRUE(view.ok()) << view.status().ToString();
  EXPECT_EQ(view->feedback, *rated);
  EXPECT_EQ(view->unit_code, kUnit);
  ASSERT_EQ(view->steps.size(), 7u);
  EXPECT_EQ(view->steps[0].step.by, "letan");
  EXPECT_EQ(view->steps[6].step.action, FeedbackAction::kRate);
  EXPECT_TRUE(view->steps[6].step.by.empty());
  auto lookup = service_->PublicLookup(code);
  ASSERT_TRUE(lookup.ok());
  EXPECT_EQ(*lookup, *rated);
}

TEST_P(FeedbackServiceTest, AnswerTimeComesFromTheSettingAndNeverMovesAnOldDue) {
  const FeedbackReceipt first = Submit();
  ASSERT_TRUE(store_->SetSetting(kFeedbackAnswerTimeSetting, "2 wd").ok());
  const FeedbackReceipt second = Submit();
  EXPECT_EQ(second.feedback.due, At("2025-10-03T09:00:00+07:00"));
  EXPECT_EQ(FormatDuration(store_->GetFeedback(second.feedback.id)->answer_time), "2 wd");
  // The first keeps the due time it was given, also after a step.
  ASSERT_TRUE(service_->Act(desk_, first.feedback.id, Classify(), Instant{kStart.unix_seconds + 60}).ok());
  EXPECT_EQ(store_->GetFeedbackSummary(first.feedback.id)->due, At("2025-10-15T09:00:00+07:00"));
  // A setting that does not parse refuses intake and writes nothing.
  ASSERT_TRUE(store_->SetSetting(kFeedbackAnswerTimeSetting, "mười ngày").ok());
  const int64_t before = Total();
  auto refused = service_->Submit(kUnit, Intake(), kStart);
  EXPECT_EQ(refused.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(Total(), before);
}

TEST_P(FeedbackServiceTest, BadIntakeChangesNothingAndSkipsNoNumber) {
  ASSERT_EQ(service_->Submit("000.00.99.H31", Intake(), kStart).status().code(),
            StatusCode::kInvalidArgument);
  FeedbackIntake blank = Intake();
  blank.content = "   ";
  EXPECT_EQ(service_->Submit(kUnit, blank, kStart).status().code(), StatusCode::kInvalidArgument);
  FeedbackIntake unknown_dossier = Intake();
  unknown_dossier.dossier_code = "000.00.20.H31-251001-0001";
  auto refused = service_->Submit(kUnit, unknown_dossier, kStart);
  EXPECT_EQ(refused.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(refused.status().user_message().find("dossier_code"), std::string::npos);
  // A commune merged away before the day of receipt no longer takes feedback.
  Unit merged;
  merged.code = "000.00.22.H31";
  merged.name = "UBND xã Cũ";
  merged.effective_from = CivilDate{2020, 1, 1};
  merged.effective_to = CivilDate{2025, 6, 30};
  ASSERT_TRUE(store_->AddUnit(merged).ok());
  auto to_merged = service_->Submit("000.00.22.H31", Intake(), kStart);
  EXPECT_EQ(to_merged.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(to_merged.status().user_message().find("'unit'"), std::string::npos);
  EXPECT_EQ(Total(), 0);
  EXPECT_EQ(Submit().feedback.id, "000.00.20.H31-PA-251001-0001");
}

TEST_P(FeedbackServiceTest, DeskIntakeKeepsItsChannelAndNeedsTheReceiveRight) {
  FeedbackIntake letter = Intake("Lê Văn Bình");
  letter.channel = FeedbackChannel::kPostal;
  auto received = service_->Receive(desk_, letter, kStart);
  ASSERT_TRUE(received.ok()) << received.status().ToString();
  EXPECT_EQ(received->feedback.channel, FeedbackChannel::kPostal);
  EXPECT_EQ(received->feedback.id, "000.00.20.H31-PA-251001-0001");
  auto other = service_->Receive(other_desk_, letter, kStart);
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->feedback.id, "000.00.21.H31-PA-251001-0001");  // the officer's own unit
  for (const User* who : {&clerk_, &specialist_, &admin_}) {
    EXPECT_EQ(service_->Receive(*who, letter, kStart).status().code(), StatusCode::kPermissionDenied)
        << who->username;
  }
  EXPECT_EQ(Total(), 2);
}

TEST_P(FeedbackServiceTest, WhoMayDoWhat) {
  const std::string code = Submit().feedback.id;
  Instant now{kStart.unix_seconds + 60};
  auto denied = [&](const User& who, FeedbackStep step) {
    const int before = StepCount(code);
    auto result = service_->Act(who, code, step, now);
    EXPECT_EQ(result.status().code(), StatusCode::kPermissionDenied)
        << who.username << " " << FeedbackActionId(step.action) << ": " << result.status().ToString();
    EXPECT_EQ(StepCount(code), before);
  };
  auto allowed = [&](const User& who, FeedbackStep step) {
    now.unix_seconds += 60;
    auto result = service_->Act(who, code, step, now);
    EXPECT_TRUE(result.ok()) << who.username << " " << FeedbackActionId(step.action) << ": "
                             << result.status().ToString();
  };
  // Viewing: the unit-wide holders of personal data, and later the assignee.
  EXPECT_TRUE(service_->Get(desk_, code).ok());
  EXPECT_TRUE(service_->Get(leader_, code).ok());
  EXPECT_TRUE(service_->Get(admin_, code).ok());
  for (const User* who : {&specialist_, &clerk_, &other_desk_}) {
    EXPECT_EQ(service_->Get(*who, code).status().code(), StatusCode::kPermissionDenied) << who->username;
  }
  Feedback received = service_->Get(desk_, code)->feedback;
  EXPECT_EQ(service_->AllowedActionsFor(desk_, received, kUnit),
            (std::vector<FeedbackAction>{FeedbackAction::kClassify}));
  EXPECT_EQ(service_->AllowedActionsFor(leader_, received, kUnit),
            (std::vector<FeedbackAction>{FeedbackAction::kClassify, FeedbackAction::kDecline}));
  EXPECT_TRUE(service_->AllowedActionsFor(specialist_, received, kUnit).empty());
  EXPECT_TRUE(service_->AllowedActionsFor(other_desk_, received, "000.00.20.H31").empty());

  for (const User* who : {&specialist_, &clerk_, &admin_, &other_desk_}) denied(*who, Classify());
  allowed(desk_, Classify());
  denied(desk_, WithText(FeedbackAction::kDecline, "Không thuộc phạm vi"));
  denied(specialist_, Assign("cv.ht"));
  // The receiver of an assignment must be an active officer of the unit.
  EXPECT_EQ(service_->Act(desk_, code, Assign("khong.co"), now).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(service_->Act(desk_, code, Assign("letan.b"), now).status().code(), StatusCode::kInvalidArgument);
  ASSERT_TRUE(store_->SetUserDisabled("cv.ct", true, now).ok());
  EXPECT_EQ(service_->Act(desk_, code, Assign("cv.ct"), now).status().code(),
            StatusCode::kFailedPrecondition);
  EXPECT_EQ(StepCount(code), 1);
  allowed(desk_, Assign("cv.ht"));

  // The assignee now sees it and may answer; another specialist, the desk and the clerk may not.
  EXPECT_TRUE(service_->Get(specialist_, code).ok());
  const Feedback assigned = service_->Get(specialist_, code)->feedback;
  EXPECT_EQ(service_->AllowedActionsFor(specialist_, assigned, kUnit),
            (std::vector<FeedbackAction>{FeedbackAction::kAnswer}));
  EXPECT_EQ(service_->AllowedActionsFor(leader_, assigned, kUnit),
            (std::vector<FeedbackAction>{FeedbackAction::kAssign, FeedbackAction::kAnswer}));
  User other = AddUser("cv.ht2", kUnit, {Role::kSpecialist}, {"HT"});
  for (const User* who : {&other, &desk_, &clerk_})
    denied(*who, WithText(FeedbackAction::kAnswer, "Trả lời"));
  allowed(specialist_, WithText(FeedbackAction::kAnswer, "Trả lời"));
  for (const User* who : {&specialist_, &desk_, &clerk_, &admin_})
    denied(*who, Step(FeedbackAction::kPublish));
  allowed(leader_, Step(FeedbackAction::kPublish));
  // Officers never rate.
  EXPECT_EQ(service_->Act(desk_, code, Step(FeedbackAction::kRate), now).status().code(),
            StatusCode::kPermissionDenied);

  // The list: the unit's holders of personal data see everything; a specialist only what is assigned to them.
  const std::string second = Submit().feedback.id;
  auto page = service_->List(desk_, {});
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 2);
  page = service_->List(specialist_, {});
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->total, 1);
  EXPECT_EQ(page->items[0].code, code);
  EXPECT_EQ(service_->List(other, {}).value().total, 0);
  FeedbackFilter someone_else;
  someone_else.assignee = "cv.ht";
  EXPECT_EQ(service_->List(other, someone_else).status().code(), StatusCode::kPermissionDenied);
  EXPECT_EQ(service_->List(other_desk_, {}).value().total, 0);  // another unit's list is its own

  // Declining belongs to the leader.
  denied(desk_, WithText(FeedbackAction::kDecline, "Là khiếu nại"));
  auto declined = service_->Act(leader_, second, WithText(FeedbackAction::kDecline, "Là khiếu nại"), now);
  ASSERT_TRUE(declined.ok()) << declined.status().ToString();
  EXPECT_EQ(declined->state, FeedbackState::kDeclined);
  // The lifecycle refuses what comes out of order, naming what is allowed.
  auto late = service_->Act(desk_, second, Classify(), now);
  EXPECT_EQ(late.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(service_->Act(desk_, "000.00.20.H31-PA-251001-0099", Classify(), now).status().code(),
            StatusCode::kNotFound);
}

TEST_P(FeedbackServiceTest, RatingNeedsTheSecretAndHappensOnce) {
  const FeedbackReceipt receipt = Submit();
  const std::string code = receipt.feedback.id;
  Instant now{kStart.unix_seconds + 60};
  // Before the answer: refused even with the right secret.
  EXPECT_EQ(service_->Rate(code, receipt.secret, OverallSatisfaction::kSatisfied, now).status().code(),
            StatusCode::kFailedPrecondition);
  ASSERT_TRUE(service_->Act(desk_, code, Classify(), now).ok());
  ASSERT_TRUE(service_->Act(desk_, code, Assign("cv.ht"), now).ok());
  ASSERT_TRUE(service_->Act(specialist_, code, WithText(FeedbackAction::kAnswer, "Đã xử lý"), now).ok());
  const int before = StepCount(code);
  const std::string other_secret = IssueSessionToken().token;
  EXPECT_EQ(service_->Rate(code, other_secret, OverallSatisfaction::kUnsatisfied, now).status().code(),
            StatusCode::kPermissionDenied);
  EXPECT_EQ(service_->Rate(code, "", OverallSatisfaction::kUnsatisfied, now).status().code(),
            StatusCode::kPermissionDenied);
  EXPECT_EQ(
      service_->Rate(code, receipt.secret + "x", OverallSatisfaction::kUnsatisfied, now).status().code(),
      StatusCode::kPermissionDenied);
  // Another feedback's secret does not open this one.
  const FeedbackReceipt second = Submit();
  EXPECT_EQ(service_->Rate(code, second.secret, OverallSatisfaction::kUnsatisfied, now).status().code(),
            StatusCode::kPermissionDenied);
  EXPECT_EQ(StepCount(code), before);
  auto rated = service_->Rate(code, receipt.secret, OverallSatisfaction::kUnsatisfied, now);
  ASSERT_TRUE(rated.ok()) << rated.status().ToString();
  EXPECT_EQ(rated->satisfaction, OverallSatisfaction::kUnsatisfied);
  EXPECT_EQ(rated->state, FeedbackState::kAnswered);
  EXPECT_EQ(service_->Rate(code, receipt.secret, OverallSatisfaction::kSatisfied, now).status().code(),
            StatusCode::kFailedPrecondition);
  EXPECT_EQ(StepCount(code), before + 1);
  EXPECT_EQ(
      service_->Rate("000.00.20.H31-PA-251001-0099", receipt.secret, OverallSatisfaction::kSatisfied, now)
          .status()
          .code(),
      StatusCode::kNotFound);
}

MOTCUA_INSTANTIATE_BACKENDS(FeedbackServiceTest);

}  // namespace
}  // namespace motcua
