// SPDX-License-Identifier: EUPL-1.2
// What the timeline parser shows it recognised, and what it could not read.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tijdpad.hpp"

namespace {

using pipkit::Date;
using pipkit::parse_tijdpad;
using pipkit::Tijdpad;

constexpr Date kPlanDate{2020, 1, 15};

using Pieces = std::vector<std::pair<std::string, std::string>>;

Pieces pieces_of(const std::vector<pipkit::TijdpadPiece>& pieces) {
  Pieces result;
  for (const auto& piece : pieces) result.emplace_back(piece.kind, piece.text);
  return result;
}

}  // namespace

TEST_CASE("pieces name what was recognised, in the order of the text") {
  const std::string course =
      "Wekelijkse cursus van 10-12 uur. Start woensdag 12-02-20 tot "
      "uiterlijk 01-06-20";
  CHECK(pieces_of(parse_tijdpad(course, kPlanDate).pieces) ==
        Pieces{{"rhythm", "Wekelijkse"},
               {"time_of_day", "10-12 uur"},
               {"marker", "Start"},
               {"range", "woensdag 12-02-20 tot uiterlijk 01-06-20"},
               {"date", "woensdag 12-02-20"},
               {"date", "01-06-20"}});

  const std::string volunteer =
      "Start maart/april 2020, voor een halfjaar. Indien het goed gaat, "
      "nadien betaald werk.";
  CHECK(pieces_of(parse_tijdpad(volunteer, kPlanDate).pieces) ==
        Pieces{{"marker", "Start"},
               {"union", "maart/april 2020"},
               {"month", "maart"},
               {"month", "april 2020"},
               {"marker", "voor"},
               {"duration", "een halfjaar"}});

  CHECK(pieces_of(parse_tijdpad("1 t/m 15 maart 2020", kPlanDate).pieces) ==
        Pieces{{"range", "1 t/m 15 maart 2020"},
               {"date", "1"},
               {"date", "15 maart 2020"}});
  CHECK(pieces_of(parse_tijdpad("1-15 maart 2020", kPlanDate).pieces) ==
        Pieces{{"range", "1-15 maart 2020"},
               {"date", "1"},
               {"date", "15 maart 2020"}});

  const std::string mixed =
      "Per 1 maart 2020 (Q1), eind mei of medio juni klaar; 2x per week, "
      "'s avonds. Doorlopend.";
  CHECK(pieces_of(parse_tijdpad(mixed, kPlanDate).pieces) ==
        Pieces{{"marker", "Per"},
               {"date", "1 maart 2020"},
               {"quarter", "Q1"},
               {"union", "eind mei of medio juni"},
               {"month_part", "eind mei"},
               {"month_part", "medio juni"},
               {"marker", "klaar"},
               {"rhythm", "2x per week"},
               {"time_of_day", "'s avonds"},
               {"open_ended", "Doorlopend"}});
}

TEST_CASE("every piece and warning points at its own bytes of the input") {
  const std::string text =
      "Start\u00a0woensdag 12‑02‑20 – eind mei, daarna één jaar; n.t.b. "
      "binnenkort 30 februari 2021, tot 1 juni";
  const Tijdpad tijdpad = parse_tijdpad(text, kPlanDate);
  CHECK_FALSE(tijdpad.pieces.empty());
  for (const auto& piece : tijdpad.pieces) {
    CHECK(text.substr(piece.offset, piece.length) == piece.text);
  }
  for (const auto& piece : tijdpad.not_understood) {
    CHECK(text.substr(piece.offset, piece.length) == piece.text);
  }
  for (const auto& warning : tijdpad.warnings) {
    CHECK(warning.offset + warning.length <= text.size());
  }
}

TEST_CASE("words with a meaning in time that no rule reads are listed") {
  struct Row {
    const char* text;
    Pieces unread;
  };
  const Row rows[] = {
      {"binnenkort", {{"word", "binnenkort"}}},
      {"spoedig starten", {{"word", "spoedig"}}},
      {"Start na de zomervakantie", {{"word", "zomervakantie"}}},
      {"start woensdag", {{"word", "woensdag"}}},
      {"een paar maanden", {{"word", "een paar maanden"}}},
      {"enkele weken", {{"word", "enkele weken"}}},
      {"om 12", {{"number", "12"}}},
      {"Start 12-02-20-21", {{"number", "12-02-20-21"}}},
      {"3 workshops in juni 2020", {}},
      {"Kosten € 15,- worden vergoed", {}},
      {"Op 14-02-20 een gesprek om te bespreken welke les XX kan geven", {}},
  };
  for (const Row& row : rows) {
    const std::string text = row.text;
    CAPTURE(text);
    const Tijdpad tijdpad = parse_tijdpad(text, kPlanDate);
    CHECK(pieces_of(tijdpad.not_understood) == row.unread);
    CHECK(tijdpad.warnings.size() == row.unread.size());
  }
}
