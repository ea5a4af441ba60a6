// SPDX-License-Identifier: EUPL-1.2
// A drafted plan written as the YAML of a pip.yaml.
#pragma once

#include <string>

#include "draft.hpp"

namespace pipkit {

/// Returns the plan as the text of a pip.yaml, with comments that say what
/// is still to do; never fails, and the same plan always gives the same
/// bytes.
std::string draft_yaml(const DraftPlan& plan);

}  // namespace pipkit
