// SPDX-License-Identifier: EUPL-1.2
// Reading build-pip's rules file: what it accepts, and each refusal with
// the place to look.
#include <doctest/doctest.h>

#include <string>

#include "draft_rules.hpp"
#include "draft_samples.hpp"

using pipkit::DraftRules;
using pipkit::DraftRulesError;
using pipkit::Position;
using pipkit::test::changed;

namespace {

const std::string kRules = R"(soort: build-pip
versie: 1
regels:
  - id: een
    deel: participatie
    wanneer: { leerroute: b1 }
    doel:
      titel: "Een"
      doelstelling: "{Klant} doet mee"
      activiteiten: ["meedoen"]
    planning: { maanden: 2 }
vangnet:
  doel: { titel: "{leefgebied}", doelstelling: "x", activiteiten: ["y"] }
  planning: { maanden: 6 }
)";

}  // namespace

TEST_CASE("a rules file is read into conditions, goals and planning") {
  const std::string text =
      changed(kRules, "    wanneer: { leerroute: b1 }\n",
              "    wanneer:\n"
              "      leerroute: [b1, z]\n"
              "      actie_nodig: sociaal_netwerk\n"
              "      nederlands_onder: { spreken: A2 }\n"
              "      diploma: { niveau: [hbo, wo], in_bezit: false }\n"
              "      niet: { doelgroep: gezinsmigrant }\n");
  const DraftRules rules = pipkit::parse_draft_rules("r.yaml", text);
  REQUIRE(rules.regels.size() == 1);
  const pipkit::DraftRule& rule = rules.regels[0];
  CHECK(rule.id == "een");
  CHECK(rule.deel == "participatie");
  CHECK(rule.position == Position{4, 5});
  CHECK(rule.wanneer.choices.at("leerroute") ==
        std::vector<std::string>{"b1", "z"});
  CHECK(rule.wanneer.actie_nodig ==
        std::vector<std::string>{"sociaal_netwerk"});
  CHECK(rule.wanneer.nederlands_onder.at("spreken") == "A2");
  REQUIRE(rule.wanneer.diploma.has_value());
  CHECK(rule.wanneer.diploma->niveau == std::vector<std::string>{"hbo", "wo"});
  CHECK(rule.wanneer.diploma->in_bezit == false);
  REQUIRE(rule.wanneer.niet.size() == 1);
  CHECK(rule.wanneer.niet[0].choices.at("doelgroep") ==
        std::vector<std::string>{"gezinsmigrant"});
  CHECK(rule.doel.doelstelling == "{Klant} doet mee");
  CHECK(rule.planning.maanden == 2);
  CHECK_FALSE(rule.planning.vast);  // participatie loosens by default
  CHECK(rules.belemmeringen.uren_factor == 1);
  CHECK(rules.vangnet.planning.maanden == 6);
}

TEST_CASE("the shipped rules file reads without error") {
  const DraftRules rules = pipkit::test::shipped_rules();
  CHECK(rules.regels.size() == 22);
  CHECK(rules.belemmeringen.uren_factor == 0.5);
  CHECK(rules.belemmeringen.duur_factor == 1.5);
}

TEST_CASE("a rules file with a mistake is refused at the mistake") {
  struct Row {
    std::string from, to;
    Position at;
    std::string message;
  };
  const std::string leefgebieden =
      "leerbaarheid, opleiding, werkervaring, praktische_competenties, "
      "werknemersvaardigheden, taalniveau, motivatie_interesses, "
      "zelfredzaamheid, digitale_vaardigheden, gezinssituatie, "
      "fysieke_gezondheid, mentale_gezondheid, sociaal_netwerk";
  const Row rows[] = {
      {"{ leerroute: b1 }",
       "{ leerrout: b1 }",
       {6, 16},
       "unknown key 'regels[0].wanneer.leerrout'; choose from nieuwkomer, "
       "belemmeringen, actie_nodig, onbeantwoord, nederlands_onder, "
       "diploma, functie, niet, leerroute, doelgroep, alfabetisering, "
       "digitale_vaardigheden, leerbaarheidstoets, gezinshereniging"},
      {"{ leerroute: b1 }",
       "{ leerroute: b2 }",
       {6, 27},
       "'b2' is not a valid value for 'regels[0].wanneer.leerroute'; choose "
       "from b1, onderwijs, z"},
      {"[\"meedoen\"]\n",
       "[\"meedoen\"]\n      leefgebieden: [taal]\n",
       {11, 22},
       "'taal' is not a valid value for 'regels[0].doel.leefgebieden'; "
       "choose from " +
           leefgebieden},
      {"[\"meedoen\"]\n",
       "[\"meedoen\"]\n      instrumenten: [cursus]\n",
       {11, 22},
       "'cursus' is not a valid value for 'regels[0].doel.instrumenten'; "
       "choose from diplomawaardering, evc, assessment, beroepskwalificatie, "
       "stage, proefplaatsing, werkfit, leerwerktraject, vrijwilligerswerk, "
       "loopbaanadvies, taalmaatje, werkervaringsplaats, scholing, overig"},
      {"{Klant} doet mee",
       "{diplomas} doet mee",
       {4, 5},
       "variable '{diplomas}' cannot be used here; see pipkit-build-pip(1) "
       "for the variables and when they have a value"},
      {"{Klant} doet mee",
       "{naam} doet mee",
       {4, 5},
       "variable '{naam}' cannot be used here; see pipkit-build-pip(1) "
       "for the variables and when they have a value"},
      {"{ maanden: 2 }",
       "{ maanden: 2, na: [later] }",
       {4, 5},
       "'na: later' names no rule above; a rule can only wait for an "
       "earlier rule"},
      {"{ maanden: 2 }",
       "{ maanden: 0 }",
       {11, 26},
       "'regels[0].planning.maanden' must be a number from 1 to 36"},
      {"      doelstelling: \"{Klant} doet mee\"\n",
       "",
       {8, 7},
       "'regels[0].doel.doelstelling' is missing; fill it in"},
      {"[\"meedoen\"]",
       "[]",
       {10, 21},
       "'regels[0].doel.activiteiten' names no activity; name at least one"},
      {"soort: build-pip",
       "soort: pip",
       {1, 8},
       "this is not a build-pip rules file; it starts with 'soort: "
       "build-pip'"},
      {"    deel: participatie\n",
       "    deel: participatie\n    deel: inburgering\n",
       {6, 5},
       "key 'deel' appears a second time (first on line 5); merge the two"},
      {"vangnet:\n",
       "  - id: een\n    deel: participatie\n    wanneer: {}\n"
       "    doel: { titel: \"T\", doelstelling: \"D\", activiteiten: [a] }\n"
       "    planning: { maanden: 1 }\nvangnet:\n",
       {12, 5},
       "id 'een' is used twice; give every rule an id of its own"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.to);
    const std::string text = changed(kRules, row.from, row.to);
    try {
      pipkit::parse_draft_rules("r.yaml", text);
      FAIL("accepted");
    } catch (const DraftRulesError& e) {
      CHECK(e.position() == row.at);
      CHECK(e.message().en == row.message);
      CHECK_FALSE(e.message().nl.empty());
    }
  }
}

TEST_CASE("validate checks a caseload's own rules file as build-pip does") {
  const pipkit::CaseFile file = pipkit::check_case_file(
      "caseload/build-pip.yaml",
      pipkit::test::read_fixture("templates/build-pip.yaml"));
  CHECK(file.readable);
  CHECK(file.kind == pipkit::FileKind::kUnknown);
  CHECK(file.diagnostics.empty());
  const pipkit::CaseFile bad = pipkit::check_case_file(
      "caseload/templates/build-pip.yaml",
      changed(kRules, "{ leerroute: b1 }", "{ leerroute: b2 }"));
  CHECK(bad.kind == pipkit::FileKind::kUnknown);
  REQUIRE(bad.diagnostics.size() == 1);
  CHECK(bad.diagnostics[0] ==
        pipkit::Diagnostic{
            "PK700", pipkit::Severity::kError, Position{6, 27}, "",
            {"'b2' is geen geldige waarde voor "
             "'regels[0].wanneer.leerroute'; kies uit b1, onderwijs, z",
             "'b2' is not a valid value for 'regels[0].wanneer.leerroute'; "
             "choose from b1, onderwijs, z"}});
  // Any other soort is still refused.
  const pipkit::CaseFile other =
      pipkit::check_case_file("x.yaml", "soort: regels\nversie: 1\n");
  REQUIRE(other.diagnostics.size() == 1);
  CHECK(other.diagnostics[0].rule == "PK110");
}
