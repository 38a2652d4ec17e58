#include "catalog/catalog.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <thread>

#include "base/embedded_files.h"
#include "base/text.h"
#include "catalog/catalog_loader.h"

namespace motcua {
namespace {

constexpr std::string_view kFields = R"(
[field HT]
name = Hộ tịch
[field CT]
name = Chứng thực
)";

// Two versions of one code, a second hộ tịch code and a chứng thực code.
constexpr std::string_view kProcedures = R"(
[procedure 1.001193]
name = Thủ tục đăng ký khai sinh
field = HT
level = xa
result = Giấy khai sinh
online = partial
interconnected = no
anywhere = no
legal_basis = Luật Hộ tịch 2014
decision = 1079/QĐ-BTP
effective_from = 2020-07-16
effective_to = 2025-06-30
confidence = partial
source = test
case = Đăng ký khai sinh | 0 wd | cutoff 15:00

[procedure 1.001193]
name = Thủ tục đăng ký khai sinh
field = HT
level = xa
result = Giấy khai sinh
online = full
interconnected = no
anywhere = no
legal_basis = Luật Hộ tịch 2014
decision = 163/QĐ-BTP
effective_from = 2025-07-01
confidence = confirmed
source = test
case = Đăng ký khai sinh | 0 wd | cutoff 15:00

[procedure 2.000528]
name = Thủ tục đăng ký khai sinh có yếu tố nước ngoài
field = HT
level = xa
result = Giấy khai sinh
online = partial
interconnected = no
anywhere = no
legal_basis = Luật Hộ tịch 2014
decision = 163/QĐ-BTP
effective_from = 2025-07-01
confidence = partial
source = test
case = Đăng ký khai sinh | 0 wd | cutoff 15:00

[procedure 2.000908]
name = Thủ tục cấp bản sao từ sổ gốc
field = CT
level = xa
result = Bản sao được cấp từ sổ gốc
online = partial
interconnected = no
anywhere = no
legal_basis = NĐ 23/2015/NĐ-CP
decision = 858/QĐ-BTP
effective_from = 2026-01-15
confidence = confirmed
source = test
case = Cấp bản sao từ sổ gốc | 1 wd
)";

Catalog LoadTestCatalog() {
  Result<Catalog> catalog =
      LoadCatalog({CatalogFile{"fields.txt", kFields}, CatalogFile{"procedures.txt", kProcedures}});
  EXPECT_TRUE(catalog.ok()) << catalog.status().message();
  return catalog.ok() ? *catalog : Catalog();
}

std::vector<std::string> Codes(const std::vector<const Procedure*>& procedures) {
  std::vector<std::string> codes;
  for (const Procedure* p : procedures) codes.push_back(p->code);
  return codes;
}

TEST(CatalogTest, ProceduresAreSortedByCodeThenDate) {
  const Catalog catalog = LoadTestCatalog();
  ASSERT_EQ(catalog.procedures().size(), 4u);
  EXPECT_EQ(catalog.procedures()[0].code, "1.001193");
  EXPECT_EQ(catalog.procedures()[0].decision, "1079/QĐ-BTP");
  EXPECT_EQ(catalog.procedures()[1].decision, "163/QĐ-BTP");
  EXPECT_EQ(catalog.procedures()[2].code, "2.000528");
  EXPECT_EQ(catalog.procedures()[3].code, "2.000908");
  EXPECT_EQ(catalog.CodeCount(), 3u);
}

TEST(CatalogTest, FindPicksTheVersionInForceOnTheDate) {
  const Catalog catalog = LoadTestCatalog();
  const Procedure* old_version = catalog.Find("1.001193", CivilDate{2023, 10, 1});
  ASSERT_NE(old_version, nullptr);
  EXPECT_EQ(old_version->decision, "1079/QĐ-BTP");
  // The boundary days: the last day of the old version and the first of the new one.
  EXPECT_EQ(catalog.Find("1.001193", CivilDate{2025, 6, 30})->decision, "1079/QĐ-BTP");
  EXPECT_EQ(catalog.Find("1.001193", CivilDate{2025, 7, 1})->decision, "163/QĐ-BTP");
  EXPECT_EQ(catalog.Find("1.001193", CivilDate{2030, 1, 1})->decision, "163/QĐ-BTP");
  // Before the first version, and a procedure that only exists from a later date.
  EXPECT_EQ(catalog.Find("1.001193", CivilDate{2020, 7, 15}), nullptr);
  EXPECT_EQ(catalog.Find("2.000528", CivilDate{2025, 6, 30}), nullptr);
  EXPECT_NE(catalog.Find("2.000528", CivilDate{2025, 7, 1}), nullptr);
  EXPECT_EQ(catalog.Find("9.999999", CivilDate{2025, 7, 1}), nullptr);
}

TEST(CatalogTest, FindLatestAndVersions) {
  const Catalog catalog = LoadTestCatalog();
  ASSERT_NE(catalog.FindLatest("1.001193"), nullptr);
  EXPECT_EQ(catalog.FindLatest("1.001193")->decision, "163/QĐ-BTP");
  EXPECT_EQ(catalog.FindLatest("1.0011"), nullptr);  // a prefix is not a code
  EXPECT_EQ(catalog.Versions("1.001193").size(), 2u);
  EXPECT_TRUE(catalog.Versions("0.000000").empty());
}

TEST(CatalogTest, ListFiltersByDateAndField) {
  const Catalog catalog = LoadTestCatalog();
  EXPECT_EQ(Codes(catalog.List(CivilDate{2024, 1, 1})), (std::vector<std::string>{"1.001193"}));
  EXPECT_EQ(Codes(catalog.List(CivilDate{2026, 3, 1})),
            (std::vector<std::string>{"1.001193", "2.000528", "2.000908"}));
  EXPECT_EQ(Codes(catalog.List(CivilDate{2026, 3, 1}, "CT")), (std::vector<std::string>{"2.000908"}));
  EXPECT_TRUE(catalog.List(CivilDate{2026, 3, 1}, "XX").empty());
}

TEST(CatalogTest, SearchIgnoresAccentsCaseAndWordOrder) {
  const Catalog catalog = LoadTestCatalog();
  const CivilDate on{2026, 3, 1};
  const std::vector<std::string> both = {"1.001193", "2.000528"};
  EXPECT_EQ(Codes(catalog.List(on, {}, "dang ky khai sinh")), both);
  EXPECT_EQ(Codes(catalog.List(on, {}, "Đăng ký khai sinh")), both);
  EXPECT_EQ(Codes(catalog.List(on, {}, "ĐĂNG KÝ KHAI SINH")), both);
  EXPECT_EQ(Codes(catalog.List(on, {}, "  khai   sinh  đăng ")), both);
  // "đ" folds to "d" in both directions.
  EXPECT_EQ(Codes(catalog.List(on, {}, "dang")), both);
  EXPECT_EQ(Codes(catalog.List(on, {}, "nuoc ngoai")), (std::vector<std::string>{"2.000528"}));
  EXPECT_EQ(Codes(catalog.List(on, {}, "nước ngoài")), (std::vector<std::string>{"2.000528"}));
  // By code, whole or in part.
  EXPECT_EQ(Codes(catalog.List(on, {}, "1.001193")), (std::vector<std::string>{"1.001193"}));
  EXPECT_EQ(Codes(catalog.List(on, {}, "2.000")), (std::vector<std::string>{"2.000528", "2.000908"}));
  // Words that do not occur.
  EXPECT_TRUE(catalog.List(on, {}, "khai sinh xyz").empty());
  // A query of only spaces matches everything.
  EXPECT_EQ(catalog.List(on, {}, "   ").size(), 3u);
}

TEST(CatalogTest, SharedConstCatalogIsSafeAcrossThreads) {
  const Catalog catalog = LoadTestCatalog();
  std::vector<std::thread> threads;
  std::vector<size_t> counts(8, 0);
  for (size_t t = 0; t < counts.size(); ++t) {
    threads.emplace_back([&catalog, &counts, t] {
      for (int i = 0; i < 200; ++i) {
        counts[t] += catalog.List(CivilDate{2026, 3, 1}, {}, "khai sinh").size();
        if (catalog.Find("1.001193", CivilDate{2024, 1, 1}) == nullptr) counts[t] = 0;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (size_t count : counts) EXPECT_EQ(count, 400u);
}

// --- The catalogue compiled into the binary (data/catalog/*.txt) ---------------------------------------

TEST(EmbeddedCatalogTest, LoadsCleanlyWithAtLeast60ProceduresIn8Fields) {
  const Result<Catalog> catalog = LoadEmbeddedCatalog();
  ASSERT_TRUE(catalog.ok()) << catalog.status().message();
  EXPECT_GE(catalog->CodeCount(), 60u);
  std::set<std::string> fields_used;
  for (const Procedure& p : catalog->procedures()) fields_used.insert(p.field_code);
  EXPECT_GE(fields_used.size(), 8u);
}

TEST(EmbeddedCatalogTest, ShippedFilesAreNfc) {
  const std::vector<EmbeddedFile> files = EmbeddedFilesUnder("catalog/");
  ASSERT_FALSE(files.empty());
  for (const EmbeddedFile& file : files) {
    const Result<std::string> nfc = NormalizeNfc(file.content);
    ASSERT_TRUE(nfc.ok()) << file.path;
    EXPECT_TRUE(*nfc == file.content) << file.path << " is not in NFC";
  }
}

// The hộ tịch and chứng thực files (this component's own data): every row of the reference table, with
// the versions that the seed commune's history (from 1/10/2023) needs.
TEST(EmbeddedCatalogTest, HoTichAndChungThucCoverTheReferenceTableAndItsHistory) {
  const Result<Catalog> loaded = LoadEmbeddedCatalog();
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const Catalog& catalog = *loaded;
  const std::vector<std::string> ho_tich = {
      "1.000094", "1.000110", "1.000419", "1.000593", "1.000656", "1.000689", "1.000894", "1.001022",
      "1.001193", "1.001766", "1.003583", "1.004746", "1.004772", "1.004837", "1.004845", "1.004859",
      "1.004873", "1.004884", "1.005461", "2.000528", "2.000554", "2.000635", "2.000748", "2.000756",
      "2.000779", "2.000806", "2.000986", "2.001023", "2.002189", "3.000322", "3.000323"};
  const std::vector<std::string> chung_thuc = {"2.000815", "2.000884", "2.000908", "2.000913",
                                               "2.001016", "2.001019", "2.001035", "2.001406"};
  for (const std::string& code : ho_tich) {
    const Procedure* p = catalog.Find(code, CivilDate{2026, 3, 1});
    ASSERT_NE(p, nullptr) << code;
    EXPECT_EQ(p->field_code, "HT") << code;
  }
  for (const std::string& code : chung_thuc) {
    const Procedure* p = catalog.Find(code, CivilDate{2026, 3, 1});
    ASSERT_NE(p, nullptr) << code;
    EXPECT_EQ(p->field_code, "CT") << code;
  }
  // Every day from 1/10/2023 to today-ish is covered without a gap for the procedures the commune
  // handled before the reform (29 of them); the ones transferred from the district start on 1/7/2025.
  EXPECT_EQ(
      catalog.List(CivilDate{2023, 10, 1}, "HT").size() + catalog.List(CivilDate{2023, 10, 1}, "CT").size(),
      29u);
  for (CivilDate d{2023, 10, 1}; d < CivilDate{2026, 12, 31}; d = AddDays(d, 1)) {
    ASSERT_NE(catalog.Find("1.001193", d), nullptr) << FormatIsoDate(d);
    ASSERT_NE(catalog.Find("2.000815", d), nullptr) << FormatIsoDate(d);
  }
  EXPECT_EQ(catalog.Find("2.000806", CivilDate{2025, 6, 30}),
            nullptr);  // kết hôn YTNN: district until 30/6/2025
  EXPECT_NE(catalog.Find("2.000806", CivilDate{2025, 7, 1}), nullptr);
}

TEST(EmbeddedCatalogTest, KeyTimesAndCutoffs) {
  const Result<Catalog> loaded = LoadEmbeddedCatalog();
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const Catalog& catalog = *loaded;
  const Duration same_day{0, DurationUnit::kWorkingDays};
  // Khai sinh: within the day, 15:00 cut-off, before and after the reform.
  for (CivilDate on : {CivilDate{2024, 2, 7}, CivilDate{2025, 9, 1}, CivilDate{2026, 3, 1}}) {
    const Procedure* p = catalog.Find("1.001193", on);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->cases.front().processing_time, same_day);
    EXPECT_EQ(p->cases.front().cutoff_seconds, 15 * 3600);
  }
  // Kết hôn: same day, 5 working days when verification is needed (Luật Hộ tịch art. 18).
  const Procedure* ket_hon = catalog.Find("1.000894", CivilDate{2024, 5, 1});
  ASSERT_NE(ket_hon, nullptr);
  ASSERT_EQ(ket_hon->cases.size(), 2u);
  EXPECT_EQ(ket_hon->cases[1].processing_time, (Duration{5, DurationUnit::kWorkingDays}));
  // Cấp bản sao từ sổ gốc: same day until 14/1/2026, 1 working day from 15/1/2026 (858/QĐ-BTP).
  const Procedure* so_goc_old = catalog.Find("2.000908", CivilDate{2026, 1, 14});
  const Procedure* so_goc_new = catalog.Find("2.000908", CivilDate{2026, 1, 15});
  ASSERT_NE(so_goc_old, nullptr);
  ASSERT_NE(so_goc_new, nullptr);
  EXPECT_EQ(so_goc_old->cases.front().processing_time, same_day);
  EXPECT_EQ(so_goc_new->cases.front().processing_time, (Duration{1, DurationUnit::kWorkingDays}));
  EXPECT_EQ(so_goc_new->decision, "858/QĐ-BTP");
  // Chứng thực giao dịch: 2 working days (NĐ 23/2015 art. 37).
  EXPECT_EQ(catalog.Find("2.001035", CivilDate{2024, 1, 1})->cases.front().processing_time,
            (Duration{2, DurationUnit::kWorkingDays}));
  // Every procedure of these two fields uses the default internal process (no provincial decision known).
  for (const Procedure& p : catalog.procedures()) {
    if (p.field_code != "HT" && p.field_code != "CT") continue;
    EXPECT_TRUE(p.steps_default) << p.code;
    EXPECT_FALSE(p.sources.empty()) << p.code;
  }
}

}  // namespace
}  // namespace motcua
