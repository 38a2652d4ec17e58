// The Store's public contract, run against SQLite and PostgreSQL alike (see test_backend.h).
#include "store/store.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <atomic>
#include <cstdio>
#include <thread>

#include "base/text.h"
#include "catalog/procedure_json.h"
#include "store/test_backend.h"

namespace motcua::store_internal {
namespace {

CivilDate D(int year, int month, int day) { return CivilDate{year, month, day}; }

Unit MakeUnit(std::string code, std::string name, std::optional<std::string> parent = std::nullopt) {
  Unit unit;
  unit.code = std::move(code);
  unit.name = std::move(name);
  unit.parent_code = std::move(parent);
  unit.effective_from = D(2025, 7, 1);
  return unit;
}

Procedure MakeProcedure(std::string code, std::string name, std::string field, CivilDate from,
                        std::optional<CivilDate> to = std::nullopt) {
  Procedure procedure;
  procedure.code = std::move(code);
  procedure.name = std::move(name);
  procedure.field_code = std::move(field);
  procedure.cases.push_back(ProcedureCase{"Mặc định", Duration{3, DurationUnit::kWorkingDays}, std::nullopt});
  procedure.fees.push_back(Fee{"Lệ phí", 8000});
  procedure.components.push_back(Component{"Tờ khai", 1, 0, true});
  procedure.result = "Giấy chứng nhận";
  procedure.online_level = OnlineLevel::kFull;
  procedure.steps.push_back(ProcessStep{"Tiếp nhận", ProcessRole::kDesk, 100});
  procedure.decision = "163/QĐ-BTP";
  procedure.effective_from = from;
  procedure.effective_to = to;
  procedure.sources.push_back("https://example.invalid/source");
  procedure.confidence = "confirmed";
  procedure.search_key = SearchKey(procedure.code + " " + procedure.name);
  return procedure;
}

std::vector<Field> TestFields() { return {{"CT", "Chứng thực"}, {"HT", "Hộ tịch"}}; }

std::vector<Procedure> TestProcedures() {
  return {
      MakeProcedure("1.001193", "Đăng ký khai sinh", "HT", D(2020, 1, 1), D(2025, 6, 30)),
      MakeProcedure("1.001193", "Đăng ký khai sinh (sửa đổi)", "HT", D(2025, 7, 1)),
      MakeProcedure("1.000656", "Đăng ký khai tử", "HT", D(2020, 1, 1)),
      MakeProcedure("2.000815", "Chứng thực bản sao từ bản chính", "CT", D(2021, 3, 1)),
      MakeProcedure("2.000843", "Chứng thực chữ ký 100% hợp_lệ", "CT", D(2021, 3, 1)),
  };
}

std::vector<std::string> Codes(const std::vector<Procedure>& procedures) {
  std::vector<std::string> codes;
  for (const Procedure& p : procedures) codes.push_back(p.code + "@" + FormatIsoDate(p.effective_from));
  return codes;
}

// Everything the store holds, to compare before and after an operation that must change nothing.
struct Snapshot {
  std::vector<Unit> units;
  std::vector<std::string> fields;
  std::vector<std::string> procedures;  // JSON bodies
  std::vector<std::string> settings;
  bool operator==(const Snapshot&) const = default;
};

Snapshot TakeSnapshot(Store& store, const std::vector<std::string>& setting_keys = {"a.b", "header.text"}) {
  Snapshot snapshot;
  auto units = store.ListUnits({});
  EXPECT_TRUE(units.ok());
  if (units.ok()) snapshot.units = *units;
  auto fields = store.ListFields();
  EXPECT_TRUE(fields.ok());
  if (fields.ok()) {
    for (const Field& f : *fields) snapshot.fields.push_back(f.code + "=" + f.name);
  }
  ProcedureFilter all;
  all.limit = kMaxProcedurePage;
  auto procedures = store.ListProcedures(all);
  EXPECT_TRUE(procedures.ok());
  if (procedures.ok()) {
    for (const Procedure& p : *procedures) snapshot.procedures.push_back(ProcedureToJson(p).dump());
  }
  for (const std::string& key : setting_keys) {
    auto value = store.GetSetting(key);
    snapshot.settings.push_back(value.ok() ? *value
                                           : "<" + std::string(StatusCodeName(value.status().code())) + ">");
  }
  return snapshot;
}

class StoreTest : public BackendTest {};

TEST_P(StoreTest, MigrateFreshThenIdempotent) {
  std::unique_ptr<Store> store = OpenTestStore({}, /*migrate=*/false);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->backend_name(), GetParam() == Backend::kSqlite ? "sqlite" : "postgresql");
  auto before = store->SchemaVersion();
  ASSERT_TRUE(before.ok()) << before.status().ToString();
  EXPECT_EQ(*before, 0);
  ASSERT_TRUE(store->Migrate().ok());
  EXPECT_GE(store->LatestSchemaVersion(), 1);
  EXPECT_EQ(*store->SchemaVersion(), store->LatestSchemaVersion());
  ASSERT_TRUE(store->AddUnit(MakeUnit("000.00.20.H31", "UBND xã A")).ok());
  // Again, from this store and from a second one: nothing changes, nothing is lost.
  ASSERT_TRUE(store->Migrate().ok());
  std::unique_ptr<Store> second = OpenTestStore({}, /*migrate=*/false);
  ASSERT_NE(second, nullptr);
  ASSERT_TRUE(second->Migrate().ok());
  EXPECT_EQ(*second->SchemaVersion(), store->LatestSchemaVersion());
  EXPECT_TRUE(second->GetUnit("000.00.20.H31").ok());
}

TEST_P(StoreTest, ConcurrentMigrationsFromSeveralProcessesAgree) {
  std::vector<std::unique_ptr<Store>> stores;
  for (int i = 0; i < 4; ++i) {
    stores.push_back(OpenTestStore({}, /*migrate=*/false));
    ASSERT_NE(stores.back(), nullptr);
  }
  std::vector<Status> results(stores.size());
  std::vector<std::thread> threads;
  for (size_t i = 0; i < stores.size(); ++i) {
    threads.emplace_back([&, i] { results[i] = stores[i]->Migrate(); });
  }
  for (std::thread& t : threads) t.join();
  for (const Status& status : results) EXPECT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(*stores[0]->SchemaVersion(), stores[0]->LatestSchemaVersion());
}

TEST_P(StoreTest, UnitRoundTripAndErrors) {
  std::unique_ptr<Store> store = OpenTestStore();
  ASSERT_NE(store, nullptr);
  Unit province = MakeUnit("000.00.00.H31", "UBND tỉnh Hưng Yên");
  province.effective_from = D(2008, 8, 1);
  Unit commune = MakeUnit("000.00.20.H31", "UBND xã Tân Hưng", province.code);
  commune.effective_to = D(2030, 12, 31);
  commune.settings.office_hours = "mon-fri 07:00-11:30 13:30-17:00";
  commune.settings.day_overrides = "2025-09-01 off";
  ASSERT_TRUE(store->AddUnit(province).ok());
  ASSERT_TRUE(store->AddUnit(commune).ok());

  auto read = store->GetUnit(commune.code);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(*read, commune);
  auto read_province = store->GetUnit(province.code);
  ASSERT_TRUE(read_province.ok());
  EXPECT_EQ(*read_province, province);
  EXPECT_FALSE(read_province->settings.office_hours.has_value());

  Status duplicate = store->AddUnit(MakeUnit(commune.code, "Khác"));
  EXPECT_EQ(duplicate.code(), StatusCode::kAlreadyExists) << duplicate.ToString();
  EXPECT_NE(duplicate.user_message().find("đã tồn tại"), std::string::npos);

  Status orphan = store->AddUnit(MakeUnit("000.00.21.H31", "UBND xã B", "999.99.99.H99"));
  EXPECT_EQ(orphan.code(), StatusCode::kNotFound) << orphan.ToString();
  EXPECT_NE(orphan.user_message().find("999.99.99.H99"), std::string::npos);

  EXPECT_EQ(store->AddUnit(MakeUnit("H31", "Sai mã")).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store->AddUnit(MakeUnit("000.00.22.H31", "  ")).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store->AddUnit(MakeUnit("000.00.22.H31", "Tự cấp trên", "000.00.22.H31")).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(store->AddUnit(MakeUnit("000.00.22.H31", "Mã cấp trên sai", "xyz")).code(),
            StatusCode::kInvalidArgument);
  Unit backwards = MakeUnit("000.00.22.H31", "Ngày ngược");
  backwards.effective_to = D(2020, 1, 1);
  EXPECT_EQ(store->AddUnit(backwards).code(), StatusCode::kInvalidArgument);

  auto missing = store->GetUnit("000.00.99.H31");
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(missing.status().user_message().empty());
  // None of the failures left a row behind.
  EXPECT_EQ(store->ListUnits({})->size(), 2u);
}

TEST_P(StoreTest, ListUnitsByParentAndDate) {
  std::unique_ptr<Store> store = OpenTestStore();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->AddUnit(MakeUnit("000.00.00.H31", "Tỉnh")).ok());
  ASSERT_TRUE(store->AddUnit(MakeUnit("000.00.00.H01", "Thành phố")).ok());
  Unit old_commune = MakeUnit("000.00.11.H31", "Xã cũ", "000.00.00.H31");
  old_commune.effective_from = D(2010, 1, 1);
  old_commune.effective_to = D(2025, 6, 30);
  ASSERT_TRUE(store->AddUnit(old_commune).ok());
  ASSERT_TRUE(store->AddUnit(MakeUnit("000.00.20.H31", "Xã mới", "000.00.00.H31")).ok());
  ASSERT_TRUE(store->AddUnit(MakeUnit("000.00.05.H01", "Phường", "000.00.00.H01")).ok());

  auto all = store->ListUnits({});
  ASSERT_TRUE(all.ok());
  std::vector<std::string> codes;
  for (const Unit& u : *all) codes.push_back(u.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"000.00.00.H01", "000.00.00.H31", "000.00.05.H01",
                                             "000.00.11.H31", "000.00.20.H31"}));

  UnitFilter children;
  children.parent_code = "000.00.00.H31";
  auto kids = store->ListUnits(children);
  ASSERT_TRUE(kids.ok());
  ASSERT_EQ(kids->size(), 2u);
  EXPECT_EQ((*kids)[0].code, "000.00.11.H31");
  EXPECT_EQ((*kids)[1].code, "000.00.20.H31");

  children.in_force_on = D(2025, 7, 1);
  kids = store->ListUnits(children);
  ASSERT_TRUE(kids.ok());
  ASSERT_EQ(kids->size(), 1u);
  EXPECT_EQ((*kids)[0].code, "000.00.20.H31");
  children.in_force_on = D(2025, 6, 30);  // the old commune's last day, the new one not yet
  kids = store->ListUnits(children);
  ASSERT_TRUE(kids.ok());
  ASSERT_EQ(kids->size(), 1u);
  EXPECT_EQ((*kids)[0].code, "000.00.11.H31");

  UnitFilter orphan;
  orphan.parent_code = "000.00.00.H99";
  EXPECT_EQ(store->ListUnits(orphan).status().code(), StatusCode::kNotFound);
}

TEST_P(StoreTest, UpdateUnitSettings) {
  std::unique_ptr<Store> store = OpenTestStore();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->AddUnit(MakeUnit("000.00.20.H31", "Xã")).ok());
  UnitSettings settings;
  settings.office_hours = "mon-sat 07:30-11:30";
  settings.day_overrides = "2025-04-29 work";
  ASSERT_TRUE(store->UpdateUnitSettings("000.00.20.H31", settings).ok());
  EXPECT_EQ(store->GetUnit("000.00.20.H31")->settings, settings);
  // Back to the default hours.
  ASSERT_TRUE(store->UpdateUnitSettings("000.00.20.H31", UnitSettings{}).ok());
  EXPECT_EQ(store->GetUnit("000.00.20.H31")->settings, UnitSettings{});
  EXPECT_EQ(store->UpdateUnitSettings("000.00.21.H31", settings).code(), StatusCode::kNotFound);
}

TEST_P(StoreTest, CatalogueReplaceListAndGet) {
  std::unique_ptr<Store> store = OpenTestStore();
  ASSERT_NE(store, nullptr);
  const std::vector<Procedure> procedures = TestProcedures();
  ASSERT_TRUE(store->ReplaceCatalog(TestFields(), procedures).ok());

  auto fields = store->ListFields();
  ASSERT_TRUE(fields.ok());
  ASSERT_EQ(fields->size(), 2u);
  EXPECT_EQ((*fields)[0].code, "CT");
  EXPECT_EQ((*fields)[1].name, "Hộ tịch");

  EXPECT_EQ(*store->CountProcedures({}), 5);
  auto all = store->ListProcedures({});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(Codes(*all),
            (std::vector<std::string>{"1.000656@2020-01-01", "1.001193@2020-01-01", "1.001193@2025-07-01",
                                      "2.000815@2021-03-01", "2.000843@2021-03-01"}));
  // Each version comes back exactly as it went in.
  for (const Procedure& stored : *all) {
    bool matched = false;
    for (const Procedure& original : procedures) {
      if (original.code == stored.code && original.effective_from == stored.effective_from) {
        EXPECT_EQ(ProcedureToJson(stored), ProcedureToJson(original));
        EXPECT_EQ(stored.search_key, original.search_key);
        matched = true;
      }
    }
    EXPECT_TRUE(matched) << stored.code;
  }

  ProcedureFilter by_field;
  by_field.field_code = "CT";
  EXPECT_EQ(Codes(*store->ListProcedures(by_field)),
            (std::vector<std::string>{"2.000815@2021-03-01", "2.000843@2021-03-01"}));
  EXPECT_EQ(*store->CountProcedures(by_field), 2);

  ProcedureFilter page;
  page.limit = 2;
  page.offset = 1;
  EXPECT_EQ(Codes(*store->ListProcedures(page)),
            (std::vector<std::string>{"1.001193@2020-01-01", "1.001193@2025-07-01"}));
  EXPECT_EQ(*store->CountProcedures(page), 5);  // limit and offset do not apply to the count
  page.limit = 0;
  EXPECT_EQ(store->ListProcedures(page).status().code(), StatusCode::kInvalidArgument);
  page.limit = 10;
  page.offset = -1;
  EXPECT_EQ(store->ListProcedures(page).status().code(), StatusCode::kInvalidArgument);
}

TEST_P(StoreTest, CatalogueVersionsByDate) {
  std::unique_ptr<Store> store = OpenTestStore();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->ReplaceCatalog(TestFields(), TestProcedures()).ok());

  auto old_version = store->GetProcedure("1.001193", D(2025, 6, 30));
  ASSERT_TRUE(old_version.ok()) << old_version.status().ToString();
  EXPECT_EQ(old_version->name, "Đăng ký khai sinh");
  auto new_version = store->GetProcedure("1.001193", D(2025, 7, 1));
  ASSERT_TRUE(new_version.ok());
  EXPECT_EQ(new_version->name, "Đăng ký khai sinh (sửa đổi)");
  EXPECT_EQ(store->GetProcedure("1.001193", D(2019, 12, 31)).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store->GetProcedure("9.999999", D(2025, 7, 1)).status().code(), StatusCode::kNotFound);

  ProcedureFilter on_date;
  on_date.in_force_on = D(2021, 1, 1);
  EXPECT_EQ(Codes(*store->ListProcedures(on_date)),
            (std::vector<std::string>{"1.000656@2020-01-01", "1.001193@2020-01-01"}));
  on_date.in_force_on = D(2026, 1, 1);
  EXPECT_EQ(*store->CountProcedures(on_date), 4);
}

TEST_P(StoreTest, CatalogueSearchIgnoresAccentsAndCase) {
  std::unique_ptr<Store> store = OpenTestStore();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->ReplaceCatalog(TestFields(), TestProcedures()).ok());
  auto search = [&](std::string text, std::optional<CivilDate> date = std::nullopt) {
    ProcedureFilter filter;
    filter.text = std::move(text);
    filter.in_force_on = date;
    auto found = store->ListProcedures(filter);
    EXPECT_TRUE(found.ok()) << found.status().ToString();
    return found.ok() ? Codes(*found) : std::vector<std::string>{"<error>"};
  };
  const std::vector<std::string> khai_sinh = {"1.001193@2020-01-01", "1.001193@2025-07-01"};
  EXPECT_EQ(search("khai sinh"), khai_sinh);
  EXPECT_EQ(search("KHAI SINH"), khai_sinh);
  EXPECT_EQ(search("  Khai   Sinh "), khai_sinh);
  EXPECT_EQ(search("sinh khai"), khai_sinh);  // every word, in any order
  EXPECT_EQ(search("đăng ký khai sinh", D(2025, 8, 1)), (std::vector<std::string>{"1.001193@2025-07-01"}));
  EXPECT_EQ(search("dang ky"),
            (std::vector<std::string>{"1.000656@2020-01-01", "1.001193@2020-01-01", "1.001193@2025-07-01"}));
  EXPECT_EQ(search("chứng thực"), (std::vector<std::string>{"2.000815@2021-03-01", "2.000843@2021-03-01"}));
  EXPECT_EQ(search("1.000656"), (std::vector<std::string>{"1.000656@2020-01-01"}));
  // LIKE's wildcards are matched literally.
  EXPECT_EQ(search("100%"), (std::vector<std::string>{"2.000843@2021-03-01"}));
  EXPECT_EQ(search("%"), (std::vector<std::string>{"2.000843@2021-03-01"}));
  EXPECT_EQ(search("hop_le"), (std::vector<std::string>{"2.000843@2021-03-01"}));
  EXPECT_EQ(search("_"), (std::vector<std::string>{"2.000843@2021-03-01"}));
  EXPECT_EQ(search("!"), std::vector<std::string>{});
  EXPECT_EQ(search("khai sinh tu"), std::vector<std::string>{});
  EXPECT_EQ(search(""), Codes(*store->ListProcedures({})));

  ProcedureFilter counted;
  counted.text = "khai";
  EXPECT_EQ(*store->CountProcedures(counted), 3);
  counted.text = "a b c d e f g h i j k";
  EXPECT_EQ(store->CountProcedures(counted).status().code(), StatusCode::kInvalidArgument);
}

TEST_P(StoreTest, ReplaceCatalogReplacesEverything) {
  std::unique_ptr<Store> store = OpenTestStore();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->ReplaceCatalog(TestFields(), TestProcedures()).ok());
  // A re-import: one field gone, one procedure renamed, versions dropped, a new field and procedure.
  std::vector<Field> fields = {{"HT", "Hộ tịch (mới)"}, {"DD", "Đất đai"}};
  std::vector<Procedure> procedures = {
      MakeProcedure("1.001193", "Đăng ký khai sinh lần hai", "HT", D(2020, 1, 1)),
      MakeProcedure("1.004227", "Đăng ký biến động đất đai", "DD", D(2024, 8, 1)),
  };
  ASSERT_TRUE(store->ReplaceCatalog(fields, procedures).ok());
  auto listed_fields = store->ListFields();
  ASSERT_TRUE(listed_fields.ok());
  ASSERT_EQ(listed_fields->size(), 2u);
  EXPECT_EQ((*listed_fields)[0].code, "DD");
  EXPECT_EQ((*listed_fields)[1].name, "Hộ tịch (mới)");
  auto all = store->ListProcedures({});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(Codes(*all), (std::vector<std::string>{"1.001193@2020-01-01", "1.004227@2024-08-01"}));
  EXPECT_EQ((*all)[0].name, "Đăng ký khai sinh lần hai");
  EXPECT_FALSE((*all)[0].effective_to.has_value());
  ProcedureFilter search;
  search.text = "lan hai";
  EXPECT_EQ(*store->CountProcedures(search), 1);
  // And to an empty catalogue.
  ASSERT_TRUE(store->ReplaceCatalog({}, {}).ok());
  EXPECT_EQ(*store->CountProcedures({}), 0);
  EXPECT_TRUE(store->ListFields()->empty());
}

TEST_P(StoreTest, InvalidCatalogueChangesNothing) {
  std::unique_ptr<Store> store = OpenTestStore();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->ReplaceCatalog(TestFields(), TestProcedures()).ok());
  const Snapshot before = TakeSnapshot(*store);

  struct Bad {
    const char* what;
    std::vector<Field> fields;
    std::vector<Procedure> procedures;
  };
  std::vector<Bad> cases;
  cases.push_back({"unknown field", TestFields(), {MakeProcedure("1.1", "X", "ZZ", D(2020, 1, 1))}});
  cases.push_back({"duplicate field", {{"HT", "A"}, {"HT", "B"}}, {}});
  cases.push_back({"empty field name", {{"HT", ""}}, {}});
  cases.push_back({"empty procedure name", TestFields(), {MakeProcedure("1.1", " ", "HT", D(2020, 1, 1))}});
  cases.push_back({"overlapping versions",
                   TestFields(),
                   {MakeProcedure("1.1", "A", "HT", D(2020, 1, 1), D(2021, 1, 1)),
                    MakeProcedure("1.1", "B", "HT", D(2021, 1, 1))}});
  cases.push_back(
      {"open-ended then later version",
       TestFields(),
       {MakeProcedure("1.1", "A", "HT", D(2020, 1, 1)), MakeProcedure("1.1", "B", "HT", D(2022, 1, 1))}});
  cases.push_back({"same version twice",
                   TestFields(),
                   {MakeProcedure("1.1", "A", "HT", D(2020, 1, 1), D(2020, 2, 1)),
                    MakeProcedure("1.1", "A", "HT", D(2020, 1, 1), D(2020, 2, 1))}});
  cases.push_back({"ends before it starts",
                   TestFields(),
                   {MakeProcedure("1.1", "A", "HT", D(2020, 1, 1), D(2019, 1, 1))}});
  Procedure no_case = MakeProcedure("1.1", "A", "HT", D(2020, 1, 1));
  no_case.cases.clear();
  cases.push_back({"no case (JSON does not read back)", TestFields(), {no_case}});
  Procedure bad_text = MakeProcedure("1.2", "A", "HT", D(2020, 1, 1));
  bad_text.result = std::string("k\xff\xfeq");
  cases.push_back({"invalid UTF-8 in the body",
                   TestFields(),
                   {MakeProcedure("1.1", "A", "HT", D(2020, 1, 1)), bad_text}});

  for (const Bad& bad : cases) {
    Status status = store->ReplaceCatalog(bad.fields, bad.procedures);
    EXPECT_EQ(status.code(), StatusCode::kInvalidArgument) << bad.what << ": " << status.ToString();
    EXPECT_FALSE(status.user_message().empty());
    EXPECT_EQ(TakeSnapshot(*store), before) << bad.what;
  }
}

TEST_P(StoreTest, Settings) {
  std::unique_ptr<Store> store = OpenTestStore();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->GetSetting("header.text").status().code(), StatusCode::kNotFound);
  ASSERT_TRUE(store->SetSetting("header.text", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ TÂN HƯNG").ok());
  EXPECT_EQ(*store->GetSetting("header.text"), "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ TÂN HƯNG");
  ASSERT_TRUE(store->SetSetting("header.text", "").ok());
  EXPECT_EQ(*store->GetSetting("header.text"), "");
  for (const std::string& key :
       std::vector<std::string>{"", "Header", "1abc", "a b", "a-b", "khóa", "a\xff", std::string(65, 'a')}) {
    EXPECT_EQ(store->SetSetting(key, "x").code(), StatusCode::kInvalidArgument) << key;
    EXPECT_EQ(store->GetSetting(key).status().code(), StatusCode::kInvalidArgument) << key;
  }
  EXPECT_TRUE(store->SetSetting(std::string(64, 'a'), "x").ok());
}

TEST_P(StoreTest, OddStringsAreDataNotSql) {
  std::unique_ptr<Store> store = OpenTestStore();
  ASSERT_NE(store, nullptr);
  const std::vector<std::string> odd = {
      "Robert'); DROP TABLE units; --",
      "' OR '1'='1",
      "\"quoted\" and `backticks`",
      "back\\slash \\' \\x00",
      "$1 $2 ?1 ? :name @p",
      "100% _under_ !bang",
      "Nguyễn Văn Đức — ĐĂNG KÝ",
      "Nguye\xcc\x82\xcc\x83n (decomposed)",
      "emoji 😀 and 中文 and עברית",
      "tab\tnewline\ncarriage\r",
      std::string(100'000, 'x'),
  };
  int n = 0;
  for (const std::string& text : odd) {
    char code[32];
    std::snprintf(code, sizeof(code), "000.00.%02d.H31", n++);
    Unit unit = MakeUnit(code, text);
    unit.settings.office_hours = text;
    unit.settings.day_overrides = text;
    ASSERT_TRUE(store->AddUnit(unit).ok()) << text.substr(0, 50);
    auto read = store->GetUnit(code);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(*read, unit);
    ASSERT_TRUE(store->SetSetting("odd.value", text).ok());
    EXPECT_EQ(*store->GetSetting("odd.value"), text);
  }
  // Codes used as lookup keys are data too.
  EXPECT_EQ(store->GetUnit("' OR '1'='1").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store->GetProcedure("' OR 1=1 --", D(2025, 1, 1)).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(store->ListUnits({})->size(), odd.size());

  // What neither backend can hold the same way is refused by both.
  EXPECT_EQ(store->SetSetting("odd.value", std::string("nul\0byte", 8)).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store->SetSetting("odd.value", "bad \xff utf8").code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(store->AddUnit(MakeUnit("000.00.99.H31", "bad \xc3")).code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(*store->GetSetting("odd.value"), odd.back());
}

TEST_P(StoreTest, FailedWritesLeaveTheStoreAsItWas) {
  std::unique_ptr<Store> store = OpenTestStore();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->ReplaceCatalog(TestFields(), TestProcedures()).ok());
  ASSERT_TRUE(store->AddUnit(MakeUnit("000.00.00.H31", "Tỉnh")).ok());
  ASSERT_TRUE(store->SetSetting("header.text", "Tiêu đề").ok());
  const Snapshot before = TakeSnapshot(*store);
  EXPECT_FALSE(store->AddUnit(MakeUnit("000.00.00.H31", "Trùng")).ok());
  EXPECT_FALSE(store->AddUnit(MakeUnit("000.00.01.H31", "Mồ côi", "000.00.09.H31")).ok());
  EXPECT_FALSE(store->UpdateUnitSettings("000.00.02.H31", UnitSettings{"x", "y"}).ok());
  EXPECT_FALSE(store->SetSetting("header.text", std::string("a\0b", 3)).ok());
  EXPECT_FALSE(store->ReplaceCatalog({{"HT", "Hộ tịch"}}, TestProcedures()).ok());
  EXPECT_EQ(TakeSnapshot(*store), before);
}

TEST_P(StoreTest, ConcurrentWritersLoseNothing) {
  StoreOptions options;
  options.pool_size = 4;
  std::unique_ptr<Store> store = OpenTestStore(options);
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->AddUnit(MakeUnit("000.00.00.H31", "Tỉnh")).ok());
  constexpr int kThreads = 6;
  constexpr int kPerThread = 15;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        char code[32];
        std::snprintf(code, sizeof(code), "%03d.%02d.20.H31", t, i);
        Status added = store->AddUnit(MakeUnit(code, "Xã " + std::to_string(i), "000.00.00.H31"));
        Status set = store->SetSetting("thread" + std::to_string(t) + ".n" + std::to_string(i), code);
        Status updated = store->UpdateUnitSettings("000.00.00.H31", UnitSettings{std::string(code), ""});
        if (!added.ok() || !set.ok() || !updated.ok()) {
          ++failures;
          ADD_FAILURE() << added.ToString() << " / " << set.ToString() << " / " << updated.ToString();
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  UnitFilter children;
  children.parent_code = "000.00.00.H31";
  EXPECT_EQ(store->ListUnits(children)->size(), static_cast<size_t>(kThreads * kPerThread));
  for (int t = 0; t < kThreads; ++t) {
    for (int i = 0; i < kPerThread; ++i) {
      char code[32];
      std::snprintf(code, sizeof(code), "%03d.%02d.20.H31", t, i);
      EXPECT_EQ(*store->GetSetting("thread" + std::to_string(t) + ".n" + std::to_string(i)), code);
    }
  }
}

MOTCUA_INSTANTIATE_BACKENDS(StoreTest);

TEST(OpenStoreTest, RejectsUnknownUrls) {
  for (const char* url : {"", "mysql://localhost/x", "motcua.db", "sqlite:", "sqlite::memory:"}) {
    auto store = OpenStore(url);
    EXPECT_EQ(store.status().code(), StatusCode::kInvalidArgument) << url;
    EXPECT_FALSE(store.status().user_message().empty());
  }
}

TEST(OpenStoreTest, UnreachableDatabasesAreUnavailable) {
  auto sqlite = OpenStore("sqlite:/nonexistent-motcua-dir/sub/motcua.db");
  EXPECT_EQ(sqlite.status().code(), StatusCode::kUnavailable) << sqlite.status().ToString();
  StoreOptions options;
  auto postgres = OpenStore("host=/nonexistent-motcua-socket-dir dbname=x connect_timeout=2", options);
  EXPECT_EQ(postgres.status().code(), StatusCode::kUnavailable) << postgres.status().ToString();
  auto bad_conninfo = OpenStore("host='unterminated dbname=x");
  EXPECT_EQ(bad_conninfo.status().code(), StatusCode::kInvalidArgument) << bad_conninfo.status().ToString();
}

TEST(OpenStoreTest, SqliteUrlForms) {
  const std::string dir = ::testing::TempDir();
  for (const std::string& url :
       {"sqlite:" + dir + "motcua_url_a.db", "sqlite://" + dir + "motcua_url_b.db"}) {
    auto store = OpenStore(url);
    ASSERT_TRUE(store.ok()) << url << ": " << store.status().ToString();
    EXPECT_TRUE((*store)->Migrate().ok());
    // Owner-only: the file will hold personal data. The WAL inherits the mode.
    const std::string path = url.substr(url.find('/'));
    for (const std::string& file : {path, path + "-wal"}) {
      struct stat info {};
      ASSERT_EQ(::stat(file.c_str(), &info), 0) << file;
      EXPECT_EQ(info.st_mode & 0777, 0600u) << file;
    }
  }
  for (const char* suffix : {"a.db", "a.db-wal", "a.db-shm", "b.db", "b.db-wal", "b.db-shm"}) {
    std::remove((dir + "motcua_url_" + suffix).c_str());
  }
}

}  // namespace
}  // namespace motcua::store_internal
