// SPDX-License-Identifier: EUPL-1.2
// Part of R: hours of goals at the same time, and limitations from the
// intake against what a goal asks.
#include <doctest/doctest.h>

#include "smart_support.hpp"

using namespace pipkit;
using namespace test;

namespace {

// A goal of eight lines with its hours on the last one.
std::string hours_goal(const std::string& titel, int hours,
                       const std::string& start, const std::string& eind) {
  return R"(  - titel: ")" + titel + R"("
    doelstelling: "Klant werkt 4 uur per dag"
    activiteiten: ["Werken"]
    partij: "Werkgever"
    start: )" +
         start + R"(
    eind: )" +
         eind + R"(
    uren_per_week: )" +
         std::to_string(hours) + "\n";
}

std::string limited(const std::string& belemmering) {
  return intake_text(R"(  fysieke_gezondheid:
    bevindingen: "Beperkt belastbaar"
    belemmeringen: [")" +
                     belemmering + R"("]
)");
}

}  // namespace

TEST_CASE(
    "PK633: goals at the same time above the client's stated "
    "hours fail R") {
  // 16 hours from January, 8 more from February: 24 a week against
  // 4 hours a day, five days a week.
  const std::string plan =
      plan_text(hours_goal("Taal", 16, "2027-01-04", "2027-12-17"),
                hours_goal("Werk", 8, "2027-02-01", "2027-06-30"));
  const auto verdict =
      judge_text(plan, limited("is maximaal 4 uur per dag belastbaar"));
  const Diagnostic expected{
      "PK633",
      Severity::kWarning,
      {18, 20},
      "inburgering[0].uren_per_week",
      {"vanaf 2027-02-01 komen de doelen samen op 24 uur per week ('Taal' 16, "
       "'Werk' 8); de intake zegt 'is maximaal 4 uur per dag belastbaar' "
       "(ongeveer 20 uur per week): verlaag de uren of laat de doelen na "
       "elkaar lopen",
       "from 2027-02-01 goals add up to 24 hours a week ('Taal' 16, 'Werk' "
       "8); the intake says 'is maximaal 4 uur per dag belastbaar' (about 20 "
       "hours a week): lower the hours or let the goals run one after "
       "another"}};
  CHECK(sole_finding(verdict, 0, Criterion::kR) == expected);
  CHECK(findings_of(verdict, 1, Criterion::kR).size() == 1);
  // 12 and 8 make 20: at the limit, not over it.
  const auto passes =
      judge_text(plan_text(hours_goal("Taal", 12, "2027-01-04", "2027-12-17"),
                           hours_goal("Werk", 8, "2027-02-01", "2027-06-30")),
                 limited("is maximaal 4 uur per dag belastbaar"));
  CHECK(findings_of(passes, 0, Criterion::kR).empty());
}

TEST_CASE("PK633: goals that follow each other do not add up") {
  const auto verdict =
      judge_text(plan_text(hours_goal("Taal", 16, "2027-01-04", "2027-06-30"),
                           hours_goal("Werk", 16, "2027-07-01", "2027-12-17")),
                 limited("is maximaal 4 uur per dag belastbaar"));
  CHECK(findings_of(verdict, 0, Criterion::kR).empty());
  CHECK(findings_of(verdict, 1, Criterion::kR).empty());
}

TEST_CASE(
    "PK633: without a number, a limitation lowers the limit to the "
    "data's maximum; without one the route's applies") {
  const std::string plan =
      plan_text(hours_goal("Taal", 16, "2027-01-04", "2027-12-17"),
                hours_goal("Werk", 8, "2027-02-01", "2027-06-30"));
  const auto with_limit = judge_text(plan, limited("kan niet lang zitten"));
  const auto& r = findings_of(with_limit, 0, Criterion::kR);
  REQUIRE(r.size() == 1);
  CHECK(r[0].message.en ==
        "from 2027-02-01 goals add up to 24 hours a week ('Taal' 16, 'Werk' "
        "8); the intake names limitations ('kan niet lang zitten'); then at "
        "most 20 hours a week apply: lower the hours or let the goals run "
        "one after another");
  // No limitation: the B1-route's 40 hours.
  CHECK(findings_of(judge_text(plan, intake_text()), 0, Criterion::kR).empty());
  const auto over_route =
      judge_text(plan_text(hours_goal("Taal", 30, "2027-01-04", "2027-12-17"),
                           hours_goal("Werk", 12, "2027-02-01", "2027-06-30")),
                 intake_text());
  REQUIRE(findings_of(over_route, 0, Criterion::kR).size() == 1);
  CHECK(findings_of(over_route, 0, Criterion::kR)[0].message.en ==
        "from 2027-02-01 goals add up to 42 hours a week ('Taal' 30, 'Werk' "
        "12); leerroute 'b1' allows at most 40 hours a week: lower the hours "
        "or let the goals run one after another");
}

TEST_CASE("PK634: standing work clashes with 'kan niet lang staan'") {
  const std::string goal = R"(  - titel: "Werk"
    doelstelling: "Klant werkt 12 uur per week in de productie"
    activiteiten:
      - "Inpakwerk, staand aan de lopende band"
    partij: "Laborijn"
    start: 2027-01-04
    eind: 2027-06-30
)";
  const auto verdict =
      judge_text(plan_text(goal), limited("kan niet lang staan"));
  CHECK(sole_finding(verdict, 0, Criterion::kR) ==
        Diagnostic{"PK634",
                   Severity::kWarning,
                   {15, 21},
                   "inburgering[0].activiteiten[0]",
                   {"'staand' botst met de belemmering 'kan niet lang "
                    "staan' uit de intake; kies iets wat hierbij past "
                    "of leg vast hoe het wordt aangepast",
                    "'staand' clashes with the limitation 'kan niet "
                    "lang staan' from the intake; choose something "
                    "that fits it or record how it is adapted"}});
  std::string seated = goal;
  seated.replace(seated.find("staand aan de lopende band"), 26,
                 "zittend aan een tafel");
  CHECK(findings_of(judge_text(plan_text(seated), limited("kan niet lang "
                                                          "staan")),
                    0, Criterion::kR)
            .empty());
}
