// SPDX-License-Identifier: EUPL-1.2
// Shared parts of the deadline rules and the items that follow the plan.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "deadlines.hpp"

namespace pipkit::deadline_parts {

/// Where a number in a rule comes from, so that a consultant can tell the
/// law from a local choice.
enum class Origin { kLaw, kPilot, kAdvies, kMunicipal };

/// Returns "set in pipkit.yaml" when overridden, else the origin's name
/// (`law` for kLaw); never fails.
Text source(bool overridden, Origin origin, const Text& law);

/// Returns "2 weken" / "2 weeks", with the singular for 1; never fails.
Text weeks(int n);
/// Returns "18 maanden" / "18 months"; never fails.
Text months(int n);
/// Returns "3 jaar" / "3 years"; never fails.
Text years(int n);

/// Returns the dagtekening of the first plan, which starts the term, or
/// nullopt when the plan has none the policy accepts.
std::optional<Date> plan_date(const CaseFacts& facts, const Policy& policy);

/// Returns an item with klantcode, path, kind and key filled in.
DeadlineItem new_item(const CaseFacts& facts, DeadlineKind kind,
                      std::string key);

/// Sets days_left and status from the completion date, else from today.
void set_status(DeadlineItem& item, const std::optional<Date>& done,
                const Date& today, int within_days);

/// The end of the inburgeringstermijn, or nullopt when the policy has none
/// or the plan has no date.
std::optional<DeadlineItem> term_item(const CaseFacts& facts,
                                      const Policy& policy,
                                      const Date& today, int within_days);

/// The last day to switch leerroute, or nullopt when there is none to show.
std::optional<DeadlineItem> switch_item(const CaseFacts& facts,
                                        const Policy& policy,
                                        const Date& today, int within_days);

/// One item per required progress conversation; empty when none apply.
std::vector<DeadlineItem> conversation_items(const CaseFacts& facts,
                                             const Policy& policy,
                                             const Date& today,
                                             int within_days);

/// The end date of a goal, or nullopt when it has none or was stopped.
std::optional<DeadlineItem> goal_item(const CaseFacts& facts,
                                      const GoalFacts& goal,
                                      const Date& today, int within_days);

}  // namespace pipkit::deadline_parts
