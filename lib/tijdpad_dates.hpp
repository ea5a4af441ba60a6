// SPDX-License-Identifier: EUPL-1.2
// Reads the dates written in a timeline, token by token.
#pragma once

#include <cstddef>
#include <optional>

#include "date.hpp"
#include "tijdpad_atoms.hpp"
#include "tijdpad_cursor.hpp"

namespace pipkit::tijdpad {

/// A date read from the tokens [first, end).
struct PartMatch {
  Part part;
  size_t end = 0;
  bool impossible = false;     // written as a date, but no such day exists
  std::optional<Part> second;  // "2020-2021": a second part after `op`
  Op op = Op::kThrough;
  size_t op_offset = 0;  // where the operator is written
};

/// Reads a date starting at token `i`: a day, a month, a season, a quarter,
/// a year...; returns nullopt when none starts there.
std::optional<PartMatch> read_part(const TokenView& view, size_t i,
                                   const Date& reference);

}  // namespace pipkit::tijdpad
