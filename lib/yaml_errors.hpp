// SPDX-License-Identifier: EUPL-1.2
// yaml-cpp's English syntax errors, said in words a consultant understands.
#pragma once

#include <string>

#include "text.hpp"

namespace pipkit {

/// Returns a bilingual message for a yaml-cpp error text; an unknown text is
/// passed through behind a general explanation.
Text yaml_error_text(const std::string& yaml_cpp_message);

}  // namespace pipkit
