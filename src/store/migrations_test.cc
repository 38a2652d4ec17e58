// Schema migrations on both backends: fresh, repeated, upgraded, refused when newer or edited, rolled back
// when one fails.
#include "store/internal/migrations.h"

#include <gtest/gtest.h>

#include "store/test_backend.h"

namespace motcua::store_internal {
namespace {

TEST(MigrationListTest, BothBackendsKnowTheSameVersions) {
  auto sqlite = MigrationsFor(Backend::kSqlite);
  auto postgres = MigrationsFor(Backend::kPostgres);
  ASSERT_TRUE(sqlite.ok()) << sqlite.status().ToString();
  ASSERT_TRUE(postgres.ok()) << postgres.status().ToString();
  ASSERT_EQ(sqlite->size(), postgres->size());
  for (size_t i = 0; i < sqlite->size(); ++i) {
    EXPECT_EQ((*sqlite)[i].version, static_cast<int>(i) + 1);
    EXPECT_EQ((*sqlite)[i].name, (*postgres)[i].name);
  }
  EXPECT_EQ(LatestSchemaVersion(), static_cast<int>(sqlite->size()));
}

TEST(MigrationListTest, RejectsGapsAndBadNames) {
  const std::vector<MigrationSource> gap = {{"0001_a.sql", "SELECT 1"}, {"0003_c.sql", "SELECT 1"}};
  EXPECT_EQ(ParseMigrations(gap).status().code(), StatusCode::kInternal);
  const std::vector<MigrationSource> unnumbered = {{"init.sql", "SELECT 1"}};
  EXPECT_EQ(ParseMigrations(unnumbered).status().code(), StatusCode::kInternal);
  const std::vector<MigrationSource> not_sql = {{"0001_a.txt", "SELECT 1"}};
  EXPECT_EQ(ParseMigrations(not_sql).status().code(), StatusCode::kInternal);
  EXPECT_EQ(ParseMigrations({}).status().code(), StatusCode::kInternal);
  const std::vector<MigrationSource> good = {{"0001_a.sql", "SELECT 1"}, {"0002_b.sql", "SELECT 2"}};
  auto parsed = ParseMigrations(good);
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ((*parsed)[1].name, "0002_b");
  EXPECT_NE((*parsed)[0].checksum, (*parsed)[1].checksum);
}

class MigrationsTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (HasFatalFailure()) return;
    sql_ = OpenTestDatabase();
    ASSERT_NE(sql_, nullptr);
  }

  // The binary's migrations plus `extra` ones, as a newer binary would have them.
  std::vector<MigrationSource> SourcesWith(std::vector<MigrationSource> extra) {
    std::vector<MigrationSource> sources(EmbeddedMigrationSources(GetParam()).begin(),
                                         EmbeddedMigrationSources(GetParam()).end());
    sources.insert(sources.end(), extra.begin(), extra.end());
    return sources;
  }

  Status Exec(const std::string& sql) {
    return sql_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& c) { return c.Execute(sql).status(); });
  }

  std::unique_ptr<SqlDatabase> sql_;
};

TEST_P(MigrationsTest, RefusesANewerSchema) {
  std::unique_ptr<Store> store = OpenTestStore();
  ASSERT_NE(store, nullptr);
  const int latest = store->LatestSchemaVersion();
  ASSERT_TRUE(Exec("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (" +
                   std::to_string(latest + 1) + ", '9999_future', 'x', 0)")
                  .ok());
  Status status = store->Migrate();
  EXPECT_EQ(status.code(), StatusCode::kFailedPrecondition) << status.ToString();
  EXPECT_NE(status.user_message().find("nâng cấp MotCua"), std::string::npos) << status.user_message();
  EXPECT_EQ(*store->SchemaVersion(), latest + 1);
}

TEST_P(MigrationsTest, RefusesAnEditedMigration) {
  std::unique_ptr<Store> store = OpenTestStore();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(Exec("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1").ok());
  EXPECT_EQ(store->Migrate().code(), StatusCode::kFailedPrecondition);
}

TEST_P(MigrationsTest, UpgradesStepByStep) {
  auto current = MigrationsFor(GetParam());
  ASSERT_TRUE(current.ok());
  ASSERT_TRUE(RunMigrations(*sql_, *current).ok());
  EXPECT_EQ(*AppliedSchemaVersion(*sql_), LatestSchemaVersion());
  // A newer binary adds a table; its migration runs once.
  const std::string name = std::to_string(LatestSchemaVersion() + 1) + "_extra.sql";
  const std::string padded = std::string(4 - std::min<size_t>(4, name.find('_')), '0') + name;
  const std::vector<MigrationSource> newer_sources =
      SourcesWith({{padded, "CREATE TABLE extra (x INTEGER NOT NULL); INSERT INTO extra (x) VALUES (7);"}});
  auto newer = ParseMigrations(newer_sources);
  ASSERT_TRUE(newer.ok()) << newer.status().ToString();
  ASSERT_TRUE(RunMigrations(*sql_, *newer).ok());
  ASSERT_TRUE(RunMigrations(*sql_, *newer).ok());  // idempotent
  EXPECT_EQ(*AppliedSchemaVersion(*sql_), LatestSchemaVersion() + 1);
  std::optional<int64_t> rows;
  ASSERT_TRUE(sql_->InTransaction(TxMode::kReadOnly,
                                  [&](SqlConnection& c) -> Status {
                                    MOTCUA_ASSIGN_OR_RETURN(rows, c.QueryInt("SELECT count(*) FROM extra"));
                                    return Status::Ok();
                                  })
                  .ok());
  EXPECT_EQ(rows, 1);
  // The older binary now refuses the database.
  EXPECT_EQ(RunMigrations(*sql_, *current).code(), StatusCode::kFailedPrecondition);
}

TEST_P(MigrationsTest, AFailingMigrationChangesNothing) {
  const std::string name = std::to_string(LatestSchemaVersion() + 1) + "_broken.sql";
  const std::string padded = std::string(4 - std::min<size_t>(4, name.find('_')), '0') + name;
  const std::vector<MigrationSource> sources =
      SourcesWith({{padded, "CREATE TABLE half (x INTEGER); SELECT * FROM no_such_table;"}});
  auto migrations = ParseMigrations(sources);
  ASSERT_TRUE(migrations.ok());
  Status status = RunMigrations(*sql_, *migrations);
  EXPECT_EQ(status.code(), StatusCode::kInternal) << status.ToString();
  // Not even the first migration stays: the whole upgrade is one transaction.
  EXPECT_EQ(*AppliedSchemaVersion(*sql_), 0);
  Status probe = sql_->InTransaction(
      TxMode::kReadOnly, [](SqlConnection& c) { return c.Execute("SELECT count(*) FROM half").status(); });
  EXPECT_FALSE(probe.ok());
  probe = sql_->InTransaction(
      TxMode::kReadOnly, [](SqlConnection& c) { return c.Execute("SELECT count(*) FROM units").status(); });
  EXPECT_FALSE(probe.ok());
}

MOTCUA_INSTANTIATE_BACKENDS(MigrationsTest);

}  // namespace
}  // namespace motcua::store_internal
