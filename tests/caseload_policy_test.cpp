// SPDX-License-Identifier: EUPL-1.2
// caseload_policy: what pipkit.yaml says about deadlines.
#include <doctest/doctest.h>

#include <string>

#include "case_file.hpp"
#include "caseload_policy.hpp"

using pipkit::Date;

namespace {

pipkit::Caseload caseload_from(const std::string& yaml) {
  const pipkit::CaseFile file = pipkit::check_case_file("pipkit.yaml", yaml);
  REQUIRE(file.caseload);
  return *file.caseload;
}

}  // namespace

TEST_CASE("caseload_policy takes the preset its beleid names") {
  const auto policy = pipkit::caseload_policy(
      caseload_from("soort: caseload\nversie: 1\nbeleid: pilot\n"), {});
  CHECK(policy.name == pipkit::PolicyName::kPilot);
  CHECK(policy.intake_pip_weken == 6);
  CHECK_FALSE(policy.algemene_termijnenwet);
}

TEST_CASE("caseload_policy applies termijnen and algemene_termijnenwet") {
  const auto policy = pipkit::caseload_policy(
      caseload_from("soort: caseload\nversie: 1\nbeleid: wi2021\n"
                    "algemene_termijnenwet: false\n"
                    "termijnen:\n"
                    "  intake_pip: { weken: 8 }\n"
                    "  voortgangsgesprekken: { aantal: 3, "
                    "binnen_maanden: 12 }\n"),
      {});
  CHECK(policy.name == pipkit::PolicyName::kWi2021);
  CHECK(policy.intake_pip_weken == 8);
  CHECK(policy.voortgang_aantal == 3);
  CHECK(policy.voortgang_binnen_maanden == 12);
  CHECK(policy.inburgeringstermijn_jaren == 3);
  CHECK_FALSE(policy.algemene_termijnenwet);
}

TEST_CASE("caseload_policy adds the caseload's days to the shipped ones") {
  pipkit::HolidayData shipped;
  pipkit::add_gelijkgestelde_dagen(shipped, {{2026, 5, 15}});
  const auto policy = pipkit::caseload_policy(
      caseload_from("soort: caseload\nversie: 1\nbeleid: wi2021\n"
                    "gelijkgestelde_dagen: [2029-05-11, 2026-05-15]\n"),
      shipped);
  CHECK(policy.holidays.gelijkgestelde_dagen ==
        std::vector<Date>{{2026, 5, 15}, {2029, 5, 11}});
}

TEST_CASE("caseload_policy refuses an unknown beleid or a zero term") {
  CHECK_THROWS_AS(pipkit::caseload_policy(
                      caseload_from("soort: caseload\nversie: 1\n"
                                    "beleid: wi2013\n"),
                      {}),
                  pipkit::PolicyError);
  CHECK_THROWS_AS(pipkit::caseload_policy(
                      caseload_from("soort: caseload\nversie: 1\n"
                                    "gemeente: x\n"),
                      {}),
                  pipkit::PolicyError);
  CHECK_THROWS_AS(pipkit::caseload_policy(
                      caseload_from("soort: caseload\nversie: 1\n"
                                    "beleid: advies\ntermijnen:\n"
                                    "  intake_pip: { weken: 0 }\n"),
                      {}),
                  pipkit::PolicyError);
}
