// SPDX-License-Identifier: EUPL-1.2
// The three deadline presets and what a caseload may override.
#include <doctest/doctest.h>

#include <string>

#include "policy.hpp"

using pipkit::IntakeStart;
using pipkit::PlanDone;
using pipkit::Policy;
using pipkit::PolicyName;
using pipkit::PolicyOverrides;

namespace {

std::string error_of(const PolicyOverrides& overrides) {
  try {
    pipkit::with_overrides(pipkit::preset(PolicyName::kWi2021), overrides);
  } catch (const pipkit::PolicyError& error) {
    return error.message().nl;
  }
  return "no error";
}

}  // namespace

TEST_CASE("each preset carries the terms of its source") {
  struct Row {
    PolicyName name;
    IntakeStart start;
    PlanDone done;
    int intake_weeks, third_party_weeks, term_years, switch_months;
    int conversations, conversation_months;
    bool atw;
  };
  const Row rows[] = {
      {PolicyName::kWi2021, IntakeStart::kKennisgevingOfBrp,
       PlanDone::kVastgesteld, 10, 2, 3, 18, 2, 10, true},
      {PolicyName::kPilot, IntakeStart::kAanmeldingOfOproep,
       PlanDone::kOpgesteld, 6, 0, 0, 12, 2, 10, false},
      {PolicyName::kAdvies, IntakeStart::kVestiging, PlanDone::kOpgesteld, 6,
       0, 0, 12, 2, 10, false},
  };
  for (const auto& row : rows) {
    const Policy policy = pipkit::preset(row.name);
    CAPTURE(pipkit::policy_id(row.name));
    CHECK(policy.name == row.name);
    CHECK(policy.intake_start == row.start);
    CHECK(policy.plan_done == row.done);
    CHECK(policy.intake_pip_weken == row.intake_weeks);
    CHECK(policy.derden_informatie_weken == row.third_party_weeks);
    CHECK(policy.inburgeringstermijn_jaren == row.term_years);
    CHECK(policy.leerroute_wissel_maanden == row.switch_months);
    CHECK(policy.voortgang_aantal == row.conversations);
    CHECK(policy.voortgang_binnen_maanden == row.conversation_months);
    CHECK(policy.algemene_termijnenwet == row.atw);
    CHECK(policy.holidays.gelijkgestelde_dagen.empty());
  }
}

TEST_CASE("beleid accepts exactly pilot, advies and wi2021") {
  CHECK(pipkit::parse_policy_name("pilot") == PolicyName::kPilot);
  CHECK(pipkit::parse_policy_name("advies") == PolicyName::kAdvies);
  CHECK(pipkit::parse_policy_name("wi2021") == PolicyName::kWi2021);
  CHECK_FALSE(pipkit::parse_policy_name("WI2021"));
  CHECK_FALSE(pipkit::parse_policy_name("wi2013"));
  CHECK_FALSE(pipkit::parse_policy_name(""));
  CHECK(pipkit::policy_id(PolicyName::kAdvies) == "advies");
}

TEST_CASE("overrides replace only the keys that are set") {
  PolicyOverrides overrides;
  overrides.intake_pip_weken = 8;
  overrides.voortgang_aantal = 3;
  overrides.voortgang_binnen_maanden = 6;
  overrides.algemene_termijnenwet = false;
  const Policy policy =
      pipkit::with_overrides(pipkit::preset(PolicyName::kWi2021), overrides);
  CHECK(policy.name == PolicyName::kWi2021);
  CHECK(policy.intake_pip_weken == 8);
  CHECK(policy.voortgang_aantal == 3);
  CHECK(policy.voortgang_binnen_maanden == 6);
  CHECK_FALSE(policy.algemene_termijnenwet);
  CHECK(policy.derden_informatie_weken == 2);
  CHECK(policy.inburgeringstermijn_jaren == 3);
  CHECK(policy.leerroute_wissel_maanden == 18);
}

TEST_CASE("a pilot caseload may switch on the atw and add a term") {
  PolicyOverrides overrides;
  overrides.algemene_termijnenwet = true;
  overrides.inburgeringstermijn_jaren = 3;
  const Policy policy =
      pipkit::with_overrides(pipkit::preset(PolicyName::kPilot), overrides);
  CHECK(policy.algemene_termijnenwet);
  CHECK(policy.inburgeringstermijn_jaren == 3);
  CHECK(policy.intake_pip_weken == 6);
}

TEST_CASE("an override that makes no sense is refused with its key") {
  struct Row { PolicyOverrides overrides; const char* message; };
  PolicyOverrides zero_weeks;
  zero_weeks.intake_pip_weken = 0;
  PolicyOverrides negative_years;
  negative_years.inburgeringstermijn_jaren = -1;
  PolicyOverrides negative_switch;
  negative_switch.leerroute_wissel_maanden = -18;
  PolicyOverrides no_window;
  no_window.voortgang_binnen_maanden = 0;
  const Row rows[] = {
      {zero_weeks,
       "'termijnen.intake_pip.weken' moet ten minste 1 zijn: vul het aantal "
       "weken in"},
      {negative_years,
       "'termijnen.inburgeringstermijn.jaren' mag niet negatief zijn: "
       "gebruik 0 om de termijn uit te zetten"},
      {negative_switch,
       "'termijnen.leerroute_wissel.maanden' mag niet negatief zijn: "
       "gebruik 0 om de termijn uit te zetten"},
      {no_window,
       "'termijnen.voortgangsgesprekken.binnen_maanden' moet ten minste 1 "
       "zijn als er gesprekken verplicht zijn"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.message);
    CHECK(error_of(row.overrides) == row.message);
  }
}

TEST_CASE("no conversations need no window") {
  PolicyOverrides overrides;
  overrides.voortgang_aantal = 0;
  overrides.voortgang_binnen_maanden = 0;
  CHECK(error_of(overrides) == "no error");
}
