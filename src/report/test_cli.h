// Test support (not for production code): runs `motcua report ...` in-process the way cli/run.cc runs every
// command (CLI11 parse, then the action; a failure prints "Lỗi: <Vietnamese message>" on stderr and exits
// with ExitCodeFor), with only the report family registered, so that suites outside src/cli can use it.
#pragma once

#include <CLI/CLI.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/command.h"

namespace motcua::report_testing {

struct CliRun {
  int code = -1;
  std::string out;
  std::string err;
};

inline CliRun RunReportCli(std::vector<std::string> args) {
  args.insert(args.begin(), "motcua");
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  std::ostringstream out;
  std::ostringstream err;
  CLI::App app{"motcua", "motcua"};
  app.require_subcommand(1);
  cli::CommandContext context;
  context.out = &out;
  context.err = &err;
  cli::RegisterReportCommands(app, context);
  CliRun run;
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e, out, err);
    run.code = code == 0 ? 0 : 2;
    run.out = out.str();
    run.err = err.str();
    return run;
  }
  const Status status = context.action ? context.action() : Status::Internal("no action");
  run.code = status.ok() ? 0 : ExitCodeFor(status.code());
  if (!status.ok()) err << "Lỗi: " << status.user_message() << "\n";
  run.out = out.str();
  run.err = err.str();
  return run;
}

}  // namespace motcua::report_testing
