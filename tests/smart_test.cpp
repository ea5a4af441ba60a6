// SPDX-License-Identifier: EUPL-1.2
// A of SMART, scores, and what every goal's verdict carries.
#include <doctest/doctest.h>

#include "smart_support.hpp"

using namespace pipkit;
using namespace test;

namespace {

std::string head_with(const std::string& from, const std::string& to) {
  std::string head = kPlanHead;
  head.replace(head.find(from), from.size(), to);
  return head;
}

}  // namespace

TEST_CASE("A passes when the client agreed on the day the plan was drawn "
          "up") {
  const auto verdict = judge_text(plan_text(kGoodGoal));
  CHECK(findings_of(verdict, 0, Criterion::kA).empty());
  CHECK(verdict.goals[0].at(Criterion::kA).evidence[0].en ==
        "agreed by the client 2026-11-02, drawn up 2026-11-02");
}

TEST_CASE("PK621: agreement dated before the plan was drawn up fails A for "
          "every goal") {
  const auto verdict =
      judge_text(plan_text(kGoodGoal, kGoodGoal,
                           head_with("  klant: 2026-11-02",
                                     "  klant: 2026-10-30")));
  const Diagnostic expected{
      "PK621", Severity::kWarning, {9, 10}, "akkoord.klant",
      {"akkoord van de klant (2026-10-30) ligt voor het opstellen van het "
       "plan (2026-11-02); de klant stemt in met het plan zoals het is "
       "opgesteld: leg het akkoord opnieuw vast",
       "the client's agreement (2026-10-30) is before the plan was drawn up "
       "(2026-11-02); the client agrees to the plan as drawn up: record the "
       "agreement again"}};
  for (std::size_t goal = 0; goal < 2; ++goal) {
    REQUIRE(findings_of(verdict, goal, Criterion::kA).size() == 1);
    CHECK(findings_of(verdict, goal, Criterion::kA)[0] == expected);
  }
}

TEST_CASE("PK620: a plan without the client's agreement fails A") {
  const auto verdict = judge_text(plan_text(
      kGoodGoal, kGoodGoal, head_with("akkoord:\n  klant: 2026-11-02\n", "")));
  const auto& a = findings_of(verdict, 0, Criterion::kA);
  REQUIRE(a.size() == 1);
  CHECK(a[0] == Diagnostic{"PK620", Severity::kWarning, {1, 1}, "akkoord",
                           {"het plan legt geen akkoord van de klant vast; "
                            "vul 'akkoord.klant' in met de datum waarop de "
                            "klant instemde",
                            "the plan records no agreement by the client; "
                            "fill in 'akkoord.klant' with the date the client "
                            "agreed"}});
}

TEST_CASE("a goal scores the criteria it passes; a plan the mean") {
  const std::string vague = R"(  - titel: "Werk"
    doelstelling: "Proberen werk te vinden"
    activiteiten: ["Solliciteren"]
    partij: "Klant"
    start: 2027-01-04
    eind: 2027-06-30
)";
  const auto verdict = judge_text(plan_text(kGoodGoal, vague));
  REQUIRE(verdict.goals.size() == 2);
  CHECK(verdict.goals[0].score() == 5);
  // S fails (proberen), M fails (nothing to check afterwards).
  CHECK(verdict.goals[1].score() == 3);
  CHECK(verdict.score() == doctest::Approx(4.0));
  CHECK(verdict.goals[1].section == "participatie");
  CHECK(verdict.goals[1].index == 0);
  CHECK(verdict.goals[1].titel == "Werk");
  CHECK(verdict.goals[1].start == Date{2027, 1, 4});
  CHECK(verdict.goals[1].end == Date{2027, 6, 30});
}

TEST_CASE("an info finding leaves its criterion passed") {
  CriterionVerdict c;
  c.findings.push_back({"PK000", Severity::kInfo, {}, "", {"x", "x"}});
  CHECK(c.pass());
  c.findings.push_back({"PK000", Severity::kWarning, {}, "", {"x", "x"}});
  CHECK_FALSE(c.pass());
}

TEST_CASE("a plan without goals has no score") {
  const auto verdict =
      judge_text(std::string(kPlanHead) + "  []\nparticipatie: []\n");
  CHECK(verdict.goals.empty());
  CHECK_FALSE(verdict.score().has_value());
}
