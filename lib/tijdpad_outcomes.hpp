// SPDX-License-Identifier: EUPL-1.2
// What each statement of a timeline says about its start and its end.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "date.hpp"
#include "tijdpad.hpp"
#include "tijdpad_statements.hpp"

namespace pipkit::tijdpad {

// How sure a statement is about a side, from weak to strong: a date merely
// mentioned, an explicit "no end", a date marked as start, end or range.
inline constexpr int kMention = 1;
inline constexpr int kOpenRank = 2;
inline constexpr int kFirm = 3;

/// A statement's word on one side: a window, or a rank with no window when
/// it says the side is open.
struct Side {
  std::optional<DateWindow> window;
  int rank = 0;  // 0: says nothing about this side
};

struct Outcome {
  Side start;
  Side end;
  std::vector<TijdpadWarning> warnings;
  bool end_before_start = false;  // already warned within the statement
};

/// Evaluates every statement with the parts' years as they now are;
/// durations count from the nearest start before them, else from a start
/// later in their sentence, else from `reference`. Never fails.
std::vector<Outcome> evaluate_statements(std::string_view text,
                                         const StatementList& list,
                                         const Date& reference);

}  // namespace pipkit::tijdpad
