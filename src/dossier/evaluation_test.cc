#include "dossier/evaluation.h"

#include <gtest/gtest.h>

namespace motcua {
namespace {

TEST(EvaluationTest, ScoresAreZeroOneOrTwo) {
  Evaluation e;
  EXPECT_TRUE(ValidateEvaluation(e).ok());
  e.scores[0] = 2;
  e.scores[4] = 1;
  e.scores[8] = 0;
  EXPECT_TRUE(ValidateEvaluation(e).ok());
  EXPECT_EQ(TotalScore(e), 3);
  e.scores[6] = 3;
  auto s = ValidateEvaluation(e);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("attitude"), std::string::npos);
  EXPECT_NE(s.user_message().find("Thái độ"), std::string::npos);
  e.scores[6] = -1;
  EXPECT_FALSE(ValidateEvaluation(e).ok());
}

TEST(EvaluationTest, FullMarksAreEighteen) {
  Evaluation e;
  for (auto& s : e.scores) s = 2;
  EXPECT_EQ(TotalScore(e), 18);
}

TEST(EvaluationTest, IdsRoundTrip) {
  for (int i = 0; i < kEvaluationCriterionCount; ++i) {
    const auto c = static_cast<EvaluationCriterion>(i);
    EXPECT_EQ(ParseCriterionId(CriterionId(c)).value(), c);
    EXPECT_FALSE(CriterionNameVi(c).empty());
  }
  for (auto o : {OverallSatisfaction::kVerySatisfied, OverallSatisfaction::kSatisfied,
                 OverallSatisfaction::kUnsatisfied}) {
    EXPECT_EQ(ParseOverallId(OverallId(o)).value(), o);
  }
  EXPECT_EQ(OverallNameVi(OverallSatisfaction::kVerySatisfied), "Rất hài lòng");
  EXPECT_TRUE(IsSatisfied(OverallSatisfaction::kVerySatisfied));
  EXPECT_TRUE(IsSatisfied(OverallSatisfaction::kSatisfied));
  EXPECT_FALSE(IsSatisfied(OverallSatisfaction::kUnsatisfied));
  EXPECT_FALSE(ParseOverallId("happy").ok());
  EXPECT_FALSE(ParseCriterionId("speed").ok());
  EXPECT_EQ(ParseEvaluationChannelId("online").value(), EvaluationChannel::kOnline);
  EXPECT_FALSE(ParseEvaluationChannelId("fax").ok());
}

}  // namespace
}  // namespace motcua
