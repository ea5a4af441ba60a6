// SPDX-License-Identifier: EUPL-1.2
// Calendar arithmetic on whole days, after Howard Hinnant's civil-day
// algorithms (public domain description), written for this project.
#include "date.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace pipkit {

bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && is_leap_year(year)) return 29;
  return kDays[month - 1];
}

std::optional<Date> make_date(int year, int month, int day) {
  if (year < 1 || year > 9999) return std::nullopt;
  if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
  return Date{year, month, day};
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  auto number = [&](size_t pos, size_t len) -> int {
    int value = 0;
    for (size_t i = pos; i < pos + len; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  int year = number(0, 4);
  int month = number(5, 2);
  int day = number(8, 2);
  if (year < 0 || month < 0 || day < 0) return std::nullopt;
  return make_date(year, month, day);
}

std::string to_iso(const Date& date) {
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

long to_days(const Date& date) {
  // Counting years from March puts the leap day last, so each 400-year era
  // has the same shape.
  const long y = date.year - (date.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long year_of_era = y - era * 400;
  const long month_from_march = (date.month + 9) % 12;
  const long day_of_year = (153 * month_from_march + 2) / 5 + date.day - 1;
  const long day_of_era = year_of_era * 365 + year_of_era / 4 -
                          year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

Date from_days(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long day_of_era = days - era * 146097;
  const long year_of_era = (day_of_era - day_of_era / 1460 +
                            day_of_era / 36524 - day_of_era / 146096) / 365;
  const long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 -
                                         year_of_era / 100);
  const long month_from_march = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year -
                                   (153 * month_from_march + 2) / 5 + 1);
  const int month = static_cast<int>(month_from_march < 10
                                         ? month_from_march + 3
                                         : month_from_march - 9);
  const long year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  return Date{static_cast<int>(year), month, day};
}

Date add_days(const Date& date, long days) {
  return from_days(to_days(date) + days);
}

Date add_months(const Date& date, int months) {
  const int index = date.year * 12 + (date.month - 1) + months;
  const int year = index / 12;
  const int month = index % 12 + 1;
  const int day = std::min(date.day, days_in_month(year, month));
  return Date{year, month, day};
}

Date add_years(const Date& date, int years) {
  return add_months(date, years * 12);
}

long days_between(const Date& from, const Date& to) {
  return to_days(to) - to_days(from);
}

Weekday weekday(const Date& date) {
  // 1970-01-01 was a Thursday.
  const long days = to_days(date);
  const long index = ((days % 7) + 7 + 3) % 7;  // 0 = Monday
  return static_cast<Weekday>(index + 1);
}

Date monday_of(const Date& date) {
  return add_days(date, 1 - static_cast<long>(weekday(date)));
}

// The Thursday of a week decides its year, so the week's number is the
// count of Thursdays from that year's first one.
IsoWeek iso_week(const Date& date) {
  const Date thursday = add_days(monday_of(date), 3);
  const long day_of_year = days_between({thursday.year, 1, 1}, thursday);
  return IsoWeek{thursday.year, static_cast<int>(day_of_year / 7) + 1};
}

Date end_of_month(const Date& date) {
  return Date{date.year, date.month, days_in_month(date.year, date.month)};
}

}  // namespace pipkit
