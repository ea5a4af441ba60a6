// SPDX-License-Identifier: EUPL-1.2
// Dates as a timeline writes them, and the days each one can mean.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "date.hpp"
#include "tijdpad.hpp"

namespace pipkit::tijdpad {

inline constexpr int kFirstYear = 1900;  // years a text may name
inline constexpr int kLastYear = 2199;

/// A length of time in whole months plus days ("anderhalve maand" is one
/// month and fifteen days).
struct Period {
  int months = 0;
  int days = 0;
};

enum class PartKind {
  kDay,         // 12 februari 2020
  kMonth,       // februari 2020
  kMonthThird,  // begin, medio, eind mei: index 0..2
  kMonthHalf,   // eerste helft van maart: index 1..2
  kSeason,      // voorjaar .. winter: index 0..3
  kQuarter,     // Q1 .. Q4: index 1..4
  kYearHalf,    // eerste helft van 2021: index 1..2
  kYearThird,   // begin, medio, eind 2021: index 0..2
  kYear,
  kIsoWeek,  // week 12 van 2021: index 1..53
  kFixed,    // relative to the plan's date: per direct, volgend jaar
};

/// A date as written: a day, a month, a season... with or without a year.
struct Part {
  PartKind kind = PartKind::kYear;
  int day = 0;
  int month = 0;
  int index = 0;
  std::optional<int> year;
  bool year_borrowed = false;      // taken from another part or the reference
  bool year_assumed = false;       // taken from the reference
  std::optional<Weekday> weekday;  // the weekday written before the date
  size_t weekday_length = 0;       // bytes from offset: "woensdag"
  DateWindow fixed{};              // kFixed only
  size_t offset = 0;
  size_t length = 0;
};

/// Returns the days a part can mean, or nullopt when it has no year or
/// names a day that does not exist (30 februari).
std::optional<DateWindow> part_window(const Part& part);

/// Returns the piece kind of a part ("date", "month", ...).
std::string_view part_piece_kind(PartKind kind);

}  // namespace pipkit::tijdpad
