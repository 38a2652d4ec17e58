#include "dossier/pakn.h"

#include <gtest/gtest.h>

#include "dossier/fake_due_clock.h"

namespace motcua {
namespace {

Instant T(const char* text) { return ParseIsoInstant(text).value(); }

class PaknTest : public ::testing::Test {
 protected:
  FeedbackIntake Intake() {
    FeedbackIntake in;
    in.id = "PAKN-2024-0001";
    in.received_at = T("2024-03-04T08:00");
    in.channel = FeedbackChannel::kOnline;
    in.citizen_name = "Trần Thị Hoa";
    in.content = "Thủ tục yêu cầu nộp bản sao đã có trong cơ sở dữ liệu.";
    in.dossier_code = "000.00.20.H31-240304-0001";
    return in;
  }
  Feedback Open() { return OpenFeedback(Intake(), policy_, clock_).value(); }
  static FeedbackStep Step(FeedbackAction action, const char* at, const char* by = "can.bo") {
    FeedbackStep s;
    s.action = action;
    s.at = T(at);
    s.by = by;
    return s;
  }

  FakeDueClock clock_;
  FeedbackPolicy policy_{Duration{10, DurationUnit::kWorkingDays}};
};

TEST_F(PaknTest, FullLifeAndDueTime) {
  Feedback f = Open();
  EXPECT_EQ(f.state, FeedbackState::kReceived);
  EXPECT_EQ(f.due, T("2024-03-07T16:00"));  // 10 working days of 8 h = 80 h on the fake clock
  FeedbackStep classify = Step(FeedbackAction::kClassify, "2024-03-04T09:00");
  classify.topic = FeedbackTopic::kRegulation;
  f = ApplyFeedbackStep(f, classify).value();
  EXPECT_EQ(f.state, FeedbackState::kClassified);
  FeedbackStep assign = Step(FeedbackAction::kAssign, "2024-03-04T10:00");
  assign.to = "tu.phap";
  f = ApplyFeedbackStep(f, assign).value();
  EXPECT_EQ(f.assignee, "tu.phap");
  FeedbackStep answer = Step(FeedbackAction::kAnswer, "2024-03-06T10:00", "tu.phap");
  answer.text = "Đã kiến nghị bãi bỏ yêu cầu nộp bản sao.";
  f = ApplyFeedbackStep(f, answer).value();
  EXPECT_EQ(f.state, FeedbackState::kAnswered);
  EXPECT_TRUE(AnsweredOnTime(f));
  f = ApplyFeedbackStep(f, Step(FeedbackAction::kPublish, "2024-03-06T11:00")).value();
  EXPECT_EQ(f.state, FeedbackState::kPublished);
  FeedbackStep rate = Step(FeedbackAction::kRate, "2024-03-07T11:00", "");
  rate.satisfaction = OverallSatisfaction::kSatisfied;
  f = ApplyFeedbackStep(f, rate).value();
  EXPECT_EQ(f.satisfaction, OverallSatisfaction::kSatisfied);
  auto again = ApplyFeedbackStep(f, rate);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.status().code(), StatusCode::kFailedPrecondition);
}

TEST_F(PaknTest, LateAnswer) {
  Feedback f = Open();
  FeedbackStep classify = Step(FeedbackAction::kClassify, "2024-03-04T09:00");
  classify.topic = FeedbackTopic::kStaff;
  f = ApplyFeedbackStep(f, classify).value();
  FeedbackStep assign = Step(FeedbackAction::kAssign, "2024-03-04T10:00");
  assign.to = "chu.tich";
  f = ApplyFeedbackStep(f, assign).value();
  EXPECT_FALSE(AnsweredOnTime(f));
  FeedbackStep answer = Step(FeedbackAction::kAnswer, "2024-03-07T16:00:01", "chu.tich");
  answer.text = "Đã nhắc nhở công chức.";
  f = ApplyFeedbackStep(f, answer).value();
  EXPECT_FALSE(AnsweredOnTime(f));
}

TEST_F(PaknTest, ForbiddenStepsNameTheAllowedOnes) {
  Feedback f = Open();
  auto r = ApplyFeedbackStep(f, Step(FeedbackAction::kAnswer, "2024-03-04T09:00"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(r.status().message(),
            "feedback action 'answer' is not allowed in state 'received'; allowed: classify, decline");
  EXPECT_NE(r.status().user_message().find("Phân loại"), std::string::npos);
  EXPECT_NE(r.status().user_message().find("Từ chối xử lý"), std::string::npos);
  EXPECT_FALSE(ApplyFeedbackStep(f, Step(FeedbackAction::kRate, "2024-03-04T09:00")).ok());

  FeedbackStep decline = Step(FeedbackAction::kDecline, "2024-03-04T09:00");
  EXPECT_EQ(ApplyFeedbackStep(f, decline).status().code(), StatusCode::kInvalidArgument);  // no reason
  decline.text = "Nội dung là khiếu nại, chuyển theo Luật Khiếu nại.";
  Feedback declined = ApplyFeedbackStep(f, decline).value();
  EXPECT_EQ(declined.state, FeedbackState::kDeclined);
  EXPECT_TRUE(AllowedFeedbackActions(FeedbackState::kDeclined).empty());
  auto after = ApplyFeedbackStep(declined, Step(FeedbackAction::kClassify, "2024-03-04T10:00"));
  ASSERT_FALSE(after.ok());
  EXPECT_NE(after.status().message().find("allowed: none"), std::string::npos);
}

TEST_F(PaknTest, Validation) {
  FeedbackIntake in = Intake();
  in.content = "  ";
  EXPECT_FALSE(OpenFeedback(in, policy_, clock_).ok());
  in = Intake();
  in.citizen_name.clear();
  EXPECT_FALSE(OpenFeedback(in, policy_, clock_).ok());
  Feedback f = Open();
  EXPECT_FALSE(ApplyFeedbackStep(f, Step(FeedbackAction::kClassify, "2024-03-04T09:00")).ok());  // no topic
  FeedbackStep early = Step(FeedbackAction::kClassify, "2024-03-04T07:00");
  early.topic = FeedbackTopic::kOther;
  EXPECT_FALSE(ApplyFeedbackStep(f, early).ok());  // before the receipt
  FeedbackStep anonymous = Step(FeedbackAction::kClassify, "2024-03-04T09:00", "");
  anonymous.topic = FeedbackTopic::kOther;
  EXPECT_FALSE(ApplyFeedbackStep(f, anonymous).ok());
}

TEST_F(PaknTest, Ids) {
  for (auto t :
       {FeedbackTopic::kRegulation, FeedbackTopic::kStaff, FeedbackTopic::kHandling, FeedbackTopic::kOther}) {
    EXPECT_EQ(ParseFeedbackTopicId(FeedbackTopicId(t)).value(), t);
  }
  for (auto c : {FeedbackChannel::kDirect, FeedbackChannel::kOnline, FeedbackChannel::kPostal,
                 FeedbackChannel::kPhone}) {
    EXPECT_EQ(ParseFeedbackChannelId(FeedbackChannelId(c)).value(), c);
  }
  EXPECT_FALSE(ParseFeedbackTopicId("weather").ok());
  EXPECT_EQ(FeedbackTopicNameVi(FeedbackTopic::kRegulation), "Về quy định hành chính");
}

}  // namespace
}  // namespace motcua
