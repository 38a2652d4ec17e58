// Everything a command needs to work on dossiers: the store of the data directory, the catalogue as stored
// in it, the unit calendars and the dossier engine over them, opened together and kept alive together.
#pragma once

#include <memory>
#include <string>

#include "base/result.h"
#include "catalog/catalog.h"
#include "service/dossier_service.h"
#include "service/unit_calendars.h"
#include "store/store.h"

namespace motcua::cli {

struct Engine {
  std::unique_ptr<Store> store;
  std::shared_ptr<const Catalog> catalog;
  std::unique_ptr<UnitCalendars> calendars;
  std::unique_ptr<DossierService> dossiers;
};

// Opens the initialised store of `data_dir` (see data_dir.h; `database_flag` may be empty) and builds the
// engine over it.
Result<std::unique_ptr<Engine>> OpenEngine(const std::string& data_dir, const std::string& database_flag);
// Builds the engine over an already open store.
Result<std::unique_ptr<Engine>> EngineOver(std::unique_ptr<Store> store);

}  // namespace motcua::cli
