// SPDX-License-Identifier: EUPL-1.2
// Gives every date in a timeline a year, also where the text leaves it out.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "date.hpp"
#include "tijdpad_atoms.hpp"

namespace pipkit::tijdpad {

/// The parts [first, end) that one statement joins ("juli en augustus").
struct PartRange {
  size_t first = 0;
  size_t end = 0;
};

/// Gives each part without a year one: from the parts it is joined with,
/// else from the nearest part in the text that has one, else from
/// `reference` (looking forward). Returns the index of the first part that
/// took its year from `reference`, or nullopt when none did.
std::optional<size_t> resolve_years(std::vector<Part>& parts,
                                    const std::vector<PartRange>& ranges,
                                    const Date& reference);

}  // namespace pipkit::tijdpad
