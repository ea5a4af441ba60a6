// SPDX-License-Identifier: EUPL-1.2
// smart-check's findings about a plan as a whole, failing and passing.
#include <doctest/doctest.h>

#include "smart_support.hpp"

using namespace pipkit;
using namespace test;

namespace {

std::string part_goal(const std::string& onderdeel) {
  return R"(  - titel: ")" + onderdeel + R"("
    onderdeel: )" +
         onderdeel + R"(
    doelstelling: "Klant rondt het onderdeel af met een certificaat"
    activiteiten: ["Bijeenkomsten volgen"]
    partij: "Figulus"
    start: 2027-01-04
    eind: 2027-06-30
)";
}

std::string all_parts() {
  return part_goal("taal") + part_goal("knm") + part_goal("pvt") +
         part_goal("map");
}

const char* const kWithInstrument = R"(  - titel: "Stage"
    doelstelling: "Klant loopt 8 uur per week stage"
    activiteiten: ["Stage bij een installatiebedrijf"]
    partij: "Laborijn"
    start: 2027-01-04
    eind: 2027-06-30
    instrumenten: [stage]
)";

std::string from_abroad(const std::string& waardering) {
  return intake_text(R"(  opleiding:
    bevindingen: "Diploma elektrotechniek"
    diplomas:
      - { naam: "Elektrotechniek", land: "Syrië", niveau: mbo, waardering: )" +
                     waardering + R"( }
  werkervaring:
    bevindingen: "Elektricien"
    functies:
      - { beroep: "elektricien", land: "Syrië", jaren: 22 }
)");
}

Diagnostics plan_findings(const std::string& plan,
                          const std::string& intake = "") {
  return judge_text(plan, intake).findings;
}

}  // namespace

TEST_CASE(
    "a plan with every part of its route and an instrument has no "
    "plan findings") {
  const Diagnostics findings = plan_findings(
      plan_text(all_parts(), kWithInstrument), from_abroad("ontvangen"));
  CAPTURE(describe_all(findings));
  CHECK(findings.empty());
}

TEST_CASE(
    "PK651: each onderdeel the route asks for and no goal has is "
    "named; ona counts as map") {
  const Diagnostics findings = plan_findings(plan_text(part_goal("taal")));
  CAPTURE(describe_all(findings));
  REQUIRE(findings.size() == 3);
  CHECK(findings[0] == Diagnostic{"PK651",
                                  Severity::kWarning,
                                  {11, 1},
                                  "inburgering",
                                  {"leerroute 'b1' vraagt een doel met "
                                   "onderdeel 'knm', maar het plan heeft er "
                                   "geen; voeg het toe",
                                   "leerroute 'b1' asks for a goal with "
                                   "onderdeel 'knm', but the plan has none; "
                                   "add it"}});
  CHECK(findings[1].message.en.find("'pvt'") != std::string::npos);
  CHECK(findings[2].message.en.find("'map'") != std::string::npos);
  const std::string with_ona = part_goal("taal") + part_goal("knm") +
                               part_goal("pvt") + part_goal("ona");
  CHECK(plan_findings(plan_text(with_ona)).empty());
}

TEST_CASE("a part missing or empty is validate's finding, shared") {
  const Diagnostics missing =
      plan_findings(std::string(kPlanHead) + all_parts());
  CAPTURE(describe_all(missing));
  REQUIRE(missing.size() == 1);
  CHECK(missing[0] == Diagnostic{"PK100",
                                 Severity::kError,
                                 {1, 1},
                                 "participatie",
                                 {"verplichte sleutel 'participatie' "
                                  "ontbreekt; voeg hem toe",
                                  "required key 'participatie' is missing; "
                                  "add it"}});
  const Diagnostics empty = plan_findings(plan_text(all_parts(), "  []\n"));
  CAPTURE(describe_all(empty));
  REQUIRE(empty.size() == 1);
  CHECK(empty[0].rule == "PK100");
  CHECK(empty[0].key == "participatie");
}

TEST_CASE("PK652: experience from abroad and no labour-market instrument") {
  const Diagnostics findings = plan_findings(plan_text(all_parts(), kGoodGoal),
                                             from_abroad("ontvangen"));
  CAPTURE(describe_all(findings));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0] ==
        Diagnostic{"PK652",
                   Severity::kWarning,
                   {40, 1},
                   "participatie",
                   {"de intake noemt diploma 'Elektrotechniek' (Syrië) en "
                    "werkervaring als 'elektricien' (Syrië) uit het "
                    "buitenland, maar geen participatiedoel zet een "
                    "arbeidsmarktinstrument in; overweeg bijvoorbeeld "
                    "diplomawaardering, evc of loopbaanadvies (sleutel "
                    "'instrumenten')",
                    "the intake names diploma 'Elektrotechniek' (Syrië) and "
                    "work experience as 'elektricien' (Syrië) from abroad, "
                    "but no participation goal uses a labour-market "
                    "instrument; consider for example diplomawaardering, evc "
                    "or loopbaanadvies (key 'instrumenten')"}});
  // Nothing from abroad: nothing to recognise.
  CHECK(
      plan_findings(plan_text(all_parts(), kGoodGoal), intake_text()).empty());
}

TEST_CASE(
    "PK653: a foreign diploma nobody had valued asks for "
    "diplomawaardering") {
  const Diagnostics findings = plan_findings(
      plan_text(all_parts(), kWithInstrument), from_abroad("geen"));
  CAPTURE(describe_all(findings));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "PK653");
  CHECK(findings[0].message.en ==
        "the intake names diploma 'Elektrotechniek' (Syrië, mbo) without a "
        "valuation, but no goal uses 'diplomawaardering'; have it valued by "
        "IDW (hbo, wo, vo) or SBB (mbo)");
  std::string valued = kWithInstrument;
  valued.replace(valued.find("[stage]"), 7, "[stage, diplomawaardering]");
  CHECK(plan_findings(plan_text(all_parts(), valued), from_abroad("geen"))
            .empty());
}

TEST_CASE("validate's comparison with the intake is shared, not repeated") {
  const std::string intake = intake_text(R"(  sociaal_netwerk:
    bevindingen: "Kent nog niemand"
    actie_nodig: true
)");
  const Diagnostics findings =
      plan_findings(plan_text(all_parts(), kWithInstrument), intake);
  CAPTURE(describe_all(findings));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "PK406");
  CHECK(has_rule(findings, "PK406"));
}
