// Versioned schema migrations. Each backend has its own SQL files,
// src/store/migrations/<backend>/NNNN_name.sql (compiled in by embed_migrations.cmake); version N means the
// same logical schema on both backends. The applied versions are rows of schema_migrations (version, name,
// checksum, applied_at). Thread-safe.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "store/internal/database.h"
#include "store/internal/sql.h"

namespace motcua::store_internal {

struct MigrationSource {
  std::string_view file_name;  // "0001_init.sql"
  std::string_view sql;
};

// The SQL files of `backend`, sorted by name (generated source).
std::span<const MigrationSource> EmbeddedMigrationSources(Backend backend);

struct Migration {
  int version = 0;   // from the file name's number
  std::string name;  // the file name without ".sql"
  std::string_view sql;
  std::string checksum;  // FNV-1a 64 of the SQL, hex: detects a migration edited after it was applied
};

// The migrations of `backend`, checked: numbered 1..N without gaps. Internal on a malformed list.
Result<std::vector<Migration>> ParseMigrations(std::span<const MigrationSource> sources);
Result<std::vector<Migration>> MigrationsFor(Backend backend);
// The newest version the binary knows (the same for both backends; a test checks it).
int LatestSchemaVersion();

// Applies the pending migrations in one read-write transaction, after taking a lock that serialises
// concurrent callers. FailedPrecondition, with nothing changed, when the database holds a version newer than
// the binary's or a migration whose checksum differs.
Status RunMigrations(SqlDatabase& database);
// Same as RunMigrations with an explicit list (tests use it to simulate an older or newer binary).
Status RunMigrations(SqlDatabase& database, const std::vector<Migration>& migrations);
// The highest applied version; 0 when schema_migrations does not exist yet.
Result<int> AppliedSchemaVersion(SqlDatabase& database);

}  // namespace motcua::store_internal
