// SPDX-License-Identifier: EUPL-1.2
// pipkit: the list of subcommands, nothing else.
#include <CLI/CLI.hpp>

int main(int argc, char** argv) {
  CLI::App app{"pipkit: brede intake and PIP toolkit"};
  CLI11_PARSE(app, argc, argv);
  return 0;
}
