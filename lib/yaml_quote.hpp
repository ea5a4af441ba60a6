// SPDX-License-Identifier: EUPL-1.2
// Text made safe to put in a YAML file as one double-quoted scalar.
#pragma once

#include <string>
#include <string_view>

namespace pipkit {

/// Returns text as a YAML double-quoted scalar that reads back as exactly
/// the same text: quotes, backslashes, line breaks and characters YAML does
/// not allow are escaped; bytes that are not valid UTF-8 become U+FFFD.
std::string yaml_quote(std::string_view text);

}  // namespace pipkit
