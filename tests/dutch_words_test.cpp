// SPDX-License-Identifier: EUPL-1.2
// The Dutch calendar words, as a Dutch reader would take them.
#include "calendar.hpp"
#include "dutch_words.hpp"

#include <doctest/doctest.h>

#include <string>

#include "calendar.hpp"

using pipkit::TimeUnit;
using pipkit::Weekday;

TEST_CASE("month names and their abbreviations give the month number") {
  struct Row {
    const char* word;
    int month;
  };
  const Row rows[] = {
      {"januari", 1},   {"jan", 1},   {"februari", 2}, {"febr", 2},
      {"mrt", 3},       {"maart", 3}, {"apr", 4},      {"mei", 5},
      {"jun", 6},       {"juli", 7},  {"aug", 8},      {"sept", 9},
      {"sep", 9},       {"okt", 10},  {"oct", 10},     {"nov", 11},
      {"december", 12}, {"maand", 0}, {"ma", 0},       {"", 0}};
  for (const Row& row : rows) {
    const std::string word = row.word;
    CAPTURE(word);
    CHECK(pipkit::month_number(word) == row.month);
  }
}

TEST_CASE("each month's written name reads back as that month") {
  CHECK(pipkit::month_name(3) == "maart");
  CHECK(pipkit::month_name(12) == "december");
  CHECK(pipkit::month_name(0).empty());
  CHECK(pipkit::month_name(13).empty());
  for (int month = 1; month <= 12; ++month) {
    CAPTURE(month);
    CHECK(pipkit::month_number(pipkit::month_name(month)) == month);
  }
}

TEST_CASE("weekday names and abbreviations name the weekday") {
  CHECK(pipkit::weekday_named("woensdag") == Weekday::kWednesday);
  CHECK(pipkit::weekday_named("wo") == Weekday::kWednesday);
  CHECK(pipkit::weekday_named("woe") == Weekday::kWednesday);
  CHECK(pipkit::weekday_named("ma") == Weekday::kMonday);
  CHECK(pipkit::weekday_named("zondag") == Weekday::kSunday);
  CHECK_FALSE(pipkit::weekday_named("weekend"));
  CHECK(pipkit::weekday_name(Weekday::kThursday).nl == "donderdag");
}

TEST_CASE("number words run up to twelve and ordinals up to four") {
  CHECK(pipkit::number_word("een") == 1);
  CHECK(pipkit::number_word("zes") == 6);
  CHECK(pipkit::number_word("twaalf") == 12);
  CHECK(pipkit::number_word("dertien") == 0);
  CHECK(pipkit::ordinal_word("eerste") == 1);
  CHECK(pipkit::ordinal_word("vierde") == 4);
  CHECK(pipkit::ordinal_word("laatste") == -1);
  CHECK(pipkit::ordinal_word("vijfde") == 0);
}

TEST_CASE("parts of a month, seasons, units and rhythms are recognised") {
  CHECK(pipkit::month_third("begin") == 0);
  CHECK(pipkit::month_third("medio") == 1);
  CHECK(pipkit::month_third("half") == 1);
  CHECK(pipkit::month_third("midden") == 1);
  CHECK(pipkit::month_third("ultimo") == 2);
  CHECK(pipkit::month_third("einde") == 2);
  CHECK(pipkit::month_third("start") == -1);
  CHECK(pipkit::season_number("lente") == 0);
  CHECK(pipkit::season_number("herfst") == 2);
  CHECK(pipkit::season_number("winter") == 3);
  CHECK(pipkit::time_unit("maanden") == TimeUnit::kMonth);
  CHECK(pipkit::time_unit("jr") == TimeUnit::kYear);
  CHECK(pipkit::time_unit("halfjaar") == TimeUnit::kHalfYear);
  CHECK_FALSE(pipkit::time_unit("uur"));
  CHECK(pipkit::is_rhythm_word("tweewekelijkse"));
  CHECK(pipkit::is_rhythm_word("dagelijks"));
  CHECK_FALSE(pipkit::is_rhythm_word("week"));
}
