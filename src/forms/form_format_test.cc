#include "forms/form_format.h"

#include <gtest/gtest.h>

namespace motcua::forms {
namespace {

TEST(FormFormatTest, LeadingZerosFollowDecree30) {
  EXPECT_EQ(FormatLongDate({2026, 2, 5}), "ngày 05 tháng 02 năm 2026");
  EXPECT_EQ(FormatLongDate({2026, 1, 31}), "ngày 31 tháng 01 năm 2026");
  EXPECT_EQ(FormatLongDate({2024, 9, 30}), "ngày 30 tháng 9 năm 2024");
  EXPECT_EQ(FormatLongDate({2026, 11, 8}), "ngày 08 tháng 11 năm 2026");
}

TEST(FormFormatTest, PlaceAndDateAndTimeOfDay) {
  EXPECT_EQ(FormatPlaceAndDate("Đồng Tiến", {2026, 11, 28}), "Đồng Tiến, ngày 28 tháng 11 năm 2026");
  EXPECT_EQ(FormatPlaceAndDate("", {2026, 11, 28}), "ngày 28 tháng 11 năm 2026");
  // 02:15 UTC is 09:15 in Vietnam.
  EXPECT_EQ(FormatLongDateTime(*ParseIsoInstant("2026-11-28T02:15:00Z")),
            "09 giờ 15 phút, ngày 28 tháng 11 năm 2026");
  EXPECT_EQ(FormatLongDateTime(*ParseIsoInstant("2026-02-02T16:00")),
            "16 giờ 00 phút, ngày 02 tháng 02 năm 2026");
}

}  // namespace
}  // namespace motcua::forms
