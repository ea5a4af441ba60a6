// SPDX-License-Identifier: EUPL-1.2
// pipkit deadlines: legal deadlines and plan dates of a caseload.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "common.hpp"

namespace pipkit::cli {

struct DeadlinesOptions {
  std::vector<std::string> paths;
  std::string format = "text";  // text | json | csv | ics
  std::string today;            // empty: the local date
  std::optional<int> within;    // given: also a filter; else 14 days
  bool overdue = false;
  std::vector<std::string> clients;
  std::vector<std::string> kinds;
  std::string group = "none";  // none | client | week
  std::string fail_on;         // empty | overdue
  std::string config;
  std::string output;  // -o FILE; empty: standard output
};

/// Adds the deadlines subcommand and its options to the app.
CLI::App* register_deadlines(CLI::App& app, DeadlinesOptions& options);

/// Runs deadlines; returns the exit status of cli.md.
int run_deadlines(const DeadlinesOptions& options, const GlobalOptions& global);

}  // namespace pipkit::cli
