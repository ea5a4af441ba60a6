// SPDX-License-Identifier: EUPL-1.2
// S and M of SMART: what a goal's words say, and what they leave vague.
#pragma once

#include <cstddef>

#include "smart.hpp"
#include "smart_context.hpp"

namespace pipkit {

/// Judges S for the plan's goal number `i`: a doelstelling, activities and
/// a partij, none of them in the vague wording of the word lists.
void judge_specific(const PlanContext& plan, std::size_t i,
                    CriterionVerdict& out);

/// Judges M for the plan's goal number `i`: the doelstelling names a CEFR
/// level, a marker of the word list or an amount in units.
void judge_measurable(const PlanContext& plan, std::size_t i,
                      CriterionVerdict& out);

}  // namespace pipkit
