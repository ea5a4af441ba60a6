// SPDX-License-Identifier: EUPL-1.2
// pipkit --version: the program's version and the date of its policy data.
#pragma once

#include <string>

#include "text.hpp"

namespace pipkit::cli {

/// Returns the lines of --version: the version, then the date on which the
/// list of gelijkgestelde dagen was last checked and where it was read; a
/// missing or broken data file is named in that line, never an exception.
std::string version_text(Lang lang);

}  // namespace pipkit::cli
