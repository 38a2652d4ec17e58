// SqlStore: the Store (store/store.h) written once over SqlDatabase; each method is one transaction around
// repository functions. Backend differences live below it (connections, migrations). Thread-safe.
#pragma once

#include <memory>

#include "store/internal/database.h"
#include "store/store.h"

namespace motcua::store_internal {

class SqlStore final : public Store {
 public:
  explicit SqlStore(std::unique_ptr<SqlDatabase> database) : database_(std::move(database)) {}

  std::string_view backend_name() const override { return BackendName(database_->backend()); }
  Status Migrate() override;
  Result<int> SchemaVersion() override;
  int LatestSchemaVersion() const override;

  Status AddUnit(const Unit& unit) override;
  Result<Unit> GetUnit(std::string_view code) override;
  Result<std::vector<Unit>> ListUnits(const UnitFilter& filter) override;
  Status UpdateUnitSettings(std::string_view code, const UnitSettings& settings) override;

  Status ReplaceCatalog(const std::vector<Field>& fields, const std::vector<Procedure>& procedures) override;
  Result<std::vector<Field>> ListFields() override;
  Result<std::vector<Procedure>> ListProcedures(const ProcedureFilter& filter) override;
  Result<int64_t> CountProcedures(const ProcedureFilter& filter) override;
  Result<Procedure> GetProcedure(std::string_view code, CivilDate date) override;

  Result<std::string> GetSetting(std::string_view key) override;
  Status SetSetting(std::string_view key, std::string_view value) override;

  Result<int64_t> AddUser(const User& user) override;
  Result<User> GetUser(std::string_view username) override;
  Result<User> GetUserById(int64_t id) override;
  Result<std::vector<User>> ListUsers(const UserFilter& filter) override;
  Status SetUserPassword(std::string_view username, std::string_view password_hash, Instant now) override;
  Status SetUserDisabled(std::string_view username, bool disabled, Instant now) override;
  Status SetUserRoles(std::string_view username, const std::vector<Role>& roles,
                      const std::vector<std::string>& fields, Instant now) override;
  Status CreateSession(const SessionRecord& session) override;
  Result<SessionRecord> GetSession(std::string_view token_hash) override;
  Status TouchSession(std::string_view token_hash, Instant last_seen_at) override;
  Status DeleteSession(std::string_view token_hash) override;
  Result<int64_t> PurgeSessions(Instant idle_before, Instant created_before) override;
  Status AddApiToken(const ApiTokenRow& token) override;
  Result<ApiTokenRow> GetApiToken(std::string_view key_id) override;
  Result<std::vector<ApiTokenRow>> ListApiTokens(int64_t user_id) override;
  Status RevokeApiToken(std::string_view key_id, Instant now) override;

  Result<Dossier> CreateDossier(std::string_view unit_code, CivilDate day,
                                const NewDossierBuilder& build) override;
  Result<Dossier> UpdateDossier(std::string_view code, const DossierUpdater& update) override;
  Status ImportDossiers(std::span<const User> new_users, std::span<const DossierWrite> writes) override;
  Result<DossierSummary> GetDossierSummary(std::string_view code) override;
  Result<std::vector<StoredEvent>> GetDossierHistory(std::string_view code) override;
  Result<DossierPage> ListDossiers(const DossierFilter& filter) override;
  Status AddFile(const FileRecord& file) override;
  Result<FileRecord> GetFile(std::string_view sha256) override;

  Result<Feedback> CreateFeedback(std::string_view unit_code, CivilDate day,
                                  const NewFeedbackBuilder& build) override;
  Result<Feedback> UpdateFeedback(std::string_view code, const FeedbackUpdater& update) override;
  Result<FeedbackRecord> GetFeedback(std::string_view code) override;
  Result<FeedbackSummary> GetFeedbackSummary(std::string_view code) override;
  Result<FeedbackPage> ListFeedback(const FeedbackFilter& filter) override;

  // ---- Reports (sql_store_reports.cc) ----
  Status ScanDossierHistories(const DossierHistoryScan& scan, const DossierHistoryCallback& visit) override;
  Status ScanFeedbackRecords(const FeedbackRecordScan& scan, const FeedbackRecordCallback& visit) override;

  SqlDatabase& database() { return *database_; }

 private:
  std::unique_ptr<SqlDatabase> database_;
};

}  // namespace motcua::store_internal
