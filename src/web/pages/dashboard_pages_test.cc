// The leaders' dashboard end to end through the Router (docs/pages.md "Dashboard"): who may open it, its
// figures against IndicatorService::Compute for the same period, the list behind a figure, the charts'
// accessible parts, bad periods and the page weight. The store holds half a year of the demo generator's
// history of the commune, imported as `motcua init --demo` does.
#include <gtest/gtest.h>

#include <algorithm>

#include "base/vn_format.h"
#include "report/indicator_service.h"
#include "report/monthly_series.h"
#include "service/demo_data.h"
#include "web/pages/dashboard_charts.h"
#include "web/pages/dashboard_range.h"
#include "web/pages/pages_test_fixture.h"

namespace motcua::web::pages::testing {
namespace {

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

size_t CountOf(const std::string& text, const std::string& part) {
  size_t count = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

// The HTML of the figure `id` on the dashboard ("<div class=\"figure\" data-id=...>...</div>").
std::string FigureHtml(const std::string& page, const std::string& id) {
  const size_t start = page.find("data-id=\"" + id + "\"");
  if (start == std::string::npos) return "";
  return page.substr(start, page.find("</div>", start) - start);
}

class DashboardPagesTest : public PagesTest {
 protected:
  void SetUp() override {
    PagesTest::SetUp();
    DemoOptions options;
    options.now = clock_.Now();
    options.days = 200;
    Unit unit;
    unit.code = kCommune;
    auto clock = calendars_->ClockFor(unit);
    ASSERT_TRUE(clock.ok());
    auto lines = GenerateDemoHistory(*catalog_, **clock, options);
    ASSERT_TRUE(lines.ok()) << lines.status().ToString();
    auto imported = service_->Import(*lines, false);
    ASSERT_TRUE(imported.ok()) << imported.status().ToString();
  }

  IndicatorReport Computed(CivilDate from, CivilDate to) {
    IndicatorService service(*store_, catalog_, *calendars_);
    auto period = MakeReportPeriod(from, to);
    EXPECT_TRUE(period.ok());
    auto report = service.Compute(kCommune, *period);
    EXPECT_TRUE(report.ok()) << report.status().ToString();
    return *report;
  }
};

TEST_F(DashboardPagesTest, LeadersAndTheDeskSeeItSpecialistsAndTheClerkDoNot) {
  Browser leader = SignedIn("lanhdao");
  const Response page = Get(leader, "/bao-cao");
  EXPECT_EQ(page.status, 200) << page.body.substr(0, 1000);
  EXPECT_TRUE(Contains(page.body, "href=\"/bao-cao\""));
  EXPECT_TRUE(Contains(page.body, "<h1>Báo cáo</h1>"));
  EXPECT_EQ(page.headers.Get("Cache-Control").value_or(""), "no-store");
  Browser desk = SignedIn("tiepnhan");  // reports.view over the unit (auth/access_table.cc)
  EXPECT_EQ(Get(desk, "/bao-cao").status, 200);
  for (const char* username : {"cv.ht", "vanthu"}) {
    Browser other = SignedIn(username);
    EXPECT_FALSE(Contains(Get(other, "/ho-so").body, "href=\"/bao-cao\"")) << username;
    const Response denied = Get(other, "/bao-cao");
    EXPECT_EQ(denied.status, 403) << username;
    EXPECT_TRUE(Contains(denied.body, "Không có quyền")) << username;
    EXPECT_EQ(Get(other, "/bao-cao/chi-tieu?id=dossiers.received").status, 403) << username;
  }
  Browser nobody;
  EXPECT_EQ(Get(nobody, "/bao-cao").status, 303);
}

TEST_F(DashboardPagesTest, FiguresEqualComputeForThePeriodAndLinkToTheirDossiers) {
  // A dossier received on 2/9 (3 working days) and never resolved: overdue at the end of September.
  const Instant now = clock_.Now();
  clock_.Set(FromLocal({2025, 9, 2}, 9 * 3600));
  const std::string overdue = ReceiveDirect("Lê Văn <Quá Hạn>");
  clock_.Set(now);
  Browser leader = SignedIn("lanhdao");
  const Response page = Get(leader, "/bao-cao?tu=01/07/2025&den=30/09/2025");
  ASSERT_EQ(page.status, 200) << page.body.substr(0, 2000);
  const IndicatorReport report = Computed({2025, 7, 1}, {2025, 9, 30});
  ASSERT_GT(report.indicators.Count("dossiers.resolved"), 20);  // not vacuous
  int checked = 0;
  for (const char* id : {"dossiers.received", "dossiers.received.online", "dossiers.received.direct",
                         "dossiers.received.postal", "dossiers.resolved", "dossiers.resolved.early",
                         "dossiers.resolved.on_time", "dossiers.resolved.late", "dossiers.pending",
                         "dossiers.pending.within_deadline", "dossiers.pending.overdue",
                         "rate.resolved_in_time", "rate.digitized_dossiers", "rate.digitized_results",
                         "rate.online", "rate.satisfied", "pakn.received", "rate.pakn_on_time"}) {
    const IndicatorValue* value = report.indicators.Find(id);
    const std::string html = FigureHtml(page.body, id);
    ASSERT_FALSE(html.empty()) << id;
    EXPECT_TRUE(Contains(html, ">" + value->FormatVi() + "<")) << id << ": " << html;
    if (value->is_rate()) {
      EXPECT_TRUE(Contains(
          html, "(" + FormatVnInteger(value->numerator) + "/" + FormatVnInteger(value->denominator) + ")"))
          << id << ": " << html;
    }
    if (value->definition->subject == IndicatorSubject::kDossiers) {
      EXPECT_TRUE(Contains(html, "href=\"/bao-cao/chi-tieu?id=" + std::string(id) +
                                     "&amp;tu=01%2F07%2F2025&amp;den=30%2F09%2F2025\""))
          << id << ": " << html;
    }
    ++checked;
  }
  EXPECT_EQ(checked, 18);
  // The overdue list is the codes of dossiers.pending.overdue.
  const std::vector<std::string>& overdue_codes = report.indicators.Find("dossiers.pending.overdue")->codes;
  EXPECT_NE(std::find(overdue_codes.begin(), overdue_codes.end(), overdue), overdue_codes.end());
  EXPECT_TRUE(Contains(page.body, "Hồ sơ quá hạn cuối kỳ (" +
                                      FormatVnInteger(static_cast<int64_t>(overdue_codes.size())) + ")"));
  for (const std::string& code : report.indicators.Find("dossiers.pending.overdue")->codes) {
    EXPECT_TRUE(Contains(page.body, "href=\"/ho-so/" + code + "\"")) << code;
  }
  // The charts: inline SVG with a title, and the same numbers in a table inside <details>.
  EXPECT_EQ(CountOf(page.body, "<svg role=\"img\""), 2u);
  EXPECT_TRUE(
      Contains(page.body, "<title id=\"chart-thang-title\">Hồ sơ tiếp nhận và giải quyết theo tháng"));
  EXPECT_TRUE(Contains(page.body, "<title id=\"chart-linh-vuc-title\">Hồ sơ đã giải quyết theo lĩnh vực"));
  EXPECT_EQ(CountOf(page.body, "<details class=\"chart-table\">"), 2u);
  // The monthly table: each month's received count equals Compute for that month.
  for (int month = 7; month <= 9; ++month) {
    const IndicatorReport one = Computed({2025, month, 1}, {2025, month, DaysInMonth(2025, month)});
    EXPECT_TRUE(Contains(
        page.body, "<th scope=\"row\">" + std::to_string(month) + "/2025</th><td>" +
                       FormatVnInteger(one.indicators.Count("dossiers.received")) + "</td><td>" +
                       FormatVnInteger(one.indicators.Count("dossiers.resolved.in_time")) + "</td><td>" +
                       FormatVnInteger(one.indicators.Count("dossiers.resolved.late")) + "</td>"))
        << month;
  }
  EXPECT_LT(page.body.size(), 100u * 1024u);
}

TEST_F(DashboardPagesTest, AShortPeriodDrawsTwelveMonths) {
  Browser leader = SignedIn("lanhdao");
  const Response page = Get(leader, "/bao-cao?tu=01/09/2025&den=30/09/2025");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Contains(page.body, "12 tháng đến hết ngày 30/09/2025"));
  EXPECT_TRUE(Contains(page.body, "<th scope=\"row\">10/2024</th>"));
  EXPECT_TRUE(Contains(page.body, "<th scope=\"row\">9/2025</th>"));
  // The default is this quarter (the clock: 1/10/2025).
  const Response quarter = Get(leader, "/bao-cao");
  EXPECT_TRUE(Contains(quarter.body, "value=\"01/10/2025\""));
  EXPECT_TRUE(Contains(quarter.body, "value=\"31/12/2025\""));
  EXPECT_TRUE(Contains(quarter.body, "href=\"/bao-cao?tu=01%2F07%2F2025&amp;den=30%2F09%2F2025\">Quý trước"));
}

TEST_F(DashboardPagesTest, TheListBehindAFigureIsExactlyItsCodes) {
  Browser leader = SignedIn("lanhdao");
  const IndicatorReport report = Computed({2025, 7, 1}, {2025, 9, 30});
  for (const char* id : {"dossiers.resolved.late", "rate.resolved_in_time", "dossiers.pending.overdue"}) {
    const Response list =
        Get(leader, std::string("/bao-cao/chi-tieu?id=") + id + "&tu=01/07/2025&den=30/09/2025");
    ASSERT_EQ(list.status, 200) << id;
    const std::vector<std::string>& codes = report.indicators.Find(id)->codes;
    ASSERT_LE(codes.size(), 200u) << id;  // one page
    EXPECT_EQ(CountOf(list.body, "href=\"/ho-so/000."), codes.size()) << id;
    for (const std::string& code : codes)
      EXPECT_TRUE(Contains(list.body, "href=\"/ho-so/" + code + "\"")) << id;
    EXPECT_LT(list.body.size(), 100u * 1024u);
  }
  // Fewer than 200 codes: the whole list on the first page.
  const Response first = Get(leader, "/bao-cao/chi-tieu?id=dossiers.received&tu=01/07/2025&den=30/09/2025");
  EXPECT_EQ(CountOf(first.body, "href=\"/ho-so/000."),
            report.indicators.Find("dossiers.received")->codes.size());
  // An unknown indicator, or one that is not about dossiers: a clear 400 page.
  for (const char* id : {"dossiers.nothing", "pakn.received", ""}) {
    const Response bad = Get(leader, std::string("/bao-cao/chi-tieu?id=") + id);
    EXPECT_EQ(bad.status, 400) << id;
    EXPECT_TRUE(Contains(bad.body, "không có trong báo cáo")) << id;
  }
  const Response hostile = Get(leader, "/bao-cao/chi-tieu?id=%3Cscript%3Ex");
  EXPECT_EQ(hostile.status, 400);
  EXPECT_FALSE(Contains(hostile.body, "<script>x"));
}

TEST_F(DashboardPagesTest, BadPeriodsAreRefusedInVietnamese) {
  Browser leader = SignedIn("lanhdao");
  const Response malformed = Get(leader, "/bao-cao?tu=32/13/2025&den=01/01/2026");
  EXPECT_EQ(malformed.status, 400);
  EXPECT_TRUE(Contains(malformed.body, "không phải là ngày hợp lệ"));
  EXPECT_TRUE(Contains(malformed.body, "value=\"32/13/2025\""));  // kept to correct
  const Response reversed = Get(leader, "/bao-cao?tu=01/10/2025&den=01/09/2025");
  EXPECT_EQ(reversed.status, 400);
  EXPECT_TRUE(Contains(reversed.body, "Từ ngày 01/10/2025 sau đến ngày 01/09/2025"));
  const Response too_long = Get(leader, "/bao-cao?tu=01/01/2024&den=02/01/2025");
  EXPECT_EQ(too_long.status, 400);
  EXPECT_TRUE(Contains(too_long.body, "tối đa 366 ngày"));
  EXPECT_EQ(Get(leader, "/bao-cao?tu=01/01/2024&den=31/12/2024").status, 200);  // 366 days, leap year
  const Response hostile = Get(leader, "/bao-cao?tu=%3Cb%3Ex");
  EXPECT_EQ(hostile.status, 400);
  EXPECT_FALSE(Contains(hostile.body, "<b>x"));
}

TEST(DashboardRangeTest, PresetsAndQuarters) {
  EXPECT_EQ(FormatVnDate(QuarterOf({2025, 11, 28}).from), "01/10/2025");
  EXPECT_EQ(FormatVnDate(QuarterOf({2025, 11, 28}).to), "31/12/2025");
  EXPECT_EQ(FormatVnDate(QuarterOf({2024, 2, 10}).to), "31/03/2024");
  const std::vector<DashboardPreset> presets = DashboardPresets({2026, 2, 10});
  ASSERT_EQ(presets.size(), 4u);
  EXPECT_EQ(DashboardQuery(presets[0].range), "?tu=01%2F02%2F2026&den=28%2F02%2F2026");
  EXPECT_EQ(DashboardQuery(presets[1].range), "?tu=01%2F01%2F2026&den=31%2F03%2F2026");
  EXPECT_EQ(DashboardQuery(presets[2].range), "?tu=01%2F01%2F2026&den=31%2F12%2F2026");
  EXPECT_EQ(DashboardQuery(presets[3].range), "?tu=01%2F10%2F2025&den=31%2F12%2F2025");  // across the year
}

TEST(DashboardChartsTest, BarsScaleToARoundAxisAndStacksAddUp) {
  const nlohmann::json grouped =
      GroupedBarChart("T", "Tháng", {"1/2025", "2/2025"}, {{"A", "s1", {10, 37}}, {"B", "s2", {0, 20}}});
  ASSERT_EQ(grouped["bars"].size(), 4u);
  // Bars by month, then series. Axis 40 (10 x 4): 37 of 180 px is 166 px; a zero is a zero-height bar.
  EXPECT_EQ(grouped["bars"][2]["h"], 166);
  EXPECT_EQ(grouped["bars"][2]["y"], 12 + 180 - 166);
  EXPECT_EQ(grouped["bars"][1]["h"], 0);
  EXPECT_EQ(grouped["ticks"][4]["text"], "40");
  EXPECT_EQ(grouped["table"]["rows"][1]["cells"][0], "37");
  const nlohmann::json stacked =
      StackedBarChart("T", "Lĩnh vực", {"Hộ tịch"}, {{"A", "s1", {3}}, {"B", "s2", {5}}, {"C", "s3", {0}}});
  ASSERT_EQ(stacked["bars"].size(), 3u);
  // The stack ends at 8 of an axis of 8: the whole plot width, and each bar starts where the previous ends.
  EXPECT_EQ(stacked["bars"][0]["x"].get<int64_t>() + stacked["bars"][0]["w"].get<int64_t>(),
            stacked["bars"][1]["x"].get<int64_t>());
  EXPECT_EQ(stacked["bars"][1]["x"].get<int64_t>() + stacked["bars"][1]["w"].get<int64_t>(), 190 + 420);
  EXPECT_EQ(stacked["bars"][2]["w"], 0);
}

}  // namespace
}  // namespace motcua::web::pages::testing
