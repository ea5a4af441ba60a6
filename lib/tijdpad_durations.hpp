// SPDX-License-Identifier: EUPL-1.2
// Reads the durations written in a timeline and counts them out in days.
#pragma once

#include <cstddef>
#include <optional>

#include "date.hpp"
#include "tijdpad_atoms.hpp"
#include "tijdpad_cursor.hpp"

namespace pipkit::tijdpad {

/// A duration read from the tokens up to `end`.
struct DurationMatch {
  Period shortest;
  Period longest;
  size_t end = 0;
};

/// Reads a duration starting at token `i` ("drie tot vier maanden", "een
/// halfjaar"); returns nullopt when none starts there.
std::optional<DurationMatch> read_duration(const TokenView& view, size_t i);

/// Returns the last day of a period that starts on `from`: the day before
/// the same date `period` later, or the end of the last month when that
/// date does not exist in it (31 March + 6 months ends 30 September).
Date last_day_of_period(const Date& from, const Period& period);

}  // namespace pipkit::tijdpad
