#include "calendar/day_off_decisions.h"

#include <gtest/gtest.h>

#include "base/embedded_files.h"
#include "calendar/lunar.h"
#include "calendar/testing.h"

namespace motcua {
namespace {

constexpr std::string_view kHeader = "date\tkind\treason\tsource\n";

// Built with append(): gcc 12 warns falsely (-Warray-bounds) on `std::string + literal` chains.
std::string WithHeader(std::string_view rows) {
  std::string content(kHeader);
  content.append(rows);
  return content;
}

Status ParseError(std::string_view content) {
  auto r = ParseDayOffDecisions(content, "t.tsv");
  EXPECT_FALSE(r.ok()) << content;
  return r.ok() ? Status::Ok() : r.status();
}

TEST(DayOffDecisionsTest, ParsesRowsCommentsAndCrLf) {
  std::string content = "# comment\n\n";
  content.append(
      WithHeader("2024-04-29\tswapped\tNghỉ hoán đổi\tTB 1570\r\n"
                 "# 2024\n"
                 "2024-05-04\tworking\tLàm bù\tTB 1570\n"
                 "2024-01-01\tholiday\tTết Dương lịch\tBLLĐ\n"));
  auto d = ParseDayOffDecisions(content, "t.tsv");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_TRUE(d->Covers(2024));
  EXPECT_FALSE(d->Covers(2025));
  ASSERT_EQ(d->Year(2024).size(), 3u);
  EXPECT_EQ(d->Year(2024)[0].date, (CivilDate{2024, 1, 1}));  // sorted
  EXPECT_EQ(d->Year(2024)[1].kind, DayKind::kSwapped);
  EXPECT_EQ(d->Year(2024)[1].source, "TB 1570");
  EXPECT_EQ(d->Year(2024)[2].kind, DayKind::kWorking);
  EXPECT_FALSE(d->Year(2024)[2].IsDayOff());
  EXPECT_TRUE(d->Year(2025).empty());
  EXPECT_EQ(d->Years(), std::vector<int>{2024});
}

TEST(DayOffDecisionsTest, ErrorsNameTheLine) {
  Status s = ParseError(WithHeader("2024-01-01\tholiday\tTết\tBLLĐ\n2024-02-30\tholiday\tx\ty\n"));
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("t.tsv:3:"), std::string::npos) << s.message();
  EXPECT_NE(s.user_message().find("t.tsv:3:"), std::string::npos) << s.user_message();

  EXPECT_NE(ParseError("2024-01-01\tholiday\tTết\tBLLĐ\n").message().find("t.tsv:1: expected the header"),
            std::string::npos);
  EXPECT_NE(ParseError("").message().find("no header"), std::string::npos);
  EXPECT_NE(ParseError(WithHeader("2024-01-01\tholiday\tTết\n")).message().find("t.tsv:2: expected 4"),
            std::string::npos);
  EXPECT_NE(ParseError(WithHeader("2024-01-01\tday-off\tTết\tx\n")).message().find("unknown kind"),
            std::string::npos);
  // A make-up working day must be a weekend day; a compensatory or swapped day a weekday.
  EXPECT_NE(ParseError(WithHeader("2024-05-03\tworking\tx\ty\n")).message().find("weekday"),
            std::string::npos);
  EXPECT_NE(ParseError(WithHeader("2024-05-04\tswapped\tx\ty\n")).message().find("weekend"),
            std::string::npos);
  EXPECT_NE(ParseError(WithHeader("2024-05-05\tcompensatory\tx\ty\n")).message().find("weekend"),
            std::string::npos);
  EXPECT_NE(ParseError(WithHeader("2024-01-01\tholiday\t \ty\n")).message().find("empty"), std::string::npos);
  EXPECT_NE(ParseError(WithHeader("2024-01-01\tholiday\tx\ty\n2024-01-01\tholiday\tx\ty\n"))
                .message()
                .find("t.tsv:3: duplicate"),
            std::string::npos);
  EXPECT_NE(ParseError(WithHeader("2013-01-01\tholiday\tx\ty\n")).message().find("outside"),
            std::string::npos);
  EXPECT_NE(ParseError(WithHeader("2024-01-01\tholiday\t\xff\ty\n")).message().find("UTF-8"),
            std::string::npos);
}

TEST(DayOffDecisionsTest, NationalDaysOffFallsBackToRules) {
  const DayOffDecisions& d = calendar_testing::ShippedDecisions();
  auto y2027 = NationalDaysOff(d, 2027);
  ASSERT_TRUE(y2027.ok());
  EXPECT_FALSE(d.Covers(2027));
  auto rules = RuleBasedDaysOff(2027);
  ASSERT_EQ(y2027->size(), rules->size());
  for (size_t i = 0; i < rules->size(); ++i) {
    EXPECT_EQ((*y2027)[i].date, (*rules)[i].date);
    EXPECT_EQ((*y2027)[i].reason, (*rules)[i].reason);
  }
  // Tết Đinh Mùi is 6/2/2027 (Saturday): the default layout gives 4-8/2 and 9-10/2 in lieu.
  EXPECT_EQ(y2027->at(1).date, (CivilDate{2027, 2, 4}));
  EXPECT_EQ(NationalDaysOff(d, 2024)->size(), d.Year(2024).size());
}

// The shipped file: each decided year is complete and agrees with the law.
TEST(ShippedDecisionsTest, CoversTheDecidedYears) {
  const DayOffDecisions& d = calendar_testing::ShippedDecisions();
  EXPECT_EQ(d.Years(), (std::vector<int>{2023, 2024, 2025, 2026}));
}

TEST(ShippedDecisionsTest, StatutoryHolidaysAreAllThere) {
  const DayOffDecisions& d = calendar_testing::ShippedDecisions();
  for (int year : d.Years()) {
    auto law = StatutoryHolidays(year);
    ASSERT_TRUE(law.ok());
    const CivilDate tet = *TetDate(year);
    int tet_days = 0;
    bool tet_day_listed = false;
    for (const DayOffEntry& row : d.Year(year)) {
      if (row.reason == "Tết Nguyên đán") {
        EXPECT_EQ(row.kind, DayKind::kHoliday);
        ++tet_days;
        tet_day_listed = tet_day_listed || row.date == tet;
      }
    }
    EXPECT_EQ(tet_days, 5) << year;  // art. 112(1)(b): 5 days
    EXPECT_TRUE(tet_day_listed) << year;
    // Every statutory holiday other than Tết (whose 5 days the decision places) is listed as a holiday.
    for (const DayOffEntry& h : *law) {
      if (h.reason == "Tết Nguyên đán") continue;
      if (h.reason == "Quốc khánh" && h.date.day != 2) continue;  // the decision picks the adjacent day
      bool found = false;
      for (const DayOffEntry& row : d.Year(year))
        found = found || (row.date == h.date && row.kind == DayKind::kHoliday);
      EXPECT_TRUE(found) << FormatIsoDate(h.date) << " " << h.reason;
    }
  }
}

TEST(ShippedDecisionsTest, SwapsAreBalancedAndSourced) {
  const DayOffDecisions& d = calendar_testing::ShippedDecisions();
  for (int year : d.Years()) {
    int swapped = 0;
    int working = 0;
    for (const DayOffEntry& row : d.Year(year)) {
      swapped += row.kind == DayKind::kSwapped;
      working += row.kind == DayKind::kWorking;
      EXPECT_FALSE(row.source.empty());
    }
    EXPECT_EQ(swapped, working) << year;
  }
}

TEST(ShippedDecisionsTest, KnownFacts) {
  const DayOffDecisions& d = calendar_testing::ShippedDecisions();
  auto kind_of = [&](CivilDate date) -> std::optional<DayKind> {
    for (const DayOffEntry& row : d.Year(date.year)) {
      if (row.date == date) return row.kind;
    }
    return std::nullopt;
  };
  // 2024: Tết 8-14/2; 29/4 swapped with Saturday 4/5; Quốc khánh 2-3/9.
  for (int day = 8; day <= 14; ++day) EXPECT_TRUE(kind_of({2024, 2, day}).has_value()) << day;
  EXPECT_EQ(kind_of({2024, 4, 29}), DayKind::kSwapped);
  EXPECT_EQ(kind_of({2024, 5, 4}), DayKind::kWorking);
  EXPECT_EQ(kind_of({2024, 9, 3}), DayKind::kHoliday);
  // 2026: Hùng Vương Sunday 26/4 -> Monday 27/4; 2/1 swapped with 10/1; 31/8 with 22/8; 1/9 adjacent.
  EXPECT_EQ(kind_of({2026, 4, 27}), DayKind::kCompensatory);
  EXPECT_EQ(kind_of({2026, 1, 2}), DayKind::kSwapped);
  EXPECT_EQ(kind_of({2026, 1, 10}), DayKind::kWorking);
  EXPECT_EQ(kind_of({2026, 8, 31}), DayKind::kSwapped);
  EXPECT_EQ(kind_of({2026, 8, 22}), DayKind::kWorking);
  EXPECT_EQ(kind_of({2026, 9, 1}), DayKind::kHoliday);
  EXPECT_EQ(kind_of({2026, 11, 24}), DayKind::kHoliday);
}

}  // namespace
}  // namespace motcua
