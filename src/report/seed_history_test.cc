// The seed check (issue 5, docs/reports.md): the year of history that scripts/gen-seed-history.cc generates
// for the seed's commune (1/10/2023-30/9/2024) is imported through the real import path
// (DossierService::Import, what `motcua import` runs) on SQLite and PostgreSQL, and the indicators computed
// from the journal are the seed report's figures: 3,531 resolved, 307 early, 3,219 on time, 5 late, 99,86%;
// 1,943 of 3,534 dossiers digitised (54,98%); 1,978 of 3,529 results digitised (56,05%). Every dossier figure
// lists exactly the dossiers the generator built for it, through the service and through
// `motcua report indicators --explain`.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "base/text.h"
#include "catalog/catalog.h"
#include "report/indicator_format.h"
#include "report/indicator_service.h"
#include "report/test_cli.h"
#include "service/dossier_service.h"
#include "store/test_backend.h"

namespace motcua {
namespace {

constexpr char kProvince[] = "000.00.00.H31";
constexpr char kCommune[] = "000.00.20.H31";

struct Generated {
  std::vector<ImportLine> lines;
  std::map<std::string, std::vector<std::string>> expected;  // indicator id -> sorted codes
  std::string error;
};

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs the generator once per process (it is deterministic) and parses its two files.
const Generated& SeedHistory() {
  static const Generated generated = [] {
    Generated g;
    const char* generator = std::getenv("MOTCUA_SEED_GENERATOR");
    if (generator == nullptr) {
      g.error = "MOTCUA_SEED_GENERATOR is not set (ctest sets it to the gen_seed_history binary)";
      return g;
    }
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("motcua-seed-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string command = std::string(generator) + " --out " + (dir / "seed.jsonl").string() +
                                " --expect " + (dir / "expect.tsv").string();
    if (std::system(command.c_str()) != 0) {
      g.error = "generator failed: " + command;
      return g;
    }
    const std::string history = ReadFile(dir / "seed.jsonl");
    const std::string expect = ReadFile(dir / "expect.tsv");
    std::filesystem::remove_all(dir);
    int number = 0;
    for (std::string_view line : SplitString(history, '\n')) {
      ++number;
      if (line.empty()) continue;
      auto event = ParseEventLine(line);
      if (!event.ok()) {
        g.error = "line " + std::to_string(number) + ": " + event.status().ToString();
        return g;
      }
      g.lines.push_back(ImportLine{number, *std::move(event)});
    }
    for (std::string_view line : SplitString(expect, '\n')) {
      if (line.empty() || line.front() == '#') continue;
      const size_t tab = line.find('\t');
      g.expected[std::string(line.substr(0, tab))].emplace_back(line.substr(tab + 1));
    }
    for (auto& [id, codes] : g.expected) std::sort(codes.begin(), codes.end());
    return g;
  }();
  return generated;
}

class SeedHistoryTest : public store_internal::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(SeedHistory().error.empty()) << SeedHistory().error;
    store_ = OpenTestStore();
    ASSERT_TRUE(store_);
    Unit province;
    province.code = kProvince;
    province.name = "UBND tỉnh Hưng Yên";
    province.effective_from = CivilDate{2019, 1, 1};
    Unit commune = province;
    commune.code = kCommune;
    commune.name = "UBND xã Đồng Tiến";
    commune.parent_code = kProvince;
    ASSERT_TRUE(store_->AddUnit(province).ok());
    ASSERT_TRUE(store_->AddUnit(commune).ok());
    auto catalog = LoadEmbeddedCatalog();
    ASSERT_TRUE(catalog.ok());
    ASSERT_TRUE(store_->ReplaceCatalog(catalog->fields(), catalog->procedures()).ok());
    catalog_ = std::make_shared<const Catalog>(std::move(catalog).value());
    auto calendars = UnitCalendars::Create();
    ASSERT_TRUE(calendars.ok());
    calendars_ = std::move(calendars).value();
    dossiers_ = std::make_unique<DossierService>(*store_, catalog_, *calendars_);
    indicators_ = std::make_unique<IndicatorService>(*store_, catalog_, *calendars_);

    const auto started = std::chrono::steady_clock::now();
    auto imported = dossiers_->Import(SeedHistory().lines, /*dry_run=*/false);
    ASSERT_TRUE(imported.ok()) << imported.status().ToString();
    const auto took = std::chrono::steady_clock::now() - started;
    std::cout << "[ import   ] " << imported->dossiers << " dossiers, " << imported->events << " events on "
              << store_->backend_name() << " in "
              << std::chrono::duration_cast<std::chrono::milliseconds>(took).count() << " ms\n";
  }

  IndicatorReport Compute(const std::string& unit) {
    const auto started = std::chrono::steady_clock::now();
    auto report = indicators_->Compute(unit, period_);
    EXPECT_TRUE(report.ok()) << report.status().ToString();
    const auto took = std::chrono::steady_clock::now() - started;
    std::cout << "[ compute  ] " << unit << " on " << store_->backend_name() << " in "
              << std::chrono::duration_cast<std::chrono::milliseconds>(took).count() << " ms\n";
    return report.ok() ? *std::move(report) : IndicatorReport{};
  }

  const ReportPeriod period_ = *MakeReportPeriod({2023, 10, 1}, {2024, 9, 30});
  std::unique_ptr<Store> store_;
  std::shared_ptr<const Catalog> catalog_;
  std::unique_ptr<UnitCalendars> calendars_;
  std::unique_ptr<DossierService> dossiers_;
  std::unique_ptr<IndicatorService> indicators_;
};

void ExpectRate(const IndicatorSet& set, std::string_view id, int64_t numerator, int64_t denominator,
                const std::string& shown) {
  const IndicatorValue* value = set.Find(id);
  ASSERT_NE(value, nullptr) << id;
  EXPECT_EQ(value->numerator, numerator) << id;
  EXPECT_EQ(value->denominator, denominator) << id;
  EXPECT_EQ(value->FormatVi(), shown) << id;
}

TEST_P(SeedHistoryTest, TheImportedYearHasTheSeedsFigures) {
  const IndicatorReport report = Compute(kCommune);
  const IndicatorSet& set = report.indicators;
  // The seed's own figures (DOMAIN.md section 6).
  EXPECT_EQ(set.Count("dossiers.resolved"), 3531);
  EXPECT_EQ(set.Count("dossiers.resolved.early"), 307);
  EXPECT_EQ(set.Count("dossiers.resolved.on_time"), 3219);
  EXPECT_EQ(set.Count("dossiers.resolved.late"), 5);
  ExpectRate(set, "rate.resolved_in_time", 3526, 3531, "99,86%");
  ExpectRate(set, "rate.resolved_early", 307, 3531, "8,69%");
  ExpectRate(set, "rate.resolved_on_time", 3219, 3531, "91,16%");
  ExpectRate(set, "rate.resolved_late", 5, 3531, "0,14%");  // the seed typed 0,15%
  ExpectRate(set, "rate.digitized_dossiers", 1943, 3534, "54,98%");
  ExpectRate(set, "rate.digitized_results", 1978, 3529, "56,05%");
  // Around them, as built (docs/reports.md, "The seed check").
  EXPECT_EQ(set.Count("dossiers.received"), 3534);
  EXPECT_EQ(set.Count("dossiers.carried_over"), 10);
  EXPECT_EQ(set.Count("dossiers.withdrawn"), 4);
  EXPECT_EQ(set.Count("dossiers.pending"), 9);
  EXPECT_EQ(set.Count("dossiers.pending.within_deadline"), 6);
  EXPECT_EQ(set.Count("dossiers.pending.overdue"), 3);
  EXPECT_EQ(set.Count("dossiers.resolved.late.with_apology"), 2);
  EXPECT_EQ(set.Count("dossiers.received.online"), 1236);
  EXPECT_EQ(set.Count("dossiers.received.postal"), 9);
  ExpectRate(set, "rate.766.progress", 3526, 3534, "99,77%");
  EXPECT_EQ(set.Count("pakn.received"), 0);  // the seed: no feedback in the year

  // Every dossier figure is exactly the dossiers built for it.
  const auto& expected = SeedHistory().expected;
  for (const IndicatorDefinition& definition : Indicators()) {
    if (definition.kind != IndicatorKind::kCount || definition.subject != IndicatorSubject::kDossiers)
      continue;
    const auto it = expected.find(std::string(definition.id));
    const std::vector<std::string> want = it == expected.end() ? std::vector<std::string>{} : it->second;
    EXPECT_EQ(set.Find(definition.id)->codes, want) << definition.id;
  }
  EXPECT_GT(set.Count("evaluations"), 900);

  // `motcua report indicators` over the same database: --explain prints exactly the dossiers built for the
  // figure, one per line; the JSON document is the service's.
  const std::vector<std::string> period = {"--database", database_->url(), "--unit", kCommune,
                                           "--from",     "2023-10-01",     "--to",   "2024-09-30"};
  auto cli = [&](std::vector<std::string> extra) {
    std::vector<std::string> args = {"report", "indicators"};
    args.insert(args.end(), period.begin(), period.end());
    args.insert(args.end(), extra.begin(), extra.end());
    return report_testing::RunReportCli(args);
  };
  for (const char* id : {"dossiers.resolved.late", "dossiers.pending"}) {
    const report_testing::CliRun run = cli({"--explain", id});
    ASSERT_EQ(run.code, 0) << run.err;
    std::string want;
    for (const std::string& code : expected.at(id)) want += code + "\n";
    EXPECT_EQ(run.out, want) << id;
  }
  // For the province, which has the commune below it, the same figures.
  const report_testing::CliRun json = report_testing::RunReportCli(
      {"report", "indicators", "--database", database_->url(), "--unit", kProvince, "--from", "2023-10-01",
       "--to", "2024-09-30", "--format", "json"});
  ASSERT_EQ(json.code, 0) << json.err;
  EXPECT_EQ(nlohmann::ordered_json::parse(json.out), IndicatorsToJson(kProvince, period_, set));
  const auto document = nlohmann::json::parse(json.out);
  EXPECT_EQ(document["indicators"]["dossiers.resolved"], (nlohmann::json{{"value", 3531}}));
  EXPECT_DOUBLE_EQ(document["indicators"]["rate.resolved_in_time"]["rate"].get<double>(), 3526.0 / 3531.0);
}

MOTCUA_INSTANTIATE_BACKENDS(SeedHistoryTest);

}  // namespace
}  // namespace motcua
