// SPDX-License-Identifier: EUPL-1.2
// Part of R: what the goals together ask of the client, week by week.
#pragma once

#include <cstddef>

#include "smart.hpp"
#include "smart_context.hpp"

namespace pipkit {

/// Adds R findings and evidence about the load of the plan's goal number
/// `i`: the hours of the goals that run at the same time above what the
/// route and the client's health allow, and activities that a limitation
/// from the intake rules out. Silent for a goal without hours or dates.
void judge_load(const PlanContext& plan, std::size_t i, CriterionVerdict& out);

}  // namespace pipkit
