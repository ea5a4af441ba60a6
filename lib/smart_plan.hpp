// SPDX-License-Identifier: EUPL-1.2
// smart-check's findings about a plan as a whole rather than one goal.
#pragma once

#include "diagnostic.hpp"
#include "smart_context.hpp"

namespace pipkit {

/// Returns the findings about the plan as a whole: an onderdeel the route
/// asks for that no goal has, no labour-market instrument in the
/// participation part while the intake shows a diploma or work experience
/// from abroad, a foreign diploma nobody had valued, and validate's own
/// findings comparing the plan with its intake (PK403, PK404, PK406) and on
/// a part missing or empty (PK100, PK120), taken over unchanged.
Diagnostics judge_plan_as_whole(const PlanContext& plan);

}  // namespace pipkit
