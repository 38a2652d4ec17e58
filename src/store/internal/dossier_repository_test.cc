// Dossier lists on both backends: the total is exact on every page (full, partial, past the end, filtered),
// and the default list, the text search and the overdue filter are served by the indexes of migration 0004
// (docs/benchmarks.md measures them over 1,000,000 dossiers).
#include "store/internal/dossier_repository.h"

#include <gtest/gtest.h>

#include "store/internal/text_search.h"
#include "store/test_backend.h"

namespace motcua::store_internal {
namespace {

constexpr char kUnit[] = "000.00.20.H31";
constexpr char kOtherUnit[] = "000.00.21.H31";
constexpr int64_t kDay = 1'790'000'000;  // 2026-09-21

class DossierListTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (HasFatalFailure()) return;
    store_ = OpenTestStore();
    ASSERT_TRUE(store_);
    for (const char* code : {kUnit, kOtherUnit}) {
      Unit unit;
      unit.code = code;
      unit.name = std::string("UBND ") + code;
      unit.effective_from = CivilDate{2020, 1, 1};
      ASSERT_TRUE(store_->AddUnit(unit).ok());
    }
    database_ = OpenTestDatabase();
  }

  // A received dossier of `unit`, number `n`, received n hours after kDay and due a day later; resolved when
  // `resolved` (so not overdue).
  static DossierWrite Received(const std::string& unit, int n, const std::string& name, bool resolved) {
    Dossier d;
    d.code = unit + "-260921-" + std::string(n < 10 ? "000" : "00") + std::to_string(n);
    d.unit = unit;
    d.procedure_code = "1.004873";
    d.state = resolved ? DossierState::kResolved : DossierState::kReceived;
    d.applicant.name = name;
    d.applicant.id_number = "03309000" + std::to_string(1000 + n);
    d.received_at = Instant{kDay + n * 3600};
    d.legal_due = Instant{kDay + n * 3600 + 86400};
    if (resolved) {
      Resolution resolution;
      resolution.at = Instant{kDay + n * 3600 + 7200};
      d.resolution = resolution;
    }
    d.event_count = 1;
    d.last_event_at = d.received_at;
    Event event;
    event.kind = EventKind::kReceived;
    event.code = d.code;
    event.at = *d.received_at;
    event.by = "letan";
    return DossierWrite{d, "HT", {event}};
  }

  void Import(const std::vector<DossierWrite>& writes) {
    const Status status = store_->ImportDossiers({}, writes);
    ASSERT_TRUE(status.ok()) << status.ToString();
  }

  DossierPage List(DossierFilter filter) {
    auto page = store_->ListDossiers(filter);
    EXPECT_TRUE(page.ok()) << page.status().ToString();
    return page.ok() ? *page : DossierPage{};
  }

  static std::vector<std::string> Codes(const DossierPage& page) {
    std::vector<std::string> codes;
    for (const DossierSummary& s : page.items) codes.push_back(s.code);
    return codes;
  }

  std::string Plan(const std::string& sql, const SqlParams& params) {
    const bool sqlite = GetParam() == Backend::kSqlite;
    std::string plan;
    const Status explained =
        database_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
          plan.clear();
          // PostgreSQL plans from statistics (a sequential scan is cheapest on a few rows): with sequential
          // scans disabled the plan shows which index can serve the query.
          if (!sqlite) MOTCUA_RETURN_IF_ERROR(connection.ExecuteScript("SET LOCAL enable_seqscan = off"));
          return connection.Query((sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + sql, params,
                                  [&](const SqlRow& row) {
                                    plan += row.String(row.size() - 1) + "\n";
                                    return Status::Ok();
                                  });
        });
    EXPECT_TRUE(explained.ok()) << explained.ToString();
    return plan;
  }

  std::unique_ptr<Store> store_;
  std::unique_ptr<SqlDatabase> database_;
};

TEST_P(DossierListTest, TotalIsExactOnEveryPage) {
  std::vector<DossierWrite> writes;
  const char* names[] = {"Nguyễn Thị Hương", "Trần Văn An",  "Lê Thị Hương", "Phạm Đức Long",
                         "Nguyễn Văn Hưng",  "Hoàng Thu Hà", "Đỗ Thị Hường"};
  for (int n = 1; n <= 7; ++n) writes.push_back(Received(kUnit, n, names[n - 1], n % 2 == 0));
  writes.push_back(Received(kOtherUnit, 1, "Nguyễn Thị Hương", false));
  Import(writes);
  const std::string prefix = std::string(kUnit) + "-260921-000";
  DossierFilter filter;
  filter.unit_codes = {kUnit};
  struct Case {
    int limit, offset;
    std::vector<int> numbers;  // newest first
  };
  for (const Case& c : std::vector<Case>{{50, 0, {7, 6, 5, 4, 3, 2, 1}},
                                         {3, 0, {7, 6, 5}},
                                         {3, 3, {4, 3, 2}},
                                         {3, 6, {1}},
                                         {3, 7, {}},
                                         {3, 9, {}},
                                         {7, 0, {7, 6, 5, 4, 3, 2, 1}},
                                         {1, 6, {1}},
                                         {2, 5, {2, 1}}}) {
    filter.limit = c.limit;
    filter.offset = c.offset;
    const DossierPage page = List(filter);
    std::vector<std::string> expected;
    for (int n : c.numbers) expected.push_back(prefix + std::to_string(n));
    EXPECT_EQ(Codes(page), expected) << "limit " << c.limit << " offset " << c.offset;
    EXPECT_EQ(page.total, 7) << "limit " << c.limit << " offset " << c.offset;
  }
  // Filtered: "huong" (accents folded) matches 1, 3 and 7 (Hường); "thi huong" 1, 3 and 7 too; overdue at
  // kDay + 10 days are the open ones 1, 3, 5, 7.
  filter.text = "huong";
  filter.limit = 2;
  filter.offset = 0;
  EXPECT_EQ(Codes(List(filter)), (std::vector<std::string>{prefix + "7", prefix + "3"}));
  EXPECT_EQ(List(filter).total, 3);
  filter.offset = 2;
  EXPECT_EQ(Codes(List(filter)), (std::vector<std::string>{prefix + "1"}));
  EXPECT_EQ(List(filter).total, 3);
  filter.offset = 4;
  EXPECT_EQ(List(filter).total, 3);
  filter.text = "thi hương";
  filter.offset = 0;
  filter.limit = 50;
  EXPECT_EQ(List(filter).total, 3);
  filter.text = "";
  filter.overdue_at = Instant{kDay + 10 * 86400};
  filter.limit = 3;
  EXPECT_EQ(Codes(List(filter)), (std::vector<std::string>{prefix + "7", prefix + "5", prefix + "3"}));
  EXPECT_EQ(List(filter).total, 4);
  filter.overdue_at = Instant{kDay};
  EXPECT_EQ(List(filter).total, 0);
}

TEST_P(DossierListTest, ListsAreServedByTheirIndexes) {
  std::vector<DossierWrite> writes;
  for (int n = 1; n <= 20; ++n) writes.push_back(Received(kUnit, n, "Nguyễn Văn A", n % 3 == 0));
  Import(writes);
  const bool sqlite = GetParam() == Backend::kSqlite;
  DossierFilter filter;
  filter.unit_codes = {kUnit};
  auto sql = DossierListQuery(filter);
  ASSERT_TRUE(sql.ok()) << sql.status().ToString();
  // The default list: newest first straight from the unit's receipt index, no sort.
  std::string plan = Plan(sql->page, sql->page_params);
  EXPECT_NE(plan.find("dossiers_by_unit_received"), std::string::npos) << plan;
  if (sqlite) {
    EXPECT_EQ(plan.find("TEMP B-TREE"), std::string::npos) << plan;
  } else {
    EXPECT_EQ(plan.find("Sort"), std::string::npos) << plan;
  }
  // The text search: evaluated on that index's entries (SQLite: the count never reads the table).
  filter.text = "nguyen 0330";
  sql = DossierListQuery(filter);
  ASSERT_TRUE(sql.ok());
  plan = Plan(sql->page, sql->page_params);
  EXPECT_NE(plan.find("dossiers_by_unit_received"), std::string::npos) << plan;
  plan = Plan(sql->count, sql->count_params);
  if (sqlite) {
    EXPECT_NE(plan.find("COVERING INDEX dossiers_by_unit_received"), std::string::npos) << plan;
  } else {
    EXPECT_NE(plan.find("Index Only Scan using dossiers_by_unit_received"), std::string::npos) << plan;
  }
  // Overdue: the count from the partial index of open dossiers. The page too on SQLite; PostgreSQL weighs it
  // against reading the receipt index backwards (no sort) by its statistics: on 20 rows it takes the latter,
  // on the 1,000,000-dossier database the former (docs/benchmarks.md); either reads only the unit's entries.
  filter.text = "";
  filter.overdue_at = Instant{kDay + 10 * 86400};
  sql = DossierListQuery(filter);
  ASSERT_TRUE(sql.ok());
  plan = Plan(sql->count, sql->count_params);
  EXPECT_NE(plan.find("dossiers_open_by_unit_due"), std::string::npos) << plan;
  plan = Plan(sql->page, sql->page_params);
  if (sqlite) {
    EXPECT_NE(plan.find("dossiers_open_by_unit_due"), std::string::npos) << plan;
  } else {
    EXPECT_NE(plan.find("Index Cond: (unit_code = "), std::string::npos) << plan;
    EXPECT_EQ(plan.find("Seq Scan"), std::string::npos) << plan;
  }
}

// The engine accepts a 4,000-byte name; its folded key is cut at kMaxSearchKeyCharacters so that it fits a
// PostgreSQL index entry (an uncapped key of incompressible letters fails the insert there).
TEST_P(DossierListTest, ALongNameIsStoredAndFoundByItsBeginning) {
  std::string name;
  uint32_t state = 20261128;
  while (name.size() < 4000) {
    for (int i = 0; i < 7; ++i) {
      state = state * 1664525u + 1013904223u;
      name.push_back(static_cast<char>('a' + (state >> 24) % 26));
    }
    name.push_back(' ');
  }
  name.pop_back();
  const std::string first_word = name.substr(0, 7);
  const std::string late_word = name.substr(3200, 7);
  ASSERT_EQ(late_word.find(' '), std::string::npos);
  Import({Received(kUnit, 1, name, false)});
  const auto summary = store_->GetDossierSummary(std::string(kUnit) + "-260921-0001");
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  EXPECT_EQ(summary->applicant_name, name);  // the name itself is kept whole
  DossierFilter filter;
  filter.unit_codes = {kUnit};
  filter.text = first_word;
  EXPECT_EQ(List(filter).total, 1);
  filter.text = late_word;  // past the cap: not searchable
  EXPECT_EQ(List(filter).total, 0);
  EXPECT_EQ(CapSearchKey(std::string(700, 'a')).size(), kMaxSearchKeyCharacters);
  EXPECT_EQ(CapSearchKey("ngữ"), "ngữ");
  std::string wide;
  for (int i = 0; i < 700; ++i) wide += "ữ";  // 3 bytes each: cut between characters, never inside one
  EXPECT_EQ(CapSearchKey(wide).size(), 3 * kMaxSearchKeyCharacters);
}

TEST_P(DossierListTest, RefusesABadFilter) {
  DossierFilter filter;
  EXPECT_EQ(DossierListQuery(filter).status().code(), StatusCode::kInvalidArgument);  // no unit
  filter.unit_codes = {kUnit};
  filter.limit = 0;
  EXPECT_EQ(DossierListQuery(filter).status().code(), StatusCode::kInvalidArgument);
  filter.limit = kMaxDossierPage + 1;
  EXPECT_EQ(DossierListQuery(filter).status().code(), StatusCode::kInvalidArgument);
  filter.limit = 10;
  filter.offset = -1;
  EXPECT_EQ(DossierListQuery(filter).status().code(), StatusCode::kInvalidArgument);
  filter.offset = 0;
  filter.text = "a b c d e f g h i j k";  // 11 words
  EXPECT_EQ(DossierListQuery(filter).status().code(), StatusCode::kInvalidArgument);
}

MOTCUA_INSTANTIATE_BACKENDS(DossierListTest);

}  // namespace
}  // namespace motcua::store_internal
