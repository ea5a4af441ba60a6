// SPDX-License-Identifier: EUPL-1.2
// build-pip's drafts of the four example clients, worked out by hand from
// their intakes and the shipped rules, and the drafting rules themselves.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "draft.hpp"
#include "draft_samples.hpp"

using pipkit::Date;
using pipkit::DraftGoal;
using pipkit::DraftPlan;
using pipkit::test::example_intake;
using pipkit::test::intake_from;
using pipkit::test::shipped_rules;

namespace {

using Words = std::vector<std::string>;

struct Expected {
  std::string section, titel, onderdeel;
  Words instrumenten, leefgebieden;
  Date start, eind;
  std::optional<double> uren;
};

std::vector<const DraftGoal*> all_goals(const DraftPlan& plan) {
  std::vector<const DraftGoal*> out;
  for (const DraftGoal& g : plan.inburgering) out.push_back(&g);
  for (const DraftGoal& g : plan.participatie) out.push_back(&g);
  return out;
}

void check_goals(const DraftPlan& plan, const std::vector<Expected>& rows) {
  const auto goals = all_goals(plan);
  REQUIRE(goals.size() == rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Expected& want = rows[i];
    const pipkit::Goal& got = goals[i]->goal;
    CAPTURE(i);
    CAPTURE(want.titel);
    CHECK(got.section == want.section);
    CHECK(got.titel == want.titel);
    CHECK(got.onderdeel == want.onderdeel);
    CHECK(got.instrumenten == want.instrumenten);
    CHECK(got.leefgebieden == want.leefgebieden);
    CHECK(got.start == want.start);
    CHECK(got.eind == want.eind);
    CHECK(got.uren_per_week == want.uren);
    CHECK(got.status == "gepland");
  }
}

const DraftGoal& goal_titled(const DraftPlan& plan, const std::string& titel) {
  for (const DraftGoal* g : all_goals(plan)) {
    if (g->goal.titel == titel) return *g;
  }
  FAIL("no goal titled " << titel);
  return plan.inburgering.front();
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

constexpr const char* kI = "inburgering";
constexpr const char* kP = "participatie";
const std::optional<double> kNone;

}  // namespace

// Tesfay: Z-route, not literate in Latin script, limits in standing and
// concentration. Term from 2026-12-02; goals from January 2027. Her
// colleague's plan (examples/) has the same alfabetisering, taal, KNM, PVT
// and MAP months; the draft adds the legal participation hours and an
// instrument for each finding, loosened for her health (hours x 0.5,
// months x 1.5 rounded up) except where the rules fix the frame.
TEST_CASE("Tesfay's draft follows the Z-route and loosens participation") {
  const DraftPlan plan = pipkit::draft_plan(
      example_intake("AAL-2026-0057"), shipped_rules(), Date{2026, 12, 1},
      "intake.yaml");
  check_goals(
      plan,
      {
          {kI, "Alfabetisering in het Latijnse schrift", "alfabetisering", {},
           {"taalniveau", "leerbaarheid"}, {2027, 1, 1}, {2027, 12, 31}, 8},
          {kI, "Nederlands naar A1 (Z-route)", "taal", {},
           {"taalniveau", "leerbaarheid"}, {2028, 1, 1}, {2029, 10, 31}, 8},
          {kI, "Participatie-uren Z-route", "overig", {}, {}, {2027, 1, 1},
           {2029, 10, 31}, kNone},
          {kI, "KNM-lessen (Z-route)", "knm", {}, {"zelfredzaamheid"},
           {2027, 9, 1}, {2028, 6, 30}, 2},
          {kI, "Participatieverklaringstraject (PVT)", "pvt", {},
           {"zelfredzaamheid"}, {2027, 3, 1}, {2027, 5, 31}, 1},
          {kI, "Module Arbeidsmarkt en Participatie (MAP)", "map", {},
           {"motivatie_interesses", "werknemersvaardigheden"}, {2027, 9, 1},
           {2028, 2, 29}, 2},
          {kP, "Praktijkassessment", "", {"assessment"},
           {"werkervaring", "praktische_competenties"}, {2027, 7, 1},
           {2027, 9, 30}, kNone},
          {kP, "Werkfit-traject", "", {"werkfit"},
           {"werknemersvaardigheden"}, {2027, 4, 1}, {2027, 12, 31}, 4},
          {kP, "Taalmaatje", "", {"taalmaatje"},
           {"sociaal_netwerk", "taalniveau"}, {2027, 2, 1}, {2027, 10, 31},
           1},
          {kP, "Vrijwilligerswerk", "", {"vrijwilligerswerk"},
           {"sociaal_netwerk", "werkervaring", "taalniveau"}, {2027, 4, 1},
           {2027, 12, 31}, 2},
          {kP, "Digitale vaardigheden", "", {"scholing"},
           {"digitale_vaardigheden"}, {2027, 2, 1}, {2027, 6, 30}, 1},
          {kP, "Loopbaanadvies", "", {"loopbaanadvies"},
           {"motivatie_interesses"}, {2027, 10, 1}, {2028, 2, 29}, kNone},
      });
  const auto& assessment = goal_titled(plan, "Praktijkassessment");
  CHECK(contains(assessment.goal.doelstelling,
                 "uit het werk in Eritrea en Soedan (verkoop van zelfgemaakt "
                 "eten op de markt en keukenhulp) mevrouw beheerst"));
  CHECK(assessment.goal.partij == "nog invullen");
  CHECK(assessment.loosened);
  const auto& werkfit = goal_titled(plan, "Werkfit-traject");
  CHECK(contains(werkfit.goal.doelstelling,
                 "werkfit-traject van 9 maanden af, 4 uur per week"));
  CHECK(werkfit.goal.overige ==
        "Rustiger opgebouwd vanwege de belemmeringen uit de intake.");
  const auto& alfa =
      goal_titled(plan, "Alfabetisering in het Latijnse schrift");
  CHECK_FALSE(alfa.loosened);
  CHECK(alfa.goal.overige.empty());
  CHECK(alfa.goal.tijdpad == "Januari t/m december 2027");
  CHECK(goal_titled(plan, "Nederlands naar A1 (Z-route)").goal.tijdpad ==
        "Januari 2028 t/m oktober 2029");
}

// Doğan: onderwijsroute, family migrant, lise diploma at hand, no health
// limits. Term from 2026-04-22; goals from May 2026. No MAP and no
// participation hours (neither applies to her); diploma recognition by IDW
// from the start, career advice after it and enrolment after that, as in
// her colleague's plan; a language buddy because she speaks A1.
TEST_CASE("Doğan's draft follows the onderwijsroute without MAP") {
  const DraftPlan plan = pipkit::draft_plan(
      example_intake("AAL-2026-0019"), shipped_rules(), Date{2026, 4, 21},
      "intake.yaml");
  check_goals(
      plan,
      {
          {kI, "Taalschakeltraject (onderwijsroute)", "taal", {},
           {"taalniveau", "leerbaarheid"}, {2026, 5, 1}, {2027, 6, 30}, 20},
          {kI, "Kennis van de Nederlandse Maatschappij (KNM)", "knm", {},
           {"zelfredzaamheid"}, {2026, 11, 1}, {2027, 7, 31}, 2},
          {kI, "Participatieverklaringstraject (PVT)", "pvt", {},
           {"zelfredzaamheid"}, {2026, 7, 1}, {2026, 9, 30}, 1},
          {kP, "Diplomawaardering Lisediploma (Anadolu Lisesi)", "",
           {"diplomawaardering"}, {"opleiding"}, {2026, 5, 1},
           {2026, 8, 31}, kNone},
          {kP, "Taalmaatje", "", {"taalmaatje"},
           {"sociaal_netwerk", "taalniveau"}, {2026, 6, 1}, {2026, 11, 30},
           2},
          {kP, "Vrijwilligerswerk", "", {"vrijwilligerswerk"},
           {"sociaal_netwerk", "werkervaring", "taalniveau"}, {2026, 8, 1},
           {2027, 1, 31}, 4},
          {kP, "Loopbaanadvies", "", {"loopbaanadvies"},
           {"motivatie_interesses"}, {2026, 11, 1}, {2027, 1, 31}, kNone},
          {kP, "Aanmelding vervolgopleiding", "", {"scholing"},
           {"opleiding", "motivatie_interesses"}, {2027, 2, 1},
           {2027, 4, 30}, kNone},
      });
  const auto& idw =
      goal_titled(plan, "Diplomawaardering Lisediploma (Anadolu Lisesi)");
  CHECK(idw.goal.partij == "Mevrouw, de consulent en IDW");
  CHECK(contains(idw.goal.doelstelling,
                 "van IDW voor Lisediploma (Anadolu Lisesi) uit Turkije"));
  CHECK(plan.naam == "Yasemin Doğan");
  CHECK(plan.consulent == "A. Wolters");
  CHECK(plan.leerroute == "onderwijs");
}

// Haddad: Z-route, mbo diploma and 22 years as an electrician in Syria, at
// most 4 hours a day. His colleague's weak plan had a B1 exam, no
// alfabetisering, no KNM or MAP, no instrument and 48 hours a week; the
// draft has A1 after alfabetisering, KNM, MAP, recognition by SBB (fixed:
// the wait is at SBB), a skills assessment of his trade, and loosened
// participation. Term from 2026-10-02; goals from November 2026.
TEST_CASE("Haddad's draft uses his diploma and trade within his limits") {
  const DraftPlan plan = pipkit::draft_plan(
      example_intake("AAL-2026-0044"), shipped_rules(), Date{2026, 10, 1},
      "intake.yaml");
  check_goals(
      plan,
      {
          {kI, "Alfabetisering in het Latijnse schrift", "alfabetisering", {},
           {"taalniveau", "leerbaarheid"}, {2026, 11, 1}, {2027, 10, 31}, 8},
          {kI, "Nederlands naar A1 (Z-route)", "taal", {},
           {"taalniveau", "leerbaarheid"}, {2027, 11, 1}, {2029, 8, 31}, 8},
          {kI, "Participatie-uren Z-route", "overig", {}, {}, {2026, 11, 1},
           {2029, 8, 31}, kNone},
          {kI, "KNM-lessen (Z-route)", "knm", {}, {"zelfredzaamheid"},
           {2027, 7, 1}, {2028, 4, 30}, 2},
          {kI, "Participatieverklaringstraject (PVT)", "pvt", {},
           {"zelfredzaamheid"}, {2027, 1, 1}, {2027, 3, 31}, 1},
          {kI, "Module Arbeidsmarkt en Participatie (MAP)", "map", {},
           {"motivatie_interesses", "werknemersvaardigheden"}, {2027, 7, 1},
           {2027, 12, 31}, 2},
          {kP, "Diplomawaardering Diploma elektrotechniek (technisch "
               "instituut)",
           "", {"diplomawaardering"}, {"opleiding"}, {2026, 11, 1},
           {2027, 2, 28}, kNone},
          {kP, "Praktijkassessment vakvaardigheden", "", {"assessment"},
           {"praktische_competenties", "werkervaring"}, {2027, 5, 1},
           {2027, 7, 31}, kNone},
          {kP, "Werkfit-traject", "", {"werkfit"},
           {"werknemersvaardigheden"}, {2027, 2, 1}, {2027, 10, 31}, 4},
          {kP, "Taalmaatje", "", {"taalmaatje"},
           {"sociaal_netwerk", "taalniveau"}, {2026, 12, 1}, {2027, 8, 31},
           1},
          {kP, "Vrijwilligerswerk", "", {"vrijwilligerswerk"},
           {"sociaal_netwerk", "werkervaring", "taalniveau"}, {2027, 2, 1},
           {2027, 10, 31}, 2},
          {kP, "Digitale vaardigheden", "", {"scholing"},
           {"digitale_vaardigheden"}, {2026, 12, 1}, {2027, 4, 30}, 1},
          {kP, "Loopbaanadvies", "", {"loopbaanadvies"},
           {"motivatie_interesses"}, {2027, 5, 1}, {2027, 9, 30}, kNone},
      });
  const auto& sbb = goal_titled(
      plan, "Diplomawaardering Diploma elektrotechniek (technisch instituut)");
  CHECK(sbb.goal.partij == "Meneer, de consulent en SBB");
  CHECK_FALSE(sbb.loosened);
  CHECK(contains(goal_titled(plan, "Praktijkassessment vakvaardigheden")
                     .goal.doelstelling,
                 "in Syrië en Turkije (elektricien en productiemedewerker "
                 "textiel) meneer in Nederland kan inzetten"));
}

// Haddad can work at most 4 hours a day: 20 a week. Counted by hand from
// the table above, the busiest months (July to October 2027) hold
// alfabetisering 8, KNM 2, MAP 2 (to December), werkfit 4, vrijwilligerswerk
// 2 and, in July and August, the taalmaatje 1: 19 hours.
TEST_CASE("Haddad's concurrent goals never ask more than 19 hours a week") {
  const DraftPlan plan = pipkit::draft_plan(
      example_intake("AAL-2026-0044"), shipped_rules(), Date{2026, 10, 1},
      "intake.yaml");
  double busiest = 0;
  for (Date month{2026, 11, 1}; month < Date{2029, 10, 1};
       month = pipkit::add_months(month, 1)) {
    double hours = 0;
    for (const DraftGoal* g : all_goals(plan)) {
      if (*g->goal.start <= month && month <= *g->goal.eind) {
        hours += g->goal.uren_per_week.value_or(0);
      }
    }
    busiest = std::max(busiest, hours);
  }
  CHECK(busiest == 19);
}

// Rahimi: the plan of annex 2 of the pilot's report, under today's rules.
// B1-route; her bachelor's diploma from Iran is not at hand, so getting it
// comes first and recognition by IDW follows, then career advice, as the
// real plan did (February to June, then orientation until November 2020).
// No EVC: she has a higher diploma. No language buddy: she speaks A2.
TEST_CASE("Rahimi's draft gets her diploma first, then recognition") {
  const DraftPlan plan = pipkit::draft_plan(
      example_intake("AAL-2019-0031"), shipped_rules(), Date{2020, 1, 28},
      "intake.yaml");
  check_goals(
      plan,
      {
          {kI, "Nederlands op B1 (B1-route)", "taal", {},
           {"taalniveau", "leerbaarheid"}, {2020, 2, 1}, {2022, 1, 31}, 12},
          {kI, "Kennis van de Nederlandse Maatschappij (KNM)", "knm", {},
           {"zelfredzaamheid"}, {2020, 8, 1}, {2021, 4, 30}, 2},
          {kI, "Participatieverklaringstraject (PVT)", "pvt", {},
           {"zelfredzaamheid"}, {2020, 4, 1}, {2020, 6, 30}, 1},
          {kI, "Module Arbeidsmarkt en Participatie (MAP)", "map", {},
           {"motivatie_interesses", "werknemersvaardigheden"},
           {2020, 10, 1}, {2021, 3, 31}, 2},
          {kP, "Diploma opvragen", "", {"diplomawaardering"}, {"opleiding"},
           {2020, 2, 1}, {2020, 4, 30}, kNone},
          {kP, "Diplomawaardering Bachelor fysiotherapie", "",
           {"diplomawaardering"}, {"opleiding"}, {2020, 5, 1}, {2020, 8, 31},
           kNone},
          {kP, "Vrijwilligerswerk", "", {"vrijwilligerswerk"},
           {"sociaal_netwerk", "werkervaring", "taalniveau"}, {2020, 5, 1},
           {2020, 10, 31}, 4},
          {kP, "Digitale vaardigheden", "", {"scholing"},
           {"digitale_vaardigheden"}, {2020, 3, 1}, {2020, 5, 31}, 2},
          {kP, "Loopbaanadvies", "", {"loopbaanadvies"},
           {"motivatie_interesses"}, {2020, 9, 1}, {2020, 11, 30}, kNone},
      });
  const auto& fetch = goal_titled(plan, "Diploma opvragen");
  CHECK(fetch.goal.partij == "Mevrouw zelf, met hulp van de consulent");
  CHECK(contains(fetch.goal.activiteiten[0],
                 "waar in Iran diploma of afschrift"));
  CHECK(plan.term_start == Date{2020, 1, 29});
  CHECK(plan.term_end == Date{2023, 1, 28});
}

namespace {

const std::string kTermRules = R"(soort: build-pip
versie: 1
regels:
  - id: kort
    deel: inburgering
    wanneer: { leerroute: b1 }
    doel: { titel: "Kort", doelstelling: "x", activiteiten: ["y"] }
    planning: { maanden: 1 }
  - id: lang
    deel: inburgering
    wanneer: { leerroute: b1 }
    doel: { titel: "Lang", doelstelling: "x", activiteiten: ["y"] }
    planning: { maanden: 36 }
  - id: laat
    deel: participatie
    wanneer: { leerroute: b1 }
    doel: { titel: "Laat", doelstelling: "x", activiteiten: ["y"] }
    planning: { start_na_maanden: 35, maanden: 12 }
vangnet:
  doel:
    titel: "{leefgebied}"
    doelstelling: "nog invullen bij {leefgebied}"
    activiteiten: ["nog invullen"]
    instrumenten: [overig]
  planning: { start_na_maanden: 2, maanden: 6 }
)";

}  // namespace

// The term runs three years from the day after the draft date and ends on
// the draft date's number (as deadlines counts it); goals fill whole months
// inside it: from the first month that starts in the term to the last
// month that ends in it.
TEST_CASE("goals lie in whole months within the estimated term") {
  struct Row {
    Date draft, term_start, term_end, first, last;
  };
  const Row rows[] = {
      {{2026, 12, 1}, {2026, 12, 2}, {2029, 12, 1}, {2027, 1, 1},
       {2029, 11, 30}},
      {{2026, 11, 30}, {2026, 12, 1}, {2029, 11, 30}, {2026, 12, 1},
       {2029, 11, 30}},
      {{2026, 12, 31}, {2027, 1, 1}, {2029, 12, 31}, {2027, 1, 1},
       {2029, 12, 31}},
      {{2028, 2, 29}, {2028, 3, 1}, {2031, 2, 28}, {2028, 3, 1},
       {2031, 2, 28}},
  };
  const auto rules = pipkit::parse_draft_rules("t.yaml", kTermRules);
  const auto intake = intake_from(pipkit::test::kPlainIntake);
  for (const Row& row : rows) {
    CAPTURE(pipkit::to_iso(row.draft));
    const DraftPlan plan = pipkit::draft_plan(intake, rules, row.draft, "i");
    CHECK(plan.term_start == row.term_start);
    CHECK(plan.term_end == row.term_end);
    REQUIRE(plan.inburgering.size() == 2);
    CHECK(plan.inburgering[0].goal.start == row.first);
    CHECK(plan.inburgering[0].goal.eind == pipkit::end_of_month(row.first));
    CHECK(plan.inburgering[1].goal.start == row.first);
    CHECK(plan.inburgering[1].goal.eind == row.last);
    // A goal set to start after the term's last month keeps one month.
    REQUIRE(plan.participatie.size() == 1);
    CHECK(plan.participatie[0].goal.start ==
          Date{row.last.year, row.last.month, 1});
    CHECK(plan.participatie[0].goal.eind == row.last);
  }
}

TEST_CASE("every leefgebied needing action that no rule answers gets a goal") {
  const auto rules = pipkit::parse_draft_rules("t.yaml", kTermRules);
  std::string yaml = pipkit::test::kPlainIntake;
  yaml = pipkit::test::changed(
      yaml, "gezinssituatie: { bevindingen: \"x\", actie_nodig: false }",
      "gezinssituatie: { bevindingen: \"x\", actie_nodig: true }");
  yaml = pipkit::test::changed(
      yaml, "leerbaarheid: { bevindingen: \"hoog\", actie_nodig: false }",
      "leerbaarheid: { bevindingen: \"hoog\", actie_nodig: true }");
  const DraftPlan plan = pipkit::draft_plan(intake_from(yaml), rules,
                                            Date{2026, 12, 1}, "i");
  // In the order of the format's leefgebieden, after the rules' goals.
  REQUIRE(plan.participatie.size() == 3);
  const pipkit::Goal& first = plan.participatie[1].goal;
  CHECK(first.titel == "Leerbaarheid");
  CHECK(first.leefgebieden == Words{"leerbaarheid"});
  CHECK(first.doelstelling == "nog invullen bij Leerbaarheid");
  CHECK(first.partij == "nog invullen");
  CHECK(first.instrumenten == Words{"overig"});
  CHECK(first.start == Date{2027, 3, 1});
  CHECK(first.eind == Date{2027, 8, 31});
  CHECK(first.tijdpad == "Maart t/m augustus 2027");
  CHECK(plan.participatie[2].goal.titel == "Gezinssituatie");
  CHECK(plan.participatie[2].rule.empty());
}

TEST_CASE("an intake without klantcode or leerroute is not drafted from") {
  const auto rules = pipkit::parse_draft_rules("t.yaml", kTermRules);
  const auto no_route = intake_from(pipkit::test::changed(
      pipkit::test::kPlainIntake, "  leerroute: b1\n", "  leerroute: null\n"));
  CHECK_THROWS_WITH_AS(
      pipkit::draft_plan(no_route, rules, Date{2026, 12, 1}, "i"),
      "the intake has no advies.leerroute; the plan follows the advised "
      "leerroute, so fill in the advice first",
      pipkit::DraftError);
  const auto no_code = intake_from(pipkit::test::changed(
      pipkit::test::kPlainIntake, "klantcode: \"TST-1\"",
      "klantcode: \"nog invullen\""));
  CHECK_THROWS_WITH_AS(
      pipkit::draft_plan(no_code, rules, Date{2026, 12, 1}, "i"),
      "the intake has no klant.klantcode; fill it in first",
      pipkit::DraftError);
}

// Loosening rounds hours to half hours (never below one half) and months
// up: 3 months x 1.5 is 5, 1 hour x 0.5 stays a half hour.
TEST_CASE("health limitations loosen hours and months as the rules say") {
  const std::string rules_text = pipkit::test::changed(
      kTermRules, "soort: build-pip\nversie: 1\n",
      "soort: build-pip\nversie: 1\nbelemmeringen: { uren_factor: 0.5, "
      "duur_factor: 1.5, opmerking: \"Rustig.\" }\n");
  const std::string goal_rules = pipkit::test::changed(
      rules_text, "planning: { start_na_maanden: 35, maanden: 12 }",
      "planning: { maanden: 3, uren_per_week: 1 }\n"
      "  - id: vast\n    deel: participatie\n    wanneer: { leerroute: b1 }\n"
      "    doel: { titel: \"Vast\", doelstelling: \"x\", activiteiten: "
      "[\"y\"], overige: \"Eigen.\" }\n"
      "    planning: { maanden: 3, uren_per_week: 5, vast: true }");
  const auto rules = pipkit::parse_draft_rules("t.yaml", goal_rules);
  const auto limited = intake_from(pipkit::test::changed(
      pipkit::test::kPlainIntake,
      "mentale_gezondheid: { bevindingen: \"x\", actie_nodig: false }",
      "mentale_gezondheid: { bevindingen: \"x\", actie_nodig: false, "
      "belemmeringen: [\"kan zich kort concentreren\"] }"));
  const DraftPlan plan =
      pipkit::draft_plan(limited, rules, Date{2026, 12, 1}, "i");
  REQUIRE(plan.participatie.size() == 2);
  const DraftGoal& loose = plan.participatie[0];
  CHECK(loose.loosened);
  CHECK(loose.goal.uren_per_week == 0.5);
  CHECK(loose.goal.eind == Date{2027, 5, 31});
  CHECK(loose.goal.overige == "Rustig.");
  const DraftGoal& fixed = plan.participatie[1];
  CHECK_FALSE(fixed.loosened);
  CHECK(fixed.goal.uren_per_week == 5);
  CHECK(fixed.goal.eind == Date{2027, 3, 31});
  CHECK(fixed.goal.overige == "Eigen.");
  // Inburgering goals are fixed unless a rule says otherwise.
  CHECK_FALSE(plan.inburgering[0].loosened);
}
