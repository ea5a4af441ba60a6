// SPDX-License-Identifier: EUPL-1.2
// pipkit smart-check: judge every plan goal on S, M, A, R and T.
#pragma once

#include <CLI/CLI.hpp>

#include "common.hpp"

namespace pipkit::cli {

struct SmartCheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  int min_score = 0;  // 0: no goal can fall below it
  bool explain = false;
  std::string today;   // empty: the local date
  std::string config;  // a pipkit.yaml; empty: found from each path
  unsigned jobs = 0;   // 0: one per core
};

/// Adds the smart-check subcommand and its options to the app.
CLI::App* register_smart_check(CLI::App& app, SmartCheckOptions& options);

/// Runs smart-check; returns the exit status of cli.md: 2 when a file
/// could not be read, else 1 when a goal scores below --min-score, else 0.
int run_smart_check(const SmartCheckOptions& options,
                    const GlobalOptions& global);

}  // namespace pipkit::cli
