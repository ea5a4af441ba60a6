// SPDX-License-Identifier: EUPL-1.2
// Deadline presets (pilot, advies, wi2021) and a caseload's overrides.
#include "policy.hpp"

#include <string>

namespace pipkit {

namespace {

// The law as in force since 2022: the PIP within ten weeks of DUO's notice
// or the BRP registration, to at most two weeks after third-party
// information arrives (Besluit inburgering 2021); the three-year term from
// the day after the first plan's date (Wet inburgering 2021, art. 11); a
// route switch within 18 months of the term's start. The number of progress
// conversations is left to the municipality: two in ten months follows the
// pilot. These terms are set by an act or an AMvB, so the Atw applies where
// its art. 4 lets it.
Policy wi2021() {
  Policy policy;
  policy.name = PolicyName::kWi2021;
  policy.intake_start = IntakeStart::kKennisgevingOfBrp;
  policy.plan_done = PlanDone::kVastgesteld;
  policy.intake_pip_weken = 10;
  policy.derden_informatie_weken = 2;
  policy.inburgeringstermijn_jaren = 3;
  policy.leerroute_wissel_maanden = 18;
  policy.voortgang_aantal = 2;
  policy.voortgang_binnen_maanden = 10;
  policy.algemene_termijnenwet = true;
  return policy;
}

// The pilot (2019-2020) ran under the Wet inburgering 2013: its six weeks
// were an agreement between the municipalities, not a term set by law, so
// the Atw (which covers terms in acts and AMvB's only, art. 1) is off; its
// plan counted as done when drawn up, and it knew no three-year term from
// the plan. Its route switch counted from the start of the term, for which
// pipkit takes the plan's date, the only start a case file records.
Policy pilot() {
  Policy policy = wi2021();
  policy.name = PolicyName::kPilot;
  policy.intake_start = IntakeStart::kAanmeldingOfOproep;
  policy.plan_done = PlanDone::kOpgesteld;
  policy.intake_pip_weken = 6;
  policy.derden_informatie_weken = 0;
  policy.inburgeringstermijn_jaren = 0;
  policy.leerroute_wissel_maanden = 12;
  policy.algemene_termijnenwet = false;
  return policy;
}

// The evaluators' advice changes only where the six weeks start: from the
// day the client actually lives in the municipality.
Policy advies() {
  Policy policy = pilot();
  policy.name = PolicyName::kAdvies;
  policy.intake_start = IntakeStart::kVestiging;
  return policy;
}

void require(bool ok, const std::string& key, const std::string& nl_rule,
             const std::string& en_rule) {
  if (ok) return;
  throw PolicyError({"'" + key + "' " + nl_rule, "'" + key + "' " + en_rule});
}

void check(const Policy& policy) {
  require(policy.intake_pip_weken >= 1, "termijnen.intake_pip.weken",
          "moet ten minste 1 zijn: vul het aantal weken in",
          "must be at least 1: give the number of weeks");
  const std::string negative_nl = "mag niet negatief zijn: gebruik 0 om "
                                  "de termijn uit te zetten";
  const std::string negative_en = "must not be negative: use 0 to switch "
                                  "the term off";
  require(policy.derden_informatie_weken >= 0,
          "termijnen.derden_informatie.weken", negative_nl, negative_en);
  require(policy.inburgeringstermijn_jaren >= 0,
          "termijnen.inburgeringstermijn.jaren", negative_nl, negative_en);
  require(policy.leerroute_wissel_maanden >= 0,
          "termijnen.leerroute_wissel.maanden", negative_nl, negative_en);
  require(policy.voortgang_aantal >= 0,
          "termijnen.voortgangsgesprekken.aantal", negative_nl, negative_en);
  require(policy.voortgang_aantal == 0 || policy.voortgang_binnen_maanden >= 1,
          "termijnen.voortgangsgesprekken.binnen_maanden",
          "moet ten minste 1 zijn als er gesprekken verplicht zijn",
          "must be at least 1 when conversations are required");
}

}  // namespace

std::string_view policy_id(PolicyName name) {
  switch (name) {
    case PolicyName::kPilot: return "pilot";
    case PolicyName::kAdvies: return "advies";
    case PolicyName::kWi2021: return "wi2021";
  }
  return "wi2021";
}

std::optional<PolicyName> parse_policy_name(std::string_view text) {
  for (PolicyName name :
       {PolicyName::kPilot, PolicyName::kAdvies, PolicyName::kWi2021}) {
    if (text == policy_id(name)) return name;
  }
  return std::nullopt;
}

Policy preset(PolicyName name) {
  switch (name) {
    case PolicyName::kPilot: return pilot();
    case PolicyName::kAdvies: return advies();
    case PolicyName::kWi2021: return wi2021();
  }
  return wi2021();
}

Policy with_overrides(Policy base, const PolicyOverrides& overrides) {
  auto set = [](auto& field, const auto& value) {
    if (value) field = *value;
  };
  set(base.intake_pip_weken, overrides.intake_pip_weken);
  set(base.derden_informatie_weken, overrides.derden_informatie_weken);
  set(base.inburgeringstermijn_jaren, overrides.inburgeringstermijn_jaren);
  set(base.leerroute_wissel_maanden, overrides.leerroute_wissel_maanden);
  set(base.voortgang_aantal, overrides.voortgang_aantal);
  set(base.voortgang_binnen_maanden, overrides.voortgang_binnen_maanden);
  set(base.algemene_termijnenwet, overrides.algemene_termijnenwet);
  check(base);
  return base;
}

}  // namespace pipkit
