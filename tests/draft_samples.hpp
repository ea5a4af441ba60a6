// SPDX-License-Identifier: EUPL-1.2
// The example intakes and the shipped rules, for build-pip's tests.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "case_file.hpp"
#include "draft.hpp"
#include "draft_rules.hpp"
#include "test_support.hpp"

namespace pipkit::test {

/// Returns the intake of an example client, e.g. "AAL-2026-0057".
inline Intake example_intake(const std::string& klantcode) {
  const std::string path = "examples/cases/" + klantcode + "/intake.yaml";
  CaseFile file = check_case_file(path, read_fixture(path));
  REQUIRE(file.intake.has_value());
  return *file.intake;
}

/// Returns an intake read from YAML text, as if at `path`.
inline Intake intake_from(const std::string& yaml,
                          const std::string& path = "cases/TST-1/intake.yaml") {
  CaseFile file = check_case_file(path, yaml);
  REQUIRE(file.intake.has_value());
  return *file.intake;
}

/// An intake with every leefgebied present and none needing action, for
/// tests that change one thing; replace a line with `changed`.
inline const std::string kPlainIntake = R"(soort: intake
versie: 1
klant:
  klantcode: "TST-1"
  voornamen: "Sam"
  achternaam: "Visser"
  geslacht: x
  doelgroep: asielstatushouder
traject:
  consulent: "K. Kaya"
leefgebieden:
  leerbaarheid: { bevindingen: "hoog", actie_nodig: false }
  opleiding:
    bevindingen: "geen"
    actie_nodig: false
    diplomas: []
  werkervaring:
    bevindingen: "geen"
    actie_nodig: false
    functies: []
  praktische_competenties: { bevindingen: "x", actie_nodig: false }
  werknemersvaardigheden: { bevindingen: "x", actie_nodig: false }
  taalniveau:
    bevindingen: "x"
    actie_nodig: false
    nederlands: { spreken: B1, luisteren: B1, lezen: B1, schrijven: B1 }
    alfabetisering: gealfabetiseerd
  motivatie_interesses: { bevindingen: "x", actie_nodig: false }
  zelfredzaamheid: { bevindingen: "x", actie_nodig: false }
  digitale_vaardigheden:
    { bevindingen: "x", actie_nodig: false, niveau: gevorderd }
  gezinssituatie: { bevindingen: "x", actie_nodig: false }
  fysieke_gezondheid: { bevindingen: "x", actie_nodig: false }
  mentale_gezondheid: { bevindingen: "x", actie_nodig: false }
  sociaal_netwerk: { bevindingen: "x", actie_nodig: false }
advies:
  leerroute: b1
)";

/// Returns `text` with its first `from` replaced by `to`; fails the test
/// when `from` is not there.
inline std::string changed(std::string text, const std::string& from,
                           const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

/// Returns the rules pipkit ships in templates/build-pip.yaml.
inline DraftRules shipped_rules() {
  return parse_draft_rules("templates/build-pip.yaml",
                           read_fixture("templates/build-pip.yaml"));
}

}  // namespace pipkit::test
