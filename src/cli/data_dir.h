// The data directory (--data DIR) and the database it names. The database URL is, in order: the --database
// flag, the MOTCUA_DATABASE environment variable, the file DIR/database.url written by `motcua init
// --database URL`, and otherwise the embedded SQLite file DIR/motcua.db.
#pragma once

#include <memory>
#include <string>

#include "base/result.h"
#include "store/store.h"

namespace motcua::cli {

// Creates DIR (and parents) when missing. InvalidArgument when it exists and is not a directory.
Status EnsureDataDir(const std::string& data_dir);
// Resolves the database URL as described above (`flag` may be empty).
Result<std::string> ResolveDatabaseUrl(const std::string& data_dir, const std::string& flag);
// Remembers a non-default URL in DIR/database.url (mode 0600: it may hold a password).
Status RememberDatabaseUrl(const std::string& data_dir, const std::string& url);
// Opens the store of DIR and checks its schema is current. FailedPrecondition with a hint to run
// `motcua init` when the database is empty or older than the binary.
Result<std::unique_ptr<Store>> OpenInitializedStore(const std::string& data_dir, const std::string& flag);
// Every procedure version in the store, in code order (pages through ListProcedures).
Result<std::vector<Procedure>> LoadAllProcedures(Store& store);

}  // namespace motcua::cli
