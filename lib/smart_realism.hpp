// SPDX-License-Identifier: EUPL-1.2
// R of SMART: a goal against the client's intake, route, hours and term.
#pragma once

#include <cstddef>

#include "smart.hpp"
#include "smart_context.hpp"

namespace pipkit {

/// Judges R for the plan's goal number `i`: its language level against
/// the route, the client's level, learnability and literacy; the hours of
/// goals that run at the same time against the route and the client's
/// health; activities that a limitation rules out; the end against the
/// inburgeringstermijn; an onderdeel the route does not have. Checks that
/// need the intake are left out without one.
void judge_realism(const PlanContext& plan, std::size_t i,
                   CriterionVerdict& out);

}  // namespace pipkit
