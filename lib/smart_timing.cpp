// SPDX-License-Identifier: EUPL-1.2
// T of SMART: when each goal runs, and the inburgeringstermijn.
#include "smart_timing.hpp"

#include <fmt/format.h>

namespace pipkit {
namespace {

std::string shown(const std::optional<Date>& date) {
  return date ? to_iso(*date) : "?";
}

std::string where_key(const Goal& goal) {
  return goal.tijdpad.empty() ? goal.places.path
                              : goal.places.key_path("tijdpad");
}

Position where(const Goal& goal) {
  return goal.places.of(goal.tijdpad.empty() ? "eind" : "tijdpad");
}

Text no_end(const Goal& goal, const GoalTiming& timing) {
  if (timing.open_reason) {
    return {fmt::format("'{}' heeft geen einde; spreek een einddatum of een "
                        "evaluatiemoment af, bijvoorbeeld 'evaluatie eind "
                        "juni 2027'",
                        *timing.open_reason),
            fmt::format("'{}' has no end; agree an end date or a review "
                        "date, for example 'evaluatie eind juni 2027'",
                        *timing.open_reason)};
  }
  if (goal.tijdpad.empty()) {
    return {
        "geen einddatum; vul 'eind' in of schrijf een tijdpad met een "
        "afronding",
        "no end date; fill in 'eind' or write a tijdpad with an end"};
  }
  return {fmt::format("tijdpad '{}' noemt geen einddatum; schrijf wanneer het "
                      "doel bereikt is, bijvoorbeeld 'afronding juni 2027'",
                      goal.tijdpad),
          fmt::format("tijdpad '{}' names no end date; write when the goal "
                      "is reached, for example 'afronding juni 2027'",
                      goal.tijdpad)};
}

Text no_start(const Goal& goal) {
  if (goal.tijdpad.empty()) {
    return {
        "geen startdatum; vul 'start' in of schrijf een tijdpad met een "
        "start",
        "no start date; fill in 'start' or write a tijdpad with a start"};
  }
  return {fmt::format("tijdpad '{}' noemt geen startdatum; schrijf wanneer "
                      "het doel begint, bijvoorbeeld 'start maart 2027'",
                      goal.tijdpad),
          fmt::format("tijdpad '{}' names no start date; write when the "
                      "goal starts, for example 'start maart 2027'",
                      goal.tijdpad)};
}

}  // namespace

Term integration_term(const Pip& pip, const Date& today) {
  Term term;
  if (pip.eerste_vastgesteld) {
    term.basis = "eerste_vastgesteld";
    term.basis_date = *pip.eerste_vastgesteld;
  } else if (pip.vastgesteld) {
    term.basis = "vastgesteld";
    term.basis_date = *pip.vastgesteld;
  } else {
    term.estimated = true;
    term.basis = pip.opgesteld ? "opgesteld" : "today";
    term.basis_date = pip.opgesteld.value_or(today);
  }
  // As deadlines counts it: the day of the plan does not count and the
  // term ends on the day with the plan's date, three years on.
  term.first_day = add_days(term.basis_date, 1);
  term.last_day = add_years(term.basis_date, 3);
  return term;
}

GoalTiming time_goal(const Goal& goal, const Date& reference) {
  (void)reference;
  GoalTiming timing;
  timing.start = goal.start;
  timing.end = goal.eind;
  if (goal.start || goal.eind) {
    timing.evidence.push_back(
        {fmt::format("sleutels start en eind: {} tot en met {}",
                     shown(goal.start), shown(goal.eind)),
         fmt::format("keys start and eind: {} to {}", shown(goal.start),
                     shown(goal.eind))});
  }
  return timing;
}

void judge_time(const PlanContext& plan, std::size_t i, CriterionVerdict& out) {
  const Goal& goal = *plan.goals[i];
  const GoalTiming& timing = plan.timings[i];
  out.evidence = timing.evidence;
  // validate reports a goal without any timeline (PK402) and dates in the
  // wrong order (PK210); T takes those over.
  out.findings =
      shared_findings(plan, {"PK402", "PK210"},
                      {goal.places.path, goal.places.key_path("eind")});
  if (!out.findings.empty()) return;
  for (const Diagnostic& note : timing.notes) out.findings.push_back(note);
  if (timing.end_before_start) {
    out.findings.push_back(
        {"PK643",
         Severity::kWarning,
         where(goal),
         where_key(goal),
         {fmt::format("tijdpad '{}' eindigt voor het begint; controleer de "
                      "data",
                      goal.tijdpad),
          fmt::format("tijdpad '{}' ends before it starts; check the dates",
                      goal.tijdpad)}});
  }
  if (!timing.start) {
    out.findings.push_back({"PK642", Severity::kWarning, where(goal),
                            where_key(goal), no_start(goal)});
  }
  if (!timing.end) {
    out.findings.push_back({"PK641", Severity::kWarning, where(goal),
                            where_key(goal), no_end(goal, timing)});
  }
}

}  // namespace pipkit
