// SPDX-License-Identifier: EUPL-1.2
// Small helpers shared by the rule families.
#include "rules/rule_helpers.hpp"

#include <fmt/format.h>

namespace pipkit {

void add_finding(Diagnostics& out, const char* rule, Severity severity,
                 const Places& places, const std::string& key, Text message) {
  out.push_back(Diagnostic{rule, severity, places.of(key),
                           key.empty() ? places.path : places.key_path(key),
                           std::move(message)});
}

void check_order(Diagnostics& out, const Places& places,
                 const std::optional<Date>& earlier, const char* earlier_key,
                 const std::optional<Date>& later, const char* later_key) {
  if (!earlier || !later || *earlier <= *later) return;
  add_finding(out, "PK210", Severity::kError, places, later_key,
              {fmt::format("'{}' ({}) ligt voor '{}' ({}); controleer beide "
                           "data",
                           later_key, to_iso(*later), earlier_key,
                           to_iso(*earlier)),
               fmt::format("'{}' ({}) is before '{}' ({}); check both dates",
                           later_key, to_iso(*later), earlier_key,
                           to_iso(*earlier))});
}

}  // namespace pipkit
