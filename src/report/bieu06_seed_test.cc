// Biểu 06 of the seed commune's year (docs/reports.md, "The seed check"): the generated history is imported
// through DossierService::Import on SQLite and PostgreSQL; the form's total row has the seed's figures (3,531
// resolved: 307 early, 3,219 on time, 5 late) and equals, cell by cell and code by code, the unit's
// indicators from IndicatorService::Compute; the field rows add up to it. `motcua report bieu06` writes the
// same figures into the PDF (read back with pdftotext) and the XLSX (the sheet's stored numbers).
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "render/testing/document_tools.h"
#include "report/bieu06_service.h"
#include "report/seed_year_fixture.h"
#include "report/test_cli.h"

namespace motcua {
namespace {

using ::testing::HasSubstr;
using C = Bieu06Column;

constexpr const char* kProvince = report_testing::kSeedProvince;
constexpr const char* kCommune = report_testing::kSeedCommune;

using Bieu06SeedTest = report_testing::SeedYearTest;

TEST_P(Bieu06SeedTest, TheSeedYearByFieldInTheFormAndItsFiles) {
  int64_t progress_calls = 0;
  auto report =
      ComputeBieu06(*store_, *indicators_, kCommune, period_, [&](int64_t read) { progress_calls = read; });
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->unit.name, "UBND xã Đồng Tiến");
  ASSERT_TRUE(report->parent.has_value());
  EXPECT_EQ(report->parent->code, kProvince);
  const Bieu06& form = report->form;
  const Bieu06Row& total = form.total;
  // The seed's figures (DOMAIN.md section 6; docs/reports.md "The seed check").
  EXPECT_EQ(total.value(C::kResolvedTotal), 3531);
  EXPECT_EQ(total.value(C::kResolvedEarly), 307);
  EXPECT_EQ(total.value(C::kResolvedOnTime), 3219);
  EXPECT_EQ(total.value(C::kResolvedLate), 5);
  EXPECT_EQ(total.value(C::kReceivedTotal), 3534 + 10);
  EXPECT_EQ(total.value(C::kReceivedOnline), 1236);
  EXPECT_EQ(total.value(C::kReceivedDirectOrPostal), 2289 + 9);
  EXPECT_EQ(total.value(C::kCarriedOver), 10);
  EXPECT_EQ(total.value(C::kPendingTotal), 9);
  EXPECT_EQ(total.value(C::kPendingWithinDeadline), 6);
  EXPECT_EQ(total.value(C::kPendingOverdue), 3);
  EXPECT_GE(progress_calls, 3544);  // every dossier of the period was read (and those settled after it)

  // The total row is the unit's indicators, cell by cell and code by code.
  auto unit = indicators_->Compute(kCommune, period_);
  ASSERT_TRUE(unit.ok()) << unit.status().ToString();
  const Bieu06Row expected = Bieu06RowOf(unit->indicators);
  for (const Bieu06ColumnDefinition& column : Bieu06Columns()) {
    EXPECT_EQ(total.cell(column.column).codes, expected.cell(column.column).codes) << column.id;
  }
  // The field rows add up to it, follow the catalogue and carry its names.
  ASSERT_GE(form.rows.size(), 2u);
  std::vector<int64_t> sums(kBieu06Columns, 0);
  size_t previous = 0;
  for (const Bieu06Row& row : form.rows) {
    const auto& fields = catalog_->fields();
    const auto at =
        std::find_if(fields.begin(), fields.end(), [&](const Field& f) { return f.code == row.field_code; });
    ASSERT_NE(at, fields.end()) << row.field_code;
    EXPECT_EQ(row.field_name, at->name);
    EXPECT_GE(static_cast<size_t>(at - fields.begin()), previous);
    previous = static_cast<size_t>(at - fields.begin());
    for (int c = 0; c < kBieu06Columns; ++c) sums[c] += row.cells[c].value;
  }
  for (int c = 0; c < kBieu06Columns; ++c) EXPECT_EQ(sums[c], total.cells[c].value) << c;
  EXPECT_EQ(form.rows.front().field_name, "Hộ tịch");

  // The province, with the commune below it, has the same form.
  auto province = ComputeBieu06(*store_, *indicators_, kProvince, period_);
  ASSERT_TRUE(province.ok());
  EXPECT_EQ(province->form.total.cells, total.cells);
  EXPECT_FALSE(province->parent.has_value());

  // `motcua report bieu06` over the same database (one import per backend serves both parts).
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() /
      ("motcua-bieu06-cli-" + std::to_string(::getpid()) + "-" + std::string(store_->backend_name()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  auto run = [&](const std::string& name) {
    return report_testing::RunReportCli({"report", "bieu06", "--database", database_->url(), "--unit",
                                         kCommune, "--from", "2023-10-01", "--to", "2024-09-30", "--out",
                                         (dir / name).string()});
  };
  const report_testing::CliRun pdf_run = run("bieu06.pdf");
  ASSERT_EQ(pdf_run.code, 0) << pdf_run.err;
  EXPECT_THAT(pdf_run.out, HasSubstr("Đã ghi Biểu 06 của 000.00.20.H31 (UBND xã Đồng Tiến)"));
  const std::string pdf = report_testing::ReadWholeFile(dir / "bieu06.pdf");
  const auto text = render::testing::PdfToText(pdf, /*layout=*/true);
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  std::istringstream lines(*text);
  std::string total_line;
  for (std::string line; std::getline(lines, line);) {
    if (line.find("3.531") != std::string::npos) total_line = line;
  }
  std::istringstream words(total_line);
  std::vector<std::string> figures;
  for (std::string word; words >> word;) figures.push_back(word);
  EXPECT_EQ(figures, (std::vector<std::string>{"Tổng", "số", "3.544", "1.236", "2.298", "10", "3.531", "307",
                                               "3.219", "5", "9", "6", "3"}))
      << *text;
  EXPECT_THAT(*text, HasSubstr("UBND TỈNH HƯNG YÊN"));
  EXPECT_THAT(*text, HasSubstr("Hộ tịch"));

  const report_testing::CliRun xlsx_run = run("bieu06.xlsx");
  ASSERT_EQ(xlsx_run.code, 0) << xlsx_run.err;
  const auto sheet = render::testing::ZipEntryText(report_testing::ReadWholeFile(dir / "bieu06.xlsx"),
                                                   "xl/worksheets/sheet1.xml");
  ASSERT_TRUE(sheet.ok()) << sheet.status().ToString();
  for (const char* value : {"<v>3544</v>", "<v>3531</v>", "<v>3219</v>", "<v>1236</v>", "<v>2298</v>"}) {
    EXPECT_THAT(*sheet, HasSubstr(value));
  }
  std::filesystem::remove_all(dir);
}

MOTCUA_INSTANTIATE_BACKENDS(Bieu06SeedTest);

}  // namespace
}  // namespace motcua
