// SPDX-License-Identifier: EUPL-1.2
// Which deadline items to show and how the text table orders and groups them.
#include "deadlines_view.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace pipkit {
namespace {

bool is_overdue(const DeadlineItem& item) {
  return item.status == DeadlineStatus::kOverdue;
}

bool passes(const DeadlineItem& item, const DeadlineFilter& filter) {
  const auto& clients = filter.clients;
  const auto& kinds = filter.kinds;
  if (!clients.empty() && std::find(clients.begin(), clients.end(),
                                    item.klantcode) == clients.end()) {
    return false;
  }
  if (!kinds.empty() &&
      std::find(kinds.begin(), kinds.end(), item.kind) == kinds.end()) {
    return false;
  }
  if (filter.overdue_only) return is_overdue(item);
  if (filter.due_only) {
    return is_overdue(item) || item.status == DeadlineStatus::kDueSoon;
  }
  return true;
}

// What is late needs doing first, whatever its date; the rest follows the
// calendar.
void overdue_first(std::vector<DeadlineItem>& items) {
  sort_by_due(items);
  std::stable_partition(items.begin(), items.end(), is_overdue);
}

Text week_heading(const Date& due) {
  const IsoWeek week = iso_week(due);
  const Date monday = monday_of(due);
  const std::string from = to_iso(monday);
  const std::string to = to_iso(add_days(monday, 6));
  return {fmt::format("week {} ({} t/m {})", week.week, from, to),
          fmt::format("week {} ({} to {})", week.week, from, to)};
}

// Appends to the last group while `same` holds, else starts a new one.
template <typename Same, typename Heading>
std::vector<DeadlineGroup> runs(std::vector<DeadlineItem> items, Same same,
                                Heading heading) {
  std::vector<DeadlineGroup> groups;
  for (DeadlineItem& item : items) {
    if (groups.empty() || !same(groups.back().items.back(), item)) {
      groups.push_back({heading(item), {}});
    }
    groups.back().items.push_back(std::move(item));
  }
  return groups;
}

std::vector<DeadlineGroup> by_client(std::vector<DeadlineItem> items) {
  std::stable_sort(items.begin(), items.end(),
                   [](const DeadlineItem& a, const DeadlineItem& b) {
                     return a.klantcode < b.klantcode;
                   });
  return runs(
      std::move(items),
      [](const DeadlineItem& a, const DeadlineItem& b) {
        return a.klantcode == b.klantcode;
      },
      [](const DeadlineItem& item) {
        return Text{item.klantcode, item.klantcode};
      });
}

std::vector<DeadlineGroup> by_week(std::vector<DeadlineItem> items) {
  return runs(
      std::move(items),
      [](const DeadlineItem& a, const DeadlineItem& b) {
        return is_overdue(a) == is_overdue(b) &&
               (is_overdue(a) || iso_week(a.due) == iso_week(b.due));
      },
      [](const DeadlineItem& item) {
        return is_overdue(item) ? Text{"verlopen", "overdue"}
                                : week_heading(item.due);
      });
}

}  // namespace

std::optional<DeadlineKind> parse_kind(std::string_view id) {
  for (DeadlineKind kind :
       {DeadlineKind::kIntakePip, DeadlineKind::kInburgeringstermijn,
        DeadlineKind::kLeerrouteWissel, DeadlineKind::kVoortgangsgesprek,
        DeadlineKind::kDoel}) {
    if (kind_id(kind) == id) return kind;
  }
  return std::nullopt;
}

std::vector<DeadlineItem> filter_deadlines(std::vector<DeadlineItem> items,
                                           const DeadlineFilter& filter) {
  std::erase_if(
      items, [&](const DeadlineItem& item) { return !passes(item, filter); });
  return items;
}

std::vector<DeadlineGroup> group_deadlines(std::vector<DeadlineItem> items,
                                           Grouping grouping) {
  overdue_first(items);
  switch (grouping) {
    case Grouping::kClient: return by_client(std::move(items));
    case Grouping::kWeek: return by_week(std::move(items));
    case Grouping::kNone: break;
  }
  return {DeadlineGroup{{}, std::move(items)}};
}

}  // namespace pipkit
