// motcua init --data DIR [--demo] [--database URL]: creates (or upgrades) the store and loads the catalogue
// compiled into the binary. Safe to run again: migrations are idempotent, the catalogue is replaced, demo
// records that exist already are kept.
#include <cstdlib>
#include <ostream>

#include "catalog/catalog.h"
#include "cli/command.h"
#include "cli/data_dir.h"
#include "cli/engine.h"
#include "service/demo_data.h"

namespace motcua::cli {
namespace {

struct InitOptions {
  bool demo = false;
  std::string database;
};

// Units, officers and a year of dossiers (service/demo_data.h). The demo password is hashed with the
// production Argon2id limits unless MOTCUA_TEST_FAST_ARGON2=1 (tests only).
Status AddDemoData(std::unique_ptr<Store> store, std::ostream& out) {
  const char* fast = std::getenv("MOTCUA_TEST_FAST_ARGON2");
  const bool fast_hash = fast != nullptr && std::string_view(fast) == "1";
  MOTCUA_ASSIGN_OR_RETURN(
      PasswordHasher hasher,
      PasswordHasher::Create(fast_hash ? Argon2Limits::FastForTests() : Argon2Limits::Interactive()));
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Engine> engine, EngineOver(std::move(store)));
  DemoOptions options;
  options.now = Now();
  MOTCUA_ASSIGN_OR_RETURN(const DemoSummary demo,
                          SeedDemo(*engine->store, *engine->dossiers, *engine->calendars, hasher, options));
  out << "Dữ liệu mẫu: thêm " << demo.units_added << " đơn vị, " << demo.users_added << " tài khoản, "
      << demo.dossiers << " hồ sơ (" << demo.events << " sự kiện)\n";
  if (demo.users_added > 0) {
    out << "Tài khoản mẫu (mật khẩu: " << kDemoPassword << "):";
    for (const DemoAccount& account : DemoAccounts()) out << " " << account.username;
    out << "\n";
  }
  return Status::Ok();
}

Status RunInit(const CommandContext& context, const InitOptions& options) {
  MOTCUA_RETURN_IF_ERROR(EnsureDataDir(context.data_dir));
  MOTCUA_ASSIGN_OR_RETURN(std::string url, ResolveDatabaseUrl(context.data_dir, options.database));
  MOTCUA_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, OpenStore(url));
  MOTCUA_RETURN_IF_ERROR(store->Migrate());
  if (!options.database.empty())
    MOTCUA_RETURN_IF_ERROR(RememberDatabaseUrl(context.data_dir, options.database));
  MOTCUA_ASSIGN_OR_RETURN(Catalog catalog, LoadEmbeddedCatalog());
  MOTCUA_RETURN_IF_ERROR(store->ReplaceCatalog(catalog.fields(), catalog.procedures()));
  std::ostream& out = *context.out;
  out << "Cơ sở dữ liệu: " << store->backend_name() << ", lược đồ phiên bản " << store->LatestSchemaVersion()
      << "\n";
  out << "Danh mục: " << catalog.procedures().size() << " phiên bản thủ tục, " << catalog.fields().size()
      << " lĩnh vực\n";
  out << "Đã khởi tạo dữ liệu tại " << context.data_dir << "\n";
  if (options.demo) MOTCUA_RETURN_IF_ERROR(AddDemoData(std::move(store), out));
  return Status::Ok();
}

}  // namespace

void RegisterInitCommand(CLI::App& app, CommandContext& context) {
  auto options = std::make_shared<InitOptions>();
  CLI::App* init =
      app.add_subcommand("init", "Tạo/nâng cấp cơ sở dữ liệu và nạp danh mục thủ tục (create the store)");
  AddDataOption(*init, context);
  init->add_flag("--demo", options->demo, "Thêm dữ liệu mẫu: một xã, cán bộ và hồ sơ (add demo data)");
  init->add_option(
      "--database", options->database,
      "URL cơ sở dữ liệu: sqlite:/path/file.db hoặc postgresql://... (mặc định: SQLite trong DIR)");
  init->callback(
      [&context, options] { context.action = [&context, options] { return RunInit(context, *options); }; });
}

}  // namespace motcua::cli
