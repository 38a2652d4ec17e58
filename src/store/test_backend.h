// Test support: a fresh, empty database per test on either backend, and the value-parameterised fixture
// that runs a suite against both. SQLite: a file in a new temporary folder. PostgreSQL: a new schema in the
// database named by MOTCUA_TEST_PG (a libpq conninfo), dropped afterwards. When MOTCUA_TEST_PG is unset or
// the server cannot be reached, the PostgreSQL cases FAIL with instructions; they are never skipped.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <ostream>
#include <string>

#include "base/result.h"
#include "store/internal/database.h"
#include "store/internal/sql.h"
#include "store/store.h"

namespace motcua::store_internal {

class TestDatabase {
 public:
  static Result<std::unique_ptr<TestDatabase>> Create(Backend backend);
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  Backend backend() const { return backend_; }
  // The url to give OpenStore / OpenSqlDatabase.
  const std::string& url() const { return url_; }

 private:
  TestDatabase() = default;

  Backend backend_ = Backend::kSqlite;
  std::string url_;
  std::string directory_;                 // SQLite: removed with its files
  std::string schema_;                    // PostgreSQL: dropped
  std::unique_ptr<SqlConnection> admin_;  // PostgreSQL: creates and drops the schema
};

// The PostgreSQL conninfo for tests, or a failure that says how to provide one.
Result<std::string> TestPostgresConninfo();

std::string BackendTestName(const ::testing::TestParamInfo<Backend>& info);
// Lets gtest print "sqlite"/"postgresql" instead of the enum's bytes.
inline void PrintTo(Backend backend, std::ostream* out) { *out << BackendName(backend); }

// A test run against each backend; SetUp fails the test when its database cannot be created.
class BackendTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override;
  // Opens a Store (migrated when `migrate`) or a raw SqlDatabase on this test's database.
  std::unique_ptr<Store> OpenTestStore(const StoreOptions& options = {}, bool migrate = true);
  std::unique_ptr<SqlDatabase> OpenTestDatabase(const StoreOptions& options = {});

  std::unique_ptr<TestDatabase> database_;
};

#define MOTCUA_INSTANTIATE_BACKENDS(suite)                                                  \
  INSTANTIATE_TEST_SUITE_P(Backends, suite,                                                 \
                           ::testing::Values(::motcua::store_internal::Backend::kSqlite,    \
                                             ::motcua::store_internal::Backend::kPostgres), \
                           ::motcua::store_internal::BackendTestName)

}  // namespace motcua::store_internal
