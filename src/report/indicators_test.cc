// The indicator rules (docs/reports.md) on journals replayed by the real engine with the national calendar:
// period boundaries, classification against the legal due date across Tết 2024, pauses, the apology, open
// dossiers at the period end, carried-over and withdrawn dossiers, digitisation, evaluations, feedback and
// the catalogue; and the balance that must hold on any history.
#include "report/indicators.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

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

const ReportPeriod kFebruary = Period({2024, 2, 1}, {2024, 2, 29});
const ReportPeriod kMarch = Period({2024, 3, 1}, {2024, 3, 31});

IndicatorSet Collect(const ReportPeriod& period, const std::vector<Journal>& journals) {
  IndicatorCollector collector(period);
  for (const Journal& journal : journals) {
    if (auto dossier = journal.AsOf(period.end)) collector.AddDossier(*dossier);
  }
  return collector.Finish();
}

std::vector<std::string> Codes(const IndicatorSet& set, std::string_view id) {
  const IndicatorValue* value = set.Find(id);
  EXPECT_NE(value, nullptr) << id;
  return value == nullptr ? std::vector<std::string>{} : value->codes;
}

// carried over + received = resolved + withdrawn + pending, and the parts add up.
void ExpectBalanced(const IndicatorSet& set, const std::string& where) {
  EXPECT_EQ(set.Count("dossiers.carried_over") + set.Count("dossiers.received"),
            set.Count("dossiers.resolved") + set.Count("dossiers.withdrawn") + set.Count("dossiers.pending"))
      << where;
  EXPECT_EQ(set.Count("dossiers.resolved"), set.Count("dossiers.resolved.early") +
                                                set.Count("dossiers.resolved.on_time") +
                                                set.Count("dossiers.resolved.late"))
      << where;
  EXPECT_EQ(set.Count("dossiers.resolved.in_time"),
            set.Count("dossiers.resolved.early") + set.Count("dossiers.resolved.on_time"))
      << where;
  EXPECT_EQ(set.Count("dossiers.pending"),
            set.Count("dossiers.pending.within_deadline") + set.Count("dossiers.pending.overdue"))
      << where;
  EXPECT_EQ(set.Count("dossiers.received"), set.Count("dossiers.received.online") +
                                                set.Count("dossiers.received.direct") +
                                                set.Count("dossiers.received.postal"))
      << where;
  EXPECT_LE(set.Count("results.ready"), set.Count("dossiers.resolved")) << where;
  EXPECT_LE(set.Count("dossiers.resolved.late.with_apology"), set.Count("dossiers.resolved.late")) << where;
}

TEST(IndicatorsTest, ResolutionIsClassifiedByDateAgainstTheLegalDueAcrossTet2024) {
  // 1.004873 takes 3 working days. Received Tuesday 6/2/2024 09:00: 6 h that day, 8 h on 7/2, then Tết
  // (8/2-14/2, days off) and 8 h on 15/2, and the last 2 h on Friday 16/2: due 16/2 09:00.
  Journal early("000.00.20.H31-240206-0001", "2024-02-06T09:00");
  early.ResultReady("2024-02-15T10:00");
  Journal before_due("000.00.20.H31-240206-0002", "2024-02-06T09:00");
  before_due.ResultReady("2024-02-16T08:30");
  Journal same_day_after_due("000.00.20.H31-240206-0003", "2024-02-06T09:00");
  same_day_after_due.ResultReady("2024-02-16T16:00");
  Journal late("000.00.20.H31-240206-0004", "2024-02-06T09:00");
  late.ResultReady("2024-02-19T09:00");
  ASSERT_EQ(early.AsOf(kFebruary.end)->legal_due, At("2024-02-16T09:00"));

  const IndicatorSet set = Collect(kFebruary, {early, before_due, same_day_after_due, late});
  EXPECT_EQ(Codes(set, "dossiers.resolved.early"), std::vector<std::string>{early.code()});
  EXPECT_EQ(Codes(set, "dossiers.resolved.on_time"),
            (std::vector<std::string>{before_due.code(), same_day_after_due.code()}));
  EXPECT_EQ(Codes(set, "dossiers.resolved.late"), std::vector<std::string>{late.code()});
  EXPECT_EQ(set.Count("dossiers.resolved.late.with_apology"), 0);
  EXPECT_EQ(set.Count("dossiers.resolved"), 4);
  EXPECT_EQ(set.Count("dossiers.received"), 4);
  const IndicatorValue* rate = set.Find("rate.resolved_in_time");
  EXPECT_EQ(rate->numerator, 3);
  EXPECT_EQ(rate->denominator, 4);
  EXPECT_EQ(rate->FormatVi(), "75,00%");
  ExpectBalanced(set, "february");
}

TEST(IndicatorsTest, AnApologyMovesTheAppointmentNotTheLegalDue) {
  Journal journal("000.00.20.H31-240206-0001", "2024-02-06T09:00");
  journal.Then("extended", "2024-02-15T09:00",
               R"(,"new_due":"2024-02-21T17:00","reason":"Chờ xác minh thông tin")");
  journal.ResultReady("2024-02-20T10:00", true);
  const std::optional<Dossier> dossier = journal.AsOf(kFebruary.end);
  ASSERT_TRUE(dossier.has_value());
  EXPECT_EQ(dossier->legal_due, At("2024-02-16T09:00"));
  EXPECT_EQ(dossier->appointment, At("2024-02-21T17:00"));
  const IndicatorSet set = Collect(kFebruary, {journal});
  EXPECT_EQ(Codes(set, "dossiers.resolved.late"), std::vector<std::string>{journal.code()});
  EXPECT_EQ(Codes(set, "dossiers.resolved.late.with_apology"), std::vector<std::string>{journal.code()});
  EXPECT_EQ(Codes(set, "results.digitized"), std::vector<std::string>{journal.code()});
}

TEST(IndicatorsTest, APauseMovesTheLegalDue) {
  // Received Monday 5/2 09:00: due 15/2 09:00 unpaused. The supplement pause 5/2 10:00 - 6/2 10:00 stops
  // 8 working hours (5 h on 5/2, 3 h on 6/2): due 16/2 09:00.
  Journal journal("000.00.20.H31-240205-0001", "2024-02-05T09:00");
  journal.Then("assigned", "2024-02-05T09:30", R"(,"to":"chuyenvien")")
      .Then("supplement_requested", "2024-02-05T10:00", R"(,"items":["Giấy xác nhận cư trú"])")
      .Then("supplement_received", "2024-02-06T10:00")
      .ResultReady("2024-02-16T08:00");
  EXPECT_EQ(journal.AsOf(kFebruary.end)->legal_due, At("2024-02-16T09:00"));
  const IndicatorSet set = Collect(kFebruary, {journal});
  EXPECT_EQ(Codes(set, "dossiers.resolved.on_time"), std::vector<std::string>{journal.code()});
}

TEST(IndicatorsTest, OpenDossiersAreClassifiedAgainstThePeriodEnd) {
  // Due Thursday 29/2 09:00 (the period's last day) and still open at 24:00: overdue.
  Journal due_on_last_day("000.00.20.H31-240226-0001", "2024-02-26T09:00");
  due_on_last_day.ResultReady("2024-03-01T10:00");  // after the period: not seen in February
  // Due Friday 1/3 09:00: within the deadline at the end of February.
  Journal due_after("000.00.20.H31-240227-0001", "2024-02-27T09:00");
  // Paused for a supplement that never came: the clock is stopped, so within the deadline although the
  // unpaused due (15/2) has long passed.
  Journal paused("000.00.20.H31-240205-0001", "2024-02-05T09:00");
  paused.Then("assigned", "2024-02-05T09:30", R"(,"to":"chuyenvien")")
      .Then("supplement_requested", "2024-02-05T10:00", R"(,"items":["Bản chính giấy khai sinh"])");
  // Withdrawn after the period: still open at its end.
  Journal withdrawn_later("000.00.20.H31-240228-0001", "2024-02-28T09:00");
  withdrawn_later.Then("withdrawn", "2024-03-04T09:00", R"(,"reason":"Xin rút")");

  const IndicatorSet february = Collect(kFebruary, {due_on_last_day, due_after, paused, withdrawn_later});
  EXPECT_EQ(Codes(february, "dossiers.pending.overdue"), std::vector<std::string>{due_on_last_day.code()});
  EXPECT_EQ(Codes(february, "dossiers.pending.within_deadline"),
            (std::vector<std::string>{paused.code(), due_after.code(), withdrawn_later.code()}));
  EXPECT_EQ(february.Count("dossiers.resolved"), 0);
  EXPECT_EQ(february.Count("dossiers.withdrawn"), 0);
  ExpectBalanced(february, "february");

  // In March the same journals are read to their end: carried over, then resolved late or withdrawn.
  const IndicatorSet march = Collect(kMarch, {due_on_last_day, due_after, paused, withdrawn_later});
  EXPECT_EQ(march.Count("dossiers.carried_over"), 4);
  EXPECT_EQ(march.Count("dossiers.received"), 0);
  EXPECT_EQ(Codes(march, "dossiers.resolved.late"), std::vector<std::string>{due_on_last_day.code()});
  EXPECT_EQ(Codes(march, "dossiers.withdrawn"), std::vector<std::string>{withdrawn_later.code()});
  EXPECT_EQ(Codes(march, "dossiers.pending.overdue"), std::vector<std::string>{due_after.code()});
  EXPECT_EQ(Codes(march, "dossiers.pending.within_deadline"), std::vector<std::string>{paused.code()});
  ExpectBalanced(march, "march");
}

TEST(IndicatorsTest, CarriedOverOnlyWhatWasOpenAtTheStart) {
  Journal settled_before("000.00.20.H31-240220-0001", "2024-02-20T09:00");
  settled_before.ResultReady("2024-02-22T10:00");
  Journal stopped_before("000.00.20.H31-240226-0001", "2024-02-26T09:00");
  stopped_before.Then("stopped", "2024-02-28T09:00", R"(,"reason":"Người nộp đề nghị dừng")");
  Journal open_at_start("000.00.20.H31-240229-0001", "2024-02-29T23:59:59");
  open_at_start.ResultReady("2024-03-01T00:00:00");
  Journal first_instant("000.00.20.H31-240301-0001", "2024-03-01T00:00:00");
  Journal last_instant("000.00.20.H31-240331-0001", "2024-03-31T23:59:59");
  Journal after("000.00.20.H31-240401-0001", "2024-04-01T00:00:00");

  const IndicatorSet march =
      Collect(kMarch, {settled_before, stopped_before, open_at_start, first_instant, last_instant, after});
  EXPECT_EQ(Codes(march, "dossiers.carried_over"), std::vector<std::string>{open_at_start.code()});
  EXPECT_EQ(Codes(march, "dossiers.received"),
            (std::vector<std::string>{first_instant.code(), last_instant.code()}));
  EXPECT_EQ(Codes(march, "dossiers.resolved"), std::vector<std::string>{open_at_start.code()});
  EXPECT_EQ(march.Count("dossiers.withdrawn"), 0);
  ExpectBalanced(march, "march");
  const IndicatorSet february = Collect(kFebruary, {settled_before, stopped_before, open_at_start});
  EXPECT_EQ(Codes(february, "dossiers.withdrawn"), std::vector<std::string>{stopped_before.code()});
}

TEST(IndicatorsTest, ChannelsDigitisationRefusalsAndResults) {
  Journal online("000.00.20.H31-240201-0001", "2024-02-01T09:00", "1.004873", "online",
                 R"([{"name":"Tờ khai","digitized":true},{"name":"Giấy tờ tùy thân","digitized":true}])");
  online.ResultReady("2024-02-02T09:00", true);
  Journal postal("000.00.20.H31-240201-0002", "2024-02-01T09:10", "1.004873", "postal",
                 R"([{"name":"Tờ khai","digitized":true},{"name":"Giấy tờ tùy thân","digitized":false}])");
  postal.Then("rejected", "2024-02-02T09:00", R"(,"reason":"Không đủ điều kiện")");
  Journal direct("000.00.20.H31-240201-0003", "2024-02-01T09:20", "1.004873", "direct", "[]");
  direct.ResultReady("2024-02-02T09:00", false);

  const IndicatorSet set = Collect(kFebruary, {online, postal, direct});
  EXPECT_EQ(Codes(set, "dossiers.received.online"), std::vector<std::string>{online.code()});
  EXPECT_EQ(Codes(set, "dossiers.received.postal"), std::vector<std::string>{postal.code()});
  EXPECT_EQ(Codes(set, "dossiers.received.direct"), std::vector<std::string>{direct.code()});
  // Every component digitised; an empty component list is not a digitised dossier.
  EXPECT_EQ(Codes(set, "dossiers.received.digitized"), std::vector<std::string>{online.code()});
  EXPECT_EQ(set.Count("dossiers.resolved"), 3);
  EXPECT_EQ(Codes(set, "results.ready"), (std::vector<std::string>{online.code(), direct.code()}));
  EXPECT_EQ(Codes(set, "results.digitized"), std::vector<std::string>{online.code()});
  const IndicatorValue* online_rate = set.Find("rate.online");
  EXPECT_EQ(online_rate->numerator, 1);
  EXPECT_EQ(online_rate->denominator, 3);
  EXPECT_EQ(online_rate->FormatVi(), "33,33%");
  const IndicatorValue* results_rate = set.Find("rate.digitized_results");
  EXPECT_EQ(results_rate->numerator, 1);
  EXPECT_EQ(results_rate->denominator, 2);
}

TEST(IndicatorsTest, EvaluationsGivenInThePeriod) {
  // Resolved in January, evaluated in February: counts as an evaluation of February and nothing else.
  Journal january("000.00.20.H31-240130-0001", "2024-01-30T09:00");
  january.ResultReady("2024-01-31T09:00")
      .Then("evaluated", "2024-02-01T08:00", R"(,"overall":"very_satisfied")");
  Journal unhappy("000.00.20.H31-240201-0001", "2024-02-01T09:00");
  unhappy.ResultReady("2024-02-02T09:00")
      .Then("evaluated", "2024-02-02T10:00", R"(,"overall":"unsatisfied")");
  Journal later("000.00.20.H31-240229-0001", "2024-02-29T09:00");
  later.ResultReady("2024-02-29T15:00").Then("evaluated", "2024-03-01T08:00", R"(,"overall":"satisfied")");

  const IndicatorSet set = Collect(kFebruary, {january, unhappy, later});
  EXPECT_EQ(Codes(set, "evaluations"), (std::vector<std::string>{january.code(), unhappy.code()}));
  EXPECT_EQ(Codes(set, "evaluations.satisfied"), std::vector<std::string>{january.code()});
  EXPECT_EQ(set.Count("dossiers.carried_over"), 0);
  EXPECT_EQ(set.Count("dossiers.resolved"), 2);
  const IndicatorValue* rate = set.Find("rate.satisfied");
  EXPECT_EQ(rate->numerator, 1);
  EXPECT_EQ(rate->denominator, 2);
}

Feedback MakeFeedback(const std::string& id, const std::string& received, const std::string& due) {
  Feedback feedback;
  feedback.id = id;
  feedback.received_at = At(received);
  feedback.due = At(due);
  return feedback;
}

TEST(IndicatorsTest, FeedbackFigures) {
  Feedback on_time = MakeFeedback("000.00.20.H31-PA-240205-0001", "2024-02-05T09:00", "2024-02-26T09:00");
  on_time.state = FeedbackState::kAnswered;
  on_time.answered_at = At("2024-02-20T09:00");
  Feedback late = MakeFeedback("000.00.20.H31-PA-240205-0002", "2024-02-05T10:00", "2024-02-19T10:00");
  late.state = FeedbackState::kPublished;
  late.answered_at = At("2024-02-21T09:00");
  late.published_at = At("2024-02-22T09:00");
  Feedback declined = MakeFeedback("000.00.20.H31-PA-240206-0001", "2024-02-06T09:00", "2024-02-27T09:00");
  declined.state = FeedbackState::kDeclined;
  declined.declined_at = At("2024-02-07T09:00");
  Feedback open = MakeFeedback("000.00.20.H31-PA-240226-0001", "2024-02-26T09:00", "2024-03-11T09:00");
  Feedback january = MakeFeedback("000.00.20.H31-PA-240115-0001", "2024-01-15T09:00", "2024-01-29T09:00");
  january.state = FeedbackState::kAnswered;
  january.answered_at = At("2024-02-01T09:00");

  IndicatorCollector collector(kFebruary);
  for (const Feedback& f : {on_time, late, declined, open, january}) collector.AddFeedback(f);
  const IndicatorSet set = collector.Finish();
  EXPECT_EQ(set.Count("pakn.received"), 4);
  EXPECT_EQ(Codes(set, "pakn.in_scope"), (std::vector<std::string>{on_time.id, late.id, open.id}));
  EXPECT_EQ(Codes(set, "pakn.resolved"), (std::vector<std::string>{january.id, on_time.id, late.id}));
  EXPECT_EQ(Codes(set, "pakn.answered_on_time"), std::vector<std::string>{on_time.id});
  const IndicatorValue* rate = set.Find("rate.pakn_on_time");
  EXPECT_EQ(rate->numerator, 1);
  EXPECT_EQ(rate->denominator, 3);
}

TEST(IndicatorsTest, ProceduresInForceOnThePeriodsLastDay) {
  Procedure full;
  full.code = "1.000001";
  full.online_level = OnlineLevel::kFull;
  full.interconnected = true;
  full.effective_from = {2020, 1, 1};
  Procedure expired = full;
  expired.effective_to = CivilDate{2024, 2, 28};  // not in force on 29/2
  expired.code = "1.000002";
  Procedure partial_new_version = full;
  partial_new_version.code = "1.000003";
  partial_new_version.online_level = OnlineLevel::kPartial;
  partial_new_version.interconnected = false;
  partial_new_version.effective_from = {2024, 2, 29};
  Procedure old_version = partial_new_version;
  old_version.effective_from = {2020, 1, 1};
  old_version.effective_to = CivilDate{2024, 2, 28};
  Procedure future = full;
  future.code = "1.000004";
  future.effective_from = {2024, 3, 1};

  IndicatorCollector collector(kFebruary);
  for (const Procedure& p : {full, expired, old_version, partial_new_version, future})
    collector.AddProcedure(p);
  const IndicatorSet set = collector.Finish();
  EXPECT_EQ(Codes(set, "procedures.total"), (std::vector<std::string>{"1.000001", "1.000003"}));
  EXPECT_EQ(Codes(set, "procedures.interconnected"), std::vector<std::string>{"1.000001"});
  EXPECT_EQ(Codes(set, "procedures.online_full"), std::vector<std::string>{"1.000001"});
  EXPECT_EQ(Codes(set, "procedures.online_partial"), std::vector<std::string>{"1.000003"});
}

TEST(IndicatorsTest, RatesWithoutADenominatorHaveNoValue) {
  const IndicatorSet set = IndicatorCollector(kFebruary).Finish();
  const IndicatorValue* rate = set.Find("rate.resolved_in_time");
  ASSERT_NE(rate, nullptr);
  EXPECT_FALSE(rate->rate().has_value());
  EXPECT_EQ(rate->FormatVi(), "-");
  EXPECT_EQ(set.Find("dossiers.resolved")->FormatVi(), "0");
}

TEST(IndicatorsTest, TheSeedsRatesFormatHalfUp) {
  IndicatorValue value;
  value.definition = FindIndicator("rate.resolved_late");
  value.numerator = 5;
  value.denominator = 3531;
  EXPECT_EQ(value.FormatVi(), "0,14%");  // the seed typed 0,15%
  value.numerator = 3526;
  EXPECT_EQ(value.FormatVi(), "99,86%");
  ASSERT_TRUE(value.rate().has_value());
  EXPECT_DOUBLE_EQ(*value.rate(), 3526.0 / 3531.0);
  value.definition = FindIndicator("dossiers.resolved");
  value.value = 3531;
  EXPECT_EQ(value.FormatVi(), "3.531");
}

TEST(IndicatorsTest, DefinitionsAreConsistentAndDocumented) {
  std::ifstream doc(std::string(MOTCUA_SOURCE_DIR) + "/docs/reports.md");
  ASSERT_TRUE(doc.good());
  std::stringstream text;
  text << doc.rdbuf();
  const std::string docs = text.str();
  std::set<std::string_view> ids;
  for (const IndicatorDefinition& d : Indicators()) {
    EXPECT_TRUE(ids.insert(d.id).second) << "duplicate id " << d.id;
    EXPECT_FALSE(d.name_vi.empty()) << d.id;
    EXPECT_FALSE(d.unit_vi.empty()) << d.id;
    EXPECT_FALSE(d.rule.empty()) << d.id;
    EXPECT_EQ(FindIndicator(d.id), &d);
    EXPECT_NE(docs.find("`" + std::string(d.id) + "`"), std::string::npos)
        << d.id << " not in docs/reports.md";
    if (d.kind == IndicatorKind::kRate) {
      const IndicatorDefinition* numerator = FindIndicator(d.numerator);
      const IndicatorDefinition* denominator = FindIndicator(d.denominator);
      ASSERT_NE(numerator, nullptr) << d.id;
      ASSERT_NE(denominator, nullptr) << d.id;
      EXPECT_EQ(numerator->kind, IndicatorKind::kCount) << d.id;
      EXPECT_EQ(denominator->kind, IndicatorKind::kCount) << d.id;
      EXPECT_EQ(numerator->subject, d.subject) << d.id;
      EXPECT_EQ(d.unit_vi, "%") << d.id;
    } else {
      EXPECT_TRUE(d.numerator.empty() && d.denominator.empty()) << d.id;
    }
  }
  // The ids issue 5 requires.
  for (const char* id : {"dossiers.received",
                         "dossiers.received.online",
                         "dossiers.received.direct",
                         "dossiers.received.postal",
                         "dossiers.carried_over",
                         "dossiers.resolved",
                         "dossiers.resolved.early",
                         "dossiers.resolved.on_time",
                         "dossiers.resolved.late",
                         "dossiers.resolved.late.with_apology",
                         "dossiers.pending",
                         "dossiers.pending.within_deadline",
                         "dossiers.pending.overdue",
                         "dossiers.withdrawn",
                         "rate.resolved_in_time",
                         "rate.digitized_dossiers",
                         "rate.digitized_results",
                         "rate.766.progress",
                         "rate.online",
                         "rate.satisfied",
                         "pakn.received",
                         "pakn.resolved",
                         "rate.pakn_on_time",
                         "procedures.total",
                         "procedures.interconnected",
                         "procedures.online_full",
                         "procedures.online_partial"}) {
    EXPECT_NE(FindIndicator(id), nullptr) << id;
  }
  EXPECT_EQ(FindIndicator("dossiers.nothing"), nullptr);
  auto unknown = RequireIndicator("dossiers.nothing");
  EXPECT_EQ(unknown.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(unknown.status().user_message().find("dossiers.nothing"), std::string::npos);
}

// On a year of the demo generator's history (every kind of event, random), the figures balance in every
// month, and what is pending at a month's end is exactly what the next month carries over.
TEST(IndicatorsTest, MonthsBalanceAndChainOnAYearOfDemoHistory) {
  DemoOptions options;
  options.now = At("2025-06-20T16:00");
  options.days = 330;
  auto lines = GenerateDemoHistory(report_testing::TestCatalog(), *report_testing::TestClock(), options);
  ASSERT_TRUE(lines.ok()) << lines.status().ToString();
  std::map<std::string, std::vector<Event>> journals;
  for (const ImportLine& line : *lines) journals[line.event.code].push_back(line.event);
  ASSERT_GT(journals.size(), 200u);

  std::vector<std::string> previous_pending;
  int64_t received_total = 0;
  for (int month = 8; month <= 17; ++month) {  // August 2024 .. May 2025
    const int year = 2024 + (month - 1) / 12;
    const int m = (month - 1) % 12 + 1;
    const ReportPeriod period = Period({year, m, 1}, {year, m, DaysInMonth(year, m)});
    IndicatorCollector collector(period);
    for (const auto& [code, events] : journals) {
      auto dossier = ReplayAsOf(events, period.end, report_testing::TestContext());
      ASSERT_TRUE(dossier.ok()) << dossier.status().ToString();
      if (*dossier) collector.AddDossier(**dossier);
    }
    const IndicatorSet set = collector.Finish();
    const std::string where = FormatIsoDate(period.from);
    ExpectBalanced(set, where);
    if (month > 8) {
      EXPECT_EQ(Codes(set, "dossiers.carried_over"), previous_pending) << where;
    }
    previous_pending = Codes(set, "dossiers.pending");
    received_total += set.Count("dossiers.received");
    EXPECT_GT(set.Count("dossiers.received"), 0) << where;
  }
  EXPECT_GT(received_total, 150);
}

}  // namespace
}  // namespace motcua
