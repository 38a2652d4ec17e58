#include "store/internal/sqlite_connection.h"

#include <sqlite3.h>

#include "store/internal/placeholders.h"

namespace motcua::store_internal {
namespace {

// Caps the statement cache; repository SQL is a bounded set of constant strings, so this is a safety net.
constexpr size_t kMaxCachedStatements = 256;

class SqliteRow final : public SqlRow {
 public:
  explicit SqliteRow(sqlite3_stmt* statement) : statement_(statement) {}
  int size() const override { return sqlite3_column_count(statement_); }
  bool IsNull(int column) const override { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }
  int64_t Int(int column) const override { return sqlite3_column_int64(statement_, column); }
  double Double(int column) const override { return sqlite3_column_double(statement_, column); }
  bool Bool(int column) const override { return sqlite3_column_int64(statement_, column) != 0; }
  std::string_view Text(int column) const override {
    const unsigned char* text = sqlite3_column_text(statement_, column);
    if (text == nullptr) return {};
    return std::string_view(reinterpret_cast<const char*>(text),
                            static_cast<size_t>(sqlite3_column_bytes(statement_, column)));
  }
  std::string BlobBytes(int column) const override {
    const void* data = sqlite3_column_blob(statement_, column);
    if (data == nullptr) return {};
    return std::string(static_cast<const char*>(data),
                       static_cast<size_t>(sqlite3_column_bytes(statement_, column)));
  }

 private:
  sqlite3_stmt* statement_;
};

// Resets a statement and drops its bindings when a run ends, whatever the outcome.
class ResetOnExit {
 public:
  explicit ResetOnExit(sqlite3_stmt* statement) : statement_(statement) {}
  ~ResetOnExit() {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
  }
  ResetOnExit(const ResetOnExit&) = delete;
  ResetOnExit& operator=(const ResetOnExit&) = delete;

 private:
  sqlite3_stmt* statement_;
};

}  // namespace

Result<std::unique_ptr<SqlConnection>> SqliteConnection::Open(const std::string& path,
                                                              std::chrono::milliseconds busy_timeout) {
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
#ifdef SQLITE_OPEN_EXRESCODE
  flags |= SQLITE_OPEN_EXRESCODE;
#endif
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string why = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Status::Unavailable(
        "cannot open SQLite database '" + path + "': " + why,
        "Không mở được cơ sở dữ liệu. Kiểm tra đường dẫn và quyền ghi thư mục dữ liệu.");
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, static_cast<int>(busy_timeout.count()));
  std::unique_ptr<SqliteConnection> connection(new SqliteConnection(db));
  // WAL lets readers run beside the writer; FULL syncs the WAL at each commit so a committed dossier survives
  // a power cut; foreign keys are off by default in SQLite and must be enabled on every connection.
  std::optional<std::string> mode;
  MOTCUA_ASSIGN_OR_RETURN(mode, connection->QueryText("PRAGMA journal_mode=WAL"));
  if (!mode || *mode != "wal") {
    return Status::Unavailable(
        "SQLite database '" + path + "' refused WAL mode (got '" + mode.value_or("") + "')",
        "Không mở được cơ sở dữ liệu ở chế độ WAL.");
  }
  MOTCUA_RETURN_IF_ERROR(connection->ExecuteScript(
      "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA trusted_schema=OFF;"));
  std::optional<int64_t> foreign_keys;
  MOTCUA_ASSIGN_OR_RETURN(foreign_keys, connection->QueryInt("PRAGMA foreign_keys"));
  if (foreign_keys.value_or(0) != 1) {
    return Status::Internal("this SQLite build does not enforce foreign keys",
                            "Phiên bản SQLite không hỗ trợ ràng buộc khóa ngoại.");
  }
  return std::unique_ptr<SqlConnection>(std::move(connection));
}

SqliteConnection::~SqliteConnection() {
  ResetStatementCache();
  sqlite3_close_v2(db_);
}

void SqliteConnection::ResetStatementCache() {
  for (auto& [sql, cached] : cache_) sqlite3_finalize(cached.statement);
  cache_.clear();
}

Status SqliteConnection::ErrorStatus(int rc, std::string_view context) {
  const int primary = rc & 0xff;
  std::string log =
      std::string(context) + ": " + sqlite3_errmsg(db_) + " (sqlite " + std::to_string(rc) + ")";
  switch (rc) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return Status::AlreadyExists(std::move(log), "Dữ liệu đã tồn tại.");
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return Status::NotFound(std::move(log), "Dữ liệu liên quan không tồn tại.");
    default:
      break;
  }
  switch (primary) {
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
    case SQLITE_RANGE:
      return Status::InvalidArgument(std::move(log), "Dữ liệu không hợp lệ.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      MarkRetryable();
      return Status::Unavailable(std::move(log), "Cơ sở dữ liệu đang bận, vui lòng thử lại sau.");
    case SQLITE_FULL:
      return Status::Unavailable(std::move(log), "Ổ đĩa chứa cơ sở dữ liệu đã đầy.");
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_READONLY:
      broken_ = true;
      return Status::Unavailable(std::move(log), "Không truy cập được cơ sở dữ liệu.");
    default:
      return Status::Internal(std::move(log), "Lỗi hệ thống khi truy cập cơ sở dữ liệu.");
  }
}

Result<SqliteConnection::CachedStatement*> SqliteConnection::Prepare(std::string_view sql) {
  auto it = cache_.find(std::string(sql));
  if (it != cache_.end()) return &it->second;
  MOTCUA_ASSIGN_OR_RETURN(TranslatedSql translated, TranslatePlaceholders(sql, Backend::kSqlite));
  sqlite3_stmt* statement = nullptr;
  const char* tail = nullptr;
  const int rc = sqlite3_prepare_v3(db_, translated.sql.c_str(), static_cast<int>(translated.sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &statement, &tail);
  if (rc != SQLITE_OK) return ErrorStatus(rc, "prepare '" + std::string(sql.substr(0, 200)) + "'");
  if (statement == nullptr)
    return Status::Internal("empty SQL statement", "Lỗi hệ thống khi truy cập cơ sở dữ liệu.");
  if (tail != nullptr && std::string_view(tail).find_first_not_of(" \t\r\n;") != std::string_view::npos) {
    sqlite3_finalize(statement);
    return Status::Internal("Query/Execute take one statement: " + std::string(sql.substr(0, 200)),
                            "Lỗi hệ thống khi truy cập cơ sở dữ liệu.");
  }
  if (cache_.size() >= kMaxCachedStatements) ResetStatementCache();
  auto [inserted, unused] =
      cache_.emplace(std::string(sql), CachedStatement{statement, translated.parameters});
  return &inserted->second;
}

Status SqliteConnection::Run(std::string_view sql, std::span<const SqlValue> params,
                             const RowCallback& on_row, int64_t* changes) {
  MOTCUA_ASSIGN_OR_RETURN(CachedStatement * cached, Prepare(sql));
  if (static_cast<size_t>(cached->parameters) != params.size()) {
    return Status::Internal("statement uses " + std::to_string(cached->parameters) + " parameters but " +
                                std::to_string(params.size()) +
                                " were given: " + std::string(sql.substr(0, 200)),
                            "Lỗi hệ thống khi truy cập cơ sở dữ liệu.");
  }
  sqlite3_stmt* statement = cached->statement;
  ResetOnExit reset(statement);
  for (size_t i = 0; i < params.size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    const SqlValue& value = params[i];
    int rc = SQLITE_OK;
    switch (value.type()) {
      case SqlValue::Type::kNull:
        rc = sqlite3_bind_null(statement, index);
        break;
      case SqlValue::Type::kInt:
        rc = sqlite3_bind_int64(statement, index, value.int_value());
        break;
      case SqlValue::Type::kDouble:
        rc = sqlite3_bind_double(statement, index, value.double_value());
        break;
      case SqlValue::Type::kBool:
        rc = sqlite3_bind_int64(statement, index, value.bool_value() ? 1 : 0);
        break;
      case SqlValue::Type::kText:
        // SQLITE_STATIC: `params` outlives the statement's use; ResetOnExit clears the bindings.
        rc = sqlite3_bind_text64(statement, index, value.text().data(), value.text().size(), SQLITE_STATIC,
                                 SQLITE_UTF8);
        break;
      case SqlValue::Type::kBlob:
        rc = sqlite3_bind_blob64(statement, index, value.blob().data(), value.blob().size(), SQLITE_STATIC);
        break;
    }
    if (rc != SQLITE_OK) return ErrorStatus(rc, "bind $" + std::to_string(index));
  }
  SqliteRow row(statement);
  while (true) {
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW) {
      if (on_row) MOTCUA_RETURN_IF_ERROR(on_row(row));
      continue;
    }
    if (rc == SQLITE_DONE) break;
    return ErrorStatus(rc, "run '" + std::string(sql.substr(0, 200)) + "'");
  }
  if (changes != nullptr) *changes = sqlite3_changes64(db_);
  return Status::Ok();
}

Status SqliteConnection::ExecuteScript(std::string_view script) {
  const std::string text(script);
  const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return ErrorStatus(rc, "script '" + text.substr(0, 200) + "'");
  return Status::Ok();
}

Status SqliteConnection::Begin(TxMode mode) {
  return ExecuteScript(mode == TxMode::kReadOnly ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE");
}

Status SqliteConnection::Commit() { return ExecuteScript("COMMIT"); }

void SqliteConnection::Rollback() {
  // Some errors (a full disk, I/O) end the transaction by themselves; ROLLBACK would then fail.
  if (sqlite3_get_autocommit(db_)) return;
  if (sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr) != SQLITE_OK) broken_ = true;
}

}  // namespace motcua::store_internal
