// SPDX-License-Identifier: EUPL-1.2
// Rules on one intake: identifiers, the 13 leefgebieden, dates, the ZRM.
#pragma once

#include "diagnostic.hpp"
#include "model.hpp"

namespace pipkit {

/// Returns the findings on an intake's content beyond its schema.
Diagnostics check_intake(const Intake& intake);

/// Returns PK204 when a case file's klantcode differs from the name of the
/// folder it is in, for files in a `cases/<klantcode>/` folder.
Diagnostics check_folder_name(const std::string& path,
                              const std::string& klantcode,
                              const Places& places, const std::string& key);

}  // namespace pipkit
