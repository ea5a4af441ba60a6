// SPDX-License-Identifier: EUPL-1.2
// The example caseload judged end to end: the pilot's real plan as its
// evaluators would judge it, and the weak plan showing every kind of fault.
#include <doctest/doctest.h>

#include "smart_support.hpp"

using namespace pipkit;
using namespace pipkit::test;

namespace {

// Judges examples/cases/<klantcode>/pip.yaml against the intake beside it,
// as `pipkit smart-check examples/` does.
PlanVerdict judge_example(const std::string& klantcode) {
  const std::string folder = "examples/cases/" + klantcode + "/";
  CaseFile plan = check_case_file(folder + "pip.yaml",
                                  read_fixture(folder + "pip.yaml"));
  const CaseFile intake = check_case_file(
      folder + "intake.yaml", read_fixture(folder + "intake.yaml"));
  REQUIRE(plan.pip);
  REQUIRE(intake.intake);
  check_against_intake(plan, &*intake.intake, folder + "intake.yaml");
  return judge_plan({plan, &*intake.intake, shipped_smart_config(),
                     Date{2026, 12, 4}});
}

// S M A R T as a string of 1 (passed) and 0 (failed).
std::string marks(const GoalVerdict& goal) {
  std::string out;
  for (Criterion c : kCriteria) out += goal.at(c).pass() ? '1' : '0';
  return out;
}

std::vector<std::string> rules(const Diagnostics& findings) {
  std::vector<std::string> out;
  for (const Diagnostic& d : findings) out.push_back(d.rule);
  return out;
}

std::vector<std::string> rules_of(const PlanVerdict& plan, std::size_t goal,
                                  Criterion c) {
  return rules(findings_of(plan, goal, c));
}

}  // namespace

// The plan of annex 2 of the pilot's report (AAL-2019-0031), worked out by
// hand before the code was run, criterion by criterion, the way the pilot's
// evaluators read plans (report 3.2.2-3.2.4: concrete agreements, aligned
// in time, participation goals concrete and drawn from the intake).
//
// Facts: B1-route; drawn up 2020-01-28, decided 2020-01-30, agreed by the
// client 2020-01-28, so A holds for every goal. The term runs from
// 2020-01-31 to 2023-01-30; every goal ends by February 2021. No goal has
// hours per week and the intake names no limitation, so the load checks
// have nothing to add. Intake: Dutch A2, writing A1; no COA test
// (leerbaarheid unknown: 4 months a CEFR step); literate.
//
// inburgering[0] "Inburgering behalen en daarmee voldoen aan de wettelijke
//   eisen": S yes (the legal outcome, lessons, Graafschapcollege); M yes
//   (passing the inburgering is a fact DUO confirms); R yes; T yes (end of
//   May 2019 to February 2021). 5.
// inburgering[1] "Behalen van staatsexamen op tenminste taalniveau B1":
//   S, M (exam, B1) yes; R yes: A1 to B1 is two steps, 8 months at most
//   for an unknown learner, and February 2020 to February 2021 gives 13;
//   T yes. 5.
// inburgering[2] participatieverklaringstraject, three evening workshops in
//   July and August 2019: all yes (a completed trajectory can be checked).
//   5.
// inburgering[3] "Behalen van de toets KNM", to February 2021: all yes. 5.
// participatie[0] diploma valuation via IDW, with the steps per month:
//   S yes (who does what, when; "tevens kan er gekeken worden" is a remark
//   after the outcome, not the agreement); M yes (the valuation is a
//   document); T yes (February to June 2020). 5.
// participatie[1] volunteering at the Kulturhus: S yes (place, partij with
//   a contact person, the lessons she may give, the first talk's date);
//   M no: "werkervaring opdoen", "taal oefenen", "netwerk vergroten" name
//   nothing a third person can check (no hours, lessons or statement);
//   T yes (March/April 2020, at most a year). 4.
// participatie[2] "Digitale vaardigheden aanleren" with the course Klik en
//   Tik: S yes (named course and partij, weekly); M no (which skills, what
//   level?); T yes (12 February to 1 June 2020). 4.
// participatie[3] "Duurzaam en regulier werk zoeken, waarbij talenten
//   maximaal worden benut", "passend werk ... zoeken": S no (no occupation,
//   sector or hours: the vague participation goal the pilot describes);
//   M no ("duurzaam" is not defined); T yes (June to November 2020). 3.
// Plan: 36 of 40, a mean of 4.5. The plan has no labour-market module
// (ONA, now MAP), which the pilot names among the goals the law times
// (3.2.2), so the B1-route misses one onderdeel: one PK651. Instruments
// are used (diplomawaardering, vrijwilligerswerk, scholing) and the
// diploma is being valued: no PK652 or PK653.
TEST_CASE("the pilot's plan is judged as its evaluators would") {
  const PlanVerdict plan = judge_example("AAL-2019-0031");
  struct Row {
    const char* goal;
    const char* smart;  // S M A R T, 1 passed
    int score;
  };
  const Row rows[] = {
      {"inburgering[0]", "11111", 5},  {"inburgering[1]", "11111", 5},
      {"inburgering[2]", "11111", 5},  {"inburgering[3]", "11111", 5},
      {"participatie[0]", "11111", 5}, {"participatie[1]", "10111", 4},
      {"participatie[2]", "10111", 4}, {"participatie[3]", "00111", 3},
  };
  REQUIRE(plan.goals.size() == std::size(rows));
  for (std::size_t i = 0; i < std::size(rows); ++i) {
    const GoalVerdict& goal = plan.goals[i];
    CAPTURE(std::string(rows[i].goal));
    CHECK(goal.section + "[" + std::to_string(goal.index) + "]" ==
          rows[i].goal);
    CHECK(marks(goal) == rows[i].smart);
    CHECK(goal.score() == rows[i].score);
  }
  CHECK(plan.score() == doctest::Approx(4.5));
  CHECK(rules(plan.findings) == std::vector<std::string>{"PK651"});
  CHECK(plan.findings[0].message.en.find("'map'") != std::string::npos);
  // The tijdpad rows of case-format.md, as T reads them.
  CHECK(plan.goals[0].start == Date{2019, 5, 21});
  CHECK(plan.goals[0].end == Date{2021, 2, 28});
  CHECK(plan.goals[2].start == Date{2019, 7, 1});
  CHECK(plan.goals[2].end == Date{2019, 8, 31});
  CHECK(plan.goals[4].start == Date{2020, 2, 1});
  CHECK(plan.goals[4].end == Date{2020, 6, 30});
  CHECK(plan.goals[6].start == Date{2020, 2, 12});
  CHECK(plan.goals[6].end == Date{2020, 6, 1});
}

// The weak plan (AAL-2026-0044), by hand from its header and intake:
// Z-route, decided 2026-10-20 (term to 2029-10-20), agreed 2026-09-24,
// before it was drawn up on 2026-10-01: A fails for every goal. The intake
// says A0 in every skill, learnability low, literate in Arabic script only,
// "maximaal 4 uur per dag belastbaar" (20 hours a week), "kan niet lang
// staan"; a Syrian mbo diploma without valuation and 22 years as an
// electrician.
TEST_CASE("the weak plan shows every kind of finding") {
  const PlanVerdict plan = judge_example("AAL-2026-0044");
  REQUIRE(plan.goals.size() == 7);
  // Taal: "zo snel mogelijk" (S); B1 in the Z-route, A0 to B1 in four
  // months (needs 3 x 8 + 6 = 30), no alfabetisering, 16 + 24 + 8 = 48
  // hours from January 2027 (R).
  CHECK(marks(plan.goals[0]) == "01001");
  CHECK(rules_of(plan, 0, Criterion::kS) == std::vector<std::string>{"PK601"});
  CHECK(rules_of(plan, 0, Criterion::kA) == std::vector<std::string>{"PK621"});
  CHECK(rules_of(plan, 0, Criterion::kR) ==
        std::vector<std::string>{"PK630", "PK631", "PK632", "PK633"});
  // Participatieverklaring: "proberen" (S), "Nog niet bekend" (T).
  CHECK(marks(plan.goals[1]) == "01010");
  CHECK(rules_of(plan, 1, Criterion::kT) ==
        std::vector<std::string>{"PK641", "PK642"});
  // Oriëntatie: "oriënteren" without an end product, "kijken naar" (S),
  // nothing measurable (M).
  CHECK(marks(plan.goals[2]) == "00011");
  CHECK(rules_of(plan, 2, Criterion::kS) ==
        std::vector<std::string>{"PK601", "PK601"});
  CHECK(rules_of(plan, 2, Criterion::kM) == std::vector<std::string>{"PK610"});
  // Werkervaringsplaats: standing work against "kan niet lang staan", and
  // the 48 hours (R).
  CHECK(marks(plan.goals[3]) == "00001");
  CHECK(rules_of(plan, 3, Criterion::kR) ==
        std::vector<std::string>{"PK634", "PK633"});
  // Vrijwilligerswerk: "indien mogelijk", "kijken naar", partij "nog te
  // bepalen"; "Doorlopend" counts its 8 hours from the plan's date on.
  CHECK(marks(plan.goals[4]) == "00000");
  CHECK(rules_of(plan, 4, Criterion::kS).size() == 3);
  CHECK(rules_of(plan, 4, Criterion::kR) == std::vector<std::string>{"PK633"});
  // Computer: "beter" (M), "Zo snel mogelijk" has no end (T).
  CHECK(marks(plan.goals[5]) == "10010");
  CHECK(rules_of(plan, 5, Criterion::kM) == std::vector<std::string>{"PK611"});
  CHECK(rules_of(plan, 5, Criterion::kT) == std::vector<std::string>{"PK641"});
  // Betaald werk: "duurzaam" (M), ends December 2030, past the term (R).
  CHECK(marks(plan.goals[6]) == "10001");
  CHECK(rules_of(plan, 6, Criterion::kR) == std::vector<std::string>{"PK635"});
  // The plan: no KNM and no MAP, no instrument, the diploma not valued.
  CHECK(rules(plan.findings) ==
        std::vector<std::string>{"PK651", "PK651", "PK652", "PK653"});
  CHECK(plan.score() == doctest::Approx(11.0 / 7.0));
}

TEST_CASE("the example plans meant as good pass every criterion") {
  for (const char* klantcode : {"AAL-2026-0019", "AAL-2026-0057"}) {
    CAPTURE(std::string(klantcode));
    const PlanVerdict plan = judge_example(klantcode);
    for (const GoalVerdict& goal : plan.goals) {
      CAPTURE(goal.titel);
      CHECK(goal.score() == 5);
    }
    CHECK(plan.findings.empty());
  }
}
