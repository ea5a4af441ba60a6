// SPDX-License-Identifier: EUPL-1.2
// Runs a program without a shell and collects what it printed.
#pragma once

#include <string>
#include <vector>

namespace pipkit::cli {

/// What a finished program left: its exit status (-1 when it could not be
/// started or was killed) and its standard output and error.
struct ProcessResult {
  int status = -1;
  std::string out;
  std::string err;
};

/// Runs `argv[0]`, found on PATH, with `argv` as its arguments, passed
/// as they are and never through a shell; standard input is /dev/null.
/// Never throws for a program that fails: status and err tell why.
ProcessResult run_process(const std::vector<std::string>& argv);

}  // namespace pipkit::cli
