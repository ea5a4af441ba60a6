// SPDX-License-Identifier: EUPL-1.2
// Calendar dates without time zones: the unit every deadline is counted in.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace pipkit {

/// A day in the proleptic Gregorian calendar; always a real date once built
/// through make_date or parse_iso_date.
struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..days_in_month

  auto operator<=>(const Date&) const = default;
};

enum class Weekday { kMonday = 1, kTuesday, kWednesday, kThursday, kFriday,
                     kSaturday, kSunday };

/// Returns whether `year` is a Gregorian leap year.
bool is_leap_year(int year);

/// Returns the number of days in `month` of `year`; 0 for a month out of range.
int days_in_month(int year, int month);

/// Returns the date if year, month and day name a real day, else nullopt.
std::optional<Date> make_date(int year, int month, int day);

/// Parses exactly `YYYY-MM-DD`; returns nullopt for any other text or for a
/// day that does not exist, such as 2026-02-30.
std::optional<Date> parse_iso_date(std::string_view text);

/// Formats as `YYYY-MM-DD`.
std::string to_iso(const Date& date);

/// Returns the number of days since 1970-01-01 (negative before it).
long to_days(const Date& date);

/// Returns the date `days` days after 1970-01-01.
Date from_days(long days);

/// Returns `date` moved by `days` days (negative moves back).
Date add_days(const Date& date, long days);

/// Returns `date` moved by whole calendar months; a day past the end of the
/// target month becomes its last day (31 January + 1 month = 28/29 February).
Date add_months(const Date& date, int months);

/// Returns `date` moved by whole calendar years; 29 February becomes
/// 28 February in a year that has none.
Date add_years(const Date& date, int years);

/// Returns the number of days from `from` to `to` (negative if `to` is
/// earlier).
long days_between(const Date& from, const Date& to);

/// Returns the day of the week.
Weekday weekday(const Date& date);

/// A week as ISO 8601 numbers it: Monday to Sunday, week 1 holding the
/// year's first Thursday.
struct IsoWeek {
  int year = 1970;
  int week = 1;  // 1..53

  bool operator==(const IsoWeek&) const = default;
};

/// Returns the ISO week `date` lies in; around New Year its year can differ
/// from the date's.
IsoWeek iso_week(const Date& date);

/// Returns the Monday of the week `date` lies in.
Date monday_of(const Date& date);

/// Returns the last day of the month that `date` lies in.
Date end_of_month(const Date& date);

}  // namespace pipkit
