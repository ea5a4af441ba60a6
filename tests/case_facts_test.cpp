// SPDX-License-Identifier: EUPL-1.2
// From intake and plan files to one client's deadline facts, and the pairing.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "case_facts.hpp"
#include "case_file.hpp"

using pipkit::CaseFacts;
using pipkit::Date;
using pipkit::GoalOutcome;
using pipkit::Intake;
using pipkit::LeerrouteChange;
using pipkit::Pip;

namespace {

Intake intake_from(const std::string& path, const std::string& yaml) {
  auto file = pipkit::check_case_file(path, yaml);
  REQUIRE(file.intake);
  return *file.intake;
}

Pip pip_from(const std::string& path, const std::string& yaml) {
  auto file = pipkit::check_case_file(path, yaml);
  REQUIRE(file.pip);
  return *file.pip;
}

const std::string kIntake = R"(soort: intake
versie: 1
klant:
  klantcode: "AAL-2026-0042"
  nieuwkomer: false
traject:
  aanmelding: 2026-09-01
  kennisgeving: 2026-09-03
  brp_inschrijving: 2026-10-14
  vestiging: 2026-10-15
  oproep: 2026-09-20
  derden_informatie: 2026-12-01
)";

const std::string kPip = R"(soort: pip
versie: 1
klant:
  klantcode: "AAL-2026-0042"
opgesteld: 2026-11-20
vastgesteld: 2026-12-02
eerste_vastgesteld: 2026-11-27
leerroute: onderwijs
inburgering:
  - titel: "Taal"
    eind: 2027-07-16
    status: lopend
  - doelstelling: "Mevrouw haalt het examen KNM"
    start: 2027-01-04
    eind: 2027-03-31
    status: afgerond
participatie:
  - titel: "Stage"
    status: gestaakt
    eind: 2027-05-01
voortgang:
  - datum: 2027-02-01
  - verslag: "zonder datum"
  - datum: 2027-06-01
wijzigingen:
  - datum: 2027-03-01
    omschrijving: "taal gaat snel"
  - datum: 2027-04-01
    leerroute_wissel: "Onderwijsroute → B1-route"
  - datum: 2027-05-01
    leerroute_wissel: "z -> b1"
  - datum: 2027-06-01
    leerroute_wissel: "anders"
)";

}  // namespace

TEST_CASE("parse_leerroute_wissel reads the ways people write a switch") {
  struct Row {
    const char* text;
    std::optional<LeerrouteChange> change;
  };
  const Row rows[] = {
      {"onderwijs -> b1", LeerrouteChange{"onderwijs", "b1"}},
      {"onderwijs->b1", LeerrouteChange{"onderwijs", "b1"}},
      {"Onderwijs → B1", LeerrouteChange{"onderwijs", "b1"}},
      {"  onderwijsroute   ->   B1-route ", LeerrouteChange{"onderwijs", "b1"}},
      {"Z-route naar B1-route", LeerrouteChange{"z", "b1"}},
      {"b1 -> z", LeerrouteChange{"b1", "z"}},
      {"B1 route -> Z route", LeerrouteChange{"b1", "z"}},
      {"onderwijs", std::nullopt},
      {"onderwijs -> ", std::nullopt},
      {"-> b1", std::nullopt},
      {"onderwijs -> b2", std::nullopt},
      {"route -> b1", std::nullopt},
      {"", std::nullopt},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(pipkit::parse_leerroute_wissel(row.text) == row.change);
  }
}

TEST_CASE("case_facts takes the dates of the intake and the plan") {
  const Intake intake = intake_from("cases/AAL-2026-0042/intake.yaml", kIntake);
  const Pip pip = pip_from("cases/AAL-2026-0042/pip.yaml", kPip);
  const CaseFacts facts = pipkit::case_facts(&intake, &pip);
  CHECK(facts.klantcode == "AAL-2026-0042");
  CHECK(facts.intake_path == "cases/AAL-2026-0042/intake.yaml");
  CHECK(facts.pip_path == "cases/AAL-2026-0042/pip.yaml");
  CHECK_FALSE(facts.nieuwkomer);
  CHECK(facts.aanmelding == Date{2026, 9, 1});
  CHECK(facts.kennisgeving == Date{2026, 9, 3});
  CHECK(facts.brp_inschrijving == Date{2026, 10, 14});
  CHECK(facts.vestiging == Date{2026, 10, 15});
  CHECK(facts.oproep == Date{2026, 9, 20});
  CHECK(facts.derden_informatie == Date{2026, 12, 1});
  CHECK(facts.onderwijsroute);
  CHECK(facts.opgesteld == Date{2026, 11, 20});
  CHECK(facts.vastgesteld == Date{2026, 12, 2});
  CHECK(facts.eerste_vastgesteld == Date{2026, 11, 27});
  CHECK_FALSE(facts.inburgering_voldaan);
  // The conversation without a date is no conversation held.
  CHECK(facts.voortgang == std::vector<Date>{{2027, 2, 1}, {2027, 6, 1}});
}

TEST_CASE("only changes that name a switch count as one, in file order") {
  const Pip pip = pip_from("cases/AAL-2026-0042/pip.yaml", kPip);
  const CaseFacts facts = pipkit::case_facts(nullptr, &pip);
  struct Row {
    Date date;
    bool onderwijs_naar_b1;
  };
  // 1 March changes the plan but not the route; "anders" cannot be read
  // but still records a switch on that day.
  const Row rows[] = {
      {{2027, 4, 1}, true},
      {{2027, 5, 1}, false},
      {{2027, 6, 1}, false},
  };
  REQUIRE(facts.leerroute_wissels.size() == std::size(rows));
  for (std::size_t i = 0; i < std::size(rows); ++i) {
    CAPTURE(i);
    CHECK(facts.leerroute_wissels[i].date == rows[i].date);
    CHECK(facts.leerroute_wissels[i].onderwijs_naar_b1 ==
          rows[i].onderwijs_naar_b1);
  }
}

TEST_CASE("goals carry section, place, title, explicit dates and outcome") {
  const Pip pip = pip_from("cases/AAL-2026-0042/pip.yaml", kPip);
  const CaseFacts facts = pipkit::case_facts(nullptr, &pip);
  struct Row {
    const char* section;
    int index;
    const char* title;
    std::optional<Date> start, end;
    GoalOutcome outcome;
  };
  // The second goal has no title: it is named by its place, never by its
  // doelstelling.
  const Row rows[] = {
      {"inburgering", 0, "Taal", std::nullopt, Date{2027, 7, 16},
       GoalOutcome::kOpen},
      {"inburgering", 1, "inburgering 2", Date{2027, 1, 4},
       Date{2027, 3, 31}, GoalOutcome::kAfgerond},
      {"participatie", 0, "Stage", std::nullopt, Date{2027, 5, 1},
       GoalOutcome::kGestaakt},
  };
  REQUIRE(facts.goals.size() == std::size(rows));
  for (std::size_t i = 0; i < std::size(rows); ++i) {
    const auto& goal = facts.goals[i];
    CAPTURE(i);
    CHECK(goal.section == rows[i].section);
    CHECK(goal.index == rows[i].index);
    CHECK(goal.title == rows[i].title);
    CHECK(goal.start == rows[i].start);
    CHECK(goal.end == rows[i].end);
    CHECK_FALSE(goal.end_from_tijdpad);
    CHECK(goal.outcome == rows[i].outcome);
  }
}

TEST_CASE("a client with only an intake has facts for the intake term") {
  const Intake intake = intake_from("cases/AAL-2026-0042/intake.yaml", kIntake);
  const CaseFacts facts = pipkit::case_facts(&intake, nullptr);
  CHECK(facts.klantcode == "AAL-2026-0042");
  CHECK(facts.pip_path.empty());
  CHECK(facts.kennisgeving == Date{2026, 9, 3});
  CHECK_FALSE(facts.opgesteld);
  CHECK(facts.goals.empty());
  // The engine needs nothing more for the intake term: ten weeks after the
  // BRP registration of Wednesday 14 October, which is later than the
  // notice: 14 October + 70 days = Wednesday 23 December. The third-party
  // information of 1 December + 2 weeks = 15 December is earlier.
  const auto items = pipkit::case_deadlines(
      facts, pipkit::preset(pipkit::PolicyName::kWi2021), {2026, 12, 4});
  REQUIRE(items.size() == 1);
  CHECK(items[0].kind == pipkit::DeadlineKind::kIntakePip);
  CHECK(items[0].due == Date{2026, 12, 23});
  CHECK(items[0].path == "cases/AAL-2026-0042/intake.yaml");
}

TEST_CASE("a client whose nieuwkomer is not filled in counts as newcomer") {
  const Intake intake = intake_from(
      "i.yaml", "soort: intake\nversie: 1\nklant:\n  klantcode: \"X\"\n");
  CHECK(pipkit::case_facts(&intake, nullptr).nieuwkomer);
}

TEST_CASE("pair_case_files matches by the intake key, then by klantcode") {
  const auto intake = [](const std::string& path, const std::string& code) {
    return intake_from(
        path,
        "soort: intake\nversie: 1\nklant:\n  klantcode: \"" + code + "\"\n");
  };
  const auto pip = [](const std::string& path, const std::string& code,
                      const std::string& key) {
    return pip_from(path, "soort: pip\nversie: 1\nklant:\n  klantcode: \"" +
                              code + "\"\n" + key +
                              "opgesteld: 2026-01-05\nleerroute: b1\n");
  };
  const std::vector<Intake> intakes = {
      intake("a/intake.yaml", "A"),         // 0: beside plan a
      intake("b/eerste-intake.yaml", "B"),  // 1: named by plan b
      intake("c/intake.yaml", "C"),         // 2: no plan
      intake("elders/d.yaml", "D"),         // 3: found by klantcode
      intake("e1/intake.yaml", "E"),        // 4, 5: two of one code
      intake("e2/intake.yaml", "E"),
  };
  const std::vector<Pip> pips = {
      pip("a/pip.yaml", "A", ""),
      pip("b/pip.yaml", "B", "intake: eerste-intake.yaml\n"),
      pip("d/pip.yaml", "D", ""),
      pip("e/pip.yaml", "E", ""),
      pip("./a/../a/pip-oud.yaml", "A", ""),  // its intake is taken
  };
  const auto pairs = pipkit::pair_case_files(intakes, pips);
  struct Row {
    const Intake* intake;
    const Pip* pip;
  };
  const Row rows[] = {
      {&intakes[0], &pips[0]}, {&intakes[1], &pips[1]},
      {&intakes[3], &pips[2]}, {nullptr, &pips[3]},
      {nullptr, &pips[4]},     {&intakes[2], nullptr},
      {&intakes[4], nullptr},  {&intakes[5], nullptr},
  };
  REQUIRE(pairs.size() == std::size(rows));
  for (std::size_t i = 0; i < std::size(rows); ++i) {
    CAPTURE(i);
    CHECK(pairs[i].intake == rows[i].intake);
    CHECK(pairs[i].pip == rows[i].pip);
  }
}

TEST_CASE("a goal's missing dates come from its tijdpad, explicit ones win") {
  const Pip pip = pip_from("p.yaml", R"(soort: pip
versie: 1
klant:
  klantcode: "AAL-2026-0042"
opgesteld: 2026-11-05
leerroute: b1
inburgering:
  - titel: "uit het tijdpad"
    tijdpad: "Februari 2027 t/m juni 2027"
  - titel: "eind gegeven"
    tijdpad: "Februari 2027 t/m juni 2027"
    eind: 2027-05-15
  - titel: "start gegeven"
    tijdpad: "Februari 2027 t/m juni 2027"
    start: 2027-01-11
  - titel: "vanaf het plan"
    tijdpad: "binnen 3 maanden"
  - titel: "zonder einde"
    tijdpad: "Doorlopend"
  - titel: "zonder tijdpad"
)");
  struct Row {
    const char* title;
    std::optional<Date> start, end;
    bool from_tijdpad;
  };
  // "binnen 3 maanden" counts from the plan's date: 5 November 2026 +
  // 3 months = 5 February 2027.
  const Row rows[] = {
      {"uit het tijdpad", Date{2027, 2, 1}, Date{2027, 6, 30}, true},
      {"eind gegeven", Date{2027, 2, 1}, Date{2027, 5, 15}, false},
      {"start gegeven", Date{2027, 1, 11}, Date{2027, 6, 30}, true},
      {"vanaf het plan", Date{2026, 11, 5}, Date{2027, 2, 5}, true},
      {"zonder einde", std::nullopt, std::nullopt, false},
      {"zonder tijdpad", std::nullopt, std::nullopt, false},
  };
  const CaseFacts facts = pipkit::case_facts(nullptr, &pip);
  REQUIRE(facts.goals.size() == std::size(rows));
  for (std::size_t i = 0; i < std::size(rows); ++i) {
    const auto& goal = facts.goals[i];
    CAPTURE(rows[i].title);
    CHECK(goal.title == rows[i].title);
    CHECK(goal.start == rows[i].start);
    CHECK(goal.end == rows[i].end);
    CHECK(goal.end_from_tijdpad == rows[i].from_tijdpad);
  }
}

TEST_CASE("the tijdpad counts from opgesteld, else from the decision") {
  const std::string goal =
      "inburgering:\n  - titel: \"Taal\"\n    tijdpad: \"binnen 3 maanden\"\n";
  const std::string head =
      "soort: pip\nversie: 1\nklant:\n  klantcode: \"X\"\nleerroute: b1\n";
  struct Row {
    const char* dates;
    std::optional<Date> end;
  };
  // 31 January + 1 month is the last day of February; + 3 months is
  // 30 April, April having 30 days.
  const Row rows[] = {
      {"opgesteld: 2027-01-31\nvastgesteld: 2027-03-01\n", Date{2027, 4, 30}},
      {"vastgesteld: 2027-03-01\n", Date{2027, 6, 1}},
      {"eerste_vastgesteld: 2026-11-05\n", Date{2027, 2, 5}},
      {"", std::nullopt},
  };
  for (const Row& row : rows) {
    CAPTURE(row.dates);
    const Pip pip = pip_from("p.yaml", head + row.dates + goal);
    const CaseFacts facts = pipkit::case_facts(nullptr, &pip);
    REQUIRE(facts.goals.size() == 1);
    CHECK(facts.goals[0].end == row.end);
  }
}
