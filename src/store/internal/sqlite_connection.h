// SqlConnection over one SQLite database connection (sqlite3*), opened in WAL mode with synchronous=FULL,
// foreign keys on and a busy timeout. Prepared statements are cached per connection. Used by one thread at a
// time (the pool's lease); not thread-safe.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <unordered_map>

#include "store/internal/sql.h"

struct sqlite3;
struct sqlite3_stmt;

namespace motcua::store_internal {

class SqliteConnection final : public SqlConnection {
 public:
  // Opens (creating when missing) the database file at `path`. Unavailable when it cannot be opened.
  static Result<std::unique_ptr<SqlConnection>> Open(const std::string& path,
                                                     std::chrono::milliseconds busy_timeout);
  ~SqliteConnection() override;
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  Backend backend() const override { return Backend::kSqlite; }
  Status ExecuteScript(std::string_view script) override;
  Status Begin(TxMode mode) override;
  Status Commit() override;
  void Rollback() override;
  void ResetStatementCache() override;
  bool broken() const override { return broken_; }

 protected:
  Status Run(std::string_view sql, std::span<const SqlValue> params, const RowCallback& on_row,
             int64_t* changes) override;

 private:
  struct CachedStatement {
    sqlite3_stmt* statement = nullptr;
    int parameters = 0;
  };

  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  // Maps an SQLite result code to a Status; marks busy/locked retryable and I/O or corruption broken.
  Status ErrorStatus(int rc, std::string_view context);
  Result<CachedStatement*> Prepare(std::string_view sql);

  sqlite3* db_;
  std::unordered_map<std::string, CachedStatement> cache_;
  bool broken_ = false;
};

}  // namespace motcua::store_internal
