#include "cli/engine.h"

#include "cli/data_dir.h"

namespace motcua::cli {

Result<std::unique_ptr<Engine>> EngineOver(std::unique_ptr<Store> store) {
  auto engine = std::make_unique<Engine>();
  MOTCUA_ASSIGN_OR_RETURN(std::vector<Field> fields, store->ListFields());
  MOTCUA_ASSIGN_OR_RETURN(std::vector<Procedure> procedures, LoadAllProcedures(*store));
  engine->catalog = std::make_shared<const Catalog>(std::move(fields), std::move(procedures));
  MOTCUA_ASSIGN_OR_RETURN(engine->calendars, UnitCalendars::Create());
  engine->store = std::move(store);
  engine->dossiers = std::make_unique<DossierService>(*engine->store, engine->catalog, *engine->calendars);
  return engine;
}

Result<std::unique_ptr<Engine>> OpenEngine(const std::string& data_dir, const std::string& database_flag) {
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenInitializedStore(data_dir, database_flag));
  return EngineOver(std::move(store));
}

}  // namespace motcua::cli
