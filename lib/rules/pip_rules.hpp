// SPDX-License-Identifier: EUPL-1.2
// Rules on one plan, and on a plan against the intake it came from.
#pragma once

#include "diagnostic.hpp"
#include "model.hpp"

namespace pipkit {

/// The most goals a plan may hold, inburgering and participatie together.
inline constexpr std::size_t kMaxGoals = 50;

/// Returns the findings on a plan's content beyond its schema: dates in
/// order, every goal dated, at most kMaxGoals goals, the klantcode and its
/// folder.
Diagnostics check_pip(const Pip& pip);

/// Returns the findings that need the plan's intake: the klantcode matches,
/// and every leefgebied marked `actie_nodig` is answered by a goal.
Diagnostics check_pip_against_intake(const Pip& pip, const Intake& intake);

/// Returns PK404: the plan's intake could not be found at `intake_path`, so
/// the checks against it were not made.
Diagnostic missing_intake_finding(const Pip& pip,
                                  const std::string& intake_path);

}  // namespace pipkit
