// SPDX-License-Identifier: EUPL-1.2
// Easter, the feestdagen of the Algemene termijnenwet and its extension rule.
#include "calendar.hpp"

#include <array>

namespace pipkit {

namespace {

constexpr std::array kAllFeestdagen = {
    Feestdag::kNieuwjaarsdag,  Feestdag::kGoedeVrijdag,
    Feestdag::kTweedePaasdag,  Feestdag::kKoningsdag,
    Feestdag::kVijfMei,        Feestdag::kHemelvaartsdag,
    Feestdag::kTweedePinksterdag, Feestdag::kEersteKerstdag,
    Feestdag::kTweedeKerstdag,
};

bool is_weekend(const Date& date) {
  const Weekday day = weekday(date);
  return day == Weekday::kSaturday || day == Weekday::kSunday;
}

// A feestdag says more than the weekday it falls on, and a decreed day is
// the reason a weekday counts as rest; so the most specific reason wins.
std::optional<Text> rest_reason(const Date& date,
                                const HolidayData& holidays) {
  if (auto feestdag = feestdag_on(date)) return feestdag_name(*feestdag);
  if (holidays.is_gelijkgestelde_dag(date)) {
    return Text{"met een feestdag gelijkgestelde dag",
                "day ranked with a public holiday"};
  }
  if (is_weekend(date)) return weekday_name(weekday(date));
  return std::nullopt;
}

}  // namespace

Date easter_sunday(int year) {
  // The Gregorian computus as tabulated by Meeus: the Paschal full moon
  // from the Metonic cycle (golden number), corrected for the skipped
  // leap years and the lunar drift of the centuries, then the Sunday after.
  const int golden = year % 19;
  const int century = year / 100;
  const int year_in_century = year % 100;
  const int skipped_leaps = century / 4;
  const int century_rest = century % 4;
  const int lunar_drift = (century + 8) / 25;
  const int lunar_correction = (century - lunar_drift + 1) / 3;
  const int epact = (19 * golden + century - skipped_leaps -
                     lunar_correction + 15) % 30;
  const int leaps_in_century = year_in_century / 4;
  const int leap_rest = year_in_century % 4;
  const int to_sunday = (32 + 2 * century_rest + 2 * leaps_in_century -
                         epact - leap_rest) % 7;
  const int late_fix = (golden + 11 * epact + 22 * to_sunday) / 451;
  const int month_day = epact + to_sunday - 7 * late_fix + 114;
  return Date{year, month_day / 31, month_day % 31 + 1};
}

Date koningsdag(int year) {
  // Koninginnedag (1980-2013) was 30 April and moved back to Saturday the
  // 29th when the 30th was a Sunday; Koningsdag does the same with the 27th.
  const Date day{year, 4, year >= 2014 ? 27 : 30};
  return weekday(day) == Weekday::kSunday ? add_days(day, -1) : day;
}

Date date_of(Feestdag feestdag, int year) {
  switch (feestdag) {
    case Feestdag::kNieuwjaarsdag: return {year, 1, 1};
    case Feestdag::kGoedeVrijdag: return add_days(easter_sunday(year), -2);
    case Feestdag::kTweedePaasdag: return add_days(easter_sunday(year), 1);
    case Feestdag::kKoningsdag: return koningsdag(year);
    case Feestdag::kVijfMei: return {year, 5, 5};
    case Feestdag::kHemelvaartsdag: return add_days(easter_sunday(year), 39);
    case Feestdag::kTweedePinksterdag:
      return add_days(easter_sunday(year), 50);
    case Feestdag::kEersteKerstdag: return {year, 12, 25};
    case Feestdag::kTweedeKerstdag: return {year, 12, 26};
  }
  return {year, 1, 1};
}

std::optional<Feestdag> feestdag_on(const Date& date) {
  for (Feestdag feestdag : kAllFeestdagen) {
    if (date_of(feestdag, date.year) == date) return feestdag;
  }
  return std::nullopt;
}

Text feestdag_name(Feestdag feestdag) {
  switch (feestdag) {
    case Feestdag::kNieuwjaarsdag: return {"Nieuwjaarsdag", "New Year's Day"};
    case Feestdag::kGoedeVrijdag: return {"Goede Vrijdag", "Good Friday"};
    case Feestdag::kTweedePaasdag: return {"tweede Paasdag", "Easter Monday"};
    case Feestdag::kKoningsdag: return {"Koningsdag", "King's Day"};
    case Feestdag::kVijfMei: return {"5 mei", "5 May"};
    case Feestdag::kHemelvaartsdag: return {"Hemelvaartsdag", "Ascension Day"};
    case Feestdag::kTweedePinksterdag:
      return {"tweede Pinksterdag", "Whit Monday"};
    case Feestdag::kEersteKerstdag: return {"eerste Kerstdag", "Christmas Day"};
    case Feestdag::kTweedeKerstdag: return {"tweede Kerstdag", "Boxing Day"};
  }
  return {};
}

const Text& weekday_name(Weekday day) {
  static const std::array<Text, 7> kNames = {{
      {"maandag", "Monday"},   {"dinsdag", "Tuesday"},
      {"woensdag", "Wednesday"}, {"donderdag", "Thursday"},
      {"vrijdag", "Friday"},   {"zaterdag", "Saturday"},
      {"zondag", "Sunday"},
  }};
  return kNames[static_cast<int>(day) - 1];
}

Text weekday_abbreviation(Weekday day) {
  static const std::array<Text, 7> kNames = {{
      {"ma", "Mon"}, {"di", "Tue"}, {"wo", "Wed"}, {"do", "Thu"},
      {"vr", "Fri"}, {"za", "Sat"}, {"zo", "Sun"},
  }};
  return kNames[static_cast<int>(day) - 1];
}

bool is_atw_rest_day(const Date& date, const HolidayData& holidays) {
  return rest_reason(date, holidays).has_value();
}

AtwResult extend_atw(const Date& due, const HolidayData& holidays) {
  AtwResult result{due, due, {}};
  while (auto reason = rest_reason(result.date, holidays)) {
    result.reasons.push_back(*reason);
    result.date = add_days(result.date, 1);
  }
  return result;
}

bool atw_covers(TermUnit unit, int amount) {
  switch (unit) {
    case TermUnit::kWeeks: return amount <= 12;
    case TermUnit::kMonths: return amount <= 3;
    case TermUnit::kYears: return false;
  }
  return false;
}

}  // namespace pipkit
