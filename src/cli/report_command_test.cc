// `motcua report indicators` as an officer or a script runs it, over a data directory made with `motcua
// init`, `motcua unit add` and `motcua import` (src/report/testdata/february-2024.jsonl): the JSON document,
// the text table, --explain, and every bad input refused with a Vietnamese message and a nonzero exit code;
// `motcua report bieu06` writing the XLSX through a temporary file, and refusing what it cannot write. (Its
// PDF output and the figures inside both files are checked in src/report: bieu06_seed_test.cc and
// bieu06_render_test.cc, in binaries that carry the fontconfig leak suppressions a PDF needs under ASan.)
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "cli/testing.h"
#include "report/test_cli.h"

namespace motcua::cli {
namespace {

using ::testing::HasSubstr;
using testing::Motcua;
using testing::RunResult;
using testing::TempDir;

constexpr char kUnit[] = "000.00.20.H31";
const std::string kHistory = std::string(MOTCUA_SOURCE_DIR) + "/src/report/testdata/february-2024.jsonl";

class ReportCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    data_ = dir_.path() + "/data";
    const RunResult init = Motcua({"init", "--data", data_});
    ASSERT_EQ(init.code, 0) << init.err;
    const RunResult unit = Motcua({"unit", "add", "--data", data_, "--code", kUnit, "--name",
                                   "UBND xã Đồng Tiến", "--from", "2019-01-01"});
    ASSERT_EQ(unit.code, 0) << unit.err;
    const RunResult imported = Motcua({"import", "--data", data_, kHistory});
    ASSERT_EQ(imported.code, 0) << imported.err;
  }

  report_testing::CliRun Report(std::vector<std::string> extra) const {
    std::vector<std::string> args = {"report", "indicators", "--data", data_};
    args.insert(args.end(), extra.begin(), extra.end());
    return report_testing::RunReportCli(args);
  }

  report_testing::CliRun Bieu06(std::vector<std::string> extra) const {
    std::vector<std::string> args = {"report", "bieu06", "--data", data_};
    args.insert(args.end(), extra.begin(), extra.end());
    return report_testing::RunReportCli(args);
  }

  // The names in `dir`, to see that no temporary file is left behind.
  static std::set<std::string> Names(const std::string& dir) {
    std::set<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      names.insert(entry.path().filename().string());
    }
    return names;
  }

  TempDir dir_;
  std::string data_;
};

TEST_F(ReportCommandTest, JsonDocument) {
  const auto run =
      Report({"--unit", kUnit, "--from", "2024-02-01", "--to", "2024-02-29", "--format", "json"});
  ASSERT_EQ(run.code, 0) << run.err;
  const auto json = nlohmann::ordered_json::parse(run.out);
  EXPECT_EQ(json["unit"], kUnit);
  EXPECT_EQ(json["from"], "2024-02-01");
  EXPECT_EQ(json["to"], "2024-02-29");
  const auto& figures = json["indicators"];
  EXPECT_EQ(figures["dossiers.received"]["value"], 4);
  EXPECT_EQ(figures["dossiers.received.online"]["value"], 1);
  EXPECT_EQ(figures["dossiers.received.postal"]["value"], 1);
  EXPECT_EQ(figures["dossiers.received.digitized"]["value"], 3);
  EXPECT_EQ(figures["dossiers.resolved"]["value"], 2);
  EXPECT_EQ(figures["dossiers.resolved.early"]["value"], 1);
  EXPECT_EQ(figures["dossiers.resolved.late.with_apology"]["value"], 1);
  EXPECT_EQ(figures["dossiers.pending.overdue"]["value"], 1);
  EXPECT_EQ(figures["dossiers.withdrawn"]["value"], 1);
  EXPECT_EQ(figures["evaluations.satisfied"]["value"], 1);
  EXPECT_EQ(figures["rate.resolved_in_time"].dump(), R"({"numerator":1,"denominator":2,"rate":0.5})");
  EXPECT_EQ(figures["rate.digitized_results"].dump(), R"({"numerator":1,"denominator":2,"rate":0.5})");
  EXPECT_EQ(figures["rate.pakn_on_time"].dump(), R"({"numerator":0,"denominator":0,"rate":null})");
  EXPECT_GT(figures["procedures.total"]["value"].get<int>(), 20);
}

TEST_F(ReportCommandTest, Decision766PointsFromTheDefaultOrAGivenFormula) {
  const std::vector<std::string> period = {"report", "766",    "--data",     data_,  "--unit",
                                           kUnit,    "--from", "2024-02-01", "--to", "2024-02-29"};
  auto run766 = [&](std::vector<std::string> extra) {
    std::vector<std::string> args = period;
    args.insert(args.end(), extra.begin(), extra.end());
    return report_testing::RunReportCli(args);
  };
  const auto json_run = run766({"--format", "json"});
  ASSERT_EQ(json_run.code, 0) << json_run.err;
  const auto json = nlohmann::json::parse(json_run.out);
  // Progress: 1 resolved in time of 4 received = 5 of 20 points; digitised dossiers 3 of 4 = 3 of 4 points.
  EXPECT_EQ(json["groups"][1]["criteria"][0]["ratio"]["numerator"], 1);
  EXPECT_EQ(json["groups"][1]["criteria"][0]["ratio"]["denominator"], 4);
  EXPECT_EQ(json["groups"][1]["criteria"][0]["points"], 5.0);
  EXPECT_EQ(json["groups"][4]["criteria"][1]["points"], 3.0);
  const auto text = run766({});
  ASSERT_EQ(text.code, 0) << text.err;
  EXPECT_THAT(text.out, HasSubstr("25,00% (1/4), 5,00/20,00 điểm"));

  // A province's own formula: progress counts in full from 25%.
  const std::string formula = dir_.path() + "/766.json";
  std::ofstream(formula) << R"({"source": "Tỉnh thử", "groups": [
      {"id": "tien_do", "name_vi": "Tiến độ", "points": 100, "criteria": [
        {"id": "progress", "name_vi": "Tiến độ", "points": 100, "ratio": "rate.766.progress", "target": 0.25}]}]})";
  const auto own = run766({"--formula", formula});
  ASSERT_EQ(own.code, 0) << own.err;
  EXPECT_THAT(own.out, HasSubstr("100,00/100,00 điểm"));
  EXPECT_THAT(own.out, HasSubstr("Tỉnh thử"));

  std::ofstream(formula) << R"({"source": "x", "groups": [{"id": "a", "name_vi": "A", "points": 90,
      "criteria": [{"id": "b", "name_vi": "B", "points": 90}]}]})";
  const auto bad = run766({"--formula", formula});
  EXPECT_EQ(bad.code, 2);
  EXPECT_THAT(bad.err, HasSubstr("Tệp '" + formula + "'"));
  EXPECT_THAT(bad.err, HasSubstr("tổng điểm các nhóm là 90,00, phải là 100"));
  const auto missing = run766({"--formula", dir_.path() + "/none.json"});
  EXPECT_NE(missing.code, 0);
  EXPECT_THAT(missing.err, HasSubstr("Không có tệp công thức 766"));
}

TEST_F(ReportCommandTest, TextTableIsTheDefault) {
  const auto run = Report({"--unit", kUnit, "--from", "2024-02-01", "--to", "2024-02-29"});
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("Đơn vị: 000.00.20.H31 (UBND xã Đồng Tiến)\n"));
  EXPECT_THAT(run.out, HasSubstr("Kỳ báo cáo: từ ngày 01/02/2024 đến hết ngày 29/02/2024\n"));
  EXPECT_THAT(run.out, HasSubstr("rate.resolved_in_time               50,00% (1/2)"));
  EXPECT_THAT(run.out, HasSubstr("dossiers.received                   4 "));
}

TEST_F(ReportCommandTest, ExplainPrintsTheCodesOnePerLine) {
  const std::vector<std::string> period = {"--unit", kUnit, "--from", "2024-02-01", "--to", "2024-02-29"};
  auto explain = [&](const std::string& id, std::vector<std::string> more = {}) {
    std::vector<std::string> args = period;
    args.push_back("--explain");
    args.push_back(id);
    args.insert(args.end(), more.begin(), more.end());
    return Report(args);
  };
  EXPECT_EQ(explain("dossiers.resolved").out, "000.00.20.H31-240205-0001\n000.00.20.H31-240206-0001\n");
  EXPECT_EQ(explain("dossiers.resolved.late.with_apology").out, "000.00.20.H31-240206-0001\n");
  EXPECT_EQ(explain("dossiers.pending.overdue").out, "000.00.20.H31-240226-0001\n");
  EXPECT_EQ(explain("dossiers.carried_over").out, "");
  const auto json = explain("dossiers.withdrawn", {"--format", "json"});
  ASSERT_EQ(json.code, 0) << json.err;
  EXPECT_EQ(nlohmann::json::parse(json.out)["codes"], nlohmann::json::array({"000.00.20.H31-240227-0001"}));
  // In March the overdue one is carried over and resolved late.
  const auto march = Report(
      {"--unit", kUnit, "--from", "2024-03-01", "--to", "2024-03-31", "--explain", "dossiers.resolved.late"});
  EXPECT_EQ(march.out, "000.00.20.H31-240226-0001\n");
}

TEST_F(ReportCommandTest, BadInputIsRefusedInVietnamese) {
  struct Case {
    std::vector<std::string> args;
    int code;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{"--unit", "000.00.99.H31", "--from", "2024-02-01", "--to", "2024-02-29"},
       3,
       "Lỗi: Không tìm thấy đơn vị"},
      {{"--unit", kUnit, "--from", "2024-03-01", "--to", "2024-02-29"},
       2,
       "Lỗi: Kỳ báo cáo không hợp lệ: ngày bắt đầu 01/03/2024 sau ngày kết thúc 29/02/2024."},
      {{"--unit", kUnit, "--from", "2024-02-30", "--to", "2024-03-31"},
       2,
       "Lỗi: Ngày bắt đầu kỳ báo cáo (from): Ngày không hợp lệ: '2024-02-30'"},
      {{"--unit", kUnit, "--from", "2024-02-01", "--to", "29/02/2024"},
       2,
       "Lỗi: Ngày kết thúc kỳ báo cáo (to): Ngày không hợp lệ"},
      {{"--unit", kUnit, "--from", "2024-02-01", "--to", "2024-02-29", "--explain", "dossiers.lost"},
       2,
       "Lỗi: Không có chỉ tiêu mã 'dossiers.lost'"},
      {{"--unit", kUnit, "--from", "2024-02-01", "--to", "2024-02-29", "--format", "xlsx"},
       2,
       "Lỗi: Định dạng 'xlsx' không được hỗ trợ; chọn json hoặc text."},
      {{"--from", "2024-02-01", "--to", "2024-02-29"}, 2, "Lỗi: Thiếu tùy chọn --unit"},
      {{"--unit", kUnit, "--to", "2024-02-29"}, 2, "Lỗi: Thiếu tùy chọn --from"},
  };
  for (const Case& c : cases) {
    const auto run = Report(c.args);
    EXPECT_EQ(run.code, c.code) << c.message << "\n" << run.err;
    EXPECT_THAT(run.err, HasSubstr(c.message));
    EXPECT_EQ(run.out, "");
  }
  // Input is checked before the database is opened: a bad date over a missing data directory names the date.
  const auto no_data = report_testing::RunReportCli(
      {"report", "indicators", "--data", dir_.path() + "/none", "--unit", kUnit, "--from", "x", "--to", "y"});
  EXPECT_EQ(no_data.code, 2);
  EXPECT_THAT(no_data.err, HasSubstr("(from)"));
  const auto not_initialised =
      report_testing::RunReportCli({"report", "indicators", "--data", dir_.path() + "/none", "--unit", kUnit,
                                    "--from", "2024-02-01", "--to", "2024-02-29"});
  EXPECT_NE(not_initialised.code, 0);
  EXPECT_THAT(not_initialised.err, HasSubstr("motcua init"));
}

TEST_F(ReportCommandTest, Bieu06WritesTheWorkbookInPlaceOfTheOldFile) {
  const std::string out_dir = dir_.path() + "/out";
  std::filesystem::create_directories(out_dir);
  const std::string out = out_dir + "/bieu06-thang2.XLSX";  // the extension in any case
  std::ofstream(out) << "old";
  const auto run = Bieu06({"--unit", kUnit, "--from", "2024-02-01", "--to", "2024-02-29", "--out", out});
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_EQ(run.out,
            "Đã ghi Biểu 06 của 000.00.20.H31 (UBND xã Đồng Tiến), 1 lĩnh vực, từ ngày 01/02/2024 "
            "đến ngày 29/02/2024 vào " +
                out + "\n");
  EXPECT_EQ(run.err, "");  // no progress line: stderr is not a terminal
  std::ifstream in(out, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_GT(bytes.size(), 1000u);
  EXPECT_EQ(bytes.substr(0, 4), std::string("PK\x03\x04", 4));  // an OOXML package replaced "old"
  EXPECT_EQ(Names(out_dir), std::set<std::string>{"bieu06-thang2.XLSX"});
}

TEST_F(ReportCommandTest, Bieu06RefusesWhatItCannotWrite) {
  const std::string out_dir = dir_.path() + "/out";
  std::filesystem::create_directories(out_dir);
  const std::vector<std::string> period = {"--unit", kUnit, "--from", "2024-02-01", "--to", "2024-02-29"};
  auto bieu06 = [&](const std::string& out, std::vector<std::string> args) {
    if (!out.empty()) {
      args.push_back("--out");
      args.push_back(out);
    }
    return Bieu06(args);
  };
  struct Case {
    std::string out;
    std::vector<std::string> args;
    int code;
    std::string message;
  };
  const std::vector<Case> cases = {
      {out_dir + "/bieu06.docx", period, 2,
       "Lỗi: Không hỗ trợ ghi Biểu 06 ra tệp '" + out_dir +
           "/bieu06.docx': tên tệp phải kết thúc bằng .xlsx hoặc .pdf."},
      {out_dir + "/bieu06", period, 2, "tên tệp phải kết thúc bằng .xlsx hoặc .pdf."},
      {"", period, 2, "Lỗi: Thiếu tùy chọn --out"},
      {out_dir + "/bieu06.xlsx",
       {"--unit", kUnit, "--from", "2024-03-01", "--to", "2024-02-29"},
       2,
       "Lỗi: Kỳ báo cáo không hợp lệ"},
      {out_dir + "/bieu06.xlsx",
       {"--unit", "000.00.99.H31", "--from", "2024-02-01", "--to", "2024-02-29"},
       3,
       "Lỗi: Không tìm thấy đơn vị"},
      {out_dir + "/missing/bieu06.xlsx", period, 1,
       "Lỗi: Không ghi được tệp '" + out_dir + "/missing/bieu06.xlsx'"},
  };
  for (const Case& c : cases) {
    const auto run = bieu06(c.out, c.args);
    EXPECT_EQ(run.code, c.code) << c.message << "\n" << run.err;
    EXPECT_THAT(run.err, HasSubstr(c.message));
    EXPECT_EQ(run.out, "");
    EXPECT_TRUE(Names(out_dir).empty()) << c.message;  // nothing written, no temporary file left
  }
  // The extension is checked before the database is opened.
  const auto no_data = report_testing::RunReportCli({"report", "bieu06", "--data", dir_.path() + "/none",
                                                     "--unit", kUnit, "--from", "2024-02-01", "--to",
                                                     "2024-02-29", "--out", out_dir + "/x.csv"});
  EXPECT_EQ(no_data.code, 2);
  EXPECT_THAT(no_data.err, HasSubstr(".xlsx hoặc .pdf"));
}

}  // namespace
}  // namespace motcua::cli
