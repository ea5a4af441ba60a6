// SPDX-License-Identifier: EUPL-1.2
// Where pipkit finds its data files (templates, gelijkgestelde dagen).
#pragma once

#include <string>

namespace pipkit::cli {

/// Returns pipkit's data folder: $PIPKIT_DATA_DIR when set, else
/// <folder of the executable>/../share/pipkit when it exists (installed),
/// else the templates/ folder of the source tree it was built from.
/// Never fails; the folder may not exist.
std::string data_dir();

/// The folder, relative to a caseload, where its own templates override
/// the shipped ones.
inline constexpr const char* kCaseloadTemplates = "templates";

/// Returns the template to use: <caseload>/templates/<name> when the
/// caseload has one, else <data_dir>/<name>; throws CommandError naming
/// both places when neither exists.
std::string find_template(const std::string& caseload_dir,
                          const std::string& name);

/// Returns the bytes of a template or data file of at most 1 MiB; throws
/// CommandError when it cannot be read or is larger.
std::string read_data_file(const std::string& path);

}  // namespace pipkit::cli
