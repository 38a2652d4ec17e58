#include "store/store.h"

#include "store/internal/database.h"
#include "store/internal/sql_store.h"

namespace motcua {

Result<std::unique_ptr<Store>> OpenStore(std::string_view url, const StoreOptions& options) {
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<store_internal::SqlDatabase> database,
                          store_internal::OpenSqlDatabase(url, options));
  return std::unique_ptr<Store>(std::make_unique<store_internal::SqlStore>(std::move(database)));
}

}  // namespace motcua
