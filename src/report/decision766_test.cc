// The Decision 766 scoring (report/decision766.h): the embedded formula is valid and sums to 100; points
// follow points x min(1, ratio / target) from the indicators' own numerators and denominators, rounded
// half-up to hundredths; unmeasured, unverified and undefined ratios earn no points and are not counted as
// measured; and a wrong formula is refused with the place of the error.
#include "report/decision766.h"

#include <gtest/gtest.h>

namespace motcua {
namespace {

IndicatorValue Rate(std::string_view id, int64_t numerator, int64_t denominator) {
  IndicatorValue value;
  value.definition = FindIndicator(id);
  EXPECT_NE(value.definition, nullptr) << id;
  value.numerator = numerator;
  value.denominator = denominator;
  return value;
}

// Every indicator present, zero unless given: ScoreDecision766 finds rates by id.
IndicatorSet Set(std::vector<IndicatorValue> given) {
  std::vector<IndicatorValue> values;
  for (const IndicatorDefinition& definition : Indicators()) {
    IndicatorValue value;
    value.definition = &definition;
    for (const IndicatorValue& g : given) {
      if (g.definition == &definition) value = g;
    }
    values.push_back(value);
  }
  return IndicatorSet(std::move(values));
}

const Decision766Score& ScoreOf(const Decision766Result& result, std::string_view id) {
  for (const Decision766Score& score : result.scores) {
    if (score.criterion->id == id) return score;
  }
  static const Decision766Score kNone;
  ADD_FAILURE() << "no criterion " << id;
  return kNone;
}

TEST(Decision766Test, TheEmbeddedFormulaHasSixGroupsOfOneHundredPoints) {
  auto formula = DefaultDecision766Formula();
  ASSERT_TRUE(formula.ok()) << formula.status().ToString();
  ASSERT_EQ(formula->groups.size(), 6u);
  double total = 0;
  for (const Decision766Group& group : formula->groups) total += group.points;
  EXPECT_DOUBLE_EQ(total, 100);
  EXPECT_EQ(formula->groups[1].criteria[0].ratio, "rate.766.progress");
  EXPECT_DOUBLE_EQ(*formula->groups[1].criteria[0].points, 20);
}

TEST(Decision766Test, ScoresTheSeedYearFromTheIndicators) {
  auto formula = DefaultDecision766Formula();
  ASSERT_TRUE(formula.ok());
  const IndicatorSet set =
      Set({Rate("rate.766.progress", 3526, 3534), Rate("rate.digitized_results", 1978, 3529),
           Rate("rate.digitized_dossiers", 1943, 3534), Rate("rate.satisfied", 950, 1000),
           Rate("rate.online", 1236, 3534), Rate("rate.pakn_on_time", 0, 0)});
  const Decision766Result result = ScoreDecision766(*formula, set);

  const Decision766Score& progress = ScoreOf(result, "progress");
  ASSERT_NE(progress.ratio, nullptr);
  EXPECT_EQ(progress.ratio->numerator, 3526);
  EXPECT_EQ(progress.ratio->denominator, 3534);
  EXPECT_EQ(FormatPointsVi(*progress.points), "19,95");  // 20 x 3526/3534 = 19,9547
  EXPECT_EQ(FormatPointsVi(*ScoreOf(result, "electronic_results").points), "3,36");  // 6 x 0,5605 = 3,3630
  EXPECT_EQ(FormatPointsVi(*ScoreOf(result, "digitized_dossiers").points), "2,20");  // 4 x 0,5498 = 2,1992
  EXPECT_EQ(FormatPointsVi(*ScoreOf(result, "satisfied").points), "5,70");

  // A ratio whose share of its group is not verified: shown, no points.
  const Decision766Score& online = ScoreOf(result, "online_dossiers");
  ASSERT_NE(online.ratio, nullptr);
  EXPECT_EQ(online.ratio->numerator, 1236);
  EXPECT_FALSE(online.points.has_value());
  // No feedback in the period: no ratio is defined, so no points, and the criterion is not measured.
  EXPECT_FALSE(ScoreOf(result, "pakn_on_time").points.has_value());
  // Not measured by MotCua at all.
  EXPECT_EQ(ScoreOf(result, "paid_online").ratio, nullptr);
  EXPECT_FALSE(ScoreOf(result, "paid_online").points.has_value());

  EXPECT_EQ(FormatPointsVi(result.points_earned), "31,21");    // 19,95 + 3,36 + 2,20 + 5,70
  EXPECT_EQ(FormatPointsVi(result.points_measured), "36,00");  // 20 + 6 + 4 + 6
}

TEST(Decision766Test, TheJsonDocumentHasEveryCriterionWithItsRawRatio) {
  auto formula = DefaultDecision766Formula();
  ASSERT_TRUE(formula.ok());
  const IndicatorSet set = Set({Rate("rate.766.progress", 3526, 3534), Rate("rate.online", 1236, 3534)});
  const Decision766Result result = ScoreDecision766(*formula, set);
  const ReportPeriod period = *MakeReportPeriod({2023, 10, 1}, {2024, 9, 30});
  const nlohmann::json json = Decision766ToJson("000.00.20.H31", period, *formula, result);
  EXPECT_EQ(json["from"], "2023-10-01");
  ASSERT_EQ(json["groups"].size(), 6u);
  const nlohmann::json& progress = json["groups"][1]["criteria"][0];
  EXPECT_EQ(progress["status"], "scored");
  EXPECT_EQ(progress["ratio"]["numerator"], 3526);
  EXPECT_EQ(progress["ratio"]["denominator"], 3534);
  EXPECT_DOUBLE_EQ(progress["points"].get<double>(), 19.95);
  EXPECT_EQ(json["groups"][2]["criteria"][2]["status"], "unverified_share");  // online dossiers
  EXPECT_EQ(json["groups"][3]["criteria"][0]["status"], "not_measured");      // paid online
  EXPECT_TRUE(json["groups"][3]["criteria"][0]["ratio"].is_null());
  EXPECT_EQ(json["groups"][4]["criteria"][0]["status"], "no_denominator");  // no result in the set
  EXPECT_DOUBLE_EQ(json["points_earned"].get<double>(), 19.95);
  EXPECT_DOUBLE_EQ(json["points_measured"].get<double>(), 20);
  const std::string text = Decision766ToText("000.00.20.H31", period, *formula, result);
  EXPECT_NE(text.find("99,77% (3.526/3.534), 19,95/20,00 điểm"), std::string::npos) << text;
  EXPECT_NE(text.find("Điểm đạt được: 19,95 trên 20,00 điểm đo được"), std::string::npos) << text;
}

constexpr char kTargetFormula[] = R"({"source": "test", "groups": [
  {"id": "a", "name_vi": "A", "points": 98, "criteria": [{"id": "x", "name_vi": "X", "points": 98}]},
  {"id": "b", "name_vi": "B", "points": 2, "criteria": [
    {"id": "reuse", "name_vi": "Tái sử dụng", "points": 2, "ratio": "rate.online", "target": 0.8}]}]})";

TEST(Decision766Test, ATargetBelowOneGivesFullPointsFromTheTargetOn) {
  auto formula = ParseDecision766Formula(kTargetFormula);
  ASSERT_TRUE(formula.ok()) << formula.status().ToString();
  auto points = [&](int64_t numerator, int64_t denominator) {
    const Decision766Result result =
        ScoreDecision766(*formula, Set({Rate("rate.online", numerator, denominator)}));
    return FormatPointsVi(*ScoreOf(result, "reuse").points);
  };
  EXPECT_EQ(points(60, 100), "1,50");  // 2 x 0,6 / 0,8
  EXPECT_EQ(points(80, 100), "2,00");
  EXPECT_EQ(points(95, 100), "2,00");  // capped
  EXPECT_EQ(points(0, 100), "0,00");
}

TEST(Decision766Test, RefusesAWrongFormulaAndSaysWhere) {
  struct Case {
    const char* json;
    const char* where;
  };
  const Case cases[] = {
      {"{", "$"},
      {R"({"source": "s", "groups": [{"id": "a", "name_vi": "A", "points": 90,
           "criteria": [{"id": "x", "name_vi": "X", "points": 90}]}]})",
       "$.groups"},
      {R"({"source": "s", "groups": [{"id": "a", "name_vi": "A", "points": 100,
           "criteria": [{"id": "x", "name_vi": "X", "points": 60}, {"id": "y", "name_vi": "Y", "points": 50}]}]})",
       "$.groups[0]"},
      {R"({"source": "s", "groups": [{"id": "a", "name_vi": "A", "points": 100,
           "criteria": [{"id": "x", "name_vi": "X", "points": 100, "ratio": "rate.nothing"}]}]})",
       "$.groups[0].criteria[0]"},
      {R"({"source": "s", "groups": [{"id": "a", "name_vi": "A", "points": 100,
           "criteria": [{"id": "x", "name_vi": "X", "points": 100, "ratio": "dossiers.received"}]}]})",
       "$.groups[0].criteria[0]"},
      {R"({"source": "s", "groups": [{"id": "a", "name_vi": "A", "points": 100,
           "criteria": [{"id": "x", "name_vi": "X", "points": 100, "ratio": "rate.online", "target": 1.5}]}]})",
       "$.groups[0].criteria[0]"},
      {R"({"source": "s", "groups": [{"id": "a", "name_vi": "A", "points": 100,
           "criteria": [{"id": "x", "name_vi": "X", "points": 50}, {"id": "x", "name_vi": "Y", "points": 50}]}]})",
       "$.groups[0].criteria[1]"},
      {R"({"source": "s", "groups": [{"id": "a", "name_vi": "A", "points": 100, "criteria": [{"id": "x"}]}]})",
       "$.groups[0].criteria[0]"},
  };
  for (const Case& c : cases) {
    auto formula = ParseDecision766Formula(c.json);
    ASSERT_FALSE(formula.ok()) << c.json;
    EXPECT_EQ(formula.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(formula.status().user_message().find(std::string("(") + c.where + ")"), std::string::npos)
        << formula.status().user_message();
  }
}

}  // namespace
}  // namespace motcua
