#include <spdlog/spdlog.h>

#include <iostream>

#include "cli/command.h"

namespace motcua::cli {

void AddDataOption(CLI::App& command, CommandContext& context) {
  command.add_option("--data", context.data_dir, "Data directory (database, files, settings)")
      ->default_val("./motcua-data");
}

int RunMotcua(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"MotCua: phần mềm một cửa cấp xã (one-stop desk for Vietnamese communes)", "motcua"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "motcua 0.1.0");
  CommandContext context;
  context.out = &out;
  context.err = &err;
  RegisterInitCommand(app, context);
  RegisterImportCommand(app, context);
  RegisterServeCommand(app, context);
  RegisterCalendarCommands(app, context);
  RegisterCatalogCommands(app, context);
  RegisterUnitCommands(app, context);
  RegisterUserCommands(app, context);
  RegisterTokenCommands(app, context);
  RegisterReportCommands(app, context);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 prints help/version on "success" parse errors; usage errors get exit code 2.
    const int code = app.exit(e, out, err);
    return code == 0 ? 0 : 2;
  }
  if (!context.action) {
    err << app.help();
    return 2;
  }
  const Status status = context.action();
  if (!status.ok()) {
    err << "Lỗi: " << status.user_message() << "\n";
    spdlog::debug("command failed: {}", status.ToString());
    return ExitCodeFor(status.code());
  }
  return 0;
}

}  // namespace motcua::cli
