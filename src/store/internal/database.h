// SqlDatabase: a pool of SqlConnections to one database and the only way repository code gets one, inside a
// transaction that is committed when the body succeeds, rolled back otherwise, and re-run from the start
// after a busy database (SQLite), a serialization failure or deadlock (PostgreSQL), or a connection lost
// before the commit. Thread-safe: the HTTP server's threads share one SqlDatabase.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "store/internal/sql.h"
#include "store/store.h"

namespace motcua::store_internal {

using ConnectionFactory = std::function<Result<std::unique_ptr<SqlConnection>>()>;

// Up to `max_size` open connections, opened on demand and reused; a broken one is closed on release.
class ConnectionPool {
 public:
  // Exclusive use of one connection until destroyed.
  class Lease {
   public:
    Lease(ConnectionPool* pool, std::unique_ptr<SqlConnection> connection)
        : pool_(pool), connection_(std::move(connection)) {}
    Lease(Lease&& other) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    SqlConnection& operator*() const { return *connection_; }
    SqlConnection* operator->() const { return connection_.get(); }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<SqlConnection> connection_;
  };

  ConnectionPool(ConnectionFactory factory, int max_size, std::chrono::milliseconds acquire_timeout);
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  // Unavailable when no connection frees up within the acquire timeout, or a new one cannot be opened.
  Result<Lease> Acquire();
  int open_connections() const;

 private:
  void Release(std::unique_ptr<SqlConnection> connection);

  const ConnectionFactory factory_;
  const int max_size_;
  const std::chrono::milliseconds acquire_timeout_;
  mutable std::mutex mutex_;
  std::condition_variable released_;
  std::vector<std::unique_ptr<SqlConnection>> idle_;
  int open_ = 0;  // idle + leased + being opened
};

class SqlDatabase {
 public:
  SqlDatabase(Backend backend, ConnectionFactory factory, const StoreOptions& options);

  Backend backend() const { return backend_; }

  // Runs `body` in a transaction of `mode`. `body` may run several times (after a retryable failure), so it
  // must reset any output it fills. It must not call InTransaction itself. On SQLite, writing transactions of
  // this process queue on a mutex before BEGIN IMMEDIATE: SQLite has one writer, and a writer that found the
  // lock taken would sleep in the busy handler (1, 2, 5, 10 ms ...) while the lock may already be free.
  // Returns body's status, or the failure of begin/commit; after max_retries retryable failures (or past
  // retry_deadline), Unavailable.
  Status InTransaction(TxMode mode, const std::function<Status(SqlConnection&)>& body);

  // Opens one connection now, so a wrong path or an unreachable server is reported at once.
  Status CheckConnection();

 private:
  const Backend backend_;
  const int max_retries_;
  const std::chrono::milliseconds retry_deadline_;
  const std::chrono::milliseconds writer_timeout_;  // the SQLite busy timeout: how long a writer may queue
  std::timed_mutex sqlite_writer_;  // held around each SQLite write transaction (taken before a connection)
  ConnectionPool pool_;
};

// Parses a store url (see OpenStore in store/store.h) and opens the database behind it.
Result<std::unique_ptr<SqlDatabase>> OpenSqlDatabase(std::string_view url, const StoreOptions& options);

}  // namespace motcua::store_internal
