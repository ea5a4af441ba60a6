// SPDX-License-Identifier: EUPL-1.2
// When a build-pip rule's `wanneer` holds: one intake fact changed at a time.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "draft_conditions.hpp"
#include "draft_samples.hpp"

using pipkit::test::changed;
using pipkit::test::intake_from;
using pipkit::test::kPlainIntake;

namespace {

pipkit::Condition condition(const std::string& wanneer) {
  const std::string rules =
      "soort: build-pip\nversie: 1\nregels:\n  - id: r\n    deel: "
      "participatie\n    wanneer: " +
      wanneer +
      "\n    doel: { titel: t, doelstelling: d, activiteiten: [a] }\n"
      "    planning: { maanden: 1 }\nvangnet:\n  doel: { titel: t, "
      "doelstelling: d, activiteiten: [a] }\n  planning: { maanden: 1 }\n";
  return pipkit::parse_draft_rules("r.yaml", rules).regels.at(0).wanneer;
}

const std::string kDiplomas = "    diplomas: []\n";
const std::string kFuncties = "    functies: []\n";
const std::string kSociaal =
    "sociaal_netwerk: { bevindingen: \"x\", actie_nodig: false }";
const std::string kSociaalActie =
    "sociaal_netwerk: { bevindingen: \"x\", actie_nodig: true }";

std::string with_diploma(const std::string& fields) {
  return changed(kPlainIntake, kDiplomas,
                 "    diplomas:\n      - { naam: \"Eerste\", niveau: vo }\n"
                 "      - { naam: \"Tweede\", " +
                     fields + " }\n");
}

std::string with_functie(const std::string& fields) {
  return changed(
      kPlainIntake, kFuncties,
      "    functies:\n      - { beroep: \"bakker\", " + fields + " }\n");
}

std::string with_belemmering(const std::string& item) {
  return changed(kPlainIntake,
                 "fysieke_gezondheid: { bevindingen: \"x\", actie_nodig: "
                 "false }",
                 "fysieke_gezondheid: { bevindingen: \"x\", actie_nodig: "
                 "false, belemmeringen: [\"" + item + "\"] }");
}

}  // namespace

TEST_CASE("each kind of condition holds exactly when the intake shows it") {
  struct Row {
    std::string wanneer, intake;
    bool holds;
  };
  const std::string plain = kPlainIntake;
  const Row rows[] = {
      {"{ leerroute: b1 }", plain, true},
      {"{ leerroute: [z, onderwijs] }", plain, false},
      {"{ doelgroep: gezinsmigrant }", plain, false},
      {"{ leerroute: b1, doelgroep: asielstatushouder }", plain, true},
      {"{ actie_nodig: sociaal_netwerk }", plain, false},
      {"{ actie_nodig: sociaal_netwerk }",
       changed(plain, kSociaal, kSociaalActie), true},
      {"{ actie_nodig: [opleiding, sociaal_netwerk] }",
       changed(plain, kSociaal, kSociaalActie), true},
      {"{ onbeantwoord: sociaal_netwerk }",
       changed(plain, kSociaal, kSociaalActie), true},
      {"{ nederlands_onder: { spreken: B1 } }", plain, false},
      {"{ nederlands_onder: { spreken: B2 } }", plain, true},
      {"{ nederlands_onder: { spreken: B2, lezen: B1 } }", plain, false},
      // A skill without a level is not known to be below anything.
      {"{ nederlands_onder: { spreken: B2 } }",
       changed(plain, "spreken: B1, ", ""), false},
      {"{ digitale_vaardigheden: [geen, basis] }", plain, false},
      {"{ alfabetisering: ander_schrift }", plain, false},
      // Not recorded is not the same as false.
      {"{ nieuwkomer: false }", plain, false},
      {"{ belemmeringen: false }", plain, true},
      {"{ belemmeringen: true }", with_belemmering("kan niet tillen"), true},
      {"{ belemmeringen: true }", with_belemmering("nog invullen"), false},
      {"{ diploma: { buitenland: true } }", plain, false},
      {"{ diploma: { buitenland: true } }", with_diploma("land: \"Syrië\""),
       true},
      {"{ diploma: { buitenland: true } }", with_diploma("land: \"nederland\""),
       false},
      // An empty land is not known to be abroad.
      {"{ diploma: { buitenland: true } }", with_diploma("niveau: wo"), false},
      // An empty waardering counts as geen.
      {"{ diploma: { niveau: wo, waardering: geen } }",
       with_diploma("niveau: wo"), true},
      {"{ diploma: { niveau: wo, waardering: geen } }",
       with_diploma("niveau: wo, waardering: ontvangen"), false},
      {"{ diploma: { in_bezit: false } }", with_diploma("niveau: wo"), false},
      {"{ diploma: { in_bezit: false } }",
       with_diploma("niveau: wo, in_bezit: false"), true},
      {"{ functie: { jaren_minimaal: 2 } }", with_functie("jaren: 1.5"), false},
      {"{ functie: { jaren_minimaal: 2 } }", with_functie("jaren: 2"), true},
      {"{ functie: { jaren_minimaal: 2 } }", with_functie("land: \"Irak\""),
       false},
      {"{ functie: { buitenland: true } }", with_functie("land: \"Irak\""),
       true},
      {"{ niet: { leerroute: b1 } }", plain, false},
      {"{ niet: { leerroute: z } }", plain, true},
      {"{ functie: { buitenland: true }, niet: { diploma: { niveau: wo } } }",
       with_functie("land: \"Irak\""), true},
  };
  for (const Row& row : rows) {
    CAPTURE(row.wanneer);
    CAPTURE(row.intake);
    pipkit::ConditionMatch match;
    CHECK(pipkit::condition_holds(condition(row.wanneer),
                                  intake_from(row.intake), {},
                                  match) == row.holds);
  }
}

TEST_CASE("onbeantwoord fails once a goal already names the leefgebied") {
  const auto intake =
      intake_from(changed(kPlainIntake, kSociaal, kSociaalActie));
  const auto c = condition("{ onbeantwoord: sociaal_netwerk }");
  pipkit::ConditionMatch match;
  CHECK(pipkit::condition_holds(c, intake, {"taalniveau"}, match));
  CHECK_FALSE(pipkit::condition_holds(c, intake, {"sociaal_netwerk"}, match));
}

TEST_CASE("a diploma condition hands its texts only the diplomas it matched") {
  const auto intake = intake_from(with_diploma("niveau: hbo, land: \"Iran\""));
  pipkit::ConditionMatch match;
  REQUIRE(pipkit::condition_holds(
      condition("{ diploma: { niveau: [hbo, wo] } }"), intake, {}, match));
  REQUIRE(match.diplomas.size() == 1);
  CHECK(match.diplomas[0]->naam == "Tweede");
  CHECK(match.functies.empty());
}
