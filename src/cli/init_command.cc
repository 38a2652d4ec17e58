// Placeholder until the init component lands; replaced in this session's integration.
#include "cli/command.h"

namespace motcua::cli {

void RegisterInitCommand(CLI::App& /*app*/, CommandContext& /*context*/) {}

}  // namespace motcua::cli
