// SPDX-License-Identifier: EUPL-1.2
// The policy a caseload's pipkit.yaml chooses, its overrides and its days.
#include <doctest/doctest.h>

#include <string>

#include "case_file.hpp"
#include "caseload_policy.hpp"
#include "test_support.hpp"

using pipkit::Caseload;
using pipkit::Date;
using pipkit::HolidayData;
using pipkit::Policy;
using pipkit::PolicyName;

namespace {

pipkit::CaseFile caseload_file(const std::string& body) {
  return pipkit::check_case_file("pipkit.yaml",
                                 "soort: caseload\nversie: 1\n" + body);
}

Caseload caseload_of(const std::string& body) {
  auto file = caseload_file(body);
  REQUIRE(file.caseload);
  return *file.caseload;
}

HolidayData shipped() {
  HolidayData data;
  data.gelijkgestelde_dagen = {{2026, 1, 2}, {2026, 5, 15}};
  data.bijgewerkt = Date{2026, 12, 4};
  return data;
}

const std::string kEveryKey = R"(beleid: pilot
termijnen:
  intake_pip: { weken: 8 }
  derden_informatie: { weken: 3 }
  inburgeringstermijn: { jaren: 4 }
  leerroute_wissel: { maanden: 0 }
  voortgangsgesprekken: { aantal: 3, binnen_maanden: 12 }
algemene_termijnenwet: true
gelijkgestelde_dagen: [2027-05-07, 2026-05-15]
)";

}  // namespace

TEST_CASE("validate accepts every override key the engine reads") {
  const auto file = caseload_file(kEveryKey);
  std::string found;
  for (const auto& d : file.diagnostics) {
    found += pipkit::test::describe(d) + "\n";
  }
  CAPTURE(found);
  CHECK(file.diagnostics.empty());
}

TEST_CASE("validate refuses override values out of their range") {
  struct Row {
    const char* body;
    const char* key;
  };
  const Row rows[] = {
      {"termijnen:\n  derden_informatie: { weken: -1 }\n",
       "termijnen.derden_informatie.weken"},
      {"termijnen:\n  inburgeringstermijn: { jaren: 11 }\n",
       "termijnen.inburgeringstermijn.jaren"},
      {"termijnen:\n  leerroute_wissel: { maanden: 61 }\n",
       "termijnen.leerroute_wissel.maanden"},
      {"termijnen:\n  leerroute_wissel: { maanden: 1.5 }\n",
       "termijnen.leerroute_wissel.maanden"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.body);
    const auto file = caseload_file(std::string("beleid: wi2021\n") + row.body);
    REQUIRE(file.diagnostics.size() == 1);
    CHECK(file.diagnostics[0].rule == "PK105");
    CHECK(file.diagnostics[0].key == row.key);
  }
}

TEST_CASE("every override in pipkit.yaml replaces the preset's value") {
  const Policy policy = pipkit::caseload_policy(caseload_of(kEveryKey),
                                                shipped());
  CHECK(policy.name == PolicyName::kPilot);
  CHECK(policy.intake_pip_weken == 8);
  CHECK(policy.derden_informatie_weken == 3);
  CHECK(policy.inburgeringstermijn_jaren == 4);
  CHECK(policy.leerroute_wissel_maanden == 0);
  CHECK(policy.voortgang_aantal == 3);
  CHECK(policy.voortgang_binnen_maanden == 12);
  CHECK(policy.algemene_termijnenwet);  // the pilot preset has it off
  // The caseload's days join the shipped ones, sorted, 15 May once.
  CHECK(policy.holidays.gelijkgestelde_dagen ==
        std::vector<Date>{{2026, 1, 2}, {2026, 5, 15}, {2027, 5, 7}});
}

TEST_CASE("keys left out keep the preset of the chosen beleid") {
  struct Row {
    const char* beleid;
    PolicyName name;
  };
  const Row rows[] = {{"wi2021", PolicyName::kWi2021},
                      {"pilot", PolicyName::kPilot},
                      {"advies", PolicyName::kAdvies}};
  for (const Row& row : rows) {
    CAPTURE(row.beleid);
    const Policy policy = pipkit::caseload_policy(
        caseload_of(std::string("beleid: ") + row.beleid + "\n"), shipped());
    Policy expected = pipkit::preset(row.name);
    CHECK(policy.name == expected.name);
    CHECK(policy.intake_start == expected.intake_start);
    CHECK(policy.intake_pip_weken == expected.intake_pip_weken);
    CHECK(policy.derden_informatie_weken == expected.derden_informatie_weken);
    CHECK(policy.inburgeringstermijn_jaren ==
          expected.inburgeringstermijn_jaren);
    CHECK(policy.leerroute_wissel_maanden ==
          expected.leerroute_wissel_maanden);
    CHECK(policy.algemene_termijnenwet == expected.algemene_termijnenwet);
    CHECK(policy.holidays.gelijkgestelde_dagen ==
          shipped().gelijkgestelde_dagen);
  }
}

TEST_CASE("an unknown beleid is an error that names the choices") {
  try {
    pipkit::caseload_policy(caseload_of("beleid: wi2013\n"), shipped());
    FAIL("no PolicyError");
  } catch (const pipkit::PolicyError& error) {
    CHECK(error.message().nl ==
          "beleid 'wi2013' is onbekend; kies pilot, advies of wi2021");
    CHECK(error.message().en ==
          "beleid 'wi2013' is unknown; choose pilot, advies or wi2021");
  }
}

TEST_CASE("a value that is no whole number is left to the preset") {
  const auto overrides = pipkit::read_overrides(caseload_of(
      "beleid: wi2021\ntermijnen:\n  intake_pip: { weken: tien }\n"
      "  leerroute_wissel: { maanden: 12 }\n"));
  CHECK_FALSE(overrides.intake_pip_weken);
  CHECK(overrides.leerroute_wissel_maanden == 12);
  CHECK_FALSE(overrides.algemene_termijnenwet);
}

TEST_CASE("without pipkit.yaml the law applies with the shipped days") {
  const Policy policy = pipkit::default_policy(shipped());
  CHECK(policy.name == PolicyName::kWi2021);
  CHECK(policy.intake_pip_weken == 10);
  CHECK(policy.holidays.gelijkgestelde_dagen == shipped().gelijkgestelde_dagen);
}
