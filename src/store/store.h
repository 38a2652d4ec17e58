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
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/civil_time.h"
#include "base/result.h"
#include "catalog/procedure.h"
#include "store/account_records.h"
#include "store/dossier_records.h"
#include "store/feedback_records.h"
#include "store/records.h"
#include "store/report_records.h"

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

  // ---- Accounts (store/internal/sql_store_accounts.cc) ----
  // AddUser returns the new id. InvalidArgument for a malformed username (auth/username.h), an empty role
  // list or a missing unit (NotFound); AlreadyExists for a taken username (compared case-insensitively).
  virtual Result<int64_t> AddUser(const User& user) = 0;
  virtual Result<User> GetUser(std::string_view username) = 0;  // NotFound when absent
  virtual Result<User> GetUserById(int64_t id) = 0;             // NotFound when absent
  virtual Result<std::vector<User>> ListUsers(const UserFilter& filter) = 0;
  // These three change the account and end all its sessions (a password, role or status change must
  // sign the user out everywhere). NotFound when absent.
  virtual Status SetUserPassword(std::string_view username, std::string_view password_hash, Instant now) = 0;
  virtual Status SetUserDisabled(std::string_view username, bool disabled, Instant now) = 0;
  virtual Status SetUserRoles(std::string_view username, const std::vector<Role>& roles,
                              const std::vector<std::string>& fields, Instant now) = 0;

  // Sessions. GetSession: NotFound when absent (logged out, expired and purged, or never existed).
  virtual Status CreateSession(const SessionRecord& session) = 0;
  virtual Result<SessionRecord> GetSession(std::string_view token_hash) = 0;
  virtual Status TouchSession(std::string_view token_hash, Instant last_seen_at) = 0;
  virtual Status DeleteSession(std::string_view token_hash) = 0;  // OK when already absent
  // Deletes sessions idle since before `idle_before` or created before `created_before`; returns how many.
  virtual Result<int64_t> PurgeSessions(Instant idle_before, Instant created_before) = 0;

  // API tokens. AddApiToken: AlreadyExists for a taken key id, NotFound for a missing user.
  virtual Status AddApiToken(const ApiTokenRow& token) = 0;
  virtual Result<ApiTokenRow> GetApiToken(std::string_view key_id) = 0;  // NotFound when absent
  virtual Result<std::vector<ApiTokenRow>> ListApiTokens(int64_t user_id) = 0;
  // Keeps the first revocation time; NotFound when absent.
  virtual Status RevokeApiToken(std::string_view key_id, Instant now) = 0;

  // ---- Dossiers (store/internal/sql_store_dossiers.cc) ----
  // Builders run inside the store's transaction and may run more than once (after a retried conflict), so
  // they must be pure: the dossier engine's Apply/Replay.
  using NewDossierBuilder = std::function<Result<DossierWrite>(const std::string& code)>;
  using DossierUpdater = std::function<Result<DossierWrite>(std::span<const StoredEvent> history)>;

  // Intake: takes the next number of (unit, day), forms the code "<unit>-YYMMDD-XXXX" and writes what
  // `build(code)` returns, all in one transaction: numbers never repeat and never skip, even when many
  // desks receive at once. NotFound for an unknown unit; ResourceExhausted after 9999 in one day.
  virtual Result<Dossier> CreateDossier(std::string_view unit_code, CivilDate day,
                                        const NewDossierBuilder& build) = 0;
  // Reads the dossier's journal and writes what `update(history)` returns, in one transaction that holds the
  // dossier against concurrent changes. NotFound when absent.
  virtual Result<Dossier> UpdateDossier(std::string_view code, const DossierUpdater& update) = 0;
  // Writes dossiers whose codes are already given (an import of history) and creates `new_users` first, all
  // in one transaction: every write or none. Each code's (unit, day) sequence is raised to at least its
  // number. AlreadyExists when a code is taken.
  virtual Status ImportDossiers(std::span<const User> new_users, std::span<const DossierWrite> writes) = 0;
  virtual Result<DossierSummary> GetDossierSummary(std::string_view code) = 0;  // NotFound when absent
  virtual Result<std::vector<StoredEvent>> GetDossierHistory(std::string_view code) = 0;  // NotFound
  virtual Result<DossierPage> ListDossiers(const DossierFilter& filter) = 0;

  // Uploaded files. AddFile records a file whose bytes are already in the vault; OK when the same sha256 is
  // recorded already (the first record is kept). GetFile: NotFound when absent.
  virtual Status AddFile(const FileRecord& file) = 0;
  virtual Result<FileRecord> GetFile(std::string_view sha256) = 0;

  // ---- Citizen feedback, PAKN (store/internal/sql_store_feedback.cc; docs/feedback.md) ----
  // Builders and updaters run inside the store's transaction and may run more than once (after a retried
  // conflict), so they must be pure. Every write is checked: replaying the stored intake and steps must give
  // exactly the Feedback the caller returned (Internal otherwise, nothing written).
  using NewFeedbackBuilder = std::function<Result<NewFeedback>(const std::string& code)>;
  using FeedbackUpdater = std::function<Result<FeedbackWrite>(const FeedbackRecord& record)>;

  // Intake: takes the next number of (unit, day), forms the tracking code "<unit>-PA-YYMMDD-XXXX"
  // (dossier/feedback_code.h) and writes what `build(code)` returns, in one transaction: numbers never
  // repeat and never skip. NotFound for an unknown unit; ResourceExhausted after 9999 in one day.
  virtual Result<Feedback> CreateFeedback(std::string_view unit_code, CivilDate day,
                                          const NewFeedbackBuilder& build) = 0;
  // Reads the record and appends the steps `update(record)` returns, rewriting the current row, in one
  // transaction that holds the feedback against concurrent changes. NotFound when absent.
  virtual Result<Feedback> UpdateFeedback(std::string_view code, const FeedbackUpdater& update) = 0;
  // The whole record (intake, due time, secret hash, journal); NotFound when absent.
  virtual Result<FeedbackRecord> GetFeedback(std::string_view code) = 0;
  virtual Result<FeedbackSummary> GetFeedbackSummary(std::string_view code) = 0;  // NotFound when absent
  virtual Result<FeedbackPage> ListFeedback(const FeedbackFilter& filter) = 0;

  // ---- Reports (store/internal/sql_store_reports.cc; store/report_records.h; docs/reports.md) ----
  // Streams journals as they stood at an instant, one record per callback, from one read-only transaction
  // (one consistent snapshot), with one query over the journal joined to its current rows (no query per
  // record). Each record is delivered at most once: a scan interrupted after it started delivering (a lost
  // connection) fails with Unavailable instead of starting over. InvalidArgument without a unit.
  virtual Status ScanDossierHistories(const DossierHistoryScan& scan,
                                      const DossierHistoryCallback& visit) = 0;
  virtual Status ScanFeedbackRecords(const FeedbackRecordScan& scan, const FeedbackRecordCallback& visit) = 0;
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
