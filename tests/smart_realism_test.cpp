// SPDX-License-Identifier: EUPL-1.2
// R of SMART: language goals, the term and the route, each failing and
// passing.
#include <doctest/doctest.h>

#include "smart_support.hpp"

using namespace pipkit;
using namespace test;

namespace {

std::string head_route(const std::string& route) {
  std::string head = kPlanHead;
  head.replace(head.find("leerroute: b1"), 13, "leerroute: " + route);
  return head;
}

// A language goal on line 12; its level stands on line 14, column 49.
std::string language_goal(const std::string& level, const std::string& start,
                          const std::string& eind,
                          const std::string& onderdeel = "taal") {
  return R"(  - titel: "Taal"
    onderdeel: )" +
         onderdeel + R"(
    doelstelling: "Klant haalt het staatsexamen )" +
         level + R"("
    activiteiten: ["Lessen volgen"]
    partij: "Taalschool Aalten"
    start: )" +
         start + R"(
    eind: )" +
         eind + "\n";
}

// Not literate in the Latin script, low learnability, no Dutch yet.
std::string weak_learner() {
  return intake_text(R"(  taalniveau:
    bevindingen: "Nog geen Nederlands"
    nederlands: { spreken: A0, luisteren: A0, lezen: A0, schrijven: A0 }
    alfabetisering: ander_schrift
)",
                     R"(coa:
  leerbaarheidstoets: { uitkomst: laag }
)");
}

const char* const kLiteracyGoal = R"(  - titel: "Alfabetisering"
    onderdeel: alfabetisering
    doelstelling: "Klant haalt de eindtoets alfabetisering"
    activiteiten: ["Les in een kleine groep"]
    partij: "Taalschool Aalten"
    start: 2027-01-04
    eind: 2027-06-30
)";

}  // namespace

TEST_CASE("PK630: a B1 goal in the Z-route contradicts the route") {
  const auto fails =
      judge_text(plan_text(language_goal("B1", "2027-01-04", "2029-06-30"),
                           kGoodGoal, head_route("z")));
  CHECK(sole_finding(fails, 0, Criterion::kR) ==
        Diagnostic{"PK630",
                   Severity::kWarning,
                   {14, 49},
                   "inburgering[0].doelstelling",
                   {"taaldoel 'B1' past niet bij leerroute 'z', die "
                    "niet verder gaat dan A2; kies de leerroute die "
                    "bij dit doel past of stel het doel bij tot ten "
                    "hoogste A2",
                    "language goal 'B1' does not fit leerroute 'z', "
                    "which goes no further than A2; choose the route "
                    "that fits this goal or lower the goal to A2 at "
                    "most"}});
  const auto passes =
      judge_text(plan_text(language_goal("A1", "2027-01-04", "2029-06-30"),
                           kGoodGoal, head_route("z")));
  CHECK(findings_of(passes, 0, Criterion::kR).empty());
}

TEST_CASE(
    "PK631: A0 to B1 in four months is not feasible for a slow "
    "learner") {
  // Three steps of 8 months (laag) and 6 for another script: 30 months;
  // 4 January to 30 April is 116 days, about 4 months.
  const auto fails =
      judge_text(plan_text(kLiteracyGoal +
                           language_goal("B1", "2027-01-04", "2027-04-30")),
                 weak_learner());
  CHECK(sole_finding(fails, 1, Criterion::kR) ==
        Diagnostic{"PK631",
                   Severity::kWarning,
                   {21, 49},
                   "inburgering[1].doelstelling",
                   {"van A0 naar B1 in 4 maanden is niet haalbaar "
                    "voor deze klant (leerbaarheid 'laag', "
                    "alfabetisering 'ander_schrift'); reken op ten "
                    "minste 30 maanden: verleng het tijdpad of kies "
                    "een tussendoel",
                    "from A0 to B1 in 4 months is not feasible for "
                    "this client (leerbaarheid 'laag', alfabetisering "
                    "'ander_schrift'); allow at least 30 months: "
                    "extend the tijdpad or choose an intermediate "
                    "goal"}});
  // A1 needs 8 + 6 = 14 months; January 2027 to June 2028 gives 18.
  const auto passes =
      judge_text(plan_text(kLiteracyGoal +
                           language_goal("A1", "2027-01-04", "2028-06-30")),
                 weak_learner());
  CHECK(findings_of(passes, 1, Criterion::kR).empty());
}

TEST_CASE("PK631: a high learner may reach B1 from A1 within months") {
  // Two steps of one month (hoog): two months needed, three given.
  const std::string quick = intake_text(R"(  taalniveau:
    bevindingen: "Spreekt goed Engels"
    nederlands: { spreken: A2, luisteren: A2, lezen: A2, schrijven: A1 }
    alfabetisering: gealfabetiseerd
)",
                                        R"(coa:
  leerbaarheidstoets: { uitkomst: hoog }
)");
  const auto verdict = judge_text(
      plan_text(language_goal("B1", "2027-01-04", "2027-04-04")), quick);
  CHECK(findings_of(verdict, 0, Criterion::kR).empty());
  CHECK(verdict.goals[0].at(Criterion::kR).evidence[1].en ==
        "language: from A1 to B1 in 3 months; needs at least 2 "
        "(leerbaarheid 'hoog', alfabetisering 'gealfabetiseerd')");
}

TEST_CASE(
    "PK632: a language goal for a client not yet literate needs "
    "alfabetisering in the plan") {
  const auto fails =
      judge_text(plan_text(language_goal("A1", "2027-01-04", "2029-06-30")),
                 weak_learner());
  CHECK(sole_finding(fails, 0, Criterion::kR) ==
        Diagnostic{"PK632",
                   Severity::kWarning,
                   {14, 49},
                   "inburgering[0].doelstelling",
                   {"de intake zegt alfabetisering 'ander_schrift', "
                    "maar geen doel heeft onderdeel "
                    "'alfabetisering'; neem alfabetisering in het "
                    "Latijnse schrift vóór dit taaldoel op in het plan",
                    "the intake says alfabetisering 'ander_schrift', "
                    "but no goal has onderdeel 'alfabetisering'; put "
                    "literacy in the Latin script before this "
                    "language goal in the plan"}});
  const auto passes =
      judge_text(plan_text(kLiteracyGoal +
                           language_goal("A1", "2027-01-04", "2029-06-30")),
                 weak_learner());
  CHECK_FALSE(has_rule(findings_of(passes, 1, Criterion::kR), "PK632"));
}

TEST_CASE(
    "PK635: a goal ending after the inburgeringstermijn is not "
    "realistic") {
  // Decided 2026-11-09: the term ends 2029-11-09.
  const auto fails =
      judge_text(plan_text(language_goal("B1", "2027-01-04", "2029-11-10")));
  CHECK(sole_finding(fails, 0, Criterion::kR) ==
        Diagnostic{"PK635",
                   Severity::kWarning,
                   {18, 11},
                   "inburgering[0].eind",
                   {"dit doel loopt tot 2029-11-10, na het einde van "
                    "de inburgeringstermijn op 2029-11-09 (vanaf de "
                    "dag na vastgesteld (2026-11-09)); rond het "
                    "binnen de termijn af of maak er een afspraak "
                    "voor daarna van",
                    "this goal runs until 2029-11-10, after the "
                    "inburgeringstermijn ends on 2029-11-09 (from the "
                    "day after vastgesteld (2026-11-09)); finish it "
                    "within the term or make it an agreement for "
                    "afterwards"}});
  const auto passes =
      judge_text(plan_text(language_goal("B1", "2027-01-04", "2029-11-09")));
  CHECK(findings_of(passes, 0, Criterion::kR).empty());
}

TEST_CASE(
    "PK635: for a plan not yet decided the term is an estimate and "
    "says so") {
  std::string head = kPlanHead;
  head.erase(head.find("vastgesteld: 2026-11-09\n"), 24);
  const auto verdict = judge_text(plan_text(
      language_goal("B1", "2027-01-04", "2029-11-03"), kGoodGoal, head));
  const auto& r = findings_of(verdict, 0, Criterion::kR);
  REQUIRE(r.size() == 1);
  CHECK(r[0].message.en ==
        "this goal runs until 2029-11-03, after the inburgeringstermijn ends "
        "on 2029-11-02 (estimated from opgesteld (2026-11-02): the plan is "
        "not decided yet); finish it within the term or make it an "
        "agreement for afterwards");
}

TEST_CASE("PK636: the onderwijsroute has no MAP") {
  const std::string map_goal = R"(  - titel: "MAP"
    onderdeel: map
    doelstelling: "Klant rondt de MAP af met een portfolio"
    activiteiten: ["Praktijkdeel"]
    partij: "Laborijn"
    start: 2027-01-04
    eind: 2027-06-30
)";
  const auto fails =
      judge_text(plan_text(map_goal, kGoodGoal, head_route("onderwijs")));
  CHECK(sole_finding(fails, 0, Criterion::kR) ==
        Diagnostic{"PK636",
                   Severity::kWarning,
                   {13, 16},
                   "inburgering[0].onderdeel",
                   {"leerroute 'onderwijs' kent geen onderdeel 'map'; "
                    "haal dit doel weg of kies een leerroute waar het "
                    "bij hoort",
                    "leerroute 'onderwijs' has no onderdeel 'map'; "
                    "remove this goal or choose a route it belongs "
                    "to"}});
  CHECK(findings_of(judge_text(plan_text(map_goal)), 0, Criterion::kR).empty());
}
