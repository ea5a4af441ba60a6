// SPDX-License-Identifier: EUPL-1.2
// Small helpers shared by the rule families.
#pragma once

#include <optional>
#include <string>

#include "date.hpp"
#include "diagnostic.hpp"
#include "model.hpp"

namespace pipkit {

/// Appends a finding at a key of a record.
void add_finding(Diagnostics& out, const char* rule, Severity severity,
                 const Places& places, const std::string& key, Text message);

/// Reports PK210 when `earlier` falls after `later`; silent when either is
/// unknown.
void check_order(Diagnostics& out, const Places& places,
                 const std::optional<Date>& earlier, const char* earlier_key,
                 const std::optional<Date>& later, const char* later_key);

}  // namespace pipkit
