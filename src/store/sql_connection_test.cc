// The SQL layer under the Store (SqlConnection, SqlDatabase), run against SQLite and PostgreSQL alike.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "store/internal/database.h"
#include "store/internal/pg_connection.h"
#include "store/internal/sql.h"
#include "store/test_backend.h"

namespace motcua::store_internal {
namespace {

// A scratch table with the same meaning on both backends.
Status CreateScratch(SqlDatabase& database) {
  const bool sqlite = database.backend() == Backend::kSqlite;
  const std::string script =
      sqlite
          ? "CREATE TABLE parent (id INTEGER NOT NULL PRIMARY KEY) STRICT;"
            "CREATE TABLE scratch (id INT NOT NULL PRIMARY KEY, i INTEGER, r REAL, t TEXT UNIQUE, b INTEGER, "
            "y BLOB, p INTEGER REFERENCES parent (id), CHECK (r IS NULL OR r <> 13)) STRICT;"
          : "CREATE TABLE parent (id BIGINT NOT NULL PRIMARY KEY);"
            "CREATE TABLE scratch (id BIGINT NOT NULL PRIMARY KEY, i BIGINT, r DOUBLE PRECISION, t TEXT "
            "UNIQUE, "
            "b BOOLEAN, y BYTEA, p BIGINT REFERENCES parent (id), CHECK (r IS NULL OR r <> 13));";
  return database.InTransaction(TxMode::kReadWrite,
                                [&](SqlConnection& connection) { return connection.ExecuteScript(script); });
}

int64_t CountScratch(SqlDatabase& database) {
  int64_t count = -1;
  Status status = database.InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(std::optional<int64_t> n, connection.QueryInt("SELECT count(*) FROM scratch"));
    count = n.value_or(-1);
    return Status::Ok();
  });
  EXPECT_TRUE(status.ok()) << status.ToString();
  return count;
}

class SqlConnectionTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (HasFatalFailure()) return;
    StoreOptions options;
    options.pool_size = 4;
    sql_ = OpenTestDatabase(options);
    ASSERT_NE(sql_, nullptr);
    ASSERT_TRUE(CreateScratch(*sql_).ok());
  }

  std::unique_ptr<SqlDatabase> sql_;
};

TEST_P(SqlConnectionTest, TypedValuesRoundTrip) {
  const std::string blob("\0\x01\xff\xfe binary \\x00 '", 15);
  Status status = sql_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& c) -> Status {
    MOTCUA_RETURN_IF_ERROR(
        c.Execute("INSERT INTO scratch (id, i, r, t, b, y) VALUES ($1, $2, $3, $4, $5, $6)",
                  {1, int64_t{INT64_MIN}, 0.1, "Đức 'x' \"y\"", true, Blob{blob}})
            .status());
    MOTCUA_RETURN_IF_ERROR(
        c.Execute("INSERT INTO scratch (id, i, r, t, b, y) VALUES ($1, $2, $3, $4, $5, $6)",
                  {2, int64_t{INT64_MAX}, -1.5e300, SqlValue(), false, std::nullopt})
            .status());
    return Status::Ok();
  });
  ASSERT_TRUE(status.ok()) << status.ToString();
  int rows = 0;
  status = sql_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& c) {
    rows = 0;
    return c.Query("SELECT id, i, r, t, b, y FROM scratch ORDER BY id", {}, [&](const SqlRow& row) {
      EXPECT_EQ(row.size(), 6);
      if (row.Int(0) == 1) {
        EXPECT_EQ(row.Int(1), INT64_MIN);
        EXPECT_DOUBLE_EQ(row.Double(2), 0.1);
        EXPECT_EQ(row.Text(3), "Đức 'x' \"y\"");
        EXPECT_TRUE(row.Bool(4));
        EXPECT_EQ(row.BlobBytes(5), blob);
      } else {
        EXPECT_EQ(row.Int(1), INT64_MAX);
        EXPECT_DOUBLE_EQ(row.Double(2), -1.5e300);
        EXPECT_TRUE(row.IsNull(3));
        EXPECT_EQ(row.OptionalString(3), std::nullopt);
        EXPECT_FALSE(row.Bool(4));
        EXPECT_TRUE(row.IsNull(5));
      }
      ++rows;
      return Status::Ok();
    });
  });
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(rows, 2);
}

TEST_P(SqlConnectionTest, PlaceholdersRepeatAndLiteralsStayLiteral) {
  Status status = sql_->InTransaction(TxMode::kReadOnly, [&](SqlConnection& c) -> Status {
    std::vector<std::string> got;
    MOTCUA_RETURN_IF_ERROR(c.Query("SELECT $1 || '$2' || $1, '?1'", {"a"}, [&](const SqlRow& row) {
      got.push_back(row.String(0));
      got.push_back(row.String(1));
      return Status::Ok();
    }));
    EXPECT_EQ(got, (std::vector<std::string>{"a$2a", "?1"}));
    MOTCUA_ASSIGN_OR_RETURN(std::optional<std::string> date,
                            c.QueryText("SELECT $1", {CivilDate{2024, 2, 29}}));
    EXPECT_EQ(date, "2024-02-29");
    auto mismatch = c.QueryInt("SELECT $1 + $2", {1});
    EXPECT_EQ(mismatch.status().code(), StatusCode::kInternal);
    return Status::Ok();
  });
  EXPECT_TRUE(status.ok()) << status.ToString();
}

TEST_P(SqlConnectionTest, ConstraintViolationsMapToStatusCodes) {
  ASSERT_TRUE(sql_->InTransaction(TxMode::kReadWrite,
                                  [](SqlConnection& c) {
                                    return c.Execute("INSERT INTO scratch (id, t) VALUES (1, 'x')").status();
                                  })
                  .ok());
  auto run = [&](const char* sql) {
    return sql_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& c) { return c.Execute(sql).status(); });
  };
  EXPECT_EQ(run("INSERT INTO scratch (id) VALUES (1)").code(), StatusCode::kAlreadyExists);
  EXPECT_EQ(run("INSERT INTO scratch (id, t) VALUES (2, 'x')").code(), StatusCode::kAlreadyExists);
  EXPECT_EQ(run("INSERT INTO scratch (id, p) VALUES (3, 42)").code(), StatusCode::kNotFound);
  EXPECT_EQ(run("INSERT INTO scratch (id, r) VALUES (4, 13)").code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(run("INSERT INTO scratch (id) VALUES (NULL)").code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(run("SELECT no_such_column FROM scratch").code(), StatusCode::kInternal);
  EXPECT_EQ(CountScratch(*sql_), 1);
}

TEST_P(SqlConnectionTest, FailedTransactionsLeaveNothing) {
  // The body fails after writing.
  Status status = sql_->InTransaction(TxMode::kReadWrite, [](SqlConnection& c) -> Status {
    for (int id = 1; id <= 5; ++id)
      MOTCUA_RETURN_IF_ERROR(c.Execute("INSERT INTO scratch (id) VALUES ($1)", {id}).status());
    return Status::FailedPrecondition("stop here");
  });
  EXPECT_EQ(status.code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(CountScratch(*sql_), 0);
  // The database fails half-way through.
  status = sql_->InTransaction(TxMode::kReadWrite, [](SqlConnection& c) -> Status {
    for (int id = 1; id <= 5; ++id)
      MOTCUA_RETURN_IF_ERROR(c.Execute("INSERT INTO scratch (id) VALUES ($1)", {id}).status());
    return c.Execute("INSERT INTO scratch (id, p) VALUES (6, 99)").status();
  });
  EXPECT_EQ(status.code(), StatusCode::kNotFound);
  EXPECT_EQ(CountScratch(*sql_), 0);
  // Bad text is refused before it reaches the database.
  status = sql_->InTransaction(TxMode::kReadWrite, [](SqlConnection& c) -> Status {
    MOTCUA_RETURN_IF_ERROR(c.Execute("INSERT INTO scratch (id) VALUES (1)").status());
    return c.Execute("INSERT INTO scratch (id, t) VALUES (2, $1)", {std::string("a\0b", 3)}).status();
  });
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(CountScratch(*sql_), 0);
  // And the pool's connections are fine afterwards.
  EXPECT_TRUE(sql_->InTransaction(TxMode::kReadWrite,
                                  [](SqlConnection& c) {
                                    return c.Execute("INSERT INTO scratch (id) VALUES (1)").status();
                                  })
                  .ok());
  EXPECT_EQ(CountScratch(*sql_), 1);
}

TEST_P(SqlConnectionTest, ReadOnlyTransactionsCannotWrite) {
  Status status = sql_->InTransaction(TxMode::kReadOnly, [](SqlConnection& c) {
    return c.Execute("INSERT INTO scratch (id) VALUES (1)").status();
  });
  // SQLite lets a deferred transaction write; only PostgreSQL enforces READ ONLY. Either way nothing is
  // half-written: on SQLite the write commits whole.
  if (GetParam() == Backend::kPostgres) {
    EXPECT_FALSE(status.ok());
    EXPECT_EQ(CountScratch(*sql_), 0);
  } else {
    EXPECT_TRUE(status.ok()) << status.ToString();
    EXPECT_EQ(CountScratch(*sql_), 1);
  }
}

TEST_P(SqlConnectionTest, StreamingStopsEarlyAndTheConnectionStaysUsable) {
  StoreOptions options;
  options.pool_size = 1;  // the same connection serves the next transaction
  std::unique_ptr<SqlDatabase> single = OpenTestDatabase(options);
  ASSERT_NE(single, nullptr);
  int seen = 0;
  Status status = single->InTransaction(TxMode::kReadOnly, [&](SqlConnection& c) {
    seen = 0;
    return c.Query(
        "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) SELECT i FROM n",
        {}, [&](const SqlRow& row) {
          ++seen;
          EXPECT_EQ(row.Int(0), seen);
          return seen == 10 ? Status::ResourceExhausted("enough") : Status::Ok();
        });
  });
  EXPECT_EQ(status.code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(seen, 10);
  std::optional<int64_t> total;
  status = single->InTransaction(TxMode::kReadOnly, [&](SqlConnection& c) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(total,
                            c.QueryInt("WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                       "WHERE i < 1000) SELECT sum(i) FROM n"));
    return Status::Ok();
  });
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(total, 500500);
}

// Read-modify-write from several threads: every increment must survive. SQLite serialises the writers
// (BEGIN IMMEDIATE + busy timeout); PostgreSQL runs them SERIALIZABLE and re-runs the losers.
TEST_P(SqlConnectionTest, ConcurrentReadModifyWriteLosesNoUpdate) {
  ASSERT_TRUE(sql_->InTransaction(TxMode::kReadWrite,
                                  [](SqlConnection& c) {
                                    return c.Execute("INSERT INTO scratch (id, i) VALUES (1, 0)").status();
                                  })
                  .ok());
  constexpr int kThreads = 6;
  constexpr int kIncrements = 25;
  std::atomic<int> failures{0};
  std::atomic<int> attempts{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int n = 0; n < kIncrements; ++n) {
        Status status = sql_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& c) -> Status {
          ++attempts;
          MOTCUA_ASSIGN_OR_RETURN(std::optional<int64_t> value,
                                  c.QueryInt("SELECT i FROM scratch WHERE id = 1"));
          std::this_thread::yield();  // widen the race window
          return c.Execute("UPDATE scratch SET i = $1 WHERE id = 1", {value.value_or(0) + 1}).status();
        });
        if (!status.ok()) {
          ++failures;
          ADD_FAILURE() << status.ToString();
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  std::optional<int64_t> final_value;
  ASSERT_TRUE(sql_->InTransaction(TxMode::kReadOnly,
                                  [&](SqlConnection& c) -> Status {
                                    MOTCUA_ASSIGN_OR_RETURN(final_value,
                                                            c.QueryInt("SELECT i FROM scratch WHERE id = 1"));
                                    return Status::Ok();
                                  })
                  .ok());
  EXPECT_EQ(final_value, kThreads * kIncrements);
  EXPECT_GE(attempts.load(), kThreads * kIncrements);
}

// A writer that holds the row (and, on SQLite, the database) for a while: the second writer waits or is
// retried, and succeeds after the first commits.
TEST_P(SqlConnectionTest, ABusyWriterIsWaitedFor) {
  ASSERT_TRUE(sql_->InTransaction(TxMode::kReadWrite,
                                  [](SqlConnection& c) {
                                    return c.Execute("INSERT INTO scratch (id, i) VALUES (1, 0)").status();
                                  })
                  .ok());
  std::atomic<bool> holding{false};
  std::thread holder([&] {
    Status status = sql_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& c) -> Status {
      MOTCUA_RETURN_IF_ERROR(c.Execute("UPDATE scratch SET i = i + 1 WHERE id = 1").status());
      holding = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
      return Status::Ok();
    });
    EXPECT_TRUE(status.ok()) << status.ToString();
  });
  while (!holding) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  Status second = sql_->InTransaction(TxMode::kReadWrite, [](SqlConnection& c) {
    return c.Execute("UPDATE scratch SET i = i + 10 WHERE id = 1").status();
  });
  holder.join();
  EXPECT_TRUE(second.ok()) << second.ToString();
  std::optional<int64_t> value;
  ASSERT_TRUE(sql_->InTransaction(TxMode::kReadOnly,
                                  [&](SqlConnection& c) -> Status {
                                    MOTCUA_ASSIGN_OR_RETURN(value,
                                                            c.QueryInt("SELECT i FROM scratch WHERE id = 1"));
                                    return Status::Ok();
                                  })
                  .ok());
  EXPECT_EQ(value, 11);
}

// When the other writer holds on longer than the store will wait and retry, the caller gets Unavailable
// with a Vietnamese message, and nothing of its own is written.
TEST_P(SqlConnectionTest, ABusyDatabaseEventuallyReportsUnavailable) {
  StoreOptions impatient;
  impatient.pool_size = 1;
  impatient.busy_timeout = std::chrono::milliseconds(20);
  impatient.max_retries = 0;
  std::unique_ptr<SqlDatabase> other = OpenTestDatabase(impatient);
  ASSERT_NE(other, nullptr);
  ASSERT_TRUE(sql_->InTransaction(TxMode::kReadWrite,
                                  [](SqlConnection& c) {
                                    return c.Execute("INSERT INTO scratch (id, i) VALUES (1, 0)").status();
                                  })
                  .ok());
  std::atomic<bool> holding{false};
  std::atomic<bool> release{false};
  std::thread holder([&] {
    Status status = sql_->InTransaction(TxMode::kReadWrite, [&](SqlConnection& c) -> Status {
      MOTCUA_RETURN_IF_ERROR(c.Execute("UPDATE scratch SET i = 1 WHERE id = 1").status());
      holding = true;
      // On PostgreSQL the other writer blocks on the row until this commits, then fails to serialise; on
      // SQLite it gives up after its busy timeout. Hold until it has finished.
      for (int i = 0; i < 3000 && !release; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
      return Status::Ok();
    });
    EXPECT_TRUE(status.ok()) << status.ToString();
  });
  while (!holding) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  std::thread releaser;
  if (GetParam() == Backend::kPostgres) {
    // PostgreSQL has no busy timeout: let the holder commit while the other writer waits on the row.
    releaser = std::thread([&] {
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
      release = true;
    });
  }
  Status status = other->InTransaction(TxMode::kReadWrite, [](SqlConnection& c) {
    return c.Execute("UPDATE scratch SET i = 100 WHERE id = 1").status();
  });
  release = true;
  holder.join();
  if (releaser.joinable()) releaser.join();
  EXPECT_EQ(status.code(), StatusCode::kUnavailable) << status.ToString();
  EXPECT_NE(status.user_message().find("bận"), std::string::npos) << status.user_message();
  std::optional<int64_t> value;
  ASSERT_TRUE(sql_->InTransaction(TxMode::kReadOnly,
                                  [&](SqlConnection& c) -> Status {
                                    MOTCUA_ASSIGN_OR_RETURN(value,
                                                            c.QueryInt("SELECT i FROM scratch WHERE id = 1"));
                                    return Status::Ok();
                                  })
                  .ok());
  EXPECT_EQ(value, 1);
}

TEST_P(SqlConnectionTest, PoolWaitsForAFreeConnectionThenTimesOut) {
  StoreOptions options;
  options.pool_size = 1;
  options.acquire_timeout = std::chrono::milliseconds(50);
  std::unique_ptr<SqlDatabase> single = OpenTestDatabase(options);
  ASSERT_NE(single, nullptr);
  Status inner;
  Status outer = single->InTransaction(TxMode::kReadOnly, [&](SqlConnection&) {
    // Not allowed in real code (see database.h); here it shows the pool's limit and timeout.
    inner = single->InTransaction(TxMode::kReadOnly, [](SqlConnection&) { return Status::Ok(); });
    return Status::Ok();
  });
  EXPECT_TRUE(outer.ok());
  EXPECT_EQ(inner.code(), StatusCode::kUnavailable);
}

MOTCUA_INSTANTIATE_BACKENDS(SqlConnectionTest);

// PostgreSQL only: a pooled connection killed by the server (a restart, a failover) is replaced and the
// transaction re-run, because it was lost before COMMIT.
TEST(PostgresConnectionTest, LostConnectionIsReplacedTransparently) {
  auto test_database = TestDatabase::Create(Backend::kPostgres);
  ASSERT_TRUE(test_database.ok()) << test_database.status().message();
  StoreOptions options;
  options.pool_size = 1;
  auto database = OpenSqlDatabase((*test_database)->url(), options);
  ASSERT_TRUE(database.ok()) << database.status().ToString();
  std::optional<int64_t> first_pid;
  ASSERT_TRUE((*database)
                  ->InTransaction(TxMode::kReadOnly,
                                  [&](SqlConnection& c) -> Status {
                                    MOTCUA_ASSIGN_OR_RETURN(first_pid, c.QueryInt("SELECT pg_backend_pid()"));
                                    return Status::Ok();
                                  })
                  .ok());
  ASSERT_TRUE(first_pid.has_value());
  auto killer = PgConnection::Open(*TestPostgresConninfo());
  ASSERT_TRUE(killer.ok());
  auto killed =
      (*killer)->QueryInt("SELECT CASE WHEN pg_terminate_backend($1::int) THEN 1 ELSE 0 END", {*first_pid});
  ASSERT_TRUE(killed.ok()) << killed.status().ToString();
  EXPECT_EQ(*killed, 1);
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  std::optional<int64_t> second_pid;
  Status status = (*database)->InTransaction(TxMode::kReadOnly, [&](SqlConnection& c) -> Status {
    MOTCUA_ASSIGN_OR_RETURN(second_pid, c.QueryInt("SELECT pg_backend_pid()"));
    return Status::Ok();
  });
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_NE(second_pid, first_pid);
}

}  // namespace
}  // namespace motcua::store_internal
