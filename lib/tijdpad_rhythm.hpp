// SPDX-License-Identifier: EUPL-1.2
// Recognises rhythms and times of day, so that they are never read as dates.
#pragma once

#include <cstddef>

#include "date.hpp"
#include "tijdpad_cursor.hpp"

namespace pipkit::tijdpad {

/// Returns the token index after a rhythm starting at `i` ("wekelijks",
/// "2 dagdelen per week", "op maandag en woensdag"), or 0 if none starts.
size_t read_rhythm(const TokenView& view, size_t i, const Date& reference);

/// Returns the token index after a time of day starting at `i` ("10-12
/// uur", "9.00-12.00", "'s avonds"), or 0 if none starts there.
size_t read_time_of_day(const TokenView& view, size_t i);

}  // namespace pipkit::tijdpad
