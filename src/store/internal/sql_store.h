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

  SqlDatabase& database() { return *database_; }

 private:
  std::unique_ptr<SqlDatabase> database_;
};

}  // namespace motcua::store_internal
