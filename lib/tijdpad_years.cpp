// SPDX-License-Identifier: EUPL-1.2
// Gives every date in a timeline a year, also where the text leaves it out.
#include "tijdpad_years.hpp"

#include <cstdint>

namespace pipkit::tijdpad {
namespace {

bool is_source(const Part& part) {
  return part.kind != PartKind::kFixed && part.year && !part.year_borrowed;
}

bool needs_year(const Part& part) {
  return part.kind != PartKind::kFixed && !part.year;
}

void borrow(Part& part, int year) {
  part.year = year;
  part.year_borrowed = true;
}

// Within "maart tot juni 2020", each part without a year takes the year of
// the nearest joined part that has one; on a tie the later one, since Dutch
// writes the year last. Two sweeps keep the work linear.
void borrow_within(std::vector<Part>& parts, const PartRange& range) {
  const size_t n = range.end - range.first;
  std::vector<size_t> next(n, SIZE_MAX);
  for (size_t k = n; k-- > 0;) {
    const bool source = is_source(parts[range.first + k]);
    next[k] = source ? k : (k + 1 < n ? next[k + 1] : SIZE_MAX);
  }
  size_t previous = SIZE_MAX;
  for (size_t k = 0; k < n; ++k) {
    Part& part = parts[range.first + k];
    if (is_source(part)) previous = k;
    if (!needs_year(part)) continue;
    const size_t after = next[k];
    const bool take_after = after != SIZE_MAX &&
                            (previous == SIZE_MAX || after - k <= k - previous);
    if (take_after) {
      borrow(part, *parts[range.first + after].year);
    } else if (previous != SIZE_MAX) {
      borrow(part, *parts[range.first + previous].year);
    }
  }
}

// For each range, the nearest part before it and after it that has its own
// year, found in two sweeps over the text.
struct Neighbours {
  std::vector<const Part*> before;
  std::vector<const Part*> after;
};

Neighbours find_neighbours(const std::vector<Part>& parts,
                           const std::vector<PartRange>& ranges) {
  Neighbours found{std::vector<const Part*>(ranges.size()),
                   std::vector<const Part*>(ranges.size())};
  const Part* last = nullptr;
  size_t k = 0;
  for (size_t r = 0; r < ranges.size(); ++r) {
    for (; k < ranges[r].first; ++k) {
      if (is_source(parts[k])) last = &parts[k];
    }
    found.before[r] = last;
  }
  const Part* next = nullptr;
  k = parts.size();
  for (size_t r = ranges.size(); r-- > 0;) {
    for (; k > ranges[r].end; --k) {
      if (is_source(parts[k - 1])) next = &parts[k - 1];
    }
    found.after[r] = next;
  }
  return found;
}

std::optional<int> nearest_year(const std::vector<Part>& parts,
                                const PartRange& range, const Part* before,
                                const Part* after) {
  if (!before || !after) {
    if (before) return before->year;
    if (after) return after->year;
    return std::nullopt;
  }
  const Part& first = parts[range.first];
  const Part& last = parts[range.end - 1];
  const size_t gap_before = first.offset - (before->offset + before->length);
  const size_t gap_after = after->offset - (last.offset + last.length);
  return gap_before <= gap_after ? before->year : after->year;
}

// The first year in which the part does not end before the plan's month:
// a plan looks ahead.
int forward_year(Part part, const Date& reference) {
  const Date month_start{reference.year, reference.month, 1};
  part.year = reference.year;
  const std::optional<DateWindow> window = part_window(part);
  if (window && window->latest < month_start) return reference.year + 1;
  return reference.year;
}

std::optional<Date> earliest(const Part& part) {
  const std::optional<DateWindow> window = part_window(part);
  if (!window) return std::nullopt;
  return window->earliest;
}

// "november tot februari 2021" starts in November 2020; "november 2020 tot
// februari" ends in February 2021.
void keep_in_order(std::vector<Part>& parts, const PartRange& range) {
  for (size_t k = range.first + 1; k < range.end; ++k) {
    const auto before = earliest(parts[k - 1]);
    const auto here = earliest(parts[k]);
    if (parts[k].year_borrowed && before && here && *here < *before) {
      parts[k].year = *parts[k].year + 1;
    }
  }
  for (size_t k = range.end - 1; k-- > range.first;) {
    const auto here = earliest(parts[k]);
    const auto after = earliest(parts[k + 1]);
    if (parts[k].year_borrowed && here && after && *here > *after) {
      parts[k].year = *parts[k].year - 1;
    }
  }
}

}  // namespace

std::optional<size_t> resolve_years(std::vector<Part>& parts,
                                    const std::vector<PartRange>& ranges,
                                    const Date& reference) {
  for (const PartRange& range : ranges) borrow_within(parts, range);
  const Neighbours neighbours = find_neighbours(parts, ranges);
  std::optional<size_t> assumed;
  for (size_t r = 0; r < ranges.size(); ++r) {
    const PartRange& range = ranges[r];
    std::optional<int> year =
        nearest_year(parts, range, neighbours.before[r], neighbours.after[r]);
    const bool from_reference = !year.has_value();
    for (size_t k = range.first; k < range.end; ++k) {
      if (!needs_year(parts[k])) continue;
      if (!year) year = forward_year(parts[k], reference);
      borrow(parts[k], *year);
      if (!from_reference) continue;
      parts[k].year_assumed = true;
      if (!assumed) assumed = k;
    }
    keep_in_order(parts, range);
  }
  return assumed;
}

}  // namespace pipkit::tijdpad
