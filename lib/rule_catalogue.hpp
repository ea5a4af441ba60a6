// SPDX-License-Identifier: EUPL-1.2
// Every rule pipkit knows: id, default severity, what it means, how to fix.
#pragma once

#include <string_view>
#include <vector>

#include "diagnostic.hpp"
#include "text.hpp"

namespace pipkit {

struct RuleInfo {
  std::string_view id;
  Severity severity;
  Text title;  // what the rule checks, one line
  Text fix;    // what to do when it fires
};

/// Returns all rules, ordered by id.
const std::vector<RuleInfo>& rule_catalogue();

/// Returns the rule with this id, or nullptr.
const RuleInfo* find_rule(std::string_view id);

}  // namespace pipkit
