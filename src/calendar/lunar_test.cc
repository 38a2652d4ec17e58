#include "calendar/lunar.h"

#include <gtest/gtest.h>

namespace motcua {
namespace {

CivilDate Solar(int y, int m, int d) { return CivilDate{y, m, d}; }

LunarDate Lunar(CivilDate date) {
  auto r = SolarToLunar(date);
  EXPECT_TRUE(r.ok()) << FormatIsoDate(date);
  return r.ok() ? *r : LunarDate{};
}

TEST(LunarTest, TetDates) {
  // 2023-2026: the government's Tết notices (5034/TB-LĐTBXH, 5015/TB-LĐTBXH, 6150/TB-BLĐTBXH, 9441/TB-BNV);
  // 2020: the 2020 notice (23/1 = 29 tháng Chạp, 29/1 = mùng 5); 2021, 2022 from their notices' layouts.
  const struct {
    int year;
    CivilDate tet;
  } kCases[] = {
      {2020, {2020, 1, 25}}, {2021, {2021, 2, 12}}, {2022, {2022, 2, 1}},  {2023, {2023, 1, 22}},
      {2024, {2024, 2, 10}}, {2025, {2025, 1, 29}}, {2026, {2026, 2, 17}}, {2027, {2027, 2, 6}},
      {2028, {2028, 1, 26}}, {2000, {2000, 2, 5}},  {1975, {1975, 2, 11}}, {1900, {1900, 1, 31}},
      {2100, {2100, 2, 9}},
  };
  for (const auto& c : kCases) {
    auto tet = TetDate(c.year);
    ASSERT_TRUE(tet.ok()) << c.year;
    EXPECT_EQ(*tet, c.tet) << c.year;
    EXPECT_EQ(Lunar(c.tet), (LunarDate{1, 1, c.year, false}));
  }
}

TEST(LunarTest, NoticeDatesAroundTet) {
  // Dates printed in the notices next to their solar dates.
  EXPECT_EQ(Lunar(Solar(2025, 1, 25)), (LunarDate{26, 12, 2024, false}));
  EXPECT_EQ(Lunar(Solar(2025, 2, 2)), (LunarDate{5, 1, 2025, false}));
  EXPECT_EQ(Lunar(Solar(2026, 2, 14)), (LunarDate{27, 12, 2025, false}));
  EXPECT_EQ(Lunar(Solar(2026, 2, 16)), (LunarDate{29, 12, 2025, false}));
  EXPECT_EQ(Lunar(Solar(2026, 2, 22)), (LunarDate{6, 1, 2026, false}));
  EXPECT_EQ(Lunar(Solar(2020, 1, 23)), (LunarDate{29, 12, 2019, false}));
  EXPECT_EQ(Lunar(Solar(2024, 2, 8)), (LunarDate{29, 12, 2023, false}));
}

TEST(LunarTest, HungVuongDates) {
  EXPECT_EQ(*LunarToSolar({10, 3, 2024, false}), Solar(2024, 4, 18));
  EXPECT_EQ(*LunarToSolar({10, 3, 2025, false}), Solar(2025, 4, 7));
  EXPECT_EQ(*LunarToSolar({10, 3, 2026, false}), Solar(2026, 4, 26));
  EXPECT_EQ(*LunarToSolar({10, 3, 2023, false}), Solar(2023, 4, 29));
}

TEST(LunarTest, LeapMonths) {
  EXPECT_EQ(Lunar(Solar(2023, 3, 22)), (LunarDate{1, 2, 2023, true}));
  EXPECT_EQ(FormatLunarDate(Lunar(Solar(2023, 3, 22))), "1/2L/2023");
  EXPECT_EQ(Lunar(Solar(2023, 3, 21)), (LunarDate{30, 2, 2023, false}));
  EXPECT_EQ(LeapMonthOfYear(2023), 2);
  EXPECT_EQ(LeapMonthOfYear(2020), 4);
  EXPECT_EQ(Lunar(Solar(2020, 5, 23)), (LunarDate{1, 4, 2020, true}));
  EXPECT_EQ(LeapMonthOfYear(2017), 6);
  EXPECT_EQ(Lunar(Solar(2017, 7, 23)), (LunarDate{1, 6, 2017, true}));
  EXPECT_EQ(LeapMonthOfYear(2025), 6);
  EXPECT_EQ(Lunar(Solar(2025, 7, 25)), (LunarDate{1, 6, 2025, true}));
  EXPECT_EQ(LeapMonthOfYear(2024), 0);
  EXPECT_EQ(LeapMonthOfYear(2026), 0);
  EXPECT_EQ(LeapMonthOfYear(2028), 5);
  // 1985 is the year the Vietnamese calendar (UTC+7) put its leap month at 2, China (UTC+8) at 10 of 1984.
  EXPECT_EQ(LeapMonthOfYear(1985), 2);
  EXPECT_EQ(LeapMonthOfYear(1984), 0);
  // The 2033 case: leap month 11.
  EXPECT_EQ(LeapMonthOfYear(2033), 11);
}

TEST(LunarTest, Utc7From1968AndUtc8Before) {
  EXPECT_EQ(LunarTimeZoneHours(Solar(1967, 12, 31)), 8);
  EXPECT_EQ(LunarTimeZoneHours(Solar(1968, 1, 1)), 7);
  // Years whose Tết differs between a UTC+7 and a UTC+8 reckoning. From 1968 Vietnam counts at UTC+7, so its
  // Tết is the earlier date (1985: 21/1 in Vietnam, 20/2 in China; 1968: 29/1 in the North, 30/1 in the
  // South).
  EXPECT_EQ(*TetDate(1968), Solar(1968, 1, 29));
  EXPECT_EQ(*TetDate(1969), Solar(1969, 2, 16));
  EXPECT_EQ(*TetDate(1985), Solar(1985, 1, 21));
  EXPECT_EQ(*TetDate(2007), Solar(2007, 2, 17));
  EXPECT_EQ(*TetDate(2030), Solar(2030, 2, 2));
  EXPECT_EQ(*TetDate(2053), Solar(2053, 2, 18));
  // Before 1968 the UTC+8 dates hold (a UTC+7 reckoning would give the day before).
  EXPECT_EQ(*TetDate(1903), Solar(1903, 1, 29));
  EXPECT_EQ(*TetDate(1916), Solar(1916, 2, 4));
  EXPECT_EQ(*TetDate(1935), Solar(1935, 2, 4));
  EXPECT_EQ(*TetDate(1965), Solar(1965, 2, 2));
  // Across the switch: month 11 of Đinh Mùi started 2/12/1967 (UTC+8), month 12 on 31/12/1967.
  EXPECT_EQ(Lunar(Solar(1967, 12, 2)), (LunarDate{1, 11, 1967, false}));
  EXPECT_EQ(Lunar(Solar(1967, 12, 31)), (LunarDate{1, 12, 1967, false}));
  EXPECT_EQ(Lunar(Solar(1968, 1, 28)), (LunarDate{29, 12, 1967, false}));
}

TEST(LunarTest, RangeEdges) {
  EXPECT_EQ(Lunar(Solar(1900, 1, 1)), (LunarDate{1, 12, 1899, false}));
  EXPECT_EQ(Lunar(Solar(1900, 1, 30)), (LunarDate{30, 12, 1899, false}));
  EXPECT_EQ(Lunar(Solar(1900, 1, 31)), (LunarDate{1, 1, 1900, false}));
  const LunarDate last = Lunar(Solar(2100, 12, 31));
  EXPECT_EQ(last.year, 2100);
  EXPECT_EQ(*LunarToSolar(last), Solar(2100, 12, 31));
  EXPECT_FALSE(SolarToLunar(Solar(1899, 12, 31)).ok());
  EXPECT_FALSE(SolarToLunar(Solar(2101, 1, 1)).ok());
  EXPECT_FALSE(TetDate(1899).ok());
  EXPECT_FALSE(TetDate(2101).ok());
  EXPECT_FALSE(LunarToSolar({1, 11, 1899, false}).ok());  // before 1900-01-01
  EXPECT_EQ(LeapMonthOfYear(1899), -1);
}

TEST(LunarTest, InvalidLunarDates) {
  EXPECT_FALSE(LunarToSolar({1, 3, 2023, true}).ok());  // 2023's leap month is 2
  EXPECT_FALSE(LunarToSolar({1, 13, 2023, false}).ok());
  EXPECT_FALSE(LunarToSolar({0, 1, 2023, false}).ok());
  EXPECT_FALSE(LunarToSolar({31, 1, 2023, false}).ok());
  // Month 12 of Giáp Thìn (2024) has 29 days: Tết Ất Tỵ is 29/1/2025, month 12 began 31/12/2024.
  EXPECT_EQ(LunarMonthLength(2024, 12, false), 29);
  auto missing = LunarToSolar({30, 12, 2024, false});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kInvalidArgument);
  EXPECT_FALSE(missing.status().user_message().empty());
}

TEST(LunarTest, WholeRangeIsConsistent) {
  // Every day 1900-2100 maps to a valid lunar date that maps back; consecutive days advance by one lunar day
  // or start a new month of 29/30 days; each year has 12 months plus at most one leap month.
  LunarDate previous = Lunar(Solar(1900, 1, 1));
  int month_length = 0;
  int months_in_year = 0;
  int leap_months_in_year = 0;
  for (CivilDate d = Solar(1900, 1, 1); d <= Solar(2100, 12, 31); d = AddDays(d, 1)) {
    const LunarDate l = Lunar(d);
    auto back = LunarToSolar(l);
    ASSERT_TRUE(back.ok()) << FormatIsoDate(d);
    ASSERT_EQ(*back, d);
    ASSERT_GE(l.day, 1);
    ASSERT_LE(l.day, 30);
    if (d == Solar(1900, 1, 1)) continue;
    if (l.day == 1) {
      ASSERT_TRUE(month_length == 0 || month_length == 29 || month_length == 30)
          << FormatIsoDate(d) << " previous month had " << month_length << " days";
      ASSERT_EQ(previous.day, LunarMonthLength(previous.year, previous.month, previous.leap));
      if (l.leap) {
        ASSERT_EQ(l.month, previous.month) << FormatIsoDate(d);
        ++leap_months_in_year;
      } else if (l.month == 1) {
        ASSERT_EQ(previous.month, 12) << FormatIsoDate(d);
        ASSERT_EQ(l.year, previous.year + 1);
        if (months_in_year > 0) {
          ASSERT_EQ(months_in_year, 12 + leap_months_in_year) << l.year - 1;
          ASSERT_LE(leap_months_in_year, 1) << l.year - 1;
          ASSERT_EQ(LeapMonthOfYear(l.year - 1) != 0, leap_months_in_year == 1) << l.year - 1;
        }
        months_in_year = 0;
        leap_months_in_year = 0;
      } else {
        ASSERT_EQ(l.month, previous.month + 1) << FormatIsoDate(d);
        ASSERT_EQ(l.year, previous.year);
      }
      ++months_in_year;
      month_length = 1;
    } else {
      ASSERT_EQ(l.day, previous.day + 1) << FormatIsoDate(d);
      ASSERT_EQ(l.month, previous.month);
      ASSERT_EQ(l.leap, previous.leap);
      ++month_length;
    }
    previous = l;
  }
}

TEST(LunarTest, NoDayZeroWhereTheClassicCodeSlips) {
  // Dates where a direct port of the published conversion yields day 0 (its lunation estimate is one short).
  EXPECT_EQ(Lunar(Solar(1939, 4, 19)), (LunarDate{30, 2, 1939, false}));
  EXPECT_EQ(Lunar(Solar(2054, 5, 7)), (LunarDate{30, 3, 2054, false}));
  EXPECT_EQ(Lunar(Solar(2062, 4, 9)), (LunarDate{30, 2, 2062, false}));
}

TEST(LunarTest, FormatAndParse) {
  EXPECT_EQ(FormatLunarDate({1, 1, 2024, false}), "1/1/2024");
  EXPECT_EQ(FormatLunarDate({15, 6, 2025, true}), "15/6L/2025");
  EXPECT_EQ(*ParseLunarDate("1/2L/2023"), (LunarDate{1, 2, 2023, true}));
  EXPECT_EQ(*ParseLunarDate("10/3/2026"), (LunarDate{10, 3, 2026, false}));
  for (const char* bad :
       {"", "1/1", "a/1/2024", "1/2L/2024", "1//2024", "1/1/2024/", "30/12/2024", "1/1/99999"}) {
    EXPECT_FALSE(ParseLunarDate(bad).ok()) << bad;
  }
}

}  // namespace
}  // namespace motcua
