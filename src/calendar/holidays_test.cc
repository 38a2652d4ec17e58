#include "calendar/holidays.h"

#include <gtest/gtest.h>

#include <set>

#include "calendar/testing.h"

namespace motcua {
namespace {

// Weekdays (Mon-Fri) off and weekend days worked in a list of entries.
struct WeekView {
  std::set<CivilDate> weekdays_off;
  std::set<CivilDate> weekends_worked;
  bool operator==(const WeekView&) const = default;
};

WeekView View(const std::vector<DayOffEntry>& entries) {
  WeekView view;
  for (const DayOffEntry& e : entries) {
    const bool weekend = IsoWeekday(e.date) >= 6;
    if (e.IsDayOff() && !weekend) view.weekdays_off.insert(e.date);
    if (!e.IsDayOff() && weekend) view.weekends_worked.insert(e.date);
  }
  return view;
}

std::vector<DayOffEntry> Rules(int year) {
  auto r = RuleBasedDaysOff(year);
  EXPECT_TRUE(r.ok()) << year;
  return r.ok() ? *r : std::vector<DayOffEntry>{};
}

const DayOffEntry* Find(const std::vector<DayOffEntry>& entries, CivilDate date) {
  for (const DayOffEntry& e : entries) {
    if (e.date == date) return &e;
  }
  return nullptr;
}

TEST(HolidaysTest, StatutoryDaysOf2024) {
  auto h = StatutoryHolidays(2024);
  ASSERT_TRUE(h.ok());
  std::vector<CivilDate> dates;
  for (const DayOffEntry& e : *h) dates.push_back(e.date);
  const std::vector<CivilDate> expected = {{2024, 1, 1},  {2024, 2, 8},  {2024, 2, 9},  {2024, 2, 10},
                                           {2024, 2, 11}, {2024, 2, 12}, {2024, 4, 18}, {2024, 4, 30},
                                           {2024, 5, 1},  {2024, 9, 2},  {2024, 9, 3}};
  EXPECT_EQ(dates, expected);
  EXPECT_EQ(Find(*h, {2024, 4, 18})->reason, "Giỗ Tổ Hùng Vương");
  EXPECT_EQ(Find(*h, {2024, 2, 8})->reason, "Tết Nguyên đán");
  EXPECT_EQ(Find(*h, {2024, 4, 30})->source, "Bộ luật Lao động 2019, Điều 112");
}

TEST(HolidaysTest, CompensationForHolidaysOnWeekends) {
  // 2026: Hùng Vương on Sunday 26/4 -> Monday 27/4 off.
  const auto y2026 = Rules(2026);
  ASSERT_NE(Find(y2026, {2026, 4, 27}), nullptr);
  EXPECT_EQ(Find(y2026, {2026, 4, 27})->kind, DayKind::kCompensatory);
  EXPECT_EQ(Find(y2026, {2026, 4, 27})->reason, "Giỗ Tổ Hùng Vương (nghỉ bù)");
  // 2023: Hùng Vương Saturday 29/4, 30/4 Sunday, 1/5 Monday -> 2/5 and 3/5 off (as the notice gave them).
  const auto y2023 = Rules(2023);
  EXPECT_EQ(Find(y2023, {2023, 5, 2})->kind, DayKind::kCompensatory);
  EXPECT_EQ(Find(y2023, {2023, 5, 3})->kind, DayKind::kCompensatory);
  // 2022: 1/1 on a Saturday -> Monday 3/1.
  EXPECT_EQ(Find(Rules(2022), {2022, 1, 3})->reason, "Tết Dương lịch (nghỉ bù)");
  // Compensation skips other holidays: Tết 2024 (10-11/2 on the weekend) -> 13/2 and 14/2.
  const auto y2024 = Rules(2024);
  EXPECT_EQ(Find(y2024, {2024, 2, 13})->kind, DayKind::kCompensatory);
  EXPECT_EQ(Find(y2024, {2024, 2, 14})->kind, DayKind::kCompensatory);
  EXPECT_EQ(Find(y2024, {2024, 2, 15}), nullptr);
}

TEST(HolidaysTest, QuocKhanhAdjacentDay) {
  // The adjacent day joins 2/9 to a weekend, as the 2021-2026 decisions chose.
  EXPECT_NE(Find(Rules(2021), {2021, 9, 3}), nullptr);  // 2/9 Thursday
  EXPECT_NE(Find(Rules(2022), {2022, 9, 1}), nullptr);  // Friday
  EXPECT_NE(Find(Rules(2024), {2024, 9, 3}), nullptr);  // Monday
  EXPECT_NE(Find(Rules(2025), {2025, 9, 1}), nullptr);  // Tuesday
  EXPECT_NE(Find(Rules(2026), {2026, 9, 1}), nullptr);  // Wednesday
  // 2023: 2/9 Saturday, 1/9 Friday adjacent, Monday 4/9 in lieu.
  const auto y2023 = Rules(2023);
  EXPECT_NE(Find(y2023, {2023, 9, 1}), nullptr);
  EXPECT_EQ(Find(y2023, {2023, 9, 4})->kind, DayKind::kCompensatory);
  // Before 2021 (Labour Code 2012) 2/9 had no adjacent day.
  const auto y2019 = Rules(2019);
  EXPECT_EQ(Find(y2019, {2019, 9, 1}), nullptr);
  EXPECT_EQ(Find(y2019, {2019, 9, 3}), nullptr);
  EXPECT_NE(Find(y2019, {2019, 9, 2}), nullptr);
  EXPECT_EQ(Find(y2019, {2019, 9, 2})->source, "Bộ luật Lao động 2012, Điều 115");
}

TEST(HolidaysTest, VietnameseCultureDayFrom2026) {
  EXPECT_EQ(Find(Rules(2025), {2025, 11, 24}), nullptr);
  const auto y2026 = Rules(2026);
  ASSERT_NE(Find(y2026, {2026, 11, 24}), nullptr);
  EXPECT_EQ(Find(y2026, {2026, 11, 24})->reason, "Ngày Văn hóa Việt Nam");
  EXPECT_EQ(Find(y2026, {2026, 11, 24})->source, "Nghị quyết 28/2026/QH16, Điều 2");
  // Not in art. 112(1), so no compensation: 24/11/2029 is a Saturday and Monday 26/11/2029 stays a working
  // day.
  const auto y2029 = Rules(2029);
  EXPECT_NE(Find(y2029, {2029, 11, 24}), nullptr);
  EXPECT_EQ(Find(y2029, {2029, 11, 26}), nullptr);
}

TEST(HolidaysTest, DefaultLayoutReproducesTheDecidedYearsExceptSwaps) {
  const DayOffDecisions& decided = calendar_testing::ShippedDecisions();
  // 2023: identical, the rules alone give the notice's calendar.
  EXPECT_EQ(View(Rules(2023)), View(decided.Year(2023)));
  // 2024, 2025: identical but for the swapped weekday and its make-up Saturday.
  WeekView y2024 = View(Rules(2024));
  y2024.weekdays_off.insert({2024, 4, 29});
  y2024.weekends_worked.insert({2024, 5, 4});
  EXPECT_EQ(y2024, View(decided.Year(2024)));
  WeekView y2025 = View(Rules(2025));
  y2025.weekdays_off.insert({2025, 5, 2});
  y2025.weekends_worked.insert({2025, 4, 26});
  EXPECT_EQ(y2025, View(decided.Year(2025)));
  // 2026: Tết 16-20/2 (1 day before, 4 after) gives the same weekdays as the default layout with its
  // compensation; the swaps are the decisions' own.
  WeekView y2026 = View(Rules(2026));
  y2026.weekdays_off.insert({2026, 1, 2});
  y2026.weekdays_off.insert({2026, 8, 31});
  y2026.weekends_worked.insert({2026, 1, 10});
  y2026.weekends_worked.insert({2026, 8, 22});
  EXPECT_EQ(y2026, View(decided.Year(2026)));
}

TEST(HolidaysTest, EveryYearHasItsHolidays) {
  for (int year = kFirstCalendarYear; year <= kLastCalendarYear; ++year) {
    auto h = StatutoryHolidays(year);
    ASSERT_TRUE(h.ok()) << year;
    const size_t expected = 10 + (year >= 2021 ? 1 : 0) + (year >= 2026 ? 1 : 0);
    EXPECT_EQ(h->size(), expected) << year;  // no two holidays share a date
    auto all = RuleBasedDaysOff(year);
    ASSERT_TRUE(all.ok());
    std::set<CivilDate> unique;
    for (const DayOffEntry& e : *all) {
      EXPECT_EQ(e.date.year, year);
      EXPECT_TRUE(unique.insert(e.date).second) << FormatIsoDate(e.date);
      if (e.kind == DayKind::kCompensatory) {
        EXPECT_LE(IsoWeekday(e.date), 5);
      }
    }
  }
  EXPECT_FALSE(StatutoryHolidays(2013).ok());
  EXPECT_FALSE(RuleBasedDaysOff(2101).ok());
}

}  // namespace
}  // namespace motcua
