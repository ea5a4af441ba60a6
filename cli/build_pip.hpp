// SPDX-License-Identifier: EUPL-1.2
// pipkit build-pip: draft a plan from an intake, never over an existing one.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "common.hpp"

namespace pipkit::cli {

struct BuildPipOptions {
  std::string intake;
  std::string output;  // empty: pip.yaml beside the intake; "-": stdout
  bool force = false;
  std::string date;    // empty: today
  std::string rules;   // empty: the caseload's, else pipkit's own
  std::string config;  // pipkit.yaml; empty: found above the intake
};

/// Adds the build-pip subcommand and its options to the app.
CLI::App* register_build_pip(CLI::App& app, BuildPipOptions& options);

/// Runs build-pip; returns 0 when the plan was written, 1 when the intake
/// cannot be drafted from, 2 for a file that cannot be read or written.
/// Throws CommandError.
int run_build_pip(const BuildPipOptions& options, const GlobalOptions& global);

}  // namespace pipkit::cli
