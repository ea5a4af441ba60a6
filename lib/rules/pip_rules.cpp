// SPDX-License-Identifier: EUPL-1.2
// Rules on one plan, and on a plan against the intake it came from.
#include "rules/pip_rules.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "identifiers.hpp"
#include "rules/intake_rules.hpp"
#include "rules/rule_helpers.hpp"
#include "schema.hpp"

namespace pipkit {
namespace {

void check_goal(const Goal& goal, Diagnostics& out) {
  if (goal.tijdpad.empty() && !goal.start && !goal.eind &&
      goal.places.keys.count("tijdpad") == 0) {
    add_finding(out, "PK402", Severity::kError, goal.places, "",
                {"doel zonder tijdpad en zonder start- of einddatum; schrijf "
                 "wanneer het begint en klaar is",
                 "goal without tijdpad and without start or end date; write "
                 "when it starts and when it is done"});
  }
  check_order(out, goal.places, goal.start, "start", goal.eind, "eind");
}

void check_dates(const Pip& pip, Diagnostics& out) {
  check_order(out, pip.places, pip.opgesteld, "opgesteld", pip.vastgesteld,
              "vastgesteld");
  check_order(out, pip.places, pip.eerste_vastgesteld, "eerste_vastgesteld",
              pip.vastgesteld, "vastgesteld");
  const auto first = pip.eerste_vastgesteld ? pip.eerste_vastgesteld
                                            : pip.vastgesteld;
  for (const Voortgang& v : pip.voortgang) {
    if (!v.datum || !first || *v.datum >= *first) continue;
    add_finding(
        out, "PK211", Severity::kWarning, pip.places, "voortgang",
        {fmt::format("voortgangsgesprek op {} ligt voor de vaststelling "
                     "van het plan ({})",
                     to_iso(*v.datum), to_iso(*first)),
         fmt::format("progress conversation on {} is before the plan "
                     "was decided ({})",
                     to_iso(*v.datum), to_iso(*first))});
  }
}

// A plan a client can follow holds a handful of goals; past the bound the
// file is more likely generated or pasted wrongly than written, and every
// command that lists goals would drown in it.
void check_goal_count(const Pip& pip, Diagnostics& out) {
  const std::vector<const Goal*> goals = pip.goals();
  if (goals.size() <= kMaxGoals) return;
  const Goal& first_over = *goals[kMaxGoals];
  out.push_back(Diagnostic{
      "PK407", Severity::kError, first_over.places.position,
      first_over.places.path,
      {fmt::format("het plan heeft {} doelen, hooguit {}; voeg doelen samen "
                   "of maak een apart plan",
                   goals.size(), kMaxGoals),
       fmt::format("the plan has {} goals, at most {}; merge goals or make a "
                   "separate plan",
                   goals.size(), kMaxGoals)}});
}

bool answers(const Pip& pip, const std::string& leefgebied) {
  for (const Goal* goal : pip.goals()) {
    const auto& refs = goal->leefgebieden;
    if (std::find(refs.begin(), refs.end(), leefgebied) != refs.end()) {
      return true;
    }
  }
  return false;
}

}  // namespace

Diagnostics check_pip(const Pip& pip) {
  Diagnostics out;
  for (const Goal* goal : pip.goals()) check_goal(*goal, out);
  check_goal_count(pip, out);
  check_dates(pip, out);
  const Places klant{"klant", pip.places.of("klant"),
                     {{"klantcode", pip.places.of("klant")}}};
  if (!pip.klantcode.empty() && !is_valid_klantcode(pip.klantcode)) {
    add_finding(out, "PK203", Severity::kError, klant, "klantcode",
                {fmt::format("klantcode '{}' mag alleen letters, cijfers, '-' "
                             "en '_' bevatten en hooguit 40 tekens lang zijn",
                             pip.klantcode),
                 fmt::format("klantcode '{}' may hold only letters, digits, "
                             "'-' and '_', at most 40 characters",
                             pip.klantcode)});
  }
  for (Diagnostic& d :
       check_folder_name(pip.path, pip.klantcode, klant, "klantcode")) {
    out.push_back(std::move(d));
  }
  return out;
}

Diagnostics check_pip_against_intake(const Pip& pip, const Intake& intake) {
  Diagnostics out;
  if (!pip.klantcode.empty() && !intake.klantcode.empty() &&
      pip.klantcode != intake.klantcode) {
    const Places klant{"klant", pip.places.of("klant"),
                       {{"klantcode", pip.places.of("klant")}}};
    add_finding(out, "PK403", Severity::kError, klant, "klantcode",
                {fmt::format("klantcode '{}' verschilt van die van de intake "
                             "('{}'); hoort dit plan bij deze intake?",
                             pip.klantcode, intake.klantcode),
                 fmt::format("klantcode '{}' differs from the intake's "
                             "('{}'); does this plan belong to this intake?",
                             pip.klantcode, intake.klantcode)});
  }
  for (const Leefgebied& lg : intake.leefgebieden) {
    if (!lg.actie_nodig || answers(pip, lg.key)) continue;
    add_finding(
        out, "PK406", Severity::kError, pip.places, "participatie",
        {fmt::format("de intake zegt dat leefgebied '{}' actie nodig heeft, "
                     "maar geen doel noemt het in 'leefgebieden'; voeg een "
                     "doel toe of verwijs vanuit een bestaand doel",
                     lg.key),
         fmt::format("the intake says leefgebied '{}' needs action, but no "
                     "goal names it in 'leefgebieden'; add a goal or refer "
                     "to it from an existing one",
                     lg.key)});
  }
  return out;
}

Diagnostic missing_intake_finding(const Pip& pip,
                                  const std::string& intake_path) {
  return Diagnostic{
      "PK404", Severity::kWarning, pip.places.of("intake"),
      pip.places.keys.count("intake") ? "intake" : "",
      {fmt::format("intake '{}' niet gevonden; het plan is niet tegen de "
                   "intake gecontroleerd",
                   intake_path),
       fmt::format("intake '{}' not found; the plan was not checked "
                   "against its intake",
                   intake_path)}};
}

}  // namespace pipkit
