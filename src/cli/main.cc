// motcua: the single binary. See `motcua --help`.
#include <iostream>

#include "cli/command.h"

int main(int argc, char** argv) { return motcua::cli::RunMotcua(argc, argv, std::cout, std::cerr); }
