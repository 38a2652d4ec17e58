#include "store/internal/database.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <functional>
#include <random>
#include <thread>

#include "store/internal/pg_connection.h"
#include "store/internal/sqlite_connection.h"

namespace motcua::store_internal {
namespace {

const char kBusyVi[] = "Cơ sở dữ liệu đang bận, vui lòng thử lại sau.";

// Exponential backoff with jitter, so that retried transactions do not collide again in lockstep.
void Backoff(int attempt) {
  thread_local std::minstd_rand random(
      static_cast<std::minstd_rand::result_type>(std::hash<std::thread::id>()(std::this_thread::get_id())));
  const int base_us = std::min(100'000, 500 << std::min(attempt, 10));
  std::uniform_int_distribution<int> jitter(base_us / 2, base_us + base_us / 2);
  std::this_thread::sleep_for(std::chrono::microseconds(jitter(random)));
}

// A new database file is readable by its owner only: it will hold citizens' personal data. SQLite gives the
// -wal and -shm files the same permissions.
Status CreatePrivateFile(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0) {
    ::close(fd);
    return Status::Ok();
  }
  if (errno == EEXIST) return Status::Ok();
  return Status::Unavailable(
      "cannot create SQLite database '" + path + "': " + std::strerror(errno),
      "Không tạo được tệp cơ sở dữ liệu. Kiểm tra đường dẫn và quyền ghi thư mục dữ liệu.");
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

}  // namespace

ConnectionPool::Lease::~Lease() {
  if (connection_ != nullptr) pool_->Release(std::move(connection_));
}

ConnectionPool::ConnectionPool(ConnectionFactory factory, int max_size,
                               std::chrono::milliseconds acquire_timeout)
    : factory_(std::move(factory)), max_size_(std::max(1, max_size)), acquire_timeout_(acquire_timeout) {}

Result<ConnectionPool::Lease> ConnectionPool::Acquire() {
  std::unique_lock lock(mutex_);
  const bool available =
      released_.wait_for(lock, acquire_timeout_, [&] { return !idle_.empty() || open_ < max_size_; });
  if (!available) {
    return Status::Unavailable("no free database connection after " +
                                   std::to_string(acquire_timeout_.count()) + " ms (pool of " +
                                   std::to_string(max_size_) + ")",
                               kBusyVi);
  }
  if (!idle_.empty()) {
    std::unique_ptr<SqlConnection> connection = std::move(idle_.back());
    idle_.pop_back();
    return Lease(this, std::move(connection));
  }
  ++open_;
  lock.unlock();
  Result<std::unique_ptr<SqlConnection>> opened = factory_();
  if (!opened.ok()) {
    lock.lock();
    --open_;
    released_.notify_one();
    return opened.status();
  }
  return Lease(this, std::move(opened).value());
}

void ConnectionPool::Release(std::unique_ptr<SqlConnection> connection) {
  std::unique_lock lock(mutex_);
  if (connection->broken()) {
    --open_;
    lock.unlock();
    connection.reset();  // closed outside the lock
  } else {
    idle_.push_back(std::move(connection));
    lock.unlock();
  }
  released_.notify_one();
}

int ConnectionPool::open_connections() const {
  std::lock_guard lock(mutex_);
  return open_;
}

SqlDatabase::SqlDatabase(Backend backend, ConnectionFactory factory, const StoreOptions& options)
    : backend_(backend),
      max_retries_(std::max(0, options.max_retries)),
      retry_deadline_(options.retry_deadline),
      writer_timeout_(options.busy_timeout),
      pool_(std::move(factory), options.pool_size, options.acquire_timeout) {}

Status SqlDatabase::CheckConnection() {
  MOTCUA_ASSIGN_OR_RETURN(ConnectionPool::Lease lease, pool_.Acquire());
  return Status::Ok();
}

Status SqlDatabase::InTransaction(TxMode mode, const std::function<Status(SqlConnection&)>& body) {
  Status status;
  const auto start = std::chrono::steady_clock::now();
  const bool queue_writer = backend_ == Backend::kSqlite && mode != TxMode::kReadOnly;
  for (int attempt = 0;; ++attempt) {
    // Taken before the connection, so queued writers do not hold connections that readers need. Another
    // process's writer is still met by the busy timeout.
    std::unique_lock<std::timed_mutex> writer(sqlite_writer_, std::defer_lock);
    if (queue_writer && !writer.try_lock_for(writer_timeout_)) {
      return Status::Unavailable(
          "no turn to write after " + std::to_string(writer_timeout_.count()) + " ms (SQLite has one writer)",
          kBusyVi);
    }
    MOTCUA_ASSIGN_OR_RETURN(ConnectionPool::Lease lease, pool_.Acquire());
    SqlConnection& connection = *lease;
    connection.ClearRetryable();
    bool commit_attempted = false;
    status = connection.Begin(mode);
    if (status.ok()) status = body(connection);
    if (status.ok()) {
      commit_attempted = true;
      status = connection.Commit();
    }
    if (status.ok()) return status;
    connection.Rollback();
    // A connection lost before COMMIT was sent lost the transaction with it: safe to run again. One lost
    // during COMMIT may or may not have committed, so that failure is reported, never re-run.
    const bool retry = connection.retryable_failure() || (connection.broken() && !commit_attempted);
    if (!retry) return status;
    if (attempt >= max_retries_ || std::chrono::steady_clock::now() - start > retry_deadline_) {
      return Status::Unavailable("transaction gave up after " + std::to_string(attempt + 1) +
                                     " attempts; last error: " + status.message(),
                                 kBusyVi);
    }
    if (writer.owns_lock()) writer.unlock();  // let the other writers of this process in meanwhile
    Backoff(attempt);
  }
}

Result<std::unique_ptr<SqlDatabase>> OpenSqlDatabase(std::string_view url, const StoreOptions& options) {
  std::unique_ptr<SqlDatabase> database;
  if (StartsWith(url, "sqlite:")) {
    std::string path(url.substr(7));
    if (StartsWith(path, "//")) path.erase(0, 2);  // "sqlite:///abs/path" too
    if (path.empty() || path == ":memory:" || StartsWith(path, "file:")) {
      return Status::InvalidArgument(
          "store url '" + std::string(url) + "' needs a file path (sqlite:/path/motcua.db)",
          "Đường dẫn cơ sở dữ liệu SQLite không hợp lệ.");
    }
    MOTCUA_RETURN_IF_ERROR(CreatePrivateFile(path));
    const std::chrono::milliseconds busy_timeout = options.busy_timeout;
    database = std::make_unique<SqlDatabase>(
        Backend::kSqlite, [path, busy_timeout] { return SqliteConnection::Open(path, busy_timeout); },
        options);
  } else if (StartsWith(url, "postgresql://") || StartsWith(url, "postgres://") ||
             url.find('=') != std::string_view::npos) {
    std::string conninfo(url);
    database = std::make_unique<SqlDatabase>(
        Backend::kPostgres, [conninfo] { return PgConnection::Open(conninfo); }, options);
  } else {
    return Status::InvalidArgument("unrecognised store url '" + std::string(url) +
                                       "' (want sqlite:/path/motcua.db, postgresql://..., or a libpq "
                                       "conninfo such as 'host=... dbname=...')",
                                   "Địa chỉ cơ sở dữ liệu không hợp lệ.");
  }
  MOTCUA_RETURN_IF_ERROR(database->CheckConnection());
  return database;
}

}  // namespace motcua::store_internal
