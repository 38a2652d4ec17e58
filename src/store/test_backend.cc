#include "store/test_backend.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <random>

#include "store/internal/pg_connection.h"

namespace motcua::store_internal {
namespace {

std::string UniqueSuffix() {
  static std::atomic<int> counter{0};
  static const unsigned salt = std::random_device{}();
  return std::to_string(getpid()) + "_" + std::to_string(counter++) + "_" + std::to_string(salt % 100000);
}

// Adds a search_path to the conninfo so that every connection of the test's store lands in its schema.
std::string WithSearchPath(const std::string& conninfo, const std::string& schema) {
  if (conninfo.rfind("postgresql://", 0) == 0 || conninfo.rfind("postgres://", 0) == 0) {
    const char separator = conninfo.find('?') == std::string::npos ? '?' : '&';
    return conninfo + separator + "options=-csearch_path%3D" + schema;
  }
  return conninfo + " options='-csearch_path=" + schema + "'";
}

}  // namespace

Result<std::string> TestPostgresConninfo() {
  const char* conninfo = std::getenv("MOTCUA_TEST_PG");
  if (conninfo == nullptr || *conninfo == '\0') {
    return Status::Unavailable(
        "MOTCUA_TEST_PG is not set, so the PostgreSQL cases cannot run (they fail rather than skip). Run "
        "them "
        "with a throwaway server: scripts/with-postgres.sh ctest --test-dir build -R store_test "
        "--output-on-failure"
        " (or scripts/with-postgres.sh ./build/src/store/store_test), or set MOTCUA_TEST_PG to a libpq "
        "conninfo "
        "such as 'host=/tmp/pg dbname=motcua_test user=postgres'.");
  }
  return std::string(conninfo);
}

Result<std::unique_ptr<TestDatabase>> TestDatabase::Create(Backend backend) {
  std::unique_ptr<TestDatabase> database(new TestDatabase());
  database->backend_ = backend;
  if (backend == Backend::kSqlite) {
    const std::filesystem::path directory =
        std::filesystem::temp_directory_path() / ("motcua_store_test_" + UniqueSuffix());
    std::error_code error;
    std::filesystem::create_directories(directory, error);
    if (error) return Status::Internal("cannot create " + directory.string() + ": " + error.message());
    database->directory_ = directory.string();
    database->url_ = "sqlite:" + (directory / "motcua.db").string();
    return database;
  }
  MOTCUA_ASSIGN_OR_RETURN(std::string conninfo, TestPostgresConninfo());
  auto admin = PgConnection::Open(conninfo);
  if (!admin.ok()) {
    return Status::Unavailable(
        "cannot reach the PostgreSQL of MOTCUA_TEST_PG ('" + conninfo + "'): " + admin.status().message() +
        ". Start one with scripts/with-postgres.sh ctest --test-dir build -R store_test");
  }
  database->admin_ = std::move(admin).value();
  database->schema_ = "motcua_t_" + UniqueSuffix();
  MOTCUA_RETURN_IF_ERROR(database->admin_->ExecuteScript("CREATE SCHEMA " + database->schema_));
  database->url_ = WithSearchPath(conninfo, database->schema_);
  return database;
}

TestDatabase::~TestDatabase() {
  if (!directory_.empty()) {
    std::error_code ignored;
    std::filesystem::remove_all(directory_, ignored);
  }
  if (admin_ != nullptr && !schema_.empty()) {
    Status dropped = admin_->ExecuteScript("DROP SCHEMA " + schema_ + " CASCADE");
    if (!dropped.ok()) ADD_FAILURE() << "cannot drop test schema " << schema_ << ": " << dropped.ToString();
  }
}

std::string BackendTestName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "Sqlite" : "Postgres";
}

void BackendTest::SetUp() {
  auto database = TestDatabase::Create(GetParam());
  ASSERT_TRUE(database.ok()) << database.status().message();
  database_ = std::move(database).value();
}

std::unique_ptr<Store> BackendTest::OpenTestStore(const StoreOptions& options, bool migrate) {
  auto store = OpenStore(database_->url(), options);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  if (!store.ok()) return nullptr;
  if (migrate) {
    Status migrated = (*store)->Migrate();
    EXPECT_TRUE(migrated.ok()) << migrated.ToString();
  }
  return std::move(store).value();
}

std::unique_ptr<SqlDatabase> BackendTest::OpenTestDatabase(const StoreOptions& options) {
  auto database = OpenSqlDatabase(database_->url(), options);
  EXPECT_TRUE(database.ok()) << database.status().ToString();
  if (!database.ok()) return nullptr;
  return std::move(database).value();
}

}  // namespace motcua::store_internal
