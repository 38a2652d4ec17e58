// Placeholder until the serve component lands; replaced in this session's integration.
#include "cli/command.h"

namespace motcua::cli {

void RegisterServeCommand(CLI::App& /*app*/, CommandContext& /*context*/) {}

}  // namespace motcua::cli
