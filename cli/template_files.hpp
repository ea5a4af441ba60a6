// SPDX-License-Identifier: EUPL-1.2
// Templates and data files: a caseload's own first, then the shipped ones.
#pragma once

#include <string>

namespace pipkit::cli {

/// The folder, relative to a caseload, where its own templates override
/// the shipped ones.
inline constexpr const char* kCaseloadTemplates = "templates";

/// Returns the template to use: <caseload>/templates/<name> when the
/// caseload has one, else the shipped one (see data_dirs()); throws
/// CommandError naming the places looked in when neither exists.
std::string find_template(const std::string& caseload_dir,
                          const std::string& name);

/// Returns the path of a shipped data file; throws CommandError naming the
/// places looked in when it is in none.
std::string require_data_file(const std::string& name);

/// Returns the bytes of a template or data file of at most 1 MiB; throws
/// CommandError when it cannot be read or is larger.
std::string read_data_file(const std::string& path);

}  // namespace pipkit::cli
