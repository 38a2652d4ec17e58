// `motcua calendar ...` through RunMotcua, as scripts see it: stdout, stderr, exit code.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "cli/testing.h"

namespace motcua::cli {
namespace {

using testing::Motcua;
using CliRun = testing::RunResult;

std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

TEST(CalendarCommandTest, DuePrintsTheInstantOnItsFirstLine) {
  CliRun r = Motcua({"calendar", "due", "--received", "2024-02-07T09:00", "--duration", "3 wd"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(FirstLine(r.out), "2024-02-19T09:00:00+07:00");
  EXPECT_EQ(r.err, "");
}

TEST(CalendarCommandTest, DueWithCutoffAndData) {
  CliRun before = Motcua({"calendar", "due", "--received", "2024-03-11T14:59:59", "--duration", "0 wd",
                          "--cutoff", "15:00", "--data", "/nonexistent"});
  EXPECT_EQ(before.code, 0) << before.err;
  EXPECT_EQ(FirstLine(before.out), "2024-03-11T17:00:00+07:00");
  CliRun at = Motcua(
      {"calendar", "due", "--received", "2024-03-11T15:00", "--duration", "0 wd", "--cutoff", "15:00"});
  EXPECT_EQ(FirstLine(at.out), "2024-03-12T17:00:00+07:00");
}

TEST(CalendarCommandTest, DueWithPauses) {
  CliRun r = Motcua({"calendar", "due", "--received", "2024-03-11T08:00", "--duration", "1 wd", "--pause",
                     "2024-03-11T10:00/2024-03-12T10:00"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(FirstLine(r.out), "2024-03-13T08:00:00+07:00");
  CliRun open = Motcua({"calendar", "due", "--received", "2024-03-11T08:00", "--duration", "1 wd", "--pause",
                        "2024-03-11T10:00/"});
  EXPECT_NE(open.code, 0);
  EXPECT_EQ(open.out, "");
  EXPECT_NE(open.err.find("tạm dừng"), std::string::npos) << open.err;
}

TEST(CalendarCommandTest, BadInputGivesVietnameseErrorAndNothingOnStdout) {
  const std::vector<std::vector<std::string>> cases = {
      {"calendar", "due", "--received", "2024-02-07T09:00", "--duration", "-3 wd"},
      {"calendar", "due", "--received", "2024-02-07T09:00", "--duration", "abc"},
      {"calendar", "due", "--received", "2024-02-30T09:00", "--duration", "3 wd"},
      {"calendar", "due", "--received", "07/02/2024 09:00", "--duration", "3 wd"},
      {"calendar", "due", "--received", "2024-02-07T09:00", "--duration", "3 wd", "--cutoff", "25:00"},
      {"calendar", "due", "--received", "2024-02-07T09:00", "--duration", "3 wd", "--pause", "2024-02-07"},
      {"calendar", "due", "--received", "2100-12-31T09:00", "--duration", "3 wd"},
      {"calendar", "days-off", "2013"},
      {"calendar", "lunar", "2024-13-01"},
      {"calendar", "lunar", "1899-12-31"},
      {"calendar", "solar", "1/3L/2023"},
  };
  for (const auto& args : cases) {
    CliRun r = Motcua(args);
    EXPECT_EQ(r.code, 2) << args.back() << ": " << r.err;  // InvalidArgument
    EXPECT_EQ(r.out, "") << args.back();
    EXPECT_EQ(r.err.rfind("Lỗi: ", 0), 0u) << r.err;
  }
}

TEST(CalendarCommandTest, DaysOff2024) {
  CliRun r = Motcua({"calendar", "days-off", "2024"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "2024-01-01 Tết Dương lịch\n"
            "2024-02-08 Tết Nguyên đán\n"
            "2024-02-09 Tết Nguyên đán\n"
            "2024-02-12 Tết Nguyên đán\n"
            "2024-02-13 Tết Nguyên đán (nghỉ bù)\n"
            "2024-02-14 Tết Nguyên đán (nghỉ bù)\n"
            "2024-04-18 Giỗ Tổ Hùng Vương\n"
            "2024-04-29 Nghỉ hoán đổi (làm bù thứ Bảy 04/05/2024)\n"
            "2024-04-30 Ngày Chiến thắng\n"
            "2024-05-01 Ngày Quốc tế Lao động\n"
            "2024-05-04 working Làm bù cho ngày nghỉ hoán đổi 29/04/2024\n"
            "2024-09-02 Quốc khánh\n"
            "2024-09-03 Quốc khánh\n");
}

TEST(CalendarCommandTest, DaysOffOfARuleBasedYear) {
  CliRun r = Motcua({"calendar", "days-off", "2027"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("2027-02-04 Tết Nguyên đán\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2027-02-10 Tết Nguyên đán (nghỉ bù)\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2027-11-24 Ngày Văn hóa Việt Nam\n"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("working"), std::string::npos);
}

TEST(CalendarCommandTest, LunarAndSolar) {
  EXPECT_EQ(Motcua({"calendar", "lunar", "2024-02-10"}).out, "1/1/2024\n");
  EXPECT_EQ(Motcua({"calendar", "lunar", "2023-03-22"}).out, "1/2L/2023\n");
  EXPECT_EQ(Motcua({"calendar", "lunar", "1985-01-21"}).out, "1/1/1985\n");
  EXPECT_EQ(Motcua({"calendar", "solar", "1/2L/2023"}).out, "2023-03-22\n");
  EXPECT_EQ(Motcua({"calendar", "solar", "10/3/2026"}).out, "2026-04-26\n");
}

TEST(CalendarCommandTest, Help) {
  for (const char* sub : {"due", "days-off", "lunar", "solar"}) {
    CliRun r = Motcua({"calendar", sub, "--help"});
    EXPECT_EQ(r.code, 0) << sub;
    EXPECT_NE(r.out.find("--data"), std::string::npos) << sub << r.out;
  }
  CliRun missing = Motcua({"calendar", "due", "--duration", "3 wd"});
  EXPECT_EQ(missing.code, 2);
  EXPECT_EQ(missing.out, "");
}

}  // namespace
}  // namespace motcua::cli
