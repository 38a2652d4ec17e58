// The monthly series (report/monthly_series.h): the months of a range, the trend range of a period, and the
// invariant that matters: every month's figures equal a separate computation of that month (each journal
// replayed as of the month's end into a collector of its own, what IndicatorService::Compute does), on a year
// of the demo generator's history and on a journal with events in several months.
#include "report/monthly_series.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "base/vn_format.h"
#include "report/test_journal.h"
#include "service/demo_data.h"

namespace motcua {
namespace {

using report_testing::At;
using report_testing::Journal;

ReportPeriod Period(CivilDate from, CivilDate to) {
  auto period = MakeReportPeriod(from, to);
  EXPECT_TRUE(period.ok());
  return *period;
}

std::string Dates(const ReportPeriod& period) {
  return FormatIsoDate(period.from) + ".." + FormatIsoDate(period.to);
}

// What a separate computation of `period` gives: each journal replayed as of its end, one collector.
IndicatorSet Separately(const ReportPeriod& period,
                        const std::map<std::string, std::vector<Event>>& journals) {
  IndicatorCollector collector(period);
  for (const auto& [code, events] : journals) {
    auto dossier = ReplayAsOf(events, period.end, report_testing::TestContext());
    EXPECT_TRUE(dossier.ok()) << dossier.status().ToString();
    if (dossier.ok() && *dossier) collector.AddDossier(**dossier);
  }
  for (const Procedure& procedure : report_testing::TestCatalog().procedures()) {
    collector.AddProcedure(procedure);
  }
  return collector.Finish();
}

// Every indicator, value, numerator, denominator and code list equal.
void ExpectSameFigures(const IndicatorSet& expected, const IndicatorSet& actual, const std::string& where) {
  ASSERT_EQ(expected.values().size(), actual.values().size()) << where;
  for (size_t i = 0; i < expected.values().size(); ++i) {
    const IndicatorValue& want = expected.values()[i];
    const IndicatorValue& got = actual.values()[i];
    ASSERT_EQ(want.definition, got.definition) << where;
    EXPECT_EQ(want.value, got.value) << where << " " << want.definition->id;
    EXPECT_EQ(want.numerator, got.numerator) << where << " " << want.definition->id;
    EXPECT_EQ(want.denominator, got.denominator) << where << " " << want.definition->id;
    EXPECT_EQ(want.codes, got.codes) << where << " " << want.definition->id;
  }
}

TEST(MonthlySeriesTest, MonthsBetweenClipsTheFirstAndLastMonth) {
  const std::vector<ReportPeriod> months = MonthsBetween({2024, 1, 15}, {2024, 3, 10});
  ASSERT_EQ(months.size(), 3u);
  EXPECT_EQ(Dates(months[0]), "2024-01-15..2024-01-31");
  EXPECT_EQ(Dates(months[1]), "2024-02-01..2024-02-29");  // leap year
  EXPECT_EQ(Dates(months[2]), "2024-03-01..2024-03-10");
  EXPECT_EQ(months[0].end, months[1].start);
  EXPECT_EQ(MonthsBetween({2024, 12, 1}, {2025, 1, 31}).size(), 2u);  // across a year
  EXPECT_EQ(MonthsBetween({2024, 5, 7}, {2024, 5, 7}).size(), 1u);
  EXPECT_TRUE(MonthsBetween({2024, 5, 8}, {2024, 5, 7}).empty());
}

TEST(MonthlySeriesTest, TrendRangeIsThePeriodOrTheTwelveMonthsEndingAtIt) {
  // A quarter and two whole months are drawn as they are.
  EXPECT_EQ(Dates(TrendRange(Period({2025, 10, 1}, {2025, 12, 31}))), "2025-10-01..2025-12-31");
  EXPECT_EQ(Dates(TrendRange(Period({2025, 10, 1}, {2025, 11, 30}))), "2025-10-01..2025-11-30");
  // A month, or a day short of two months: the twelve months ending at the period's last day.
  EXPECT_EQ(Dates(TrendRange(Period({2025, 10, 1}, {2025, 10, 31}))), "2024-11-01..2025-10-31");
  EXPECT_EQ(Dates(TrendRange(Period({2025, 10, 15}, {2025, 12, 13}))), "2025-01-01..2025-12-13");
  EXPECT_EQ(Dates(TrendRange(Period({2024, 3, 5}, {2024, 3, 5}))), "2023-04-01..2024-03-05");
  EXPECT_EQ(MonthsBetween(TrendRange(Period({2025, 10, 1}, {2025, 10, 31})).from, {2025, 10, 31}).size(),
            12u);
}

// The invariant on a year of generated history: every kind of event (supplements, apologies, refusals,
// withdrawals, evaluations after the resolution), dossiers spanning month ends.
TEST(MonthlySeriesTest, EachMonthEqualsASeparateComputationOnAYearOfDemoHistory) {
  DemoOptions options;
  options.now = At("2025-06-20T16:00");
  options.days = 330;
  auto lines = GenerateDemoHistory(report_testing::TestCatalog(), *report_testing::TestClock(), options);
  ASSERT_TRUE(lines.ok()) << lines.status().ToString();
  std::map<std::string, std::vector<Event>> journals;
  for (const ImportLine& line : *lines) journals[line.event.code].push_back(line.event);
  ASSERT_GT(journals.size(), 200u);

  // August 2024 to the middle of June 2025, the first month starting mid-month.
  MonthlySeries series(MonthsBetween({2024, 8, 10}, {2025, 6, 15}));
  ASSERT_EQ(series.months().size(), 11u);
  int64_t at_end = 0;
  for (const auto& [code, events] : journals) {
    auto dossier = series.AddJournal(events, report_testing::TestContext());
    ASSERT_TRUE(dossier.ok()) << dossier.status().ToString();
    // What it returns is the dossier as of the series' end.
    auto expected = ReplayAsOf(events, series.Span().end, report_testing::TestContext());
    ASSERT_TRUE(expected.ok());
    ASSERT_EQ(dossier->has_value(), expected->has_value()) << code;
    if (*dossier) {
      ++at_end;
      EXPECT_TRUE(**dossier == **expected) << code;
    }
  }
  EXPECT_GT(at_end, 150);
  for (const Procedure& procedure : report_testing::TestCatalog().procedures())
    series.AddProcedure(procedure);
  const std::vector<IndicatorSet> sets = series.Finish();
  ASSERT_EQ(sets.size(), series.months().size());
  int64_t resolved = 0;
  for (size_t i = 0; i < sets.size(); ++i) {
    const ReportPeriod& month = series.months()[i];
    ExpectSameFigures(Separately(month, journals), sets[i], Dates(month));
    resolved += sets[i].Count("dossiers.resolved");
    // Not vacuous: the months carry figures.
    EXPECT_GT(sets[i].Count("dossiers.received"), 0) << Dates(month);
  }
  EXPECT_GT(resolved, 150);
}

// One dossier received in January, paused for a supplement across the month end, resolved late in March and
// evaluated in April: each month sees it as it stood at that month's end.
TEST(MonthlySeriesTest, ADossierIsSeenAsItStoodAtEachMonthEnd) {
  Journal journal("000.00.20.H31-240125-0001", "2024-01-25T09:00");
  journal.Then("assigned", "2024-01-25T09:30", R"(,"to":"chuyenvien")")
      .Then("supplement_requested", "2024-01-29T10:00", R"(,"items":["Giấy xác nhận cư trú"])")
      .Then("supplement_received", "2024-02-05T09:00")
      .ResultReady("2024-03-20T10:00", true)
      .Then("evaluated", "2024-04-02T10:00", R"(,"overall":"satisfied")");
  std::map<std::string, std::vector<Event>> journals = {{journal.code(), journal.events()}};
  MonthlySeries series(MonthsBetween({2023, 12, 1}, {2024, 4, 30}));
  ASSERT_TRUE(series.AddJournal(journal.events(), report_testing::TestContext()).ok());
  for (const Procedure& procedure : report_testing::TestCatalog().procedures())
    series.AddProcedure(procedure);
  const std::vector<IndicatorSet> sets = series.Finish();
  ASSERT_EQ(sets.size(), 5u);
  for (size_t i = 0; i < sets.size(); ++i) {
    ExpectSameFigures(Separately(series.months()[i], journals), sets[i], Dates(series.months()[i]));
  }
  EXPECT_EQ(sets[0].Count("dossiers.received"), 0);  // December: nothing yet
  EXPECT_EQ(sets[1].Count("dossiers.received"), 1);  // January: received, pending at the end
  EXPECT_EQ(sets[1].Count("dossiers.pending"), 1);
  EXPECT_EQ(sets[2].Count("dossiers.carried_over"), 1);  // February: carried over, still pending
  EXPECT_EQ(sets[3].Count("dossiers.resolved"), 1);      // March: resolved
  EXPECT_EQ(sets[3].Count("results.digitized"), 1);
  EXPECT_EQ(sets[4].Count("evaluations.satisfied"), 1);  // April: the evaluation only
  EXPECT_EQ(sets[4].Count("dossiers.resolved"), 0);
}

}  // namespace
}  // namespace motcua
