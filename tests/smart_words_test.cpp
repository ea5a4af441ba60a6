// SPDX-License-Identifier: EUPL-1.2
// Word lists against plan text: whole words, wildcards, levels, amounts.
#include <doctest/doctest.h>

#include "smart_words.hpp"

using pipkit::find_phrase;
using pipkit::Position;

TEST_CASE("a phrase matches whole words, ignoring case and white space") {
  struct Row {
    const char* text;
    const char* phrase;
    bool found;
    std::size_t offset;  // bytes, when found
    std::size_t length;
  };
  const Row rows[] = {
      {"Zo snel mogelijk het examen", "zo snel mogelijk", true, 0, 16},
      {"halen, zo  snel\nmogelijk.", "zo snel mogelijk", true, 7, 17},
      {"zo sneller mogelijk", "zo snel mogelijk", false, 0, 0},
      {"Proberen de verklaring te tekenen", "proberen", true, 0, 8},
      {"uitproberen", "proberen", false, 0, 0},
      {"Oriëntatie op werk", "oriënt*", true, 0, 11},
      {"ORIËNTEREN op werk", "oriënteren", true, 0, 11},
      {"de participatieverklaring", "*verklaring", true, 3, 22},
      {"z.s.m. beginnen", "z.s.m.", true, 0, 6},
      {"laat dit zien in het gesprek", "laat * zien", true, 0, 13},
      {"laat zien", "laat * zien", false, 0, 0},
      {"Cursus ‘Klik en Tik’", "klik", true, 10, 4},
      {"", "proberen", false, 0, 0},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    CAPTURE(std::string(row.phrase));
    const auto match = find_phrase(row.text, row.phrase);
    REQUIRE(match.has_value() == row.found);
    if (!row.found) continue;
    CHECK(match->offset == row.offset);
    CHECK(match->length == row.length);
  }
}

TEST_CASE("find_phrases keeps the longer of two overlapping matches") {
  const auto found =
      pipkit::find_phrases("zo snel mogelijk en indien mogelijk",
                           {"mogelijk", "zo snel mogelijk", "indien mogelijk"});
  REQUIRE(found.size() == 2);
  CHECK(found[0].phrase == "zo snel mogelijk");
  CHECK(found[1].phrase == "indien mogelijk");
  CHECK(found[1].offset == 20);
}

TEST_CASE("CEFR levels are found as words, A0 is no goal") {
  const auto levels = pipkit::find_cefr_levels(
      "van A0 naar taalniveau B1, later b2-niveau; geen BB1 of A12");
  REQUIRE(levels.size() == 2);
  CHECK(levels[0].phrase == "B1");
  CHECK(levels[0].offset == 23);
  CHECK(levels[1].phrase == "B2");
  CHECK(pipkit::cefr_rank("A0") == 0);
  CHECK(pipkit::cefr_rank("c2") == 6);
  CHECK_FALSE(pipkit::cefr_rank("D1"));
  CHECK(pipkit::cefr_name(3) == "B1");
}

TEST_CASE("an amount is a number followed within two words by a unit") {
  const std::vector<std::string> units = {"uur", "ochtend*", "workshop*"};
  const std::vector<std::string> numbers = {"twee", "drie"};
  struct Row {
    const char* text;
    const char* amount;  // empty: none
  };
  const Row rows[] = {
      {"ten minste 12 uur praktijk", "12 uur"},
      {"drie ochtenden van 2,5 uur", "drie ochtenden"},
      {"Volgen van 3 workshops in de avond", "3 workshops"},
      {"Wekelijkse cursus van 10-12 uur", "10-12 uur"},
      {"twee keer per week", ""},
      {"in 2027 en verder uur", ""},
      {"geen getal", ""},
  };
  for (const Row& row : rows) {
    CAPTURE(std::string(row.text));
    const auto found = pipkit::find_amount(row.text, units, numbers);
    CHECK(std::string(found ? found->phrase : "") == row.amount);
  }
}

TEST_CASE("a phrase in a block scalar is placed on its own line") {
  const pipkit::Source source("p.yaml",
                              "doel: |\n"
                              "  Proberen zo snel\n"
                              "  mogelijk te werken.\n"
                              "ander: zo snel mogelijk\n");
  CHECK(pipkit::locate_in_source(source, Position{1, 7}, "zo snel\nmogelijk") ==
        Position{2, 12});
  CHECK(pipkit::locate_in_source(source, Position{1, 7}, "Proberen") ==
        Position{2, 3});
  // Searching starts at the value, so a later key's text is not taken.
  CHECK(pipkit::locate_in_source(source, Position{4, 8}, "zo snel mogelijk") ==
        Position{4, 8});
  CHECK(pipkit::locate_in_source(source, Position{1, 7}, "ontbreekt") ==
        Position{1, 7});
}
