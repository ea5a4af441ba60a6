// SPDX-License-Identifier: EUPL-1.2
// The Dutch and English wording of every doubt the timeline parser raises.
#pragma once

#include <cstddef>
#include <string_view>

#include "date.hpp"
#include "tijdpad.hpp"

namespace pipkit::tijdpad {

/// A stretch of the input: where a warning points.
struct Slice {
  size_t offset = 0;
  size_t length = 0;
  std::string_view text;  // the input bytes of the stretch
};

/// Returns a slice of `input`, clipped to its end.
Slice slice_of(std::string_view input, size_t offset, size_t length);

/// Warns that the weekday written before `date` is not its weekday.
TijdpadWarning weekday_mismatch(const Slice& date, Weekday actual);

/// Warns that the end a text states lies before its start.
TijdpadWarning end_before_start(const Slice& end, const Slice& start);

/// Warns that a bare `tot` may or may not include what follows it.
TijdpadWarning ambiguous_tot(const Slice& until);

/// Warns about a date that does not exist, such as 30 februari.
TijdpadWarning impossible_date(const Slice& date);

/// Warns about words that name a time the parser cannot pin to dates.
TijdpadWarning not_understood(const Slice& words);

/// Warns that a statement in a text without any year was placed in `year`.
TijdpadWarning year_assumed(const Slice& statement, int year);

}  // namespace pipkit::tijdpad
