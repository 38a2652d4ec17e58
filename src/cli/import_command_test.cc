// `motcua import` as a migration script runs it: dry run, the real import, and refusals that name the line
// and write nothing.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli/testing.h"

namespace motcua::cli {
namespace {

using ::testing::HasSubstr;
using testing::Motcua;
using testing::RunResult;
using testing::TempDir;

constexpr char kHistory[] =
    R"({"event":"received","code":"000.00.20.H31-231002-0001","unit":"000.00.20.H31","procedure":"1.001193","channel":"direct","at":"2023-10-02T08:15:00+07:00","by":"cu.letan","applicant":{"name":"Lê Văn Tám","id_number":"012345678"},"components":[{"name":"Tờ khai","digitized":true}]}
{"event":"assigned","code":"000.00.20.H31-231002-0001","at":"2023-10-02T08:20:00+07:00","by":"cu.letan","to":"cu.tuphap"}

{"event":"result_ready","code":"000.00.20.H31-231002-0001","at":"2023-10-02T10:00:00+07:00","by":"cu.tuphap","digitized":true}
{"event":"returned","code":"000.00.20.H31-231002-0001","at":"2023-10-02T14:00:00+07:00","by":"cu.letan","recipient":"Lê Văn Tám"}
)";

class ImportCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    data_ = dir_.path() + "/data";
    const RunResult init = Motcua({"init", "--data", data_});
    ASSERT_EQ(init.code, 0) << init.err;
    const RunResult unit = Motcua({"unit", "add", "--data", data_, "--code", "000.00.20.H31", "--name",
                                   "UBND xã Đồng Tiến", "--from", "2019-01-01"});
    ASSERT_EQ(unit.code, 0) << unit.err;
  }

  TempDir dir_;
  std::string data_;
};

TEST_F(ImportCommandTest, DryRunThenImportThenRefusesADuplicate) {
  const std::string file = dir_.Write("history.jsonl", kHistory);
  const RunResult dry = Motcua({"import", "--data", data_, file, "--dry-run"});
  ASSERT_EQ(dry.code, 0) << dry.err;
  EXPECT_THAT(dry.out, HasSubstr("1 hồ sơ, 4 sự kiện"));
  const RunResult real = Motcua({"import", "--data", data_, file});
  ASSERT_EQ(real.code, 0) << real.err;
  EXPECT_THAT(real.out, HasSubstr("cu.letan cu.tuphap"));
  const RunResult again = Motcua({"import", "--data", data_, file});
  EXPECT_NE(again.code, 0);
  EXPECT_THAT(again.err, HasSubstr("Dòng 1"));
}

TEST_F(ImportCommandTest, ErrorsNameTheLineAndNothingIsWritten) {
  std::string text = kHistory;
  text += "{\"event\":\"returned\",\"code\":\"000.00.20.H31-231002-0001\",\"at\":\"2023-13-40T25:00\"}\n";
  const std::string bad_time = dir_.Write("bad-time.jsonl", text);
  const RunResult failed = Motcua({"import", "--data", data_, bad_time});
  EXPECT_NE(failed.code, 0);
  EXPECT_THAT(failed.err, HasSubstr("Dòng 6"));
  // Nothing was written: the good history still imports completely afterwards.
  const std::string good = dir_.Write("good.jsonl", kHistory);
  const RunResult real = Motcua({"import", "--data", data_, good});
  ASSERT_EQ(real.code, 0) << real.err;
  EXPECT_THAT(real.out, HasSubstr("1 hồ sơ, 4 sự kiện"));

  const RunResult missing = Motcua({"import", "--data", data_, dir_.path() + "/none.jsonl"});
  EXPECT_NE(missing.code, 0);
  const RunResult not_json = Motcua({"import", "--data", data_, dir_.Write("x.jsonl", "{not json\n")});
  EXPECT_NE(not_json.code, 0);
  EXPECT_THAT(not_json.err, HasSubstr("Dòng 1"));
}

// The example in docs/import.md is a working file.
TEST_F(ImportCommandTest, TheDocumentedExampleImports) {
  std::ifstream doc(std::string(MOTCUA_SOURCE_DIR) + "/docs/import.md");
  ASSERT_TRUE(doc.good());
  std::stringstream text;
  text << doc.rdbuf();
  const std::string all = text.str();
  const size_t start = all.find("```jsonl\n");
  ASSERT_NE(start, std::string::npos);
  const size_t end = all.find("```", start + 9);
  const std::string file = dir_.Write("example.jsonl", all.substr(start + 9, end - start - 9));
  const RunResult run = Motcua({"import", "--data", data_, file});
  ASSERT_EQ(run.code, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("3 hồ sơ, 12 sự kiện"));
}

}  // namespace
}  // namespace motcua::cli
