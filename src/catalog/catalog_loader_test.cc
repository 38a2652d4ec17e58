#include "catalog/catalog_loader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace motcua {
namespace {

using ::testing::HasSubstr;

constexpr std::string_view kFields = R"(# fields
[field HT]
name = Hộ tịch

[field CT]
name = Chứng thực
)";

// A complete, valid procedure; tests splice faults into copies of it.
constexpr std::string_view kKhaiSinh = R"([procedure 1.001193]
name = Thủ tục đăng ký khai sinh
field = HT
level = xa                       # xa | tinh
result = Giấy khai sinh
online = full
interconnected = no
anywhere = no
legal_basis = Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP
decision = 163/QĐ-BTP
effective_from = 2025-07-01
confidence = confirmed
source = https://example.gov.vn/tthc.html#chi-tiet
case = Đăng ký khai sinh | 0 wd | cutoff 15:00
case = Cần xác minh | 3 wd
fee = Lệ phí đăng ký khai sinh đúng hạn | 0
fee = Lệ phí đăng ký khai sinh quá hạn | province
component = Tờ khai đăng ký khai sinh | original 1 | copy 0 | digitize
component = Giấy chứng sinh | original 1
step = Tiếp nhận, kiểm tra hồ sơ | desk | 10
step = Thẩm định | specialist | 60
step = Ký | leader | 20
step = Vào số | clerk | 5
step = Trả kết quả | desk | 5
)";

struct Loaded {
  Result<Catalog> catalog;
  std::vector<CatalogError> errors;
};

Loaded Load(std::string_view procedures, std::string_view fields = kFields) {
  std::vector<CatalogError> errors;
  Result<Catalog> catalog =
      LoadCatalog({CatalogFile{"fields.txt", fields}, CatalogFile{"ho-tich.txt", procedures}}, &errors);
  return Loaded{std::move(catalog), std::move(errors)};
}

// Joins pieces with append() (gcc 12 warns falsely on some `std::string + ...` chains).
std::string Cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view part : parts) out.append(part);
  return out;
}

// Replaces the first occurrence of `from` in kKhaiSinh.
std::string KhaiSinhWith(std::string_view from, std::string_view to) {
  std::string text(kKhaiSinh);
  const size_t pos = text.find(from);
  EXPECT_NE(pos, std::string::npos) << from;
  if (pos != std::string::npos) text.replace(pos, from.size(), to);
  return text;
}

// Expects exactly one error, at `line` of ho-tich.txt, whose English message contains `what`.
void ExpectOneError(const Loaded& loaded, int line, std::string_view what) {
  ASSERT_FALSE(loaded.catalog.ok());
  ASSERT_EQ(loaded.errors.size(), 1u) << loaded.catalog.status().message();
  const CatalogError& e = loaded.errors[0];
  EXPECT_EQ(e.file, "ho-tich.txt");
  EXPECT_EQ(e.line, line) << e.ToString();
  EXPECT_THAT(e.message, HasSubstr(std::string(what)));
  const std::string prefix = "ho-tich.txt:" + std::to_string(line) + ": ";
  EXPECT_THAT(loaded.catalog.status().message(), HasSubstr(prefix));
  EXPECT_THAT(loaded.catalog.status().user_message(), HasSubstr("dòng " + std::to_string(line)));
  EXPECT_EQ(loaded.catalog.status().code(), StatusCode::kInvalidArgument);
}

TEST(CatalogLoaderTest, LoadsEveryPartOfAProcedure) {
  const Loaded loaded = Load(kKhaiSinh);
  ASSERT_TRUE(loaded.catalog.ok()) << loaded.catalog.status().message();
  EXPECT_TRUE(loaded.errors.empty());
  const Catalog& catalog = *loaded.catalog;
  ASSERT_EQ(catalog.fields().size(), 2u);
  EXPECT_EQ(catalog.fields()[0].code, "HT");
  EXPECT_EQ(catalog.fields()[0].name, "Hộ tịch");
  ASSERT_EQ(catalog.procedures().size(), 1u);
  const Procedure& p = catalog.procedures()[0];
  EXPECT_EQ(p.code, "1.001193");
  EXPECT_EQ(p.name, "Thủ tục đăng ký khai sinh");
  EXPECT_EQ(p.field_code, "HT");
  EXPECT_EQ(p.level, "xa");  // the trailing comment is stripped
  EXPECT_EQ(p.result, "Giấy khai sinh");
  EXPECT_EQ(p.online_level, OnlineLevel::kFull);
  EXPECT_FALSE(p.interconnected);
  EXPECT_FALSE(p.receive_anywhere);
  EXPECT_EQ(p.decision, "163/QĐ-BTP");
  EXPECT_EQ(p.effective_from, (CivilDate{2025, 7, 1}));
  EXPECT_FALSE(p.effective_to.has_value());
  EXPECT_EQ(p.confidence, "confirmed");
  ASSERT_EQ(p.sources.size(), 1u);
  EXPECT_EQ(p.sources[0], "https://example.gov.vn/tthc.html#chi-tiet");  // '#' inside a word is kept
  ASSERT_EQ(p.cases.size(), 2u);
  EXPECT_EQ(p.cases[0].name, "Đăng ký khai sinh");
  EXPECT_EQ(p.cases[0].processing_time, (Duration{0, DurationUnit::kWorkingDays}));
  EXPECT_EQ(p.cases[0].cutoff_seconds, 15 * 3600);
  EXPECT_EQ(p.cases[1].processing_time, (Duration{3, DurationUnit::kWorkingDays}));
  EXPECT_FALSE(p.cases[1].cutoff_seconds.has_value());
  ASSERT_EQ(p.fees.size(), 2u);
  EXPECT_EQ(p.fees[0].amount_dong, 0);
  EXPECT_FALSE(p.fees[1].amount_dong.has_value());
  ASSERT_EQ(p.components.size(), 2u);
  EXPECT_EQ(p.components[0].originals, 1);
  EXPECT_EQ(p.components[0].copies, 0);
  EXPECT_TRUE(p.components[0].digitize_required);
  EXPECT_EQ(p.components[1].originals, 1);
  EXPECT_FALSE(p.components[1].digitize_required);
  ASSERT_EQ(p.steps.size(), 5u);
  EXPECT_FALSE(p.steps_default);
  EXPECT_EQ(p.steps[1].role, ProcessRole::kSpecialist);
  EXPECT_EQ(p.steps[1].share_percent, 60);
  EXPECT_EQ(p.search_key, "1.001193 thu tuc dang ky khai sinh");
}

TEST(CatalogLoaderTest, MissingStepsGetTheDefaultSplit) {
  std::string text(kKhaiSinh);
  text.erase(text.find("step = "));
  const Loaded loaded = Load(text);
  ASSERT_TRUE(loaded.catalog.ok()) << loaded.catalog.status().message();
  const Procedure& p = loaded.catalog->procedures()[0];
  EXPECT_TRUE(p.steps_default);
  ASSERT_EQ(p.steps.size(), DefaultProcessSteps().size());
  int sum = 0;
  for (const ProcessStep& s : p.steps) sum += s.share_percent;
  EXPECT_EQ(sum, 100);
  EXPECT_EQ(p.steps.front().role, ProcessRole::kDesk);
  EXPECT_EQ(p.steps.back().role, ProcessRole::kDesk);
}

TEST(CatalogLoaderTest, UnknownKey) {
  ExpectOneError(Load(KhaiSinhWith("anywhere = no\n", "anywhere = no\ncolour = blue\n")), 9,
                 "unknown key 'colour'");
}

TEST(CatalogLoaderTest, MissingRequiredKeyIsReportedAtTheHeader) {
  ExpectOneError(Load(KhaiSinhWith("result = Giấy khai sinh\n", "")), 1, "missing required key 'result'");
}

TEST(CatalogLoaderTest, MissingCaseAndSource) {
  std::string text = KhaiSinhWith("source = https://example.gov.vn/tthc.html#chi-tiet\n", "");
  const Loaded no_source = Load(text);
  ExpectOneError(no_source, 1, "at least one 'source'");
  std::string no_case_text(kKhaiSinh);
  for (size_t pos; (pos = no_case_text.find("case = ")) != std::string::npos;) {
    no_case_text.erase(pos, no_case_text.find('\n', pos) - pos + 1);
  }
  ExpectOneError(Load(no_case_text), 1, "at least one 'case'");
}

TEST(CatalogLoaderTest, DuplicateSingleKey) {
  ExpectOneError(Load(KhaiSinhWith("level = xa", "level = xa\nlevel = tinh")), 5,
                 "duplicate key 'level' (first given at line 4)");
}

TEST(CatalogLoaderTest, MalformedCode) {
  for (std::string_view bad : {"1.00119", "1001193", "1.0011934", "A.001193", "1.00119x", ""}) {
    const Loaded loaded = Load(KhaiSinhWith("[procedure 1.001193]", Cat({"[procedure ", bad, "]"})));
    ExpectOneError(loaded, 1, "malformed procedure code");
  }
  EXPECT_TRUE(IsValidProcedureCode("2.000908"));
  EXPECT_FALSE(IsValidProcedureCode("2.00090"));
}

TEST(CatalogLoaderTest, UnknownFieldCode) {
  ExpectOneError(Load(KhaiSinhWith("field = HT", "field = XX")), 3, "unknown field code 'XX'");
}

TEST(CatalogLoaderTest, BadDuration) {
  ExpectOneError(Load(KhaiSinhWith("| 3 wd", "| 3 weeks")), 15, "invalid duration '3 weeks'");
  ExpectOneError(Load(KhaiSinhWith("| 3 wd", "| -3 wd")), 15, "invalid duration");
  ExpectOneError(Load(KhaiSinhWith("| 3 wd", "| 0 d")), 15, "invalid duration");
}

TEST(CatalogLoaderTest, BadCutoff) {
  ExpectOneError(Load(KhaiSinhWith("cutoff 15:00", "cutoff 25:00")), 14, "unparsable clock time '25:00'");
  ExpectOneError(Load(KhaiSinhWith("cutoff 15:00", "after 15:00")), 14, "'cutoff HH:MM'");
}

TEST(CatalogLoaderTest, BadDate) {
  ExpectOneError(Load(KhaiSinhWith("2025-07-01", "2025-02-30")), 11, "unparsable date '2025-02-30'");
  ExpectOneError(Load(KhaiSinhWith("2025-07-01", "01/07/2025")), 11, "unparsable date");
  ExpectOneError(Load(KhaiSinhWith("effective_from = 2025-07-01",
                                   "effective_from = 2025-07-01\neffective_to = 2025-06-30")),
                 12, "is before effective_from");
}

TEST(CatalogLoaderTest, StepsMustSumTo100AndStartAndEndAtTheDesk) {
  ExpectOneError(Load(KhaiSinhWith("| specialist | 60", "| specialist | 50")), 20, "sum to 90%, not 100%");
  ExpectOneError(Load(KhaiSinhWith("Trả kết quả | desk | 5", "Trả kết quả | clerk | 5")), 20,
                 "must start with a desk step");
  ExpectOneError(Load(KhaiSinhWith("| leader | 20", "| boss | 20")), 22, "invalid step 'boss'");
  ExpectOneError(Load(KhaiSinhWith("| leader | 20", "| leader | 20%")), 22, "invalid step '20%'");
}

TEST(CatalogLoaderTest, BadEnumerations) {
  ExpectOneError(Load(KhaiSinhWith("level = xa", "level = huyen")), 4, "invalid level 'huyen'");
  ExpectOneError(Load(KhaiSinhWith("online = full", "online = toan trinh")), 6, "invalid online");
  ExpectOneError(Load(KhaiSinhWith("interconnected = no", "interconnected = khong")), 7, "yes or no");
  ExpectOneError(Load(KhaiSinhWith("confidence = confirmed", "confidence = sure")), 12, "invalid confidence");
  ExpectOneError(Load(KhaiSinhWith("| 0\n", "| 8.000\n")), 16, "invalid fee '8.000'");
  ExpectOneError(Load(KhaiSinhWith("| original 1 | copy 0", "| original one | copy 0")), 18,
                 "component part 'original one'");
  ExpectOneError(Load(KhaiSinhWith("| original 1 | copy 0", "| original 1 | original 2")), 18,
                 "component part 'original 2'");
}

TEST(CatalogLoaderTest, SyntaxErrors) {
  ExpectOneError(Load(KhaiSinhWith("result = Giấy khai sinh", "result Giấy khai sinh")), 5,
                 "expected '[section]'");
  ExpectOneError(Load(KhaiSinhWith("result = Giấy khai sinh", "result =")), 5, "empty value for 'result'");
  ExpectOneError(Load(Cat({"name = orphan\n", kKhaiSinh})), 1, "outside a [field] or [procedure]");
  ExpectOneError(Load(Cat({"[thing 1]\nname = x\n", kKhaiSinh})), 1, "unknown section 'thing'");
  ExpectOneError(Load("[procedure 1.001193\n"), 1, "must end with ']'");
}

TEST(CatalogLoaderTest, InvalidUtf8IsRejectedWithItsLine) {
  ExpectOneError(Load(KhaiSinhWith("Giấy khai sinh", "Gi\xFF khai sinh")), 5, "invalid UTF-8");
  ExpectOneError(Load(KhaiSinhWith("Giấy khai sinh", "Gi\x01 khai sinh")), 5, "control character");
}

TEST(CatalogLoaderTest, DecomposedTextIsNormalisedToNfc) {
  // "Giấy" typed as G i a + U+0302 (circumflex) + U+0301 (acute) + y: NFD, as some keyboards send it.
  const Loaded loaded =
      Load(KhaiSinhWith("result = Giấy khai sinh", "result = Gia\xCC\x82\xCC\x81y khai sinh"));
  ASSERT_TRUE(loaded.catalog.ok()) << loaded.catalog.status().message();
  EXPECT_EQ(loaded.catalog->procedures()[0].result, "Giấy khai sinh");
}

TEST(CatalogLoaderTest, CrlfAndBomAreAccepted) {
  std::string text = "\xEF\xBB\xBF";
  for (char c : kKhaiSinh) {
    if (c == '\n') text += '\r';
    text += c;
  }
  const Loaded loaded = Load(text);
  ASSERT_TRUE(loaded.catalog.ok()) << loaded.catalog.status().message();
  EXPECT_EQ(loaded.catalog->procedures()[0].name, "Thủ tục đăng ký khai sinh");
}

TEST(CatalogLoaderTest, VersionsMustNotOverlap) {
  const std::string old_version =
      KhaiSinhWith("effective_from = 2025-07-01", "effective_from = 2020-09-04\neffective_to = 2025-06-30");
  const Loaded ok = Load(Cat({old_version, "\n", kKhaiSinh}));
  ASSERT_TRUE(ok.catalog.ok()) << ok.catalog.status().message();
  EXPECT_EQ(ok.catalog->procedures().size(), 2u);

  // The old version runs one day into the new one: the later section (line 27) is reported.
  const std::string overlapping =
      KhaiSinhWith("effective_from = 2025-07-01", "effective_from = 2020-09-04\neffective_to = 2025-07-01");
  ExpectOneError(Load(Cat({overlapping, "\n", kKhaiSinh})), 27, "overlaps the version at ho-tich.txt:1");
  // Two open-ended versions overlap too, whichever comes first in the file.
  const std::string open_old = KhaiSinhWith("effective_from = 2025-07-01", "effective_from = 2020-09-04");
  ExpectOneError(Load(Cat({kKhaiSinh, "\n", open_old})), 1, "overlaps the version at ho-tich.txt:26");
  // Same start date.
  ExpectOneError(Load(Cat({kKhaiSinh, "\n", kKhaiSinh})), 26, "overlaps");
}

TEST(CatalogLoaderTest, DuplicateFieldAcrossFiles) {
  std::vector<CatalogError> errors;
  const Result<Catalog> catalog = LoadCatalog(
      {CatalogFile{"fields.txt", kFields}, CatalogFile{"extra.txt", "\n[field HT]\nname = Hộ tịch (lặp)\n"}},
      &errors);
  ASSERT_FALSE(catalog.ok());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].ToString(), "extra.txt:2: field 'HT' already defined at fields.txt:2");
  EXPECT_EQ(errors[0].ToStringVi(), "extra.txt, dòng 2: lĩnh vực 'HT' đã được khai báo ở fields.txt, dòng 2");
}

TEST(CatalogLoaderTest, CollectsEveryErrorUpToTheBound) {
  // Three independent faults in one file are all reported, in line order.
  std::string text = KhaiSinhWith("level = xa", "level = huyen");
  text = Cat({"[procedure 9.9]\n", text, "\n[procedure 1.000656]\nname = Khai tử\n"});
  std::vector<CatalogError> errors;
  const Result<Catalog> catalog =
      LoadCatalog({CatalogFile{"fields.txt", kFields}, CatalogFile{"ho-tich.txt", text}}, &errors);
  ASSERT_FALSE(catalog.ok());
  ASSERT_GE(errors.size(), 3u);
  EXPECT_EQ(errors[0].line, 1);   // malformed code
  EXPECT_EQ(errors[1].line, 5);   // bad level
  EXPECT_EQ(errors[2].line, 27);  // [procedure 1.000656] misses its keys
  EXPECT_THAT(catalog.status().message(),
              HasSubstr("ho-tich.txt:27: [procedure 1.000656] is missing required key"));

  // Far more faults than the bound: the list is capped and the rest are counted.
  std::string many;
  for (int i = 0; i < 300; ++i) many += "bogus line\n";
  const Result<Catalog> capped =
      LoadCatalog({CatalogFile{"fields.txt", kFields}, CatalogFile{"ho-tich.txt", many}}, &errors);
  ASSERT_FALSE(capped.ok());
  EXPECT_EQ(errors.size(), kMaxCatalogErrors);
  EXPECT_THAT(capped.status().message(), HasSubstr("... and 200 more errors"));
  EXPECT_THAT(capped.status().user_message(), HasSubstr("Danh mục thủ tục có 300 lỗi"));
}

TEST(CatalogLoaderTest, EmptyInputIsAnEmptyCatalog) {
  const Result<Catalog> catalog = LoadCatalog({});
  ASSERT_TRUE(catalog.ok());
  EXPECT_TRUE(catalog->procedures().empty());
}

}  // namespace
}  // namespace motcua
