// SPDX-License-Identifier: EUPL-1.2
// The doubts the timeline parser raises, with their exact wording.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tijdpad.hpp"

namespace {

using pipkit::Date;
using pipkit::parse_tijdpad;
using pipkit::Tijdpad;
using pipkit::TijdpadWarning;

constexpr Date kPlanDate{2020, 1, 15};

void check_only_warning(const Tijdpad& tijdpad, const TijdpadWarning& want) {
  REQUIRE(tijdpad.warnings.size() == 1);
  const TijdpadWarning& got = tijdpad.warnings.front();
  CHECK(got.code == want.code);
  CHECK(got.offset == want.offset);
  CHECK(got.length == want.length);
  CHECK(got.message.nl == want.message.nl);
  CHECK(got.message.en == want.message.en);
}

std::vector<std::string> codes(const Tijdpad& tijdpad) {
  std::vector<std::string> result;
  for (const auto& warning : tijdpad.warnings) result.push_back(warning.code);
  return result;
}

}  // namespace

TEST_CASE("a weekday that does not match its date is a warning") {
  // 13 February 2020 was a Thursday.
  const Tijdpad tijdpad = parse_tijdpad("woensdag 13-02-20", kPlanDate);
  check_only_warning(
      tijdpad,
      {"weekday_mismatch",
       0,
       17,
       {"in 'woensdag 13-02-20' klopt de weekdag niet: die datum valt op een "
        "donderdag; controleer de dag of de datum",
        "in 'woensdag 13-02-20' the weekday is wrong: that date is a "
        "Thursday; check the day or the date"}});
  CHECK(tijdpad.start_date() == Date{2020, 2, 13});

  const Tijdpad december =
      parse_tijdpad("Start dinsdag 4 december 2026", kPlanDate);
  REQUIRE(december.warnings.size() == 1);
  CHECK(december.warnings[0].code == "weekday_mismatch");
  CHECK(december.warnings[0].message.nl.find("valt op een vrijdag") !=
        std::string::npos);
}

TEST_CASE(
    "an end before its start is a warning, within a range or across "
    "statements") {
  const Tijdpad range = parse_tijdpad("juni 2020 t/m februari 2020", kPlanDate);
  check_only_warning(
      range, {"end_before_start",
              14,
              13,
              {"het einde 'februari 2020' ligt voor de start 'juni 2020'; "
               "controleer de jaartallen",
               "the end 'februari 2020' lies before the start 'juni 2020'; "
               "check the years"}});
  CHECK(range.start_date() == Date{2020, 6, 1});
  CHECK(range.end_date() == Date{2020, 2, 29});

  const Tijdpad marked =
      parse_tijdpad("Start juni 2021, afronding februari 2021", kPlanDate);
  check_only_warning(
      marked, {"end_before_start",
               27,
               13,
               {"het einde 'februari 2021' ligt voor de start 'juni 2021'; "
                "controleer de jaartallen",
                "the end 'februari 2021' lies before the start 'juni 2021'; "
                "check the years"}});
}

TEST_CASE("a date that does not exist is a warning and gives no date") {
  const Tijdpad tijdpad = parse_tijdpad("30 februari 2021", kPlanDate);
  check_only_warning(
      tijdpad, {"impossible_date",
                0,
                16,
                {"de datum '30 februari 2021' bestaat niet; controleer de "
                 "dag, de maand en het jaar",
                 "the date '30 februari 2021' does not exist; check the day, "
                 "the month and the year"}});
  CHECK_FALSE(tijdpad.start);
  CHECK_FALSE(tijdpad.end);

  for (const char* text :
       {"31-04-2020", "32-01-2020", "12-13-2020", "29-02-2021", "0-1-2020",
        "31 april 2020", "29 februari 2021", "12-02-1850", "week 53 2021"}) {
    const std::string written = text;
    CAPTURE(written);
    const Tijdpad impossible = parse_tijdpad(written, kPlanDate);
    CHECK(codes(impossible) == std::vector<std::string>{"impossible_date"});
    CHECK_FALSE(impossible.start);
  }
}

TEST_CASE("a bare tot is a warning and its end window holds both readings") {
  const Tijdpad tijdpad = parse_tijdpad("van maart tot juni 2020", kPlanDate);
  check_only_warning(
      tijdpad, {"ambiguous_tot",
                10,
                13,
                {"'tot juni 2020' kan 'tot en met' of 'tot het begin van' "
                 "betekenen; gelezen als 'tot en met', schrijf 't/m' als dat "
                 "bedoeld is",
                 "'tot juni 2020' can mean up to and including or up to the "
                 "start of; read as including, write 't/m' if that is "
                 "meant"}});
  REQUIRE(tijdpad.end);
  CHECK(tijdpad.end->earliest == Date{2020, 5, 31});
  CHECK(tijdpad.end->latest == Date{2020, 6, 30});

  const Tijdpad alone = parse_tijdpad("tot 1 juni 2020", kPlanDate);
  REQUIRE(alone.warnings.size() == 1);
  CHECK(alone.warnings[0].code == "ambiguous_tot");
  CHECK(alone.warnings[0].offset == 0);
  CHECK(alone.warnings[0].length == 15);

  for (const char* text :
       {"t/m 1 juni 2020", "tot en met 1 juni 2020",
        "tot uiterlijk 1 juni 2020",
        "In april 2020 de aanvraag tot waardering indienen"}) {
    const std::string written = text;
    CAPTURE(written);
    CHECK(parse_tijdpad(written, kPlanDate).warnings.empty());
  }
}

TEST_CASE("a year taken from the plan's date is a warning, once") {
  const Tijdpad tijdpad =
      parse_tijdpad("Start maart, afronding juni", kPlanDate);
  check_only_warning(tijdpad,
                     {"year_assumed",
                      6,
                      5,
                      {"het tijdpad noemt geen jaartal; bij 'maart' is '2020' "
                       "aangenomen, schrijf het jaartal erbij",
                       "the timeline names no year; '2020' was assumed for "
                       "'maart', add the year"}});
}

TEST_CASE("words that name a time no rule can read are a warning") {
  const Tijdpad tijdpad = parse_tijdpad("binnenkort", kPlanDate);
  check_only_warning(
      tijdpad, {"not_understood",
                0,
                10,
                {"'binnenkort' is niet als datum te lezen; schrijf een datum "
                 "of een maand met jaartal",
                 "'binnenkort' cannot be read as a date; write a date or a "
                 "month with its year"}});
}
