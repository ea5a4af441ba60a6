// SPDX-License-Identifier: EUPL-1.2
// Deadline items (intake and plan, term, route switch, conversations, goals)
// from one client's dates, a policy and the date of today.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.hpp"
#include "policy.hpp"
#include "text.hpp"

namespace pipkit {

/// The `kind` of a deadline item, as in cli.md.
enum class DeadlineKind {
  kIntakePip,
  kInburgeringstermijn,
  kLeerrouteWissel,
  kVoortgangsgesprek,
  kDoel,
};

/// The `status` of a deadline item, as in cli.md.
enum class DeadlineStatus { kOpen, kDueSoon, kOverdue, kMet, kMetLate };

/// Where a plan goal stands, for its end date.
enum class GoalOutcome { kOpen, kAfgerond, kGestaakt };

/// One goal of a plan, reduced to what its deadline needs.
struct GoalFacts {
  std::string section;  // inburgering | participatie
  int index = 0;        // position within its section, from 0
  std::string title;
  std::optional<Date> start;
  std::optional<Date> end;       // explicit, or read from the tijdpad
  bool end_from_tijdpad = false;
  GoalOutcome outcome = GoalOutcome::kOpen;
};

/// A change of leerroute recorded in the plan's `wijzigingen`.
struct RouteSwitch {
  Date date;
  bool onderwijs_naar_b1 = false;  // allowed at any time under Wi2021
};

/// One client's dates from intake.yaml and pip.yaml; absent dates stay
/// nullopt and the items that need them are left out.
struct CaseFacts {
  std::string klantcode;
  std::string intake_path;  // empty when there is no intake file
  std::string pip_path;     // empty when there is no plan yet
  bool nieuwkomer = true;
  std::optional<Date> aanmelding;
  std::optional<Date> kennisgeving;
  std::optional<Date> brp_inschrijving;
  std::optional<Date> vestiging;
  std::optional<Date> oproep;
  std::optional<Date> derden_informatie;
  bool onderwijsroute = false;  // the plan's leerroute is `onderwijs`
  std::optional<Date> opgesteld;
  std::optional<Date> vastgesteld;
  std::optional<Date> eerste_vastgesteld;
  std::optional<Date> inburgering_voldaan;  // the duty was fulfilled
  std::vector<Date> voortgang;
  std::vector<RouteSwitch> leerroute_wissels;
  std::vector<GoalFacts> goals;
};

/// One line of `pipkit deadlines`: the fields of cli.md plus where the Atw
/// moved the due date from, and why.
struct DeadlineItem {
  std::string klantcode;
  std::string path;
  DeadlineKind kind = DeadlineKind::kDoel;
  std::string key;  // unique within a client: "voortgangsgesprek.2"
  Text title;
  Date due;
  std::optional<Date> from;  // the event the term counts from
  std::string rule_id;       // stable: "intake_pip.kennisgeving"
  Text rule;
  DeadlineStatus status = DeadlineStatus::kOpen;
  long days_left = 0;  // due minus today; negative when past
  std::optional<Date> moved_from;  // due before the Atw moved it
  std::vector<Text> moved_reasons;
};

/// Returns the kind as cli.md spells it ("intake_pip").
std::string_view kind_id(DeadlineKind kind);

/// Returns the status as cli.md spells it ("due_soon").
std::string_view status_id(DeadlineStatus status);

/// Returns one client's items sorted by due date; items whose dates are
/// missing are left out, nothing fails. `within_days` is the reach of
/// due_soon, today and the last day included.
std::vector<DeadlineItem> case_deadlines(const CaseFacts& facts,
                                         const Policy& policy,
                                         const Date& today,
                                         int within_days = 14);

/// Sorts items by due date and then klantcode, keeping the order of equals;
/// never fails.
void sort_by_due(std::vector<DeadlineItem>& items);

/// Returns the items of every client, sorted by due date and then klantcode;
/// never fails.
std::vector<DeadlineItem> caseload_deadlines(
    const std::vector<CaseFacts>& cases, const Policy& policy,
    const Date& today, int within_days = 14);

}  // namespace pipkit
