// SPDX-License-Identifier: EUPL-1.2
// Calendar arithmetic, checked against dates read off a printed calendar.
#include <doctest/doctest.h>

#include "date.hpp"

using pipkit::Date;

TEST_CASE("parse_iso_date accepts real days and refuses impossible ones") {
  CHECK(pipkit::parse_iso_date("2026-12-04") == Date{2026, 12, 4});
  CHECK(pipkit::parse_iso_date("2024-02-29") == Date{2024, 2, 29});
  CHECK_FALSE(pipkit::parse_iso_date("2026-02-29"));
  CHECK_FALSE(pipkit::parse_iso_date("2026-02-30"));
  CHECK_FALSE(pipkit::parse_iso_date("1900-02-29"));
  CHECK(pipkit::parse_iso_date("2000-02-29") == Date{2000, 2, 29});
  CHECK_FALSE(pipkit::parse_iso_date("2026-13-01"));
  CHECK_FALSE(pipkit::parse_iso_date("2026-1-01"));
  CHECK_FALSE(pipkit::parse_iso_date("2026-01-01x"));
  CHECK_FALSE(pipkit::parse_iso_date(""));
}

TEST_CASE("add_months clamps to the end of a shorter month") {
  struct Row { Date from; int months; Date expected; };
  const Row rows[] = {
      {{2026, 1, 31}, 1, {2026, 2, 28}},
      {{2024, 1, 31}, 1, {2024, 2, 29}},
      {{2026, 3, 31}, 1, {2026, 4, 30}},
      {{2026, 11, 15}, 2, {2027, 1, 15}},
      {{2026, 3, 31}, -1, {2026, 2, 28}},
      {{2026, 1, 15}, -1, {2025, 12, 15}},
      {{2026, 8, 31}, 18, {2028, 2, 29}},
  };
  for (const auto& row : rows) {
    CAPTURE(pipkit::to_iso(row.from));
    CHECK(pipkit::add_months(row.from, row.months) == row.expected);
  }
}

TEST_CASE("add_years turns 29 February into 28 February") {
  CHECK(pipkit::add_years({2024, 2, 29}, 3) == Date{2027, 2, 28});
  CHECK(pipkit::add_years({2026, 11, 13}, 3) == Date{2029, 11, 13});
}

TEST_CASE("days round-trip and weekdays match the calendar") {
  CHECK(pipkit::to_days({1970, 1, 1}) == 0);
  CHECK(pipkit::from_days(0) == Date{1970, 1, 1});
  CHECK(pipkit::add_days({2026, 12, 31}, 1) == Date{2027, 1, 1});
  CHECK(pipkit::add_days({2024, 2, 28}, 1) == Date{2024, 2, 29});
  CHECK(pipkit::days_between({2026, 9, 3}, {2026, 11, 12}) == 70);
  CHECK(pipkit::weekday({2026, 12, 4}) == pipkit::Weekday::kFriday);
  CHECK(pipkit::weekday({2020, 2, 12}) == pipkit::Weekday::kWednesday);
  CHECK(pipkit::weekday({2026, 4, 27}) == pipkit::Weekday::kMonday);
  CHECK(pipkit::weekday({1969, 12, 31}) == pipkit::Weekday::kWednesday);
  for (long d = -1000; d < 1000; d += 7) {
    CHECK(pipkit::to_days(pipkit::from_days(d)) == d);
  }
}

TEST_CASE("iso_week numbers weeks from the one with the first Thursday") {
  // Worked out from the calendar: 1 January 2026 is a Thursday, so the
  // week of Monday 29 December 2025 is week 1 of 2026; 1 January 2027 is a
  // Friday, so it still lies in week 53 of 2026; 2020 began on a Wednesday.
  struct Row {
    Date date;
    pipkit::IsoWeek week;
    Date monday;
  };
  const Row rows[] = {
      {{2025, 12, 29}, {2026, 1}, {2025, 12, 29}},
      {{2026, 1, 4}, {2026, 1}, {2025, 12, 29}},
      {{2026, 1, 5}, {2026, 2}, {2026, 1, 5}},
      {{2026, 12, 4}, {2026, 49}, {2026, 11, 30}},
      {{2026, 12, 31}, {2026, 53}, {2026, 12, 28}},
      {{2027, 1, 3}, {2026, 53}, {2026, 12, 28}},
      {{2027, 1, 4}, {2027, 1}, {2027, 1, 4}},
      {{2019, 12, 30}, {2020, 1}, {2019, 12, 30}},
      {{2021, 1, 3}, {2020, 53}, {2020, 12, 28}},
  };
  for (const Row& row : rows) {
    CAPTURE(pipkit::to_iso(row.date));
    CHECK(pipkit::iso_week(row.date) == row.week);
    CHECK(pipkit::monday_of(row.date) == row.monday);
  }
}
