// Test support for report/ (not for production code): the seed commune's generated year (scripts/
// gen-seed-history.cc, docs/reports.md "The seed check") imported through DossierService::Import into a fresh
// store of each backend, with the province above the commune, the embedded catalogue and the national
// calendar. The generator runs once per test process (it is deterministic); each test imports its output.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "base/text.h"
#include "catalog/catalog.h"
#include "report/indicator_service.h"
#include "service/dossier_service.h"
#include "store/test_backend.h"

namespace motcua::report_testing {

inline constexpr char kSeedProvince[] = "000.00.00.H31";
inline constexpr char kSeedCommune[] = "000.00.20.H31";

struct GeneratedSeedYear {
  std::vector<ImportLine> lines;
  std::map<std::string, std::vector<std::string>> expected;  // indicator id -> sorted codes it was built for
  std::string error;                                         // why the generator's output is missing
};

inline std::string ReadWholeFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs the generator (MOTCUA_SEED_GENERATOR, set by ctest) once per process and parses its two files.
inline const GeneratedSeedYear& SeedYear() {
  static const GeneratedSeedYear generated = [] {
    GeneratedSeedYear g;
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
    const std::string history = ReadWholeFile(dir / "seed.jsonl");
    const std::string expect = ReadWholeFile(dir / "expect.tsv");
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

// A store of the test's backend holding the seed year.
class SeedYearTest : public store_internal::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(SeedYear().error.empty()) << SeedYear().error;
    store_ = OpenTestStore();
    ASSERT_TRUE(store_);
    Unit province;
    province.code = kSeedProvince;
    province.name = "UBND tỉnh Hưng Yên";
    province.effective_from = CivilDate{2019, 1, 1};
    Unit commune = province;
    commune.code = kSeedCommune;
    commune.name = "UBND xã Đồng Tiến";
    commune.parent_code = kSeedProvince;
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
    auto imported = dossiers_->Import(SeedYear().lines, /*dry_run=*/false);
    ASSERT_TRUE(imported.ok()) << imported.status().ToString();
    const auto took = std::chrono::steady_clock::now() - started;
    std::cout << "[ import   ] " << imported->dossiers << " dossiers, " << imported->events << " events on "
              << store_->backend_name() << " in "
              << std::chrono::duration_cast<std::chrono::milliseconds>(took).count() << " ms\n";
  }

  const ReportPeriod period_ = *MakeReportPeriod({2023, 10, 1}, {2024, 9, 30});
  std::unique_ptr<Store> store_;
  std::shared_ptr<const Catalog> catalog_;
  std::unique_ptr<UnitCalendars> calendars_;
  std::unique_ptr<DossierService> dossiers_;
  std::unique_ptr<IndicatorService> indicators_;
};

}  // namespace motcua::report_testing
