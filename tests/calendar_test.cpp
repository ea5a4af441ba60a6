// SPDX-License-Identifier: EUPL-1.2
// Easter, feestdagen and the Atw extension, checked against printed calendars.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "calendar.hpp"

using pipkit::Date;
using pipkit::Feestdag;

namespace {

// The decreed days of 2026-2028 and one of 2025, as in the shipped file.
pipkit::HolidayData decreed() {
  pipkit::HolidayData data;
  pipkit::add_gelijkgestelde_dagen(
      data, {{2025, 5, 30}, {2026, 1, 2}, {2026, 5, 15}, {2027, 5, 7},
             {2028, 4, 28}, {2028, 5, 26}});
  return data;
}

std::vector<std::string> dutch(const std::vector<pipkit::Text>& texts) {
  std::vector<std::string> out;
  for (const auto& text : texts) out.push_back(text.nl);
  return out;
}

}  // namespace

TEST_CASE("easter_sunday matches the church calendar, Gauss's odd years too") {
  struct Row { int year; Date easter; };
  const Row rows[] = {
      {1818, {1818, 3, 22}},  // earliest possible
      {1943, {1943, 4, 25}},  // latest possible
      {1954, {1954, 4, 18}},  // a naive Gauss formula says 25 April
      {1981, {1981, 4, 19}},  // a naive Gauss formula says 26 April
      {2000, {2000, 4, 23}},
      {2008, {2008, 3, 23}},
      {2019, {2019, 4, 21}},
      {2020, {2020, 4, 12}},
      {2021, {2021, 4, 4}},
      {2022, {2022, 4, 17}},
      {2023, {2023, 4, 9}},
      {2024, {2024, 3, 31}},
      {2025, {2025, 4, 20}},
      {2026, {2026, 4, 5}},
      {2027, {2027, 3, 28}},
      {2028, {2028, 4, 16}},
      {2038, {2038, 4, 25}},
      {2049, {2049, 4, 18}},
      {2285, {2285, 3, 22}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.year);
    CHECK(pipkit::easter_sunday(row.year) == row.easter);
  }
}

TEST_CASE("every feestdag of 2026 and 2027 falls on its calendar day") {
  struct Row { Feestdag feestdag; Date y2026; Date y2027; };
  const Row rows[] = {
      {Feestdag::kNieuwjaarsdag, {2026, 1, 1}, {2027, 1, 1}},
      {Feestdag::kGoedeVrijdag, {2026, 4, 3}, {2027, 3, 26}},
      {Feestdag::kTweedePaasdag, {2026, 4, 6}, {2027, 3, 29}},
      {Feestdag::kKoningsdag, {2026, 4, 27}, {2027, 4, 27}},
      {Feestdag::kVijfMei, {2026, 5, 5}, {2027, 5, 5}},
      {Feestdag::kHemelvaartsdag, {2026, 5, 14}, {2027, 5, 6}},
      {Feestdag::kTweedePinksterdag, {2026, 5, 25}, {2027, 5, 17}},
      {Feestdag::kEersteKerstdag, {2026, 12, 25}, {2027, 12, 25}},
      {Feestdag::kTweedeKerstdag, {2026, 12, 26}, {2027, 12, 26}},
  };
  for (const auto& row : rows) {
    CAPTURE(pipkit::feestdag_name(row.feestdag).nl);
    CHECK(pipkit::date_of(row.feestdag, 2026) == row.y2026);
    CHECK(pipkit::date_of(row.feestdag, 2027) == row.y2027);
    CHECK(pipkit::feestdag_on(row.y2026) == row.feestdag);
    CHECK(pipkit::feestdag_on(row.y2027) == row.feestdag);
  }
}

TEST_CASE("easter sunday and whit sunday are no feestdag of their own") {
  // Art. 3 names the second days only; the first days are Sundays anyway.
  CHECK_FALSE(pipkit::feestdag_on({2026, 4, 5}));
  CHECK_FALSE(pipkit::feestdag_on({2026, 5, 24}));
  CHECK_FALSE(pipkit::feestdag_on({2026, 12, 24}));
  CHECK_FALSE(pipkit::feestdag_on({2026, 12, 31}));
}

TEST_CASE("koningsdag moves to saturday the 26th when the 27th is a sunday") {
  struct Row { int year; Date day; };
  const Row rows[] = {
      {2014, {2014, 4, 26}},  // the first Koningsdag, 27 April a Sunday
      {2025, {2025, 4, 26}},
      {2026, {2026, 4, 27}},
      {2031, {2031, 4, 26}},
      {2013, {2013, 4, 30}},  // Koninginnedag
      {2006, {2006, 4, 29}},  // 30 April 2006 was a Sunday
  };
  for (const auto& row : rows) {
    CAPTURE(row.year);
    CHECK(pipkit::koningsdag(row.year) == row.day);
  }
  CHECK_FALSE(pipkit::feestdag_on({2025, 4, 27}));
}

TEST_CASE("rest days are weekends, feestdagen and decreed days only") {
  const auto days = decreed();
  struct Row { Date date; bool rest; };
  const Row rows[] = {
      {{2026, 11, 21}, true},   // Saturday
      {{2026, 11, 22}, true},   // Sunday
      {{2026, 11, 23}, false},  // Monday
      {{2026, 1, 2}, true},     // decreed, Friday after Nieuwjaarsdag
      {{2026, 5, 15}, true},    // decreed, Friday after Hemelvaartsdag
      {{2027, 4, 26}, false},   // Monday before Koningsdag: not decreed
      {{2026, 12, 24}, false},
      {{2026, 4, 3}, true},     // Goede Vrijdag
  };
  for (const auto& row : rows) {
    CAPTURE(pipkit::to_iso(row.date));
    CHECK(pipkit::is_atw_rest_day(row.date, days) == row.rest);
  }
  CHECK_FALSE(pipkit::is_atw_rest_day({2026, 1, 2}, pipkit::HolidayData{}));
}

TEST_CASE("extend_atw moves a term to the next working day and says why") {
  const auto days = decreed();
  struct Row { Date due; Date expected; std::vector<std::string> reasons; };
  const std::vector<Row> rows = {
      {{2026, 11, 23}, {2026, 11, 23}, {}},
      {{2026, 11, 21}, {2026, 11, 23}, {"zaterdag", "zondag"}},
      // Easter weekend: Goede Vrijdag to tweede Paasdag.
      {{2026, 4, 3}, {2026, 4, 7},
       {"Goede Vrijdag", "zaterdag", "zondag", "tweede Paasdag"}},
      {{2026, 4, 4}, {2026, 4, 7}, {"zaterdag", "zondag", "tweede Paasdag"}},
      // Christmas on a Friday, Boxing Day on the Saturday.
      {{2026, 12, 25}, {2026, 12, 28},
       {"eerste Kerstdag", "tweede Kerstdag", "zondag"}},
      {{2027, 12, 25}, {2027, 12, 27}, {"eerste Kerstdag", "tweede Kerstdag"}},
      // Nieuwjaarsdag, the decreed bridge day, then a weekend.
      {{2026, 1, 1}, {2026, 1, 5},
       {"Nieuwjaarsdag", "met een feestdag gelijkgestelde dag", "zaterdag",
        "zondag"}},
      {{2027, 1, 1}, {2027, 1, 4}, {"Nieuwjaarsdag", "zaterdag", "zondag"}},
      // 5 May, Hemelvaartsdag and its bridge day in one week of 2027.
      {{2027, 5, 5}, {2027, 5, 10},
       {"5 mei", "Hemelvaartsdag", "met een feestdag gelijkgestelde dag",
        "zaterdag", "zondag"}},
      {{2026, 5, 14}, {2026, 5, 18},
       {"Hemelvaartsdag", "met een feestdag gelijkgestelde dag", "zaterdag",
        "zondag"}},
      {{2026, 5, 23}, {2026, 5, 26},
       {"zaterdag", "zondag", "tweede Pinksterdag"}},
      {{2025, 4, 26}, {2025, 4, 28}, {"Koningsdag", "zondag"}},
      // Month ends.
      {{2026, 10, 31}, {2026, 11, 2}, {"zaterdag", "zondag"}},
      {{2026, 2, 28}, {2026, 3, 2}, {"zaterdag", "zondag"}},
      {{2026, 12, 31}, {2026, 12, 31}, {}},
  };
  for (const auto& row : rows) {
    CAPTURE(pipkit::to_iso(row.due));
    const auto result = pipkit::extend_atw(row.due, days);
    CHECK(result.date == row.expected);
    CHECK(result.original == row.due);
    CHECK(result.moved() == (row.due != row.expected));
    CHECK(dutch(result.reasons) == row.reasons);
  }
}

TEST_CASE("without the decree the day after Nieuwjaarsdag is a working day") {
  const auto result = pipkit::extend_atw({2026, 1, 1}, pipkit::HolidayData{});
  CHECK(result.date == Date{2026, 1, 2});
  REQUIRE(result.reasons.size() == 1);
  CHECK(result.reasons[0] ==
        pipkit::Text{"Nieuwjaarsdag", "New Year's Day"});
}

TEST_CASE("the atw covers terms up to twelve weeks or three months only") {
  using pipkit::TermUnit;
  CHECK(pipkit::atw_covers(TermUnit::kWeeks, 2));
  CHECK(pipkit::atw_covers(TermUnit::kWeeks, 10));
  CHECK(pipkit::atw_covers(TermUnit::kWeeks, 12));
  CHECK_FALSE(pipkit::atw_covers(TermUnit::kWeeks, 13));
  CHECK(pipkit::atw_covers(TermUnit::kMonths, 3));
  CHECK_FALSE(pipkit::atw_covers(TermUnit::kMonths, 4));
  CHECK_FALSE(pipkit::atw_covers(TermUnit::kMonths, 18));
  CHECK_FALSE(pipkit::atw_covers(TermUnit::kYears, 1));
  CHECK_FALSE(pipkit::atw_covers(TermUnit::kYears, 3));
}

TEST_CASE("weekday names come in both languages") {
  using pipkit::Weekday;
  CHECK(pipkit::weekday_name(Weekday::kSaturday) ==
        pipkit::Text{"zaterdag", "Saturday"});
  CHECK(pipkit::weekday_abbreviation(Weekday::kMonday) ==
        pipkit::Text{"ma", "Mon"});
  CHECK(pipkit::weekday_abbreviation(Weekday::kSunday) ==
        pipkit::Text{"zo", "Sun"});
}
