// SPDX-License-Identifier: EUPL-1.2
// build-pip: a first plan drafted from an intake by the rules kept as data.
#pragma once

#include <string>
#include <vector>

#include "date.hpp"
#include "draft_rules.hpp"
#include "model.hpp"
#include "text_error.hpp"

namespace pipkit {

/// One drafted goal and why it is there.
struct DraftGoal {
  Goal goal;           // start, eind, tijdpad and texts filled in
  std::string rule;    // id of the rule that proposed it ("" for vangnet)
  std::string waarom;  // shown as a comment above the goal
  bool loosened = false;
};

/// The drafted plan before it is written as YAML.
struct DraftPlan {
  std::string klantcode, naam, intake, consulent, leerroute;
  Date opgesteld;
  Date term_start, term_end;  // estimated inburgeringstermijn
  std::vector<DraftGoal> inburgering, participatie;
};

/// An intake that cannot be drafted from, with what to do about it.
class DraftError : public TextError {
 public:
  using TextError::TextError;
};

/// Drafts the plan for an intake on `date` (the plan's opgesteld, from which
/// the three-year term is estimated); `intake_ref` is the plan's `intake`
/// key. Throws DraftError when the intake has no klantcode or leerroute.
DraftPlan draft_plan(const Intake& intake, const DraftRules& rules,
                     const Date& date, const std::string& intake_ref);

}  // namespace pipkit
