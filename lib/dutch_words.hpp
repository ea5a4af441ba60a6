// SPDX-License-Identifier: EUPL-1.2
// The Dutch words for months, days, numbers and periods that timelines use.
#pragma once

#include <optional>
#include <string_view>

#include "date.hpp"

namespace pipkit {

enum class TimeUnit { kDay, kWeek, kMonth, kQuarter, kHalfYear, kYear };

/// Returns 1..12 for a month name or abbreviation ("mrt", "sept"), else 0.
int month_number(std::string_view word);

/// Returns the full lowercase name of month 1..12 ("maart"), the form a
/// plan's tijdpad is written in; "" for any other number.
std::string_view month_name(int month);

/// Returns the weekday a name or abbreviation ("wo", "woe") names, else
/// nullopt.
std::optional<Weekday> weekday_named(std::string_view word);

/// Returns 1..12 for "een" (or "één") up to "twaalf", else 0.
int number_word(std::string_view word);

/// Returns 1..4 for "eerste" up to "vierde", -1 for "laatste", else 0.
int ordinal_word(std::string_view word);

/// Returns which third of a month a word names: 0 for "begin", 1 for
/// "medio", "half", "midden" and "halverwege", 2 for "eind", "einde" and
/// "ultimo"; -1 for any other word.
int month_third(std::string_view word);

/// Returns 0 for "voorjaar" or "lente", 1 "zomer", 2 "najaar" or "herfst",
/// 3 "winter"; -1 for any other word.
int season_number(std::string_view word);

/// Returns the unit a word names in singular or plural ("maanden", "jr"),
/// else nullopt.
std::optional<TimeUnit> time_unit(std::string_view word);

/// Returns whether a word states a rhythm by itself ("wekelijks",
/// "tweewekelijkse", "dagelijks").
bool is_rhythm_word(std::string_view word);

/// Returns whether a word names a part of the day ("ochtend", "avonds").
bool is_day_part_word(std::string_view word);

}  // namespace pipkit
