// SPDX-License-Identifier: EUPL-1.2
// S and M of SMART on small inline plans: each rule failing and passing.
#include <doctest/doctest.h>

#include "smart_support.hpp"

using namespace pipkit;
using namespace test;

// The goal under test is always inburgering[0], starting on line 12.

TEST_CASE("a concrete goal passes S and M without findings") {
  const auto verdict = judge_text(plan_text(kGoodGoal));
  CHECK(findings_of(verdict, 0, Criterion::kS).empty());
  CHECK(findings_of(verdict, 0, Criterion::kM).empty());
  CHECK(verdict.goals[0].score() == 5);
}

TEST_CASE("PK601: vague wording is named where it stands, with a fix") {
  const auto verdict = judge_text(plan_text(R"(  - titel: "Werk"
    doelstelling: "Proberen zo snel mogelijk werk te vinden"
    activiteiten:
      - "Kijken naar vacatures"
    partij: "Nog te bepalen"
    start: 2027-01-04
    eind: 2027-06-30
)"));
  const auto& s = findings_of(verdict, 0, Criterion::kS);
  CAPTURE(describe_all(s));
  REQUIRE(s.size() == 4);
  CHECK(s[0] == Diagnostic{"PK601",
                           Severity::kWarning,
                           {13, 20},
                           "inburgering[0].doelstelling",
                           {"'Proberen' is vaag; schrijf wat de klant doet of "
                            "bereikt, bijvoorbeeld 'tekent de "
                            "participatieverklaring' in plaats van 'probeert "
                            "te tekenen'",
                            "'Proberen' is vague; write what the client does "
                            "or achieves, for example 'tekent de "
                            "participatieverklaring' rather than 'probeert te "
                            "tekenen'"}});
  CHECK(s[1] == Diagnostic{"PK601",
                           Severity::kWarning,
                           {13, 29},
                           "inburgering[0].doelstelling",
                           {"'zo snel mogelijk' is vaag; noem een datum, "
                            "bijvoorbeeld 'uiterlijk 1 juni 2027'",
                            "'zo snel mogelijk' is vague; name a date, for "
                            "example 'uiterlijk 1 juni 2027'"}});
  CHECK(s[2].position == Position{15, 10});
  CHECK(s[2].key == "inburgering[0].activiteiten[0]");
  CHECK(s[2].message.en.rfind("'Kijken naar' is vague; ", 0) == 0);
  CHECK(s[3].position == Position{16, 14});
  CHECK(s[3].key == "inburgering[0].partij");
  CHECK(s[3].message.en.rfind("'Nog te bepalen' is vague; ", 0) == 0);
  CHECK_FALSE(verdict.goals[0].at(Criterion::kS).pass());
}

TEST_CASE("PK601: orientation with an end product is not vague") {
  const auto orientation = [](const std::string& doelstelling) {
    return plan_text(R"(  - titel: "Zorg"
    doelstelling: ")" +
                     doelstelling + R"("
    activiteiten: ["Twee gesprekken met een loopbaanadviseur"]
    partij: "Loopbaanadviseur"
    start: 2027-01-04
    eind: 2027-06-30
)");
  };
  CHECK(findings_of(judge_text(orientation("Klant oriënteert zich en kiest "
                                           "een beroep met een advies")),
                    0, Criterion::kS)
            .empty());
  const Diagnostic found =
      sole_finding(judge_text(orientation("Klant oriënteert zich op de zorg")),
                   0, Criterion::kS);
  CHECK(found.message.en.rfind("'oriënteert' is vague; name what the "
                               "orientation ends with",
                               0) == 0);
}

TEST_CASE(
    "S takes validate's finding for a missing doelstelling, "
    "activities or partij") {
  const auto verdict = judge_text(plan_text(R"(  - titel: "Leeg"
    activiteiten: []
    start: 2027-01-04
    eind: 2027-06-30
)"));
  const auto& s = findings_of(verdict, 0, Criterion::kS);
  CAPTURE(describe_all(s));
  REQUIRE(s.size() == 3);
  CHECK(holds(s, {"PK100",
                  Severity::kError,
                  {12, 5},
                  "inburgering[0].doelstelling",
                  {"", "required key 'doelstelling' is missing; add it"}}));
  CHECK(holds(s, {"PK100",
                  Severity::kError,
                  {12, 5},
                  "inburgering[0].partij",
                  {"", "required key 'partij' is missing; add it"}}));
  CHECK(holds(s, {"PK100",
                  Severity::kError,
                  {13, 19},
                  "inburgering[0].activiteiten",
                  {"", "'inburgering[0].activiteiten' is empty; fill it in"}}));
  // Nothing to measure either.
  CHECK(has_rule(findings_of(verdict, 0, Criterion::kM), "PK610"));
}

TEST_CASE("PK610: a doelstelling with nothing to check afterwards fails M") {
  const auto verdict = judge_text(plan_text(R"(  - titel: "Taal"
    doelstelling: "Klant leert Nederlands"
    activiteiten: ["Lessen volgen"]
    partij: "Taalschool Aalten"
    start: 2027-01-04
    eind: 2027-06-30
)"));
  CHECK(sole_finding(verdict, 0, Criterion::kM) ==
        Diagnostic{"PK610",
                   Severity::kWarning,
                   {13, 19},
                   "inburgering[0].doelstelling",
                   {"de doelstelling noemt niets wat een ander "
                    "achteraf kan nagaan; noem een ERK-niveau, een "
                    "examen, diploma of certificaat, een ondertekende "
                    "verklaring, of een aantal uren, dagen of "
                    "sollicitaties",
                    "the doelstelling names nothing a third person "
                    "can check afterwards; name a CEFR level, an "
                    "exam, diploma or certificate, a signed "
                    "statement, or a number of hours, days or "
                    "applications"}});
}

TEST_CASE(
    "PK611: an unmeasurable word is named unless something is "
    "measurable") {
  const std::string goal = R"(  - titel: "Taal"
    doelstelling: "Klant wordt beter in Nederlands"
    activiteiten: ["Lessen volgen"]
    partij: "Taalschool Aalten"
    start: 2027-01-04
    eind: 2027-06-30
)";
  const auto m = findings_of(judge_text(plan_text(goal)), 0, Criterion::kM);
  CAPTURE(describe_all(m));
  REQUIRE(m.size() == 1);
  CHECK(m[0] == Diagnostic{"PK611",
                           Severity::kWarning,
                           {13, 32},
                           "inburgering[0].doelstelling",
                           {"'beter' is vaag; noem het niveau of de uitkomst "
                            "die bereikt moet zijn, bijvoorbeeld 'stuurt "
                            "zelfstandig een e-mail met een bijlage'",
                            "'beter' is vague; name the level or result to be "
                            "reached, for example 'stuurt zelfstandig een "
                            "e-mail met een bijlage'"}});
  std::string measurable = goal;
  measurable.replace(measurable.find("in Nederlands"), 13, "tot niveau A2");
  CHECK(
      findings_of(judge_text(plan_text(measurable)), 0, Criterion::kM).empty());
}

TEST_CASE("M accepts a level, a marker word or an amount in units") {
  struct Row {
    const char* doelstelling;
    bool measurable;
  };
  const Row rows[] = {
      {"Klant spreekt Nederlands op A2", true},
      {"Klant heeft een ondertekende vrijwilligersverklaring", true},
      {"Klant werkt 8 uur per week als vrijwilliger", true},
      {"Klant volgt drie ochtenden per week les", true},
      {"Behalen van het participatieverklaringstraject", true},
      {"Digitale vaardigheden aanleren", false},
      {"Werkervaring opdoen in Nederland", false},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.doelstelling));
    const std::string goal = std::string(R"(  - titel: "Doel"
    doelstelling: ")") + row.doelstelling +
                             R"("
    activiteiten: ["Iets doen"]
    partij: "Iemand"
    start: 2027-01-04
    eind: 2027-06-30
)";
    const auto verdict = judge_text(plan_text(goal));
    CHECK(verdict.goals[0].at(Criterion::kM).pass() == row.measurable);
  }
}

TEST_CASE("S takes validate's finding for a doelstelling of the wrong kind") {
  const auto verdict = judge_text(plan_text(R"(  - titel: "Lijst"
    doelstelling: [een, lijst]
    activiteiten: ["Lessen volgen"]
    partij: "Taalschool Aalten"
    start: 2027-01-04
    eind: 2027-06-30
)"));
  const Diagnostic found = sole_finding(verdict, 0, Criterion::kS);
  CHECK(found.rule == "PK101");
  CHECK(found.key == "inburgering[0].doelstelling");
}
