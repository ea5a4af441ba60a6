// SPDX-License-Identifier: EUPL-1.2
// T of SMART and the inburgeringstermijn, on small inline plans.
#include <doctest/doctest.h>

#include "smart_support.hpp"
#include "smart_timing.hpp"

using namespace pipkit;
using namespace test;

TEST_CASE("the term runs three years from the day after the first plan") {
  struct Row {
    const char* name;
    std::optional<Date> opgesteld, vastgesteld, eerste;
    Date first, last;
    const char* basis;
    bool estimated;
  };
  const Row rows[] = {
      // The day after 9 November 2026 to the same day three years on.
      {"decided",
       Date{2026, 11, 2},
       Date{2026, 11, 9},
       std::nullopt,
       {2026, 11, 10},
       {2029, 11, 9},
       "vastgesteld",
       false},
      // Revising the plan does not move the term.
      {"revised",
       Date{2027, 5, 1},
       Date{2027, 5, 10},
       Date{2026, 11, 9},
       {2026, 11, 10},
       {2029, 11, 9},
       "eerste_vastgesteld",
       false},
      {"not decided",
       Date{2026, 12, 1},
       std::nullopt,
       std::nullopt,
       {2026, 12, 2},
       {2029, 12, 1},
       "opgesteld",
       true},
      {"no dates",
       std::nullopt,
       std::nullopt,
       std::nullopt,
       {2026, 12, 5},
       {2029, 12, 4},
       "today",
       true},
      // Starting on the leap day, it still ends on the plan's date.
      {"leap day",
       Date{2028, 2, 20},
       Date{2028, 2, 28},
       std::nullopt,
       {2028, 2, 29},
       {2031, 2, 28},
       "vastgesteld",
       false},
      // A plan dated 29 February: the term ends on 28 February.
      {"dated leap day",
       Date{2024, 2, 20},
       Date{2024, 2, 29},
       std::nullopt,
       {2024, 3, 1},
       {2027, 2, 28},
       "vastgesteld",
       false},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.name));
    Pip pip;
    pip.opgesteld = row.opgesteld;
    pip.vastgesteld = row.vastgesteld;
    pip.eerste_vastgesteld = row.eerste;
    const auto term = integration_term(pip, Date{2026, 12, 4});
    CHECK(term.first_day == row.first);
    CHECK(term.last_day == row.last);
    CHECK(term.basis == row.basis);
    CHECK(term.estimated == row.estimated);
  }
}

TEST_CASE("explicit start and eind make a goal time-bound") {
  const auto verdict = judge_text(plan_text(kGoodGoal));
  CHECK(findings_of(verdict, 0, Criterion::kT).empty());
  CHECK(verdict.goals[0].start == Date{2027, 1, 4});
  CHECK(verdict.goals[0].end == Date{2027, 12, 17});
}

TEST_CASE("PK641: a goal with a start but no end fails T") {
  const auto verdict = judge_text(plan_text(R"(  - titel: "Taal"
    doelstelling: "Klant haalt het staatsexamen B1"
    activiteiten: ["Lessen volgen"]
    partij: "Taalschool Aalten"
    start: 2027-01-04
)"));
  CHECK(sole_finding(verdict, 0, Criterion::kT) ==
        Diagnostic{"PK641",
                   Severity::kWarning,
                   {12, 5},
                   "inburgering[0]",
                   {"geen einddatum; vul 'eind' in of schrijf een "
                    "tijdpad met een afronding",
                    "no end date; fill in 'eind' or write a tijdpad "
                    "with an end"}});
}

TEST_CASE("PK642: a goal with an end but no start fails T") {
  const auto verdict = judge_text(plan_text(R"(  - titel: "Taal"
    doelstelling: "Klant haalt het staatsexamen B1"
    activiteiten: ["Lessen volgen"]
    partij: "Taalschool Aalten"
    eind: 2027-12-17
)"));
  CHECK(sole_finding(verdict, 0, Criterion::kT) ==
        Diagnostic{"PK642",
                   Severity::kWarning,
                   {16, 11},
                   "inburgering[0]",
                   {"geen startdatum; vul 'start' in of schrijf een "
                    "tijdpad met een start",
                    "no start date; fill in 'start' or write a "
                    "tijdpad with a start"}});
}

TEST_CASE(
    "T takes validate's findings for no timeline and dates out of "
    "order") {
  const auto none = judge_text(plan_text(R"(  - titel: "Taal"
    doelstelling: "Klant haalt het staatsexamen B1"
    activiteiten: ["Lessen volgen"]
    partij: "Taalschool Aalten"
)"));
  const auto& t = findings_of(none, 0, Criterion::kT);
  CAPTURE(describe_all(t));
  REQUIRE(t.size() == 1);
  CHECK(t[0].rule == "PK402");
  CHECK(t[0].key == "inburgering[0]");
  const auto reversed = judge_text(plan_text(R"(  - titel: "Taal"
    doelstelling: "Klant haalt het staatsexamen B1"
    activiteiten: ["Lessen volgen"]
    partij: "Taalschool Aalten"
    start: 2027-12-17
    eind: 2027-01-04
)"));
  const auto& r = findings_of(reversed, 0, Criterion::kT);
  CAPTURE(describe_all(r));
  REQUIRE(r.size() == 1);
  CHECK(r[0].rule == "PK210");
  CHECK(r[0].key == "inburgering[0].eind");
}

TEST_CASE("T takes validate's finding for a date that does not exist") {
  const auto verdict = judge_text(plan_text(R"(  - titel: "Taal"
    doelstelling: "Klant haalt het staatsexamen B1"
    activiteiten: ["Lessen volgen"]
    partij: "Taalschool Aalten"
    start: 2027-02-30
    eind: 2027-12-17
)"));
  const Diagnostic found = sole_finding(verdict, 0, Criterion::kT);
  CHECK(found.rule == "PK103");
  CHECK(found.key == "inburgering[0].start");
  CHECK(found.position == Position{16, 12});
}
