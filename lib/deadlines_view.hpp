// SPDX-License-Identifier: EUPL-1.2
// Which deadline items to show and how the text table orders and groups them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "deadlines.hpp"
#include "text.hpp"

namespace pipkit {

/// Returns the kind cli.md spells `id` ("intake_pip"), or nullopt.
std::optional<DeadlineKind> parse_kind(std::string_view id);

/// The filters of `pipkit deadlines`; an empty list lets everything pass.
struct DeadlineFilter {
  std::vector<std::string> clients;  // klantcodes, as written
  std::vector<DeadlineKind> kinds;
  bool overdue_only = false;  // --overdue
  bool due_only = false;      // --within given: overdue and due soon only
};

/// Returns the items the filter lets through, in the order given; never
/// fails.
std::vector<DeadlineItem> filter_deadlines(std::vector<DeadlineItem> items,
                                           const DeadlineFilter& filter);

/// How `--group` splits the text table.
enum class Grouping { kNone, kClient, kWeek };

/// Part of the text table under one heading (empty for kNone).
struct DeadlineGroup {
  Text heading;
  std::vector<DeadlineItem> items;
};

/// Returns the items in the text table's order: overdue first, then by due
/// date and klantcode. By client, one group per klantcode in code order;
/// by week, the overdue items in a group of their own and then one group
/// per ISO week. Never fails.
std::vector<DeadlineGroup> group_deadlines(std::vector<DeadlineItem> items,
                                           Grouping grouping);

}  // namespace pipkit
