// SqlConnection over one PostgreSQL connection through libpq, with thin RAII owners for PGconn and PGresult.
// Statements are prepared once per connection (named, with the parameters' types) and rows are streamed in
// single-row mode, so a large export does not sit in memory. Used by one thread at a time; not thread-safe.
#pragma once

#include <libpq-fe.h>

#include <memory>
#include <string>
#include <unordered_map>

#include "store/internal/sql.h"

namespace motcua::store_internal {

struct PgConnDeleter {
  void operator()(PGconn* connection) const { PQfinish(connection); }
};
struct PgResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using PgConnPtr = std::unique_ptr<PGconn, PgConnDeleter>;
using PgResultPtr = std::unique_ptr<PGresult, PgResultDeleter>;

class PgConnection final : public SqlConnection {
 public:
  // Connects with `conninfo` (a postgresql:// URL or "key=value ..." string). The client encoding is forced
  // to UTF8; connect_timeout defaults to 10 s. Unavailable when the server cannot be reached.
  static Result<std::unique_ptr<SqlConnection>> Open(const std::string& conninfo);

  Backend backend() const override { return Backend::kPostgres; }
  Status ExecuteScript(std::string_view script) override;
  Status Begin(TxMode mode) override;
  Status Commit() override;
  void Rollback() override;
  void ResetStatementCache() override;
  bool broken() const override;

 protected:
  Status Run(std::string_view sql, std::span<const SqlValue> params, const RowCallback& on_row,
             int64_t* changes) override;

 private:
  struct PreparedStatement {
    std::string name;
    int parameters = 0;
  };

  explicit PgConnection(PgConnPtr connection) : connection_(std::move(connection)) {}
  // Maps a failed result (or a lost connection when `result` is null) to a Status.
  Status ErrorStatus(const PGresult* result, std::string_view context);
  Result<const PreparedStatement*> Prepare(std::string_view sql, std::span<const SqlValue> params);
  // Asks the server to stop a streaming query (after the row callback failed); the caller still reads
  // the remaining results.
  void CancelRunningQuery();

  PgConnPtr connection_;
  std::unordered_map<std::string, PreparedStatement> prepared_;
  int next_statement_ = 0;
  bool unusable_ = false;
};

}  // namespace motcua::store_internal
