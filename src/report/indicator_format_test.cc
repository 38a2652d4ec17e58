// The JSON and text forms of the indicator list and of an explanation.
#include "report/indicator_format.h"

#include <gtest/gtest.h>

#include "report/test_journal.h"

namespace motcua {
namespace {

using report_testing::Journal;

struct Fixture {
  ReportPeriod period = *MakeReportPeriod({2024, 2, 1}, {2024, 2, 29});
  IndicatorSet set;
  Fixture() {
    Journal early("000.00.20.H31-240206-0001", "2024-02-06T09:00");
    early.ResultReady("2024-02-15T10:00", true);
    Journal late("000.00.20.H31-240206-0002", "2024-02-06T09:30", "1.004873", "online");
    late.ResultReady("2024-02-19T09:00");
    IndicatorCollector collector(period);
    for (const Journal* j : {&early, &late}) collector.AddDossier(*j->AsOf(period.end));
    set = collector.Finish();
  }
};

TEST(IndicatorFormatTest, JsonHasTheIssuesShapeInDefinitionOrder) {
  const Fixture f;
  const nlohmann::ordered_json json = IndicatorsToJson("000.00.20.H31", f.period, f.set);
  EXPECT_EQ(json["unit"], "000.00.20.H31");
  EXPECT_EQ(json["from"], "2024-02-01");
  EXPECT_EQ(json["to"], "2024-02-29");
  std::vector<std::string> keys;
  for (auto it = json.begin(); it != json.end(); ++it) keys.push_back(it.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"unit", "from", "to", "indicators"}));
  const auto& indicators = json["indicators"];
  ASSERT_EQ(indicators.size(), Indicators().size());
  size_t i = 0;
  for (auto it = indicators.begin(); it != indicators.end(); ++it, ++i) {
    EXPECT_EQ(it.key(), Indicators()[i].id);
  }
  EXPECT_EQ(indicators["dossiers.resolved"].dump(), R"({"value":2})");
  EXPECT_EQ(indicators["dossiers.resolved.late"].dump(), R"({"value":1})");
  EXPECT_EQ(indicators["rate.resolved_in_time"].dump(), R"({"numerator":1,"denominator":2,"rate":0.5})");
  EXPECT_EQ(indicators["rate.satisfied"].dump(), R"({"numerator":0,"denominator":0,"rate":null})");
}

TEST(IndicatorFormatTest, TextShowsVietnameseNumbers) {
  const Fixture f;
  const std::string text = IndicatorsToText("000.00.20.H31", "UBND xã Đồng Tiến", f.period, f.set);
  EXPECT_EQ(text.rfind("Đơn vị: 000.00.20.H31 (UBND xã Đồng Tiến)\n"
                       "Kỳ báo cáo: từ ngày 01/02/2024 đến hết ngày 29/02/2024\n",
                       0),
            0u)
      << text;
  EXPECT_NE(
      text.find("dossiers.resolved                   2                       Tổng số hồ sơ đã giải quyết "
                "(Hồ sơ)\n"),
      std::string::npos)
      << text;
  EXPECT_NE(
      text.find("rate.resolved_in_time               50,00% (1/2)            Tỷ lệ hồ sơ giải quyết trước "
                "hạn và đúng hạn\n"),
      std::string::npos)
      << text;
}

TEST(IndicatorFormatTest, ExplanationListsTheCodes) {
  const Fixture f;
  EXPECT_EQ(ExplanationToText(*f.set.Find("dossiers.resolved")),
            "000.00.20.H31-240206-0001\n000.00.20.H31-240206-0002\n");
  EXPECT_EQ(ExplanationToText(*f.set.Find("rate.resolved_in_time")), "000.00.20.H31-240206-0001\n");
  EXPECT_EQ(ExplanationToText(*f.set.Find("dossiers.withdrawn")), "");
  EXPECT_EQ(
      ExplanationToJson("000.00.20.H31", f.period, *f.set.Find("dossiers.received.online")).dump(),
      R"({"unit":"000.00.20.H31","from":"2024-02-01","to":"2024-02-29","indicator":"dossiers.received.online",)"
      R"("codes":["000.00.20.H31-240206-0002"]})");
}

}  // namespace
}  // namespace motcua
