// SPDX-License-Identifier: EUPL-1.2
// Dates as a timeline writes them, and the days each one can mean.
#include "tijdpad_parts.hpp"

namespace pipkit::tijdpad {
namespace {

// Returns the days from the first of `first` to the end of `last`, months
// counted from January of `year` (14 is February of the next year).
DateWindow months_window(int year, int first, int last) {
  const Date from{year + (first - 1) / 12, (first - 1) % 12 + 1, 1};
  const Date to_month{year + (last - 1) / 12, (last - 1) % 12 + 1, 1};
  return {from, end_of_month(to_month)};
}

std::optional<DateWindow> iso_week_window(int year, int week) {
  const Date january_4{year, 1, 4};
  const long back = static_cast<long>(weekday(january_4)) - 1;
  const Date monday = add_days(january_4, 7L * (week - 1) - back);
  if (add_days(monday, 3).year != year) return std::nullopt;  // no week 53
  return DateWindow{monday, add_days(monday, 6)};
}

std::optional<DateWindow> day_window(int year, int month, int day) {
  const std::optional<Date> date = make_date(year, month, day);
  if (!date) return std::nullopt;
  return DateWindow{*date, *date};
}

DateWindow days_of_month(int year, int month, int first, int last) {
  const int days = days_in_month(year, month);
  return {Date{year, month, first}, Date{year, month, last > 0 ? last : days}};
}

}  // namespace

std::optional<DateWindow> part_window(const Part& part) {
  if (part.kind == PartKind::kFixed) return part.fixed;
  if (!part.year || *part.year < 1 || *part.year > 9998) return std::nullopt;
  const int y = *part.year;
  const int i = part.index;
  switch (part.kind) {
    case PartKind::kDay:
      return day_window(y, part.month, part.day);
    case PartKind::kMonth:
      return months_window(y, part.month, part.month);
    case PartKind::kMonthThird:
      return days_of_month(y, part.month, 1 + 10 * i, i == 2 ? 0 : 10 + 10 * i);
    case PartKind::kMonthHalf:
      return days_of_month(y, part.month, i == 1 ? 1 : 16, i == 1 ? 15 : 0);
    case PartKind::kSeason:
      return months_window(y, 3 + 3 * i, 5 + 3 * i);
    case PartKind::kQuarter:
      return months_window(y, 3 * i - 2, 3 * i);
    case PartKind::kYearHalf:
      return months_window(y, 6 * i - 5, 6 * i);
    case PartKind::kYearThird:
      return months_window(y, 4 * i + 1, 4 * i + 4);
    case PartKind::kYear:
      return months_window(y, 1, 12);
    case PartKind::kIsoWeek:
      return iso_week_window(y, i);
    case PartKind::kFixed:
      break;
  }
  return std::nullopt;
}

std::string_view part_piece_kind(PartKind kind) {
  switch (kind) {
    case PartKind::kDay:
      return "date";
    case PartKind::kMonth:
      return "month";
    case PartKind::kMonthThird:
      return "month_part";
    case PartKind::kMonthHalf:
      return "month_part";
    case PartKind::kSeason:
      return "season";
    case PartKind::kQuarter:
      return "quarter";
    case PartKind::kYearHalf:
      return "half_year";
    case PartKind::kYearThird:
      return "year_part";
    case PartKind::kYear:
      return "year";
    case PartKind::kIsoWeek:
      return "week";
    case PartKind::kFixed:
      return "relative";
  }
  return "date";
}

}  // namespace pipkit::tijdpad
