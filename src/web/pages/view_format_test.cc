#include "web/pages/view_format.h"

#include <gtest/gtest.h>

namespace motcua::web::pages {
namespace {

TEST(ViewFormatTest, OnlyLocalPathsAreSafeRedirectTargets) {
  for (const char* good :
       {"/", "/ho-so", "/ho-so/000.00.20.H31-251001-0001?xong=assign", "/tra-cuu?ma=a%2Fb"}) {
    EXPECT_TRUE(IsSafeLocalPath(good)) << good;
  }
  for (const char* bad : {"", "ho-so", "//evil.example/x", "/\\evil.example", "https://evil.example/", "/a b",
                          "/a\tb", "/a\r\nLocation: x", "/a\\b", "javascript:alert(1)"}) {
    EXPECT_FALSE(IsSafeLocalPath(bad)) << bad;
  }
  EXPECT_FALSE(IsSafeLocalPath("/" + std::string(600, 'a')));
}

TEST(ViewFormatTest, WorkingTimeInWordsUsesEightHourDays) {
  EXPECT_EQ(WorkingTimeVi(0), "0 phút");
  EXPECT_EQ(WorkingTimeVi(90 * 60), "1 giờ 30 phút");
  EXPECT_EQ(WorkingTimeVi(3 * 8 * 3600 + 2 * 3600), "3 ngày 2 giờ");
  EXPECT_EQ(WorkingTimeVi(8 * 3600 + 59), "1 ngày");
  EXPECT_EQ(WorkingTimeVi(-45 * 60), "45 phút");
}

TEST(ViewFormatTest, TruncatesAtCharacterBoundaries) {
  EXPECT_EQ(TruncateUtf8("abc", 5), "abc");
  EXPECT_EQ(TruncateUtf8("Đức", 1), "");  // "Đ" is two bytes
  EXPECT_EQ(TruncateUtf8("Đức", 2), "Đ");
  EXPECT_EQ(TruncateUtf8("Đức", 4), "Đ");  // "ứ" is three bytes
  EXPECT_EQ(TruncateUtf8("Đức", 5), "Đứ");
}

TEST(ViewFormatTest, BuildsQueryStringsAndPagers) {
  EXPECT_EQ(QueryString({{"q", "nguyễn an"}, {"empty", ""}, {"ds", "qua-han"}}),
            "?q=nguy%E1%BB%85n%20an&ds=qua-han");
  EXPECT_EQ(QueryString({{"a", ""}}), "");
  const nlohmann::json pager = PagerJson(51, 2, 25, "/ho-so", {{"ds", "tat-ca"}});
  EXPECT_EQ(pager["pages"], 3);
  EXPECT_EQ(pager["prev"], "/ho-so?ds=tat-ca");
  EXPECT_EQ(pager["next"], "/ho-so?ds=tat-ca&trang=3");
  EXPECT_TRUE(PagerJson(0, 1, 25, "/x", {})["next"].is_null());
  EXPECT_EQ(PageNumber("3"), 3);
  EXPECT_EQ(PageNumber("-1"), 1);
  EXPECT_EQ(PageNumber("abc"), 1);
  EXPECT_EQ(PageNumber("9999999"), 1);
}

TEST(ViewFormatTest, FormatsDatesTheVietnameseWay) {
  const Instant at = FromLocal(CivilDate{2025, 10, 1}, 9 * 3600 + 5 * 60);
  EXPECT_EQ(VnDateOrNull(at), "01/10/2025");
  EXPECT_EQ(VnDateTimeOrNull(at), "09:05 01/10/2025");
  EXPECT_TRUE(VnDateOrNull(std::nullopt).is_null());
}

}  // namespace
}  // namespace motcua::web::pages
