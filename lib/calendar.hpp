// SPDX-License-Identifier: EUPL-1.2
// Easter, the feestdagen of the Algemene termijnenwet and its extension rule.
#pragma once

#include <optional>
#include <vector>

#include "date.hpp"
#include "holiday_data.hpp"
#include "text.hpp"

namespace pipkit {

/// The algemeen erkende feestdagen of Atw art. 3 lid 1, with Goede Vrijdag
/// (art. 3 lid 2).
enum class Feestdag {
  kNieuwjaarsdag,
  kGoedeVrijdag,
  kTweedePaasdag,
  kKoningsdag,
  kVijfMei,
  kHemelvaartsdag,
  kTweedePinksterdag,
  kEersteKerstdag,
  kTweedeKerstdag,
};

/// Returns Easter Sunday of `year` in the Gregorian calendar; meaningful
/// from 1583 on, never fails.
Date easter_sunday(int year);

/// Returns the day Koningsdag is kept in `year`: 27 April, or 26 April when
/// the 27th is a Sunday (30 April and 29 April before 2014); never fails.
Date koningsdag(int year);

/// Returns the date of `feestdag` in `year`; never fails.
Date date_of(Feestdag feestdag, int year);

/// Returns the feestdag that falls on `date`, or nullopt.
std::optional<Feestdag> feestdag_on(const Date& date);

/// Returns the Dutch and English name of a feestdag.
Text feestdag_name(Feestdag feestdag);

/// Returns the full name of a weekday ("zaterdag", "Saturday").
const Text& weekday_name(Weekday day);

/// Returns the short name of a weekday ("za", "Sat").
Text weekday_abbreviation(Weekday day);

/// Returns whether the Atw lets no term end on `date`: a Saturday, Sunday,
/// feestdag or gelijkgestelde dag.
bool is_atw_rest_day(const Date& date, const HolidayData& holidays);

/// A due date after Atw art. 1: where it ended up and why it moved.
struct AtwResult {
  Date date;                  // the last day of the term
  Date original;              // the last day before the Atw moved it
  std::vector<Text> reasons;  // one per day skipped, in order

  bool moved() const { return date != original; }
};

/// Extends a term ending on `due` to the next day that is no rest day
/// (Atw art. 1 lid 1); never fails.
AtwResult extend_atw(const Date& due, const HolidayData& holidays);

/// The unit a term is set in, for Atw art. 4.
enum class TermUnit { kWeeks, kMonths, kYears };

/// Returns whether the Atw may extend a term of `amount` `unit`: not when it
/// is over twelve weeks or three months, nor when it is set in years
/// (art. 4); never fails.
bool atw_covers(TermUnit unit, int amount);

}  // namespace pipkit
