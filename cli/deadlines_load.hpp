// SPDX-License-Identifier: EUPL-1.2
// pipkit deadlines: read the case files, pair them, find their policy.
#pragma once

#include <string>
#include <vector>

#include "date.hpp"
#include "deadlines.hpp"
#include "holiday_data.hpp"
#include "writers/validate_report.hpp"

namespace pipkit::cli {

/// What reading the caseload needs besides the paths.
struct LoadSettings {
  std::string config;   // --config; empty: the pipkit.yaml above each file
  HolidayData shipped;  // the gelijkgestelde dagen that ship with pipkit
  TextStyle style;      // how problems are written to standard error
  bool quiet = false;   // leave out the warnings on pipkit.yaml
  Date today;
  int within_days = 14;
};

/// Every client's deadline items, and what went wrong on the way.
struct LoadedDeadlines {
  std::vector<DeadlineItem> items;      // by due date, then klantcode
  std::vector<std::string> klantcodes;  // of every client read
  bool failed = false;        // a file could not be read or used: exit 2
  bool preset_used = false;   // a file had no pipkit.yaml above it
  int files_with_errors = 0;  // readable, with errors validate would show
};

/// Reads the files the paths name, pairs each plan with its intake and
/// computes their deadlines under their caseload's policy. A file that
/// cannot be read or used is reported on standard error and the rest goes
/// on; throws CommandError when the --config file cannot be used.
LoadedDeadlines load_deadlines(const std::vector<std::string>& paths,
                               const LoadSettings& settings);

}  // namespace pipkit::cli
