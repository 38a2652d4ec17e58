#include "calendar/office_hours.h"

#include <gtest/gtest.h>

namespace motcua {
namespace {

TEST(OfficeHoursTest, DefaultIsEightHoursMondayToFriday) {
  const OfficeHours h = DefaultOfficeHours();
  EXPECT_EQ(FormatOfficeHours(h), "07:00-11:30,13:30-17:00 Mon-Fri");
  EXPECT_EQ(h.SecondsPerDay(), 8 * 3600);
  EXPECT_TRUE(h.WorksOn(1));
  EXPECT_TRUE(h.WorksOn(5));
  EXPECT_FALSE(h.WorksOn(6));
  EXPECT_FALSE(h.WorksOn(7));
  EXPECT_EQ(*ParseOfficeHours("07:00-11:30,13:30-17:00 Mon-Fri"), h);
}

TEST(OfficeHoursTest, ParsesOtherForms) {
  auto h = ParseOfficeHours("  07:30-11:30,13:00-16:30,18:00-24:00 Mon,Wed-Fri,Sun ");
  ASSERT_TRUE(h.ok()) << h.status().ToString();
  EXPECT_EQ(h->periods.size(), 3u);
  EXPECT_EQ(h->periods[2].end, 86400);
  EXPECT_TRUE(h->WorksOn(1));
  EXPECT_FALSE(h->WorksOn(2));
  EXPECT_TRUE(h->WorksOn(7));
  EXPECT_EQ(FormatOfficeHours(*h), "07:30-11:30,13:00-16:30,18:00-24:00 Mon,Wed-Fri,Sun");
  EXPECT_EQ(*ParseOfficeHours(FormatOfficeHours(*h)), *h);
  EXPECT_EQ(FormatOfficeHours(*ParseOfficeHours("07:00-11:00 Mon-Sat")), "07:00-11:00 Mon-Sat");
}

TEST(OfficeHoursTest, RejectsBadForms) {
  for (const char* bad : {"", "07:00-11:30", "07:00-11:30 ", "7:00-11:30 Mon-Fri", "07:00-11:30 Mon-Frx",
                          "11:30-07:00 Mon-Fri", "07:00-07:00 Mon-Fri", "07:00-11:30,11:00-17:00 Mon-Fri",
                          "13:30-17:00,07:00-11:30 Mon-Fri", "07:00-24:30 Mon", "07:00-11:60 Mon", "Mon-Fri",
                          "07:00-11:30 Fri-Mon", "07:00-11:30, Mon-Fri", "07:00-11:30 Mon,,Tue"}) {
    auto h = ParseOfficeHours(bad);
    EXPECT_FALSE(h.ok()) << bad;
    if (!h.ok()) {
      EXPECT_NE(h.status().user_message().find("Giờ làm việc không hợp lệ"), std::string::npos);
    }
  }
}

TEST(UnitCalendarSettingsTest, RoundTrip) {
  const std::string text =
      "# Xã A\n"
      "hours 07:30-11:30,13:30-17:30 Mon-Sat\n"
      "\n"
      "working 2024-03-10 Trực tiếp nhận hồ sơ đợt cao điểm\n"
      "off 2024-03-08 Họp tổng kết toàn cơ quan\n";
  auto s = ParseUnitCalendarSettings(text);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(FormatOfficeHours(s->hours), "07:30-11:30,13:30-17:30 Mon-Sat");
  ASSERT_EQ(s->extra_days_off.size(), 1u);
  EXPECT_EQ(s->extra_days_off[0].date, (CivilDate{2024, 3, 8}));
  EXPECT_EQ(s->extra_days_off[0].note, "Họp tổng kết toàn cơ quan");
  ASSERT_EQ(s->extra_working_days.size(), 1u);
  const std::string canonical = FormatUnitCalendarSettings(*s);
  EXPECT_EQ(canonical,
            "hours 07:30-11:30,13:30-17:30 Mon-Sat\n"
            "off 2024-03-08 Họp tổng kết toàn cơ quan\n"
            "working 2024-03-10 Trực tiếp nhận hồ sơ đợt cao điểm\n");
  EXPECT_EQ(*ParseUnitCalendarSettings(canonical), *s);
}

TEST(UnitCalendarSettingsTest, EmptyTextMeansDefaults) {
  auto s = ParseUnitCalendarSettings("");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(*s, UnitCalendarSettings{});
  EXPECT_EQ(FormatUnitCalendarSettings(*s), "hours 07:00-11:30,13:30-17:00 Mon-Fri\n");
}

TEST(UnitCalendarSettingsTest, ErrorsNameTheLine) {
  auto check = [](const std::string& text, const std::string& needle) {
    auto s = ParseUnitCalendarSettings(text);
    ASSERT_FALSE(s.ok()) << text;
    EXPECT_NE(s.status().message().find(needle), std::string::npos) << s.status().message();
    EXPECT_NE(s.status().user_message().find("òng"), std::string::npos) << s.status().user_message();
  };
  check("hours 07:00-11:30 Mon-Fri\nhours 07:00-11:30 Mon-Fri\n", "line 2");
  check("hours 07:00-11:30\n", "line 1");
  check("off 2024-02-30 x\n", "bad date");
  check("off 2024-03-08\n", "note is required");
  check("off 2024-03-08 a\nworking 2024-03-08 b\n", "twice");
  check("holiday 2024-03-08 a\n", "unknown directive");
}

}  // namespace
}  // namespace motcua
