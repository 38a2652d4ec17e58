// Placeholder until the calendar component lands; replaced in this session's integration.
#include "cli/command.h"

namespace motcua::cli {

void RegisterCalendarCommands(CLI::App& /*app*/, CommandContext& /*context*/) {}

}  // namespace motcua::cli
