// SPDX-License-Identifier: EUPL-1.2
// Where pipkit's own data files are: templates, rules, word lists.
#pragma once

#include <string>

namespace pipkit::cli {

/// Returns the folder of pipkit's data files: $PIPKIT_DATA_DIR when set,
/// else <folder of the executable>/../share/pipkit when it exists (an
/// installed pipkit), else the templates folder of the source tree it was
/// built from. Never fails; the folder may be missing.
std::string data_dir();

/// Returns the path of one data file, such as "build-pip.yaml".
std::string data_file(const std::string& name);

}  // namespace pipkit::cli
