// The seed check (issue 5, docs/reports.md): the year of history that scripts/gen-seed-history.cc generates
// for the seed's commune (1/10/2023-30/9/2024) is imported through the real import path
// (DossierService::Import, what `motcua import` runs) on SQLite and PostgreSQL, and the indicators computed
// from the journal are the seed report's figures: 3,531 resolved, 307 early, 3,219 on time, 5 late, 99,86%;
// 1,943 of 3,534 dossiers digitised (54,98%); 1,978 of 3,529 results digitised (56,05%). Every dossier figure
// lists exactly the dossiers the generator built for it, through the service and through
// `motcua report indicators --explain`.
#include <gtest/gtest.h>

#include <chrono>

#include "report/decision766.h"
#include "report/indicator_format.h"
#include "report/seed_year_fixture.h"
#include "report/test_cli.h"

namespace motcua {
namespace {

using report_testing::SeedYear;
constexpr const char* kProvince = report_testing::kSeedProvince;
constexpr const char* kCommune = report_testing::kSeedCommune;

class SeedHistoryTest : public report_testing::SeedYearTest {
 protected:
  IndicatorReport Compute(const std::string& unit) {
    const auto started = std::chrono::steady_clock::now();
    auto report = indicators_->Compute(unit, period_);
    EXPECT_TRUE(report.ok()) << report.status().ToString();
    const auto took = std::chrono::steady_clock::now() - started;
    std::cout << "[ compute  ] " << unit << " on " << store_->backend_name() << " in "
              << std::chrono::duration_cast<std::chrono::milliseconds>(took).count() << " ms\n";
    return report.ok() ? *std::move(report) : IndicatorReport{};
  }
};

void ExpectRate(const IndicatorSet& set, std::string_view id, int64_t numerator, int64_t denominator,
                const std::string& shown) {
  const IndicatorValue* value = set.Find(id);
  ASSERT_NE(value, nullptr) << id;
  EXPECT_EQ(value->numerator, numerator) << id;
  EXPECT_EQ(value->denominator, denominator) << id;
  EXPECT_EQ(value->FormatVi(), shown) << id;
}

TEST_P(SeedHistoryTest, TheImportedYearHasTheSeedsFigures) {
  const IndicatorReport report = Compute(kCommune);
  const IndicatorSet& set = report.indicators;
  // The seed's own figures (DOMAIN.md section 6).
  EXPECT_EQ(set.Count("dossiers.resolved"), 3531);
  EXPECT_EQ(set.Count("dossiers.resolved.early"), 307);
  EXPECT_EQ(set.Count("dossiers.resolved.on_time"), 3219);
  EXPECT_EQ(set.Count("dossiers.resolved.late"), 5);
  ExpectRate(set, "rate.resolved_in_time", 3526, 3531, "99,86%");
  ExpectRate(set, "rate.resolved_early", 307, 3531, "8,69%");
  ExpectRate(set, "rate.resolved_on_time", 3219, 3531, "91,16%");
  ExpectRate(set, "rate.resolved_late", 5, 3531, "0,14%");  // the seed typed 0,15%
  ExpectRate(set, "rate.digitized_dossiers", 1943, 3534, "54,98%");
  ExpectRate(set, "rate.digitized_results", 1978, 3529, "56,05%");
  // Around them, as built (docs/reports.md, "The seed check").
  EXPECT_EQ(set.Count("dossiers.received"), 3534);
  EXPECT_EQ(set.Count("dossiers.carried_over"), 10);
  EXPECT_EQ(set.Count("dossiers.withdrawn"), 4);
  EXPECT_EQ(set.Count("dossiers.pending"), 9);
  EXPECT_EQ(set.Count("dossiers.pending.within_deadline"), 6);
  EXPECT_EQ(set.Count("dossiers.pending.overdue"), 3);
  EXPECT_EQ(set.Count("dossiers.resolved.late.with_apology"), 2);
  EXPECT_EQ(set.Count("dossiers.received.online"), 1236);
  EXPECT_EQ(set.Count("dossiers.received.postal"), 9);
  ExpectRate(set, "rate.766.progress", 3526, 3534, "99,77%");
  EXPECT_EQ(set.Count("pakn.received"), 0);  // the seed: no feedback in the year

  // Decision 766 from the same figures (docs/reports.md, "Decision 766").
  const Decision766Formula formula = *DefaultDecision766Formula();
  const Decision766Result scored = ScoreDecision766(formula, set);
  const std::map<std::string, std::string> points = {
      {"progress", "19,95"}, {"electronic_results", "3,36"}, {"digitized_dossiers", "2,20"}};
  for (const Decision766Score& score : scored.scores) {
    const auto it = points.find(score.criterion->id);
    if (it != points.end()) {
      ASSERT_TRUE(score.points.has_value()) << it->first;
      EXPECT_EQ(FormatPointsVi(*score.points), it->second) << it->first;
    }
  }

  // Every dossier figure is exactly the dossiers built for it.
  const auto& expected = SeedYear().expected;
  for (const IndicatorDefinition& definition : Indicators()) {
    if (definition.kind != IndicatorKind::kCount || definition.subject != IndicatorSubject::kDossiers)
      continue;
    const auto it = expected.find(std::string(definition.id));
    const std::vector<std::string> want = it == expected.end() ? std::vector<std::string>{} : it->second;
    EXPECT_EQ(set.Find(definition.id)->codes, want) << definition.id;
  }
  EXPECT_GT(set.Count("evaluations"), 900);

  // `motcua report indicators` over the same database: --explain prints exactly the dossiers built for the
  // figure, one per line; the JSON document is the service's.
  const std::vector<std::string> period = {"--database", database_->url(), "--unit", kCommune,
                                           "--from",     "2023-10-01",     "--to",   "2024-09-30"};
  auto cli = [&](std::vector<std::string> extra) {
    std::vector<std::string> args = {"report", "indicators"};
    args.insert(args.end(), period.begin(), period.end());
    args.insert(args.end(), extra.begin(), extra.end());
    return report_testing::RunReportCli(args);
  };
  for (const char* id : {"dossiers.resolved.late", "dossiers.pending"}) {
    const report_testing::CliRun run = cli({"--explain", id});
    ASSERT_EQ(run.code, 0) << run.err;
    std::string want;
    for (const std::string& code : expected.at(id)) want += code + "\n";
    EXPECT_EQ(run.out, want) << id;
  }
  // For the province, which has the commune below it, the same figures.
  const report_testing::CliRun json = report_testing::RunReportCli(
      {"report", "indicators", "--database", database_->url(), "--unit", kProvince, "--from", "2023-10-01",
       "--to", "2024-09-30", "--format", "json"});
  ASSERT_EQ(json.code, 0) << json.err;
  EXPECT_EQ(nlohmann::ordered_json::parse(json.out), IndicatorsToJson(kProvince, period_, set));
  const auto document = nlohmann::json::parse(json.out);
  EXPECT_EQ(document["indicators"]["dossiers.resolved"], (nlohmann::json{{"value", 3531}}));
  EXPECT_DOUBLE_EQ(document["indicators"]["rate.resolved_in_time"]["rate"].get<double>(), 3526.0 / 3531.0);
}

MOTCUA_INSTANTIATE_BACKENDS(SeedHistoryTest);

}  // namespace
}  // namespace motcua
