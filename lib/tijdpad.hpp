// SPDX-License-Identifier: EUPL-1.2
// Reads a plan's Dutch timeline (tijdpad) into the dates it implies.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.hpp"
#include "text.hpp"

namespace pipkit {

/// The days a vague expression can mean: "eind mei 2019" is 21..31 May.
struct DateWindow {
  Date earliest;
  Date latest;

  bool operator==(const DateWindow&) const = default;
};

/// Something the parser recognised, with its place in the input.
struct TijdpadPiece {
  size_t offset = 0;  // bytes into the input
  size_t length = 0;  // bytes
  // "date", "month", "month_part", "season", "quarter", "half_year",
  // "year_part", "year", "week", "relative", "range", "union", "duration",
  // "time_of_day", "rhythm", "open_ended", "marker"; in not_understood:
  // "number", "word".
  std::string kind;
  std::string text;  // the input slice
};

/// A doubt about the timeline that the consultant should resolve.
struct TijdpadWarning {
  // "weekday_mismatch", "end_before_start", "ambiguous_tot",
  // "impossible_date", "not_understood", "year_assumed".
  std::string code;
  size_t offset = 0;
  size_t length = 0;
  Text message;
};

/// What a timeline says: its start, its end, and how it was read.
struct Tijdpad {
  std::optional<DateWindow> start;
  std::optional<DateWindow> end;
  std::optional<std::string> open_reason;  // why there is no end by design
  std::vector<TijdpadPiece> pieces;
  std::vector<TijdpadPiece> not_understood;
  std::vector<TijdpadWarning> warnings;

  /// Returns the first day the timeline can start, or nullopt if unknown.
  std::optional<Date> start_date() const;
  /// Returns the last day the timeline can end, or nullopt if unknown.
  std::optional<Date> end_date() const;
};

/// Reads `text`; `reference` (the plan's date) anchors durations with no
/// start and years missing from the whole text. Never fails: what cannot be
/// read is listed in not_understood and warnings, and start or end stay
/// empty.
Tijdpad parse_tijdpad(std::string_view text, const Date& reference);

}  // namespace pipkit
