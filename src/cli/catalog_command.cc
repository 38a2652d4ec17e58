// Placeholder until the catalog component lands; replaced in this session's integration.
#include "cli/command.h"

namespace motcua::cli {

void RegisterCatalogCommands(CLI::App& /*app*/, CommandContext& /*context*/) {}

}  // namespace motcua::cli
