// SPDX-License-Identifier: EUPL-1.2
// pipkit validate: check case files, for people and for scripts.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "common.hpp"

namespace pipkit::cli {

struct ValidateOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  bool strict = false;
  unsigned jobs = 0;  // 0: one per core
  bool list_rules = false;
  std::optional<std::string> changed;  // --changed [REV]; empty: staged
};

/// Adds the validate subcommand and its options to the app.
CLI::App* register_validate(CLI::App& app, ValidateOptions& options);

/// Runs validate; returns the exit status of cli.md.
int run_validate(const ValidateOptions& options, const GlobalOptions& global);

}  // namespace pipkit::cli
