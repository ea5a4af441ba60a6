// SPDX-License-Identifier: EUPL-1.2
// S, M, A, R and T verdicts for every goal of a plan, and the plan's own.
#include "smart.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "smart_context.hpp"
#include "smart_plan.hpp"
#include "smart_realism.hpp"
#include "smart_timing.hpp"
#include "smart_wording.hpp"

namespace pipkit {
namespace {

Date reference_date(const Pip& pip, const Date& today) {
  if (pip.opgesteld) return *pip.opgesteld;
  return pip.vastgesteld.value_or(today);
}

// Agreement is one fact about the whole plan, so every goal shares it.
CriterionVerdict judge_acceptable(const Pip& pip, const Node& root) {
  CriterionVerdict out;
  const Node* akkoord = root.get("akkoord");
  const MapEntry* klant = akkoord ? akkoord->entry("klant") : nullptr;
  const Position where =
      klant ? klant->value.position : pip.places.of("akkoord");
  const std::string key = klant ? "akkoord.klant" : "akkoord";
  const std::string opgesteld =
      pip.opgesteld ? to_iso(*pip.opgesteld) : std::string("?");
  if (!pip.akkoord_klant) {
    out.evidence.push_back({"geen akkoord van de klant",
                            "no agreement by "
                            "the client"});
    out.findings.push_back(
        {"PK620",
         Severity::kWarning,
         where,
         key,
         {"het plan legt geen akkoord van de klant vast; vul 'akkoord.klant' "
          "in met de datum waarop de klant instemde",
          "the plan records no agreement by the client; fill in "
          "'akkoord.klant' with the date the client agreed"}});
    return out;
  }
  const std::string agreed = to_iso(*pip.akkoord_klant);
  out.evidence.push_back(
      {fmt::format("akkoord klant {}, opgesteld {}", agreed, opgesteld),
       fmt::format("agreed by the client {}, drawn up {}", agreed, opgesteld)});
  if (!pip.opgesteld || *pip.akkoord_klant >= *pip.opgesteld) return out;
  out.findings.push_back(
      {"PK621",
       Severity::kWarning,
       where,
       key,
       {fmt::format("akkoord van de klant ({}) ligt voor het opstellen van "
                    "het plan ({}); de klant stemt in met het plan zoals het "
                    "is opgesteld: leg het akkoord opnieuw vast",
                    agreed, opgesteld),
        fmt::format("the client's agreement ({}) is before the plan was "
                    "drawn up ({}); the client agrees to the plan as drawn "
                    "up: record the agreement again",
                    agreed, opgesteld)}});
  return out;
}

Text term_evidence(const Term& term) {
  const std::string first = to_iso(term.first_day);
  const std::string last = to_iso(term.last_day);
  const std::string basis = to_iso(term.basis_date);
  if (term.estimated) {
    return {fmt::format("inburgeringstermijn geschat: {} tot en met {} (vanaf "
                        "{} {}; het plan is nog niet vastgesteld)",
                        first, last, term.basis, basis),
            fmt::format("inburgeringstermijn estimated: {} to {} (from {} "
                        "{}; the plan is not decided yet)",
                        first, last, term.basis, basis)};
  }
  return {fmt::format("inburgeringstermijn {} tot en met {} (vanaf {} {})",
                      first, last, term.basis, basis),
          fmt::format("inburgeringstermijn {} to {} (from {} {})", first, last,
                      term.basis, basis)};
}

GoalVerdict judge_goal(const PlanContext& plan, std::size_t i,
                       const CriterionVerdict& acceptable) {
  const Goal& goal = *plan.goals[i];
  GoalVerdict v;
  v.section = goal.section;
  v.index = goal.index;
  v.titel = goal.titel;
  v.tijdpad = goal.tijdpad;
  v.start = plan.timings[i].start;
  v.end = plan.timings[i].end;
  judge_specific(plan, i, v.at(Criterion::kS));
  judge_measurable(plan, i, v.at(Criterion::kM));
  v.at(Criterion::kA) = acceptable;
  judge_realism(plan, i, v.at(Criterion::kR));
  judge_time(plan, i, v.at(Criterion::kT));
  for (CriterionVerdict& c : v.criteria) sort_diagnostics(c.findings);
  return v;
}

}  // namespace

const char* criterion_letter(Criterion criterion) {
  static constexpr const char* kLetters[] = {"S", "M", "A", "R", "T"};
  return kLetters[static_cast<int>(criterion)];
}

bool CriterionVerdict::pass() const {
  return std::all_of(findings.begin(), findings.end(), [](const auto& d) {
    return d.severity == Severity::kInfo;
  });
}

int GoalVerdict::score() const {
  return static_cast<int>(
      std::count_if(criteria.begin(), criteria.end(),
                    [](const auto& c) { return c.pass(); }));
}

std::optional<double> PlanVerdict::score() const {
  if (goals.empty()) return std::nullopt;
  double total = 0;
  for (const GoalVerdict& goal : goals) total += goal.score();
  return total / static_cast<double>(goals.size());
}

PlanVerdict judge_plan(const SmartInput& input) {
  const Pip& pip = *input.plan.pip;
  const Date reference = reference_date(pip, input.today);
  PlanContext plan{pip,
                   input.intake,
                   input.plan.source,
                   input.plan.root,
                   input.plan.diagnostics,
                   input.config,
                   reference,
                   integration_term(pip, input.today),
                   pip.goals(),
                   {}};
  for (const Goal* goal : plan.goals) {
    plan.timings.push_back(time_goal(*goal, reference, input.plan.source));
  }
  const CriterionVerdict acceptable = judge_acceptable(pip, input.plan.root);
  PlanVerdict out;
  out.path = input.plan.source.path();
  out.klantcode = pip.klantcode;
  out.leerroute = pip.leerroute;
  for (std::size_t i = 0; i < plan.goals.size(); ++i) {
    out.goals.push_back(judge_goal(plan, i, acceptable));
  }
  out.findings = judge_plan_as_whole(plan);
  out.evidence.push_back(term_evidence(plan.term));
  return out;
}

}  // namespace pipkit
