// SPDX-License-Identifier: EUPL-1.2
// Where the data that ships with pipkit lies: installed, or in the sources.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace pipkit::cli {

/// Returns the folders searched for pipkit's data, first match wins:
/// `<folder of the executable>/../share/pipkit`, then the source tree's
/// templates folder; $PIPKIT_DATA_DIR, when set, replaces both. Never fails.
std::vector<std::string> data_dirs();

/// Returns the path of a data file (e.g. "gelijkgestelde_dagen.yaml") in the
/// first folder of data_dirs() that has it, or nullopt.
std::optional<std::string> find_data_file(const std::string& name);

}  // namespace pipkit::cli
