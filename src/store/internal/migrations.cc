#include "store/internal/migrations.h"

#include <cstdio>

#include "base/civil_time.h"

namespace motcua::store_internal {
namespace {

// The SQL of the migration machinery itself, one block per backend.
struct MigrationDialect {
  std::string_view create_table;  // schema_migrations, if missing
  std::string_view lock;          // serialises concurrent Migrate() calls; "" when BEGIN already does
  std::string_view table_exists;  // one row when schema_migrations exists
};

constexpr MigrationDialect kSqliteDialect{
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, "
    "checksum TEXT NOT NULL, applied_at INTEGER NOT NULL) STRICT",
    // BEGIN IMMEDIATE already holds the database's single write lock.
    "",
    "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'",
};

constexpr MigrationDialect kPostgresDialect{
    "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT NOT NULL PRIMARY KEY, name TEXT NOT NULL, "
    "checksum TEXT NOT NULL, applied_at BIGINT NOT NULL)",
    // Two processes creating schema_migrations at once would collide even with IF NOT EXISTS. The key is
    // arbitrary but fixed ("MC" + 1).
    "SELECT pg_advisory_xact_lock(77671)",
    "SELECT 1 WHERE to_regclass('schema_migrations') IS NOT NULL",
};

const MigrationDialect& DialectFor(Backend backend) {
  return backend == Backend::kSqlite ? kSqliteDialect : kPostgresDialect;
}

std::string Fnv1a64(std::string_view text) {
  uint64_t hash = 14695981039346656037ULL;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof(buffer), "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

Status BadMigrationList(std::string why) {
  return Status::Internal("embedded migrations: " + std::move(why),
                          "Lỗi hệ thống: bộ chuyển đổi lược đồ không hợp lệ.");
}

Status CheckApplied(const std::vector<Migration>& migrations, int version, std::string_view checksum) {
  const int latest = static_cast<int>(migrations.size());
  if (version > latest) {
    return Status::FailedPrecondition(
        "database schema version " + std::to_string(version) + " is newer than this binary knows (" +
            std::to_string(latest) + "); upgrade motcua",
        "Cơ sở dữ liệu thuộc một phiên bản MotCua mới hơn (lược đồ " + std::to_string(version) +
            ", bản này chỉ biết đến " + std::to_string(latest) + "). Vui lòng nâng cấp MotCua.");
  }
  if (version < 1) return BadMigrationList("schema_migrations holds version " + std::to_string(version));
  const Migration& known = migrations[static_cast<size_t>(version) - 1];
  if (known.checksum != checksum) {
    return Status::FailedPrecondition("migration " + known.name +
                                          " differs from the one applied to this database (checksum " +
                                          std::string(checksum) + ", binary has " + known.checksum + ")",
                                      "Lược đồ cơ sở dữ liệu không khớp với phiên bản MotCua này.");
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<Migration>> ParseMigrations(std::span<const MigrationSource> sources) {
  std::vector<Migration> migrations;
  for (const MigrationSource& source : sources) {
    const std::string_view file = source.file_name;
    size_t digits = 0;
    while (digits < file.size() && file[digits] >= '0' && file[digits] <= '9') ++digits;
    if (digits == 0 || digits > 6 || file.size() <= digits + 4 || file.substr(file.size() - 4) != ".sql") {
      return BadMigrationList("file name '" + std::string(file) + "' is not NNNN_name.sql");
    }
    Migration migration;
    migration.version = std::stoi(std::string(file.substr(0, digits)));
    migration.name = std::string(file.substr(0, file.size() - 4));
    migration.sql = source.sql;
    migration.checksum = Fnv1a64(source.sql);
    if (migration.version != static_cast<int>(migrations.size()) + 1) {
      return BadMigrationList("'" + std::string(file) + "' should be version " +
                              std::to_string(migrations.size() + 1));
    }
    migrations.push_back(std::move(migration));
  }
  if (migrations.empty()) return BadMigrationList("none");
  return migrations;
}

Result<std::vector<Migration>> MigrationsFor(Backend backend) {
  return ParseMigrations(EmbeddedMigrationSources(backend));
}

int LatestSchemaVersion() {
  auto migrations = MigrationsFor(Backend::kSqlite);
  return migrations.ok() ? static_cast<int>(migrations->size()) : 0;
}

Status RunMigrations(SqlDatabase& database) {
  MOTCUA_ASSIGN_OR_RETURN(std::vector<Migration> migrations, MigrationsFor(database.backend()));
  return RunMigrations(database, migrations);
}

Status RunMigrations(SqlDatabase& database, const std::vector<Migration>& migrations) {
  const MigrationDialect& dialect = DialectFor(database.backend());
  return database.InTransaction(TxMode::kSchemaChange, [&](SqlConnection& connection) -> Status {
    if (!dialect.lock.empty()) MOTCUA_RETURN_IF_ERROR(connection.Query(dialect.lock, {}, RowCallback()));
    MOTCUA_RETURN_IF_ERROR(connection.ExecuteScript(dialect.create_table));
    struct Applied {
      int version;
      std::string checksum;
    };
    std::vector<Applied> applied;
    MOTCUA_RETURN_IF_ERROR(connection.Query(
        "SELECT version, checksum FROM schema_migrations ORDER BY version", {}, [&](const SqlRow& row) {
          applied.push_back({static_cast<int>(row.Int(0)), row.String(1)});
          return Status::Ok();
        }));
    int current = 0;
    for (const Applied& row : applied) {
      MOTCUA_RETURN_IF_ERROR(CheckApplied(migrations, row.version, row.checksum));
      if (row.version != current + 1) {
        return Status::FailedPrecondition("schema_migrations lacks version " + std::to_string(current + 1),
                                          "Lược đồ cơ sở dữ liệu không khớp với phiên bản MotCua này.");
      }
      current = row.version;
    }
    bool changed = false;
    for (size_t i = static_cast<size_t>(current); i < migrations.size(); ++i) {
      const Migration& migration = migrations[i];
      Status status = connection.ExecuteScript(migration.sql);
      if (!status.ok()) {
        return Status::Internal("migration " + migration.name + " failed: " + status.message(),
                                "Không cập nhật được lược đồ cơ sở dữ liệu.");
      }
      MOTCUA_RETURN_IF_ERROR(
          connection
              .Execute("INSERT INTO schema_migrations (version, name, checksum, applied_at) "
                       "VALUES ($1, $2, $3, $4)",
                       {migration.version, migration.name, migration.checksum, Now().unix_seconds})
              .status());
      changed = true;
    }
    if (changed) connection.ResetStatementCache();
    return Status::Ok();
  });
}

Result<int> AppliedSchemaVersion(SqlDatabase& database) {
  const MigrationDialect& dialect = DialectFor(database.backend());
  int version = 0;
  MOTCUA_RETURN_IF_ERROR(database.InTransaction(TxMode::kReadOnly, [&](SqlConnection& connection) -> Status {
    version = 0;
    MOTCUA_ASSIGN_OR_RETURN(std::optional<int64_t> exists, connection.QueryInt(dialect.table_exists));
    if (!exists) return Status::Ok();
    MOTCUA_ASSIGN_OR_RETURN(std::optional<int64_t> max,
                            connection.QueryInt("SELECT max(version) FROM schema_migrations"));
    version = static_cast<int>(max.value_or(0));
    return Status::Ok();
  }));
  return version;
}

}  // namespace motcua::store_internal
