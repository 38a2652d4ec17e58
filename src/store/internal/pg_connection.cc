#include "store/internal/pg_connection.h"

#include <charconv>
#include <cstring>
#include <vector>

#include "store/internal/placeholders.h"

namespace motcua::store_internal {
namespace {

// Type OIDs from PostgreSQL's catalog/pg_type.h (stable across versions); the server headers are not a
// build dependency.
constexpr Oid kUnknownOid = 0;
constexpr Oid kBoolOid = 16;
constexpr Oid kByteaOid = 17;
constexpr Oid kInt8Oid = 20;
constexpr Oid kTextOid = 25;
constexpr Oid kFloat8Oid = 701;

constexpr size_t kMaxPreparedStatements = 256;
constexpr int kMinServerVersion = 120000;

const char kInternalVi[] = "Lỗi hệ thống khi truy cập cơ sở dữ liệu.";
const char kLostVi[] = "Mất kết nối tới máy chủ cơ sở dữ liệu, vui lòng thử lại sau.";

std::string Trimmed(const char* text) {
  std::string out = text != nullptr ? text : "";
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

class PgRow final : public SqlRow {
 public:
  PgRow(const PGresult* result, int row) : result_(result), row_(row) {}
  int size() const override { return PQnfields(result_); }
  bool IsNull(int column) const override { return PQgetisnull(result_, row_, column) != 0; }
  std::string_view Text(int column) const override {
    return std::string_view(PQgetvalue(result_, row_, column),
                            static_cast<size_t>(PQgetlength(result_, row_, column)));
  }
  int64_t Int(int column) const override {
    const std::string_view text = Text(column);
    if (text == "t") return 1;
    if (text == "f") return 0;
    int64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
  }
  double Double(int column) const override {
    const std::string_view text = Text(column);
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
  }
  bool Bool(int column) const override {
    const std::string_view text = Text(column);
    return text == "t" || text == "true" || (!text.empty() && text != "0" && text != "f" && text != "false");
  }
  std::string BlobBytes(int column) const override {
    if (IsNull(column)) return {};
    size_t length = 0;
    unsigned char* bytes =
        PQunescapeBytea(reinterpret_cast<const unsigned char*>(PQgetvalue(result_, row_, column)), &length);
    if (bytes == nullptr) return {};
    std::string out(reinterpret_cast<const char*>(bytes), length);
    PQfreemem(bytes);
    return out;
  }

 private:
  const PGresult* result_;
  int row_;
};

Oid TypeOid(SqlValue::Type type) {
  switch (type) {
    case SqlValue::Type::kNull:
      return kUnknownOid;
    case SqlValue::Type::kInt:
      return kInt8Oid;
    case SqlValue::Type::kDouble:
      return kFloat8Oid;
    case SqlValue::Type::kText:
      return kTextOid;
    case SqlValue::Type::kBool:
      return kBoolOid;
    case SqlValue::Type::kBlob:
      return kByteaOid;
  }
  return kUnknownOid;
}

char TypeLetter(SqlValue::Type type) { return "nidtby"[static_cast<int>(type)]; }

void IgnoreNotice(void* /*arg*/, const char* /*message*/) {}

}  // namespace

Result<std::unique_ptr<SqlConnection>> PgConnection::Open(const std::string& conninfo) {
  // Reject a malformed conninfo as bad input rather than as an unreachable server.
  char* parse_error = nullptr;
  PQconninfoOption* parsed = PQconninfoParse(conninfo.c_str(), &parse_error);
  if (parsed == nullptr) {
    std::string why = parse_error != nullptr ? Trimmed(parse_error) : "out of memory";
    if (parse_error != nullptr) PQfreemem(parse_error);
    return Status::InvalidArgument("bad PostgreSQL connection string: " + why,
                                   "Chuỗi kết nối PostgreSQL không hợp lệ.");
  }
  PQconninfoFree(parsed);

  // Later keywords override earlier ones: the caller's conninfo may set connect_timeout, never the encoding.
  const char* keys[] = {"connect_timeout", "fallback_application_name", "dbname", "client_encoding", nullptr};
  const char* values[] = {"10", "motcua", conninfo.c_str(), "UTF8", nullptr};
  PgConnPtr connection(PQconnectdbParams(keys, values, /*expand_dbname=*/1));
  if (connection == nullptr || PQstatus(connection.get()) != CONNECTION_OK) {
    std::string why = connection != nullptr ? Trimmed(PQerrorMessage(connection.get())) : "out of memory";
    return Status::Unavailable("cannot connect to PostgreSQL: " + why,
                               "Không kết nối được tới máy chủ cơ sở dữ liệu PostgreSQL.");
  }
  if (PQserverVersion(connection.get()) < kMinServerVersion) {
    return Status::Unavailable("PostgreSQL server version " +
                                   std::to_string(PQserverVersion(connection.get())) + " is older than 12",
                               "Máy chủ PostgreSQL quá cũ (cần phiên bản 12 trở lên).");
  }
  // Notices (e.g. "relation already exists, skipping") are expected and not worth stderr noise.
  PQsetNoticeProcessor(connection.get(), IgnoreNotice, nullptr);
  return std::unique_ptr<SqlConnection>(new PgConnection(std::move(connection)));
}

bool PgConnection::broken() const { return unusable_ || PQstatus(connection_.get()) != CONNECTION_OK; }

Status PgConnection::ErrorStatus(const PGresult* result, std::string_view context) {
  if (result == nullptr || PQstatus(connection_.get()) != CONNECTION_OK) {
    return Status::Unavailable(std::string(context) + ": " + Trimmed(PQerrorMessage(connection_.get())),
                               kLostVi);
  }
  const char* state_field = PQresultErrorField(result, PG_DIAG_SQLSTATE);
  const std::string state = state_field != nullptr ? state_field : "";
  std::string log =
      std::string(context) + ": " + Trimmed(PQresultErrorMessage(result)) + " (SQLSTATE " + state + ")";
  const std::string_view error_class = std::string_view(state).substr(0, 2);
  if (state == "23505") return Status::AlreadyExists(std::move(log), "Dữ liệu đã tồn tại.");
  if (state == "23503") return Status::NotFound(std::move(log), "Dữ liệu liên quan không tồn tại.");
  if (error_class == "23" || error_class == "22") {
    return Status::InvalidArgument(std::move(log), "Dữ liệu không hợp lệ.");
  }
  if (state == "40001" || state == "40P01") {
    MarkRetryable();
    return Status::Unavailable(std::move(log), "Cơ sở dữ liệu đang bận, vui lòng thử lại sau.");
  }
  if (error_class == "08" || error_class == "53" || error_class == "57") {
    return Status::Unavailable(std::move(log), kLostVi);
  }
  return Status::Internal(std::move(log), kInternalVi);
}

void PgConnection::ResetStatementCache() {
  if (!prepared_.empty() && !broken()) {
    PgResultPtr result(PQexec(connection_.get(), "DEALLOCATE ALL"));
  }
  prepared_.clear();
}

Result<const PgConnection::PreparedStatement*> PgConnection::Prepare(std::string_view sql,
                                                                     std::span<const SqlValue> params) {
  // A statement is prepared with its parameters' types, so the key holds them too.
  std::string key(sql);
  key.push_back('\x1f');
  for (const SqlValue& value : params) key.push_back(TypeLetter(value.type()));
  auto it = prepared_.find(key);
  if (it != prepared_.end()) return &it->second;

  MOTCUA_ASSIGN_OR_RETURN(TranslatedSql translated, TranslatePlaceholders(sql, Backend::kPostgres));
  if (static_cast<size_t>(translated.parameters) != params.size()) {
    return Status::Internal("statement uses " + std::to_string(translated.parameters) + " parameters but " +
                                std::to_string(params.size()) +
                                " were given: " + std::string(sql.substr(0, 200)),
                            kInternalVi);
  }
  if (prepared_.size() >= kMaxPreparedStatements) ResetStatementCache();
  std::vector<Oid> types;
  types.reserve(params.size());
  for (const SqlValue& value : params) types.push_back(TypeOid(value.type()));
  PreparedStatement statement{"motcua_" + std::to_string(next_statement_++), translated.parameters};
  PgResultPtr result(PQprepare(connection_.get(), statement.name.c_str(), translated.sql.c_str(),
                               static_cast<int>(types.size()), types.data()));
  if (result == nullptr || PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
    return ErrorStatus(result.get(), "prepare '" + std::string(sql.substr(0, 200)) + "'");
  }
  auto [inserted, unused] = prepared_.emplace(std::move(key), std::move(statement));
  return &inserted->second;
}

void PgConnection::CancelRunningQuery() {
  PGcancel* cancel = PQgetCancel(connection_.get());
  if (cancel != nullptr) {
    char error[256];
    PQcancel(cancel, error, sizeof(error));
    PQfreeCancel(cancel);
  }
}

Status PgConnection::Run(std::string_view sql, std::span<const SqlValue> params, const RowCallback& on_row,
                         int64_t* changes) {
  MOTCUA_ASSIGN_OR_RETURN(const PreparedStatement* statement, Prepare(sql, params));
  const size_t count = params.size();
  std::vector<std::string> storage(count);
  std::vector<const char*> values(count, nullptr);
  std::vector<int> lengths(count, 0);
  std::vector<int> formats(count, 0);
  for (size_t i = 0; i < count; ++i) {
    const SqlValue& value = params[i];
    switch (value.type()) {
      case SqlValue::Type::kNull:
        break;
      case SqlValue::Type::kInt:
        storage[i] = std::to_string(value.int_value());
        values[i] = storage[i].c_str();
        break;
      case SqlValue::Type::kDouble: {
        char buffer[64];
        auto [end, ec] = std::to_chars(buffer, buffer + sizeof(buffer), value.double_value());
        storage[i].assign(buffer, ec == std::errc() ? end : buffer);
        values[i] = storage[i].c_str();
        break;
      }
      case SqlValue::Type::kBool:
        values[i] = value.bool_value() ? "t" : "f";
        break;
      case SqlValue::Type::kText:
        values[i] = value.text().c_str();
        break;
      case SqlValue::Type::kBlob:
        values[i] = value.blob().data();
        lengths[i] = static_cast<int>(value.blob().size());
        formats[i] = 1;  // binary: the bytes as they are
        break;
    }
  }
  if (PQsendQueryPrepared(connection_.get(), statement->name.c_str(), static_cast<int>(count), values.data(),
                          lengths.data(), formats.data(), /*resultFormat=*/0) == 0) {
    return ErrorStatus(nullptr, "send '" + std::string(sql.substr(0, 200)) + "'");
  }
  PQsetSingleRowMode(connection_.get());
  Status status;
  bool stopped = false;
  while (PGresult* raw = PQgetResult(connection_.get())) {
    PgResultPtr result(raw);
    switch (PQresultStatus(result.get())) {
      case PGRES_SINGLE_TUPLE:
        if (status.ok() && on_row) {
          PgRow row(result.get(), 0);
          status = on_row(row);
          if (!status.ok() && !stopped) {
            CancelRunningQuery();  // the remaining results are read and dropped below
            stopped = true;
          }
        }
        break;
      case PGRES_TUPLES_OK:
        break;
      case PGRES_COMMAND_OK:
        if (changes != nullptr) {
          const char* tuples = PQcmdTuples(result.get());
          int64_t n = 0;
          std::from_chars(tuples, tuples + std::strlen(tuples), n);
          *changes = n;
        }
        break;
      default:
        if (status.ok()) status = ErrorStatus(result.get(), "run '" + std::string(sql.substr(0, 200)) + "'");
        break;
    }
  }
  if (status.ok() && broken()) status = ErrorStatus(nullptr, "run '" + std::string(sql.substr(0, 200)) + "'");
  return status;
}

Status PgConnection::ExecuteScript(std::string_view script) {
  const std::string text(script);
  PgResultPtr result(PQexec(connection_.get(), text.c_str()));
  const ExecStatusType status = result != nullptr ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    return ErrorStatus(result.get(), "script '" + text.substr(0, 200) + "'");
  }
  return Status::Ok();
}

Status PgConnection::Begin(TxMode mode) {
  switch (mode) {
    case TxMode::kReadOnly:
      return ExecuteScript("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    case TxMode::kReadWrite:
      return ExecuteScript("BEGIN ISOLATION LEVEL SERIALIZABLE");
    case TxMode::kSchemaChange:
      return ExecuteScript("BEGIN ISOLATION LEVEL READ COMMITTED");
  }
  return Status::Internal("unknown transaction mode", kInternalVi);
}

Status PgConnection::Commit() {
  if (PQtransactionStatus(connection_.get()) == PQTRANS_INERROR) {
    return Status::Internal("commit of a transaction that already failed", kInternalVi);
  }
  PgResultPtr result(PQexec(connection_.get(), "COMMIT"));
  if (result == nullptr || PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
    return ErrorStatus(result.get(), "commit");
  }
  // A COMMIT that the server turned into a ROLLBACK did not commit.
  if (std::string_view(PQcmdStatus(result.get())) != "COMMIT") {
    return Status::Internal(std::string("commit ended as ") + PQcmdStatus(result.get()), kInternalVi);
  }
  return Status::Ok();
}

void PgConnection::Rollback() {
  switch (PQtransactionStatus(connection_.get())) {
    case PQTRANS_IDLE:
      return;
    case PQTRANS_INTRANS:
    case PQTRANS_INERROR: {
      PgResultPtr result(PQexec(connection_.get(), "ROLLBACK"));
      if (result == nullptr || PQresultStatus(result.get()) != PGRES_COMMAND_OK) unusable_ = true;
      return;
    }
    default:
      // Busy or unknown: the link is unusable for a new transaction.
      unusable_ = true;
      return;
  }
}

}  // namespace motcua::store_internal
