// The command-line skeleton: each subcommand family registers itself on the CLI11 app and, when chosen,
// sets the action that main() runs. Actions return a Status; main() prints its Vietnamese message to
// stderr, logs the English one, and exits with ExitCodeFor(code) (base/status.h), the one mapping.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <iosfwd>
#include <string>

#include "base/status.h"

namespace motcua::cli {

struct CommandContext {
  std::string data_dir = "./motcua-data";
  std::function<Status()> action;  // set by the chosen subcommand's callback
  std::ostream* out = nullptr;     // standard output (results scripts rely on)
  std::ostream* err = nullptr;     // diagnostics
};

// Adds `--data DIR` (default ./motcua-data) to a subcommand; every subcommand takes it.
void AddDataOption(CLI::App& command, CommandContext& context);

// Registration functions, one per family (each in its own *_command.cc).
void RegisterCalendarCommands(CLI::App& app, CommandContext& context);
void RegisterCatalogCommands(CLI::App& app, CommandContext& context);
void RegisterImportCommand(CLI::App& app, CommandContext& context);
void RegisterInitCommand(CLI::App& app, CommandContext& context);
void RegisterReportCommands(CLI::App& app, CommandContext& context);
void RegisterServeCommand(CLI::App& app, CommandContext& context);
void RegisterTokenCommands(CLI::App& app, CommandContext& context);
void RegisterUnitCommands(CLI::App& app, CommandContext& context);
void RegisterUserCommands(CLI::App& app, CommandContext& context);

// Runs the motcua command line; returns the process exit code. Separate from main() so tests can call it.
int RunMotcua(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace motcua::cli
