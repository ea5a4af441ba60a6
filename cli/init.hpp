// SPDX-License-Identifier: EUPL-1.2
// pipkit init: create a caseload folder ready for git.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "common.hpp"

namespace pipkit::cli {

struct InitOptions {
  std::string dir = ".";
  std::string gemeente;
  std::string beleid;  // empty: ask, else wi2021
  std::string consulent;
  bool no_input = false;
  bool interactive = false;
};

/// Adds the init subcommand and its options to the app.
CLI::App* register_init(CLI::App& app, InitOptions& options);

/// Runs init; returns 0, or throws CommandError (status 1 when a caseload
/// is already there, 2 when a file cannot be written).
int run_init(const InitOptions& options, const GlobalOptions& global);

}  // namespace pipkit::cli
