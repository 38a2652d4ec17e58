// The SQL layer under the Store, shared by both backends: typed parameter values, rows, and SqlConnection,
// the one interface that repository code is written against. Internal to store/.
//
// SQL text uses PostgreSQL-style numbered placeholders ($1, $2, ...; a number may repeat); the SQLite
// connection translates them. Text values must be valid UTF-8 without NUL bytes on both backends (binary data
// goes in a Blob), so both behave the same. A SqlConnection is used by one thread at a time (the pool hands
// it out); it is not thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_time.h"
#include "base/result.h"

namespace motcua::store_internal {

enum class Backend { kSqlite, kPostgres };
std::string_view BackendName(Backend backend);  // "sqlite", "postgresql"

// Bytes stored as BLOB (SQLite) / BYTEA (PostgreSQL).
struct Blob {
  std::string bytes;
};

// One parameter value. Bound as INTEGER/BIGINT, REAL/DOUBLE PRECISION, TEXT, INTEGER 0-1/BOOLEAN, BLOB/BYTEA
// or NULL. A CivilDate is bound as ISO text "YYYY-MM-DD" (the schema's date columns are text, which sorts by
// date).
class SqlValue {
 public:
  enum class Type { kNull, kInt, kDouble, kText, kBool, kBlob };

  SqlValue() = default;
  SqlValue(std::nullopt_t) {}                                                    // NOLINT: implicit by design
  SqlValue(int value) : type_(Type::kInt), int_(value) {}                        // NOLINT
  SqlValue(int64_t value) : type_(Type::kInt), int_(value) {}                    // NOLINT
  SqlValue(double value) : type_(Type::kDouble), double_(value) {}               // NOLINT
  SqlValue(bool value) : type_(Type::kBool), int_(value ? 1 : 0) {}              // NOLINT
  SqlValue(std::string value) : type_(Type::kText), bytes_(std::move(value)) {}  // NOLINT
  SqlValue(std::string_view value) : type_(Type::kText), bytes_(value) {}        // NOLINT
  SqlValue(const char* value) : type_(Type::kText), bytes_(value) {}             // NOLINT
  SqlValue(Blob value) : type_(Type::kBlob), bytes_(std::move(value.bytes)) {}   // NOLINT
  SqlValue(CivilDate date) : type_(Type::kText), bytes_(FormatIsoDate(date)) {}  // NOLINT
  template <typename T>
  SqlValue(const std::optional<T>& value) : SqlValue(value ? SqlValue(*value) : SqlValue()) {}  // NOLINT

  Type type() const { return type_; }
  bool is_null() const { return type_ == Type::kNull; }
  int64_t int_value() const { return int_; }
  double double_value() const { return double_; }
  bool bool_value() const { return int_ != 0; }
  const std::string& text() const { return bytes_; }
  const std::string& blob() const { return bytes_; }

 private:
  Type type_ = Type::kNull;
  int64_t int_ = 0;
  double double_ = 0;
  std::string bytes_;  // text or blob
};

using SqlParams = std::vector<SqlValue>;

// OK when `value` can be bound on every backend (text: valid UTF-8 without NUL).
Status CheckBindable(const SqlValue& value, int index);

// One result row, valid only during the callback that receives it. Getters take a 0-based column index and
// convert like the database would; a NULL reads as 0, false or "".
class SqlRow {
 public:
  virtual ~SqlRow() = default;
  virtual int size() const = 0;
  virtual bool IsNull(int column) const = 0;
  virtual int64_t Int(int column) const = 0;
  virtual double Double(int column) const = 0;
  virtual bool Bool(int column) const = 0;
  virtual std::string_view Text(int column) const = 0;
  virtual std::string BlobBytes(int column) const = 0;

  std::string String(int column) const { return std::string(Text(column)); }
  std::optional<std::string> OptionalString(int column) const;
  // The column holds ISO text "YYYY-MM-DD"; Internal when it does not parse.
  Result<CivilDate> Date(int column) const;
  Result<std::optional<CivilDate>> OptionalDate(int column) const;
};

// Called for each row; a non-OK status stops the query and is returned by it.
using RowCallback = std::function<Status(const SqlRow&)>;

enum class TxMode {
  kReadOnly,      // SQLite BEGIN DEFERRED; PostgreSQL REPEATABLE READ READ ONLY (a consistent snapshot)
  kReadWrite,     // SQLite BEGIN IMMEDIATE (takes the write lock up front, so the busy timeout applies);
                  // PostgreSQL SERIALIZABLE (no lost updates; conflicts are retried by SqlDatabase)
  kSchemaChange,  // migrations: SQLite BEGIN IMMEDIATE; PostgreSQL READ COMMITTED, so that the statements
                  // after the migration lock see what the lock's previous holder committed
};

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual Backend backend() const = 0;

  // Runs one statement and streams its rows to `on_row` (may be empty for statements without rows).
  // Statements are prepared once per connection and cached. Params are checked with CheckBindable.
  // `on_row` must not use this connection (PostgreSQL is still streaming the rows): collect, then query.
  Status Query(std::string_view sql, std::span<const SqlValue> params, const RowCallback& on_row);
  Status Query(std::string_view sql, std::initializer_list<SqlValue> params, const RowCallback& on_row) {
    return Query(sql, std::span<const SqlValue>(params.begin(), params.size()), on_row);
  }
  // Runs one statement; returns the number of rows it inserted, updated or deleted.
  Result<int64_t> Execute(std::string_view sql, std::span<const SqlValue> params);
  Result<int64_t> Execute(std::string_view sql, std::initializer_list<SqlValue> params = {}) {
    return Execute(sql, std::span<const SqlValue>(params.begin(), params.size()));
  }
  // The first column of the first row as an integer; nullopt when there is no row or it is NULL.
  Result<std::optional<int64_t>> QueryInt(std::string_view sql, std::span<const SqlValue> params);
  Result<std::optional<int64_t>> QueryInt(std::string_view sql, std::initializer_list<SqlValue> params = {}) {
    return QueryInt(sql, std::span<const SqlValue>(params.begin(), params.size()));
  }
  // The first column of the first row as text; nullopt when there is no row or it is NULL.
  Result<std::optional<std::string>> QueryText(std::string_view sql, std::span<const SqlValue> params);
  Result<std::optional<std::string>> QueryText(std::string_view sql,
                                               std::initializer_list<SqlValue> params = {}) {
    return QueryText(sql, std::span<const SqlValue>(params.begin(), params.size()));
  }

  // Runs several ';'-separated statements without parameters (schema migrations).
  virtual Status ExecuteScript(std::string_view script) = 0;

  virtual Status Begin(TxMode mode) = 0;
  virtual Status Commit() = 0;
  // Rolls back the open transaction, if any; never fails (a connection that cannot roll back is broken()).
  virtual void Rollback() = 0;
  // Forgets prepared statements (after a schema change).
  virtual void ResetStatementCache() = 0;

  // The link to the database is lost or unusable; the pool closes such a connection.
  virtual bool broken() const = 0;
  // Whether a statement failed, since ClearRetryable(), in a way that re-running the whole transaction may
  // cure: SQLite busy/locked, PostgreSQL serialization failure or deadlock.
  bool retryable_failure() const { return retryable_failure_; }
  void ClearRetryable() { retryable_failure_ = false; }

 protected:
  // The backend's statement runner: `sql` has $N placeholders, `params` are checked. Sets *changes (when
  // not null) to the rows changed by an INSERT/UPDATE/DELETE.
  virtual Status Run(std::string_view sql, std::span<const SqlValue> params, const RowCallback& on_row,
                     int64_t* changes) = 0;
  void MarkRetryable() { retryable_failure_ = true; }

 private:
  bool retryable_failure_ = false;
};

}  // namespace motcua::store_internal
