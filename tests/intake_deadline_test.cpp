// SPDX-License-Identifier: EUPL-1.2
// The deadline comment of a new intake, with dates counted on a calendar.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "intake_deadline.hpp"

using pipkit::Date;
using pipkit::IntakeValues;
using pipkit::Policy;
using pipkit::PolicyName;
using Lines = std::vector<std::string>;

namespace {

constexpr Date kToday{2026, 12, 4};
const std::string kPath = "cases/AAL-2026-0042/intake.yaml";

pipkit::IntakeDeadline deadline_of(const IntakeValues& values,
                                   PolicyName name) {
  return pipkit::intake_deadline(values, kPath, pipkit::preset(name), kToday);
}

}  // namespace

TEST_CASE("wi2021 counts ten weeks from the kennisgeving") {
  IntakeValues values;
  values.kennisgeving = Date{2026, 9, 3};  // a Thursday; 70 days on too
  const auto deadline = deadline_of(values, PolicyName::kWi2021);
  REQUIRE(deadline.item);
  CHECK(deadline.item->due == Date{2026, 11, 12});
  CHECK(deadline.comment ==
        Lines{"Termijn: PIP vastgesteld uiterlijk donderdag 2026-11-12 "
              "(beleid wi2021).",
              "PIP vastgesteld binnen 10 weken na de kennisgeving van DUO "
              "(Besluit",
              "inburgering 2021).",
              "Berekend bij het aanmaken; pipkit deadlines rekent opnieuw als "
              "datums",
              "veranderen."});
}

TEST_CASE("the comment says when the Atw moved the deadline, and why") {
  IntakeValues values;
  // 2026-02-16 + 70 days is Monday 27 April 2026, Koningsdag.
  values.kennisgeving = Date{2026, 2, 16};
  auto deadline = deadline_of(values, PolicyName::kWi2021);
  REQUIRE(deadline.item);
  CHECK(deadline.item->due == Date{2026, 4, 28});
  CHECK(deadline.comment[0] ==
        "Termijn: PIP vastgesteld uiterlijk dinsdag 2026-04-28 (beleid "
        "wi2021).");
  CHECK(deadline.comment[3] ==
        "De Algemene termijnenwet verschoof de termijn van maandag "
        "2026-04-27");
  CHECK(deadline.comment[4] == "(Koningsdag).");

  // 2026-09-12 + 70 days is Saturday 21 November: on to Monday the 23rd.
  values.kennisgeving = Date{2026, 9, 12};
  deadline = deadline_of(values, PolicyName::kWi2021);
  REQUIRE(deadline.item);
  CHECK(deadline.item->due == Date{2026, 11, 23});
  CHECK(deadline.comment[3] ==
        "De Algemene termijnenwet verschoof de termijn van zaterdag "
        "2026-11-21");
  CHECK(deadline.comment[4] == "(zaterdag, zondag).");
}

TEST_CASE("the pilot counts six weeks from aanmelding or oproep") {
  IntakeValues values;
  values.aanmelding = Date{2026, 9, 1};
  values.oproep = Date{2026, 9, 8};
  values.nieuwkomer = true;
  auto deadline = deadline_of(values, PolicyName::kPilot);
  REQUIRE(deadline.item);
  CHECK(deadline.item->due == Date{2026, 10, 13});
  CHECK(deadline.comment[0] ==
        "Termijn: intake en PIP gereed uiterlijk dinsdag 2026-10-13 (beleid "
        "pilot).");

  values.nieuwkomer = false;
  deadline = deadline_of(values, PolicyName::kPilot);
  REQUIRE(deadline.item);
  CHECK(deadline.item->due == Date{2026, 10, 20});
}

TEST_CASE("the advice counts six weeks from the vestiging") {
  IntakeValues values;
  values.aanmelding = Date{2026, 9, 1};
  values.vestiging = Date{2026, 10, 15};
  const auto deadline = deadline_of(values, PolicyName::kAdvies);
  REQUIRE(deadline.item);
  CHECK(deadline.item->due == Date{2026, 11, 26});
}

TEST_CASE("a missing start date gives no deadline and names the key") {
  struct Row {
    PolicyName policy;
    std::optional<bool> nieuwkomer;
    Lines comment;
  };
  const Row rows[] = {
      {PolicyName::kWi2021,
       true,
       {"Termijn intake en PIP (beleid wi2021): nog niet te berekenen. Vul",
        "traject.kennisgeving (of traject.brp_inschrijving) in en kijk dan "
        "met pipkit",
        "deadlines."}},
      {PolicyName::kAdvies,
       true,
       {"Termijn intake en PIP (beleid advies): nog niet te berekenen. Vul",
        "traject.vestiging in en kijk dan met pipkit deadlines."}},
      {PolicyName::kPilot,
       false,
       {"Termijn intake en PIP (beleid pilot): nog niet te berekenen. Vul",
        "traject.oproep in en kijk dan met pipkit deadlines."}},
      {PolicyName::kPilot,
       std::nullopt,
       {"Termijn intake en PIP (beleid pilot): nog niet te berekenen. Vul",
        "klant.nieuwkomer en traject.aanmelding (nieuwkomer) of "
        "traject.oproep",
        "(gevestigd) in en kijk dan met pipkit deadlines."}},
  };
  for (const Row& row : rows) {
    CAPTURE(pipkit::policy_id(row.policy));
    IntakeValues values;
    values.nieuwkomer = row.nieuwkomer;
    // A date the policy does not count from changes nothing.
    values.aanmelding = row.nieuwkomer.value_or(true)
                            ? std::nullopt
                            : std::optional<Date>{{2026, 9, 1}};
    const auto deadline = deadline_of(values, row.policy);
    CHECK_FALSE(deadline.item);
    CHECK(deadline.comment == row.comment);
  }
}

TEST_CASE("wrap_words breaks at spaces within the width") {
  struct Row {
    std::string text;
    std::size_t width;
    Lines lines;
  };
  const Row rows[] = {
      {"", 10, {}},
      {"een twee drie", 20, {"een twee drie"}},
      {"een twee drie", 8, {"een twee", "drie"}},
      {"een  twee", 3, {"een", "twee"}},
      {"onafhankelijkheid x", 5, {"onafhankelijkheid", "x"}},
      {"één één één", 7, {"één één", "één"}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(pipkit::wrap_words(row.text, row.width) == row.lines);
  }
}
