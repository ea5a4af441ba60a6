// SPDX-License-Identifier: EUPL-1.2
// T of SMART: when each goal runs, and the inburgeringstermijn.
#pragma once

#include <cstddef>

#include "date.hpp"
#include "model.hpp"
#include "smart.hpp"
#include "smart_context.hpp"
#include "source.hpp"

namespace pipkit {

/// Returns the inburgeringstermijn: from the day after the first plan's
/// date (eerste_vastgesteld, else vastgesteld) for three years; estimated
/// from opgesteld, or from `today`, when the plan is not decided.
Term integration_term(const Pip& pip, const Date& today);

/// Returns when a goal runs: its `start` and `eind` keys where given, else
/// what its tijdpad says, read with `reference` (the plan's date) for
/// what the text leaves out; the parser's doubts are placed in `source`.
/// Never fails: what cannot be read stays empty.
GoalTiming time_goal(const Goal& goal, const Date& reference,
                     const Source& source);

/// Judges T for the plan's goal number `i`: a start and an end, the end
/// not before the start.
void judge_time(const PlanContext& plan, std::size_t i, CriterionVerdict& out);

}  // namespace pipkit
