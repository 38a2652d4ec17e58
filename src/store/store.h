// Store: MotCua's persistent state behind one interface, on SQLite (one file, the default) or PostgreSQL
// (a province's shared server). Nothing backend-specific is visible here: callers get the same behaviour,
// the same Status codes and the same Vietnamese messages from both.
//
// Every method runs in its own transaction and either succeeds completely or changes nothing. Failures are
// Status values: bad input InvalidArgument, a duplicate AlreadyExists, a missing record NotFound, a database
// that cannot be reached or stays busy Unavailable, a schema newer than this binary FailedPrecondition.
// Thread-safe: one Store is shared by all threads of the process (it holds a connection pool).
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_time.h"
#include "base/result.h"
#include "catalog/procedure.h"
#include "store/records.h"

namespace motcua {

class Store {
 public:
  virtual ~Store() = default;

  // "sqlite" or "postgresql", for logs.
  virtual std::string_view backend_name() const = 0;

  // Schema. Migrate() brings the schema to the newest version this binary knows, in one transaction; it is
  // idempotent and safe to run from several processes at once. It refuses (FailedPrecondition) a database
  // whose schema is newer than the binary, or whose applied migrations differ from the binary's.
  virtual Status Migrate() = 0;
  // The applied schema version; 0 for an empty database.
  virtual Result<int> SchemaVersion() = 0;
  // The newest schema version this binary knows.
  virtual int LatestSchemaVersion() const = 0;

  // Units. AddUnit: AlreadyExists for a taken code, NotFound for a missing parent, InvalidArgument for a
  // malformed code, an empty name or effective_to before effective_from.
  virtual Status AddUnit(const Unit& unit) = 0;
  virtual Result<Unit> GetUnit(std::string_view code) = 0;  // NotFound when absent
  // NotFound when filter.parent_code names no unit.
  virtual Result<std::vector<Unit>> ListUnits(const UnitFilter& filter) = 0;
  // Replaces the unit's settings (office hours, day-off overrides). NotFound when absent.
  virtual Status UpdateUnitSettings(std::string_view code, const UnitSettings& settings) = 0;

  // The procedure catalogue. ReplaceCatalog makes the stored catalogue exactly `fields` + `procedures` (each
  // procedure one version, keyed by code and effective_from) in one transaction. InvalidArgument, and nothing
  // changed, for an empty code or name, a duplicate field, a procedure of an unknown field, a procedure whose
  // JSON form does not read back, or two versions of a code whose effective periods overlap.
  virtual Status ReplaceCatalog(const std::vector<Field>& fields,
                                const std::vector<Procedure>& procedures) = 0;
  virtual Result<std::vector<Field>> ListFields() = 0;  // ordered by code
  virtual Result<std::vector<Procedure>> ListProcedures(const ProcedureFilter& filter) = 0;
  // How many versions match `filter` (its limit and offset are ignored).
  virtual Result<int64_t> CountProcedures(const ProcedureFilter& filter) = 0;
  // The version of `code` in force on `date`; NotFound when there is none.
  virtual Result<Procedure> GetProcedure(std::string_view code, CivilDate date) = 0;

  // Deployment settings: text values under keys like "header.unit_name" (lowercase ASCII letters, digits,
  // '_' and '.', starting with a letter, at most 64 bytes). GetSetting: NotFound when unset.
  virtual Result<std::string> GetSetting(std::string_view key) = 0;
  virtual Status SetSetting(std::string_view key, std::string_view value) = 0;
};

struct StoreOptions {
  // Connections kept open; at most this many transactions run at once (more wait for a free connection).
  int pool_size = 8;
  // How long a transaction waits for a free connection before Unavailable.
  std::chrono::milliseconds acquire_timeout{10'000};
  // SQLite: how long a statement waits for another connection's write lock before it reports busy.
  std::chrono::milliseconds busy_timeout{5'000};
  // How many times a transaction is re-run after a busy database, a serialization failure or a deadlock,
  // and how long it keeps trying in all before Unavailable.
  int max_retries = 30;
  std::chrono::milliseconds retry_deadline{30'000};
};

// Opens the store at `url` without changing its schema (call Migrate()):
//   "sqlite:/path/to/motcua.db"   a SQLite file, created when missing with mode 0600 (its folder must exist);
//   "postgresql://user@host/db", "postgres://...", or a libpq conninfo such as "host=/tmp/x dbname=y".
// InvalidArgument for an unrecognised url, Unavailable when the database cannot be opened or reached.
Result<std::unique_ptr<Store>> OpenStore(std::string_view url, const StoreOptions& options = {});

}  // namespace motcua
