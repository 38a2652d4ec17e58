// motcua init --data DIR [--demo] [--database URL]: creates (or upgrades) the store and loads the catalogue
// compiled into the binary. Safe to run again: migrations are idempotent, the catalogue is replaced, demo
// records that exist already are kept.
#include <ostream>

#include "catalog/catalog.h"
#include "cli/command.h"
#include "cli/data_dir.h"

namespace motcua::cli {
namespace {

struct InitOptions {
  bool demo = false;
  std::string database;
};

// The demo province and commune (the commune whose 2024 report started the project).
Status AddDemoUnits(Store& store, std::ostream& out) {
  Unit province;
  province.code = "000.00.00.H31";
  province.name = "UBND tỉnh Hưng Yên";
  province.effective_from = CivilDate{2019, 1, 1};
  Unit commune;
  commune.code = "000.00.20.H31";
  commune.name = "UBND xã Đồng Tiến";
  commune.parent_code = province.code;
  commune.effective_from = CivilDate{2019, 1, 1};
  for (const Unit& unit : {province, commune}) {
    const Status added = store.AddUnit(unit);
    if (added.code() == StatusCode::kAlreadyExists) continue;
    MOTCUA_RETURN_IF_ERROR(added);
    out << "Đã thêm đơn vị " << unit.code << " " << unit.name << "\n";
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
  if (options.demo) MOTCUA_RETURN_IF_ERROR(AddDemoUnits(*store, out));
  out << "Đã khởi tạo dữ liệu tại " << context.data_dir << "\n";
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
