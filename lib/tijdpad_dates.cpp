// SPDX-License-Identifier: EUPL-1.2
// Reads the dates written in a timeline, token by token.
#include "tijdpad_dates.hpp"

#include "dutch_words.hpp"

namespace pipkit::tijdpad {
namespace {

using Match = std::optional<PartMatch>;

struct YearPhrase {
  std::optional<int> year;
  size_t end = 0;  // == the start index when there is no phrase
};

bool is_year(int value) { return value >= kFirstYear && value <= kLastYear; }

// Reads "2020" or "'20" at `i`.
std::optional<YearPhrase> read_written_year(const TokenView& view, size_t i) {
  if (view.digits(i) == 4 && is_year(view.number(i))) {
    return YearPhrase{view.number(i), i + 1};
  }
  if (view.is(i, TokenKind::kApostrophe) && view.digits(i + 1) == 2 &&
      view.touches(i + 1)) {
    return YearPhrase{2000 + view.number(i + 1), i + 2};
  }
  return std::nullopt;
}

// Reads the year a part lies in: "2021", "van 2021", "dit jaar", "van het
// jaar" (a year still to be found elsewhere in the text).
YearPhrase read_year_phrase(const TokenView& view, size_t i,
                            const Date& reference) {
  const size_t j = view.word(i) == "van" ? i + 1 : i;
  if (auto written = read_written_year(view, j)) return *written;
  struct Relative {
    std::string_view phrase;
    int delta;
    bool known;
  };
  static constexpr Relative kRelative[] = {
      {"het jaar", 0, false},    {"dit jaar", 0, true},
      {"volgend jaar", 1, true}, {"volgende jaar", 1, true},
      {"komend jaar", 1, true},  {"komende jaar", 1, true},
      {"vorig jaar", -1, true},  {"afgelopen jaar", -1, true}};
  for (const Relative& relative : kRelative) {
    if (const size_t n = view.match(j, relative.phrase)) {
      std::optional<int> year;
      if (relative.known) year = reference.year + relative.delta;
      return YearPhrase{year, j + n};
    }
  }
  return YearPhrase{std::nullopt, i};
}

PartMatch make_match(const TokenView& view, size_t first, size_t end,
                     Part part) {
  part.offset = view.at(first)->offset;
  part.length = view.at(end - 1)->end() - part.offset;
  PartMatch match;
  match.part = part;
  match.end = end;
  return match;
}

Match finish_with_year(const TokenView& view, size_t first, size_t next,
                       Part part, const Date& reference) {
  const YearPhrase year = read_year_phrase(view, next, reference);
  part.year = year.year;
  return make_match(view, first, year.end, part);
}

bool can_exist(int day, int month, std::optional<int> year) {
  if (year) return make_date(*year, month, day).has_value();
  return month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(2000, month);  // 2000 has 29 February
}

Match read_three_part_date(const TokenView& view, size_t i) {
  const Token& token = *view.at(i);
  const char sep = token.seps[0];
  if (sep != token.seps[1] || (sep != '-' && sep != '/' && sep != '.')) {
    return std::nullopt;
  }
  const bool iso = token.digits[0] == 4;
  const int d = iso ? 2 : 0;
  const int y = iso ? 0 : 2;
  int year = token.parts[y];
  if (token.digits[y] == 2) year += 2000;
  Part part;
  part.kind = PartKind::kDay;
  part.day = token.parts[d];
  part.month = token.parts[1];
  part.year = year;
  PartMatch match = make_match(view, i, i + 1, part);
  const bool year_ok =
      (token.digits[y] == 2 || token.digits[y] == 4) && is_year(year);
  match.impossible = !year_ok || token.digits[d] > 2 || token.digits[1] > 2 ||
                     !can_exist(part.day, part.month, year);
  return match;
}

Match read_year_range(const TokenView& view, size_t i) {
  const Token& token = *view.at(i);
  Part first;
  first.year = token.parts[0];
  first.offset = token.offset;
  first.length = 4;
  Part second = first;
  second.year = token.parts[1];
  second.offset = token.end() - 4;
  PartMatch match;
  match.part = first;
  match.second = second;
  match.end = i + 1;
  match.op = token.seps[0] == '/' ? Op::kUnion : Op::kThrough;
  match.op_offset = token.offset + 4;
  return match;
}

Match read_two_part_date(const TokenView& view, size_t i) {
  const Token& token = *view.at(i);
  const char sep = token.seps[0];
  if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
  if (token.digits[0] == 4 && token.digits[1] == 4 && is_year(token.parts[0]) &&
      is_year(token.parts[1]) && sep != '.') {
    return read_year_range(view, i);
  }
  // "3-4 maanden" and "10-12 uur" are amounts, not days.
  const std::string_view next = view.word(i + 1);
  if (time_unit(next) || next == "uur" || next == "u") return std::nullopt;
  if (token.digits[0] > 2 || token.digits[1] > 2) return std::nullopt;
  if (!can_exist(token.parts[0], token.parts[1], std::nullopt)) {
    return std::nullopt;
  }
  Part part;
  part.kind = PartKind::kDay;
  part.day = token.parts[0];
  part.month = token.parts[1];
  return make_match(view, i, i + 1, part);
}

// Two day numbers before a month: "1 t/m 15", "10 tot 12", "1-15".
struct DayPair {
  int first = 0;
  int second = 0;
  size_t second_at = 0;  // the token of the second day
  size_t op_offset = 0;
  Op op = Op::kThrough;
};

std::optional<DayPair> read_day_pair(const TokenView& view, size_t i) {
  const Token* token = view.at(i);
  if (token == nullptr || token->kind != TokenKind::kNumber) return {};
  if (token->count == 2 && token->seps[0] == '-' && token->digits[0] <= 2 &&
      token->digits[1] <= 2) {
    return DayPair{token->parts[0], token->parts[1], i,
                   token->offset + token->digits[0], Op::kThrough};
  }
  if (!token->is_plain_number() || token->digits[0] > 2) return std::nullopt;
  static constexpr std::string_view kWords[] = {"t / m", "tot en met", "-",
                                                "tot",   "en",         "of"};
  static constexpr Op kOps[] = {Op::kThrough, Op::kThrough, Op::kThrough,
                                Op::kUntil,   Op::kUnion,   Op::kUnion};
  const auto link = view.find_any(i + 1, kWords);
  if (!link) return std::nullopt;
  const size_t second_at = i + 1 + link->length;
  if (view.number(second_at) < 0 || view.digits(second_at) > 2) return {};
  return DayPair{token->parts[0], view.number(second_at), second_at,
                 view.at(i + 1)->offset, kOps[link->index]};
}

// Reads "1 t/m 15 maart 2020", "10 tot 12 maart" and "1-15 maart": two
// days that share a month.
Match read_day_range(const TokenView& view, size_t i, const Date& ref) {
  const std::optional<DayPair> days = read_day_pair(view, i);
  if (!days) return std::nullopt;
  const int month = month_number(view.word(days->second_at + 1));
  if (month == 0) return std::nullopt;
  Part second;
  second.kind = PartKind::kDay;
  second.day = days->second;
  second.month = month;
  Match match = finish_with_year(view, i, days->second_at + 2, second, ref);
  const Token& first_token = *view.at(i);
  Part& last = match->part;
  const size_t second_start = days->second_at == i
                                  ? first_token.end() - first_token.digits[1]
                                  : view.at(days->second_at)->offset;
  last.length = last.offset + last.length - second_start;
  last.offset = second_start;
  Part first = last;
  first.day = days->first;
  first.offset = first_token.offset;
  first.length = first_token.digits[0];
  match->second = last;
  match->part = first;
  match->op = days->op;
  match->op_offset = days->op_offset;
  match->impossible = !can_exist(first.day, month, first.year) ||
                      !can_exist(last.day, month, first.year);
  return match;
}

Match read_numeric_date(const TokenView& view, size_t i) {
  const Token* token = view.at(i);
  if (token == nullptr || token->kind != TokenKind::kNumber) return {};
  if (token->count == 3) return read_three_part_date(view, i);
  if (token->count == 2) return read_two_part_date(view, i);
  return std::nullopt;
}

bool is_ordinal_suffix(std::string_view word) {
  return word == "e" || word == "de" || word == "ste";
}

Match read_day_month(const TokenView& view, size_t i, const Date& ref) {
  const int day = view.number(i);
  if (day < 0 || view.digits(i) > 2) return std::nullopt;
  size_t j = i + 1;
  if (view.touches(j) && is_ordinal_suffix(view.word(j))) ++j;
  const int month = month_number(view.word(j));
  if (month == 0) return std::nullopt;
  Part part;
  part.kind = PartKind::kDay;
  part.day = day;
  part.month = month;
  Match match = finish_with_year(view, i, j + 1, part, ref);
  match->impossible = !can_exist(day, month, match->part.year);
  return match;
}

Match read_weekday_date(const TokenView& view, size_t i, const Date& ref) {
  const std::optional<Weekday> day = weekday_named(view.word(i));
  if (!day) return std::nullopt;
  size_t j = i + 1;
  if (view.is(j, TokenKind::kComma)) ++j;
  if (view.word(j) == "de") ++j;
  Match match = read_numeric_date(view, j);
  if (!match) match = read_day_month(view, j, ref);
  if (!match || match->part.kind != PartKind::kDay || match->second) {
    return std::nullopt;
  }
  Part& part = match->part;
  const size_t offset = view.at(i)->offset;
  part.length = part.offset + part.length - offset;
  part.offset = offset;
  part.weekday = day;
  part.weekday_length = view.at(i)->length;
  return match;
}

struct Ordinal {
  int value = 0;
  size_t end = 0;
};

// Reads "eerste", "laatste" (-1) or "1e", "2de", "3ste".
std::optional<Ordinal> read_ordinal(const TokenView& view, size_t i) {
  if (const int value = ordinal_word(view.word(i)))
    return Ordinal{value, i + 1};
  const int number = view.number(i);
  if (number >= 1 && number <= 4 && view.touches(i + 1) &&
      is_ordinal_suffix(view.word(i + 1))) {
    return Ordinal{number, i + 2};
  }
  return std::nullopt;
}

constexpr std::string_view kMonthFiller[] = {"van", "de", "maand"};

Match read_third(const TokenView& view, size_t i, const Date& ref) {
  const int third = month_third(view.word(i));
  if (third < 0) return std::nullopt;
  Part part;
  part.index = third;
  const size_t j = view.skip(i + 1, kMonthFiller);
  if (const int month = month_number(view.word(j))) {
    part.kind = PartKind::kMonthThird;
    part.month = month;
    return finish_with_year(view, i, j + 1, part, ref);
  }
  const YearPhrase year = read_year_phrase(view, i + 1, ref);
  if (year.end == i + 1) return std::nullopt;
  part.kind = PartKind::kYearThird;
  part.year = year.year;
  return make_match(view, i, year.end, part);
}

Match read_half(const TokenView& view, size_t i, const Date& ref) {
  const std::optional<Ordinal> ordinal = read_ordinal(view, i);
  if (!ordinal || ordinal->value > 2) return std::nullopt;
  Part part;
  part.index = ordinal->value == 1 ? 1 : 2;
  size_t j = ordinal->end;
  const bool helft = view.word(j) == "helft";
  if (helft || view.word(j) == "halfjaar") {
    j += 1;
  } else if (view.match(j, "half jaar")) {
    j += 2;
  } else {
    return std::nullopt;
  }
  const size_t k = view.skip(j, kMonthFiller);
  if (const int month = month_number(view.word(k)); month != 0 && helft) {
    part.kind = PartKind::kMonthHalf;
    part.month = month;
    return finish_with_year(view, i, k + 1, part, ref);
  }
  const YearPhrase year = read_year_phrase(view, j, ref);
  if (helft && year.end == j) return std::nullopt;  // helft of what?
  part.kind = PartKind::kYearHalf;
  part.year = year.year;
  return make_match(view, i, year.end, part);
}

// Reads "Q1-2021" written as one token after the letter q.
Match read_quarter_group(const TokenView& view, size_t i) {
  const Token& token = *view.at(i + 1);
  if (token.kind != TokenKind::kNumber || token.count != 2 ||
      token.digits[1] != 4 || token.parts[0] < 1 || token.parts[0] > 4 ||
      !is_year(token.parts[1])) {
    return std::nullopt;
  }
  Part part;
  part.kind = PartKind::kQuarter;
  part.index = token.parts[0];
  part.year = token.parts[1];
  return make_match(view, i, i + 2, part);
}

Match read_quarter(const TokenView& view, size_t i, const Date& ref) {
  Part part;
  part.kind = PartKind::kQuarter;
  size_t next = 0;
  const std::optional<Ordinal> ordinal = read_ordinal(view, i);
  if (view.word(i) == "q" && view.touches(i + 1)) {
    if (Match group = read_quarter_group(view, i)) return group;
    part.index = view.number(i + 1);
    next = i + 2;
  } else if (ordinal && view.word(ordinal->end) == "kwartaal") {
    part.index = ordinal->value == -1 ? 4 : ordinal->value;
    next = ordinal->end + 1;
  } else if (view.word(i) == "kwartaal") {
    part.index = view.number(i + 1);
    next = i + 2;
  }
  if (part.index < 1 || part.index > 4) return std::nullopt;
  return finish_with_year(view, i, next, part, ref);
}

Match read_week(const TokenView& view, size_t i, const Date& ref) {
  if (view.word(i) != "week" && view.word(i) != "wk") return std::nullopt;
  const int week = view.number(i + 1);
  if (week < 1 || week > 53) return std::nullopt;
  Part part;
  part.kind = PartKind::kIsoWeek;
  part.index = week;
  return finish_with_year(view, i, i + 2, part, ref);
}

Match read_month(const TokenView& view, size_t i, const Date& ref) {
  const int month = month_number(view.word(i));
  if (month == 0) return std::nullopt;
  Part part;
  part.kind = PartKind::kMonth;
  part.month = month;
  return finish_with_year(view, i, i + 1, part, ref);
}

Match read_season(const TokenView& view, size_t i, const Date& ref) {
  const int season = season_number(view.word(i));
  if (season < 0) return std::nullopt;
  Part part;
  part.kind = PartKind::kSeason;
  part.index = season;
  // "winter 2020/2021" is the winter that starts in 2020.
  const Token* next = view.at(i + 1);
  if (season == 3 && next && next->kind == TokenKind::kNumber &&
      next->count == 2 && next->digits[0] == 4 &&
      next->parts[1] == next->parts[0] + 1 && is_year(next->parts[0])) {
    part.year = next->parts[0];
    return make_match(view, i, i + 2, part);
  }
  return finish_with_year(view, i, i + 1, part, ref);
}

bool is_money_or_measure(const TokenView& view, size_t i) {
  static constexpr std::string_view kUnits[] = {
      "euro", "eur", "uur", "km", "kilometer", "personen", "mensen"};
  const Token* before = i > 0 ? view.at(i - 1) : nullptr;
  if (before && before->kind == TokenKind::kOther && before->text == "€") {
    return true;
  }
  for (std::string_view unit : kUnits) {
    if (view.word(i + 1) == unit) return true;
  }
  return false;
}

Match read_bare_year(const TokenView& view, size_t i) {
  const std::optional<YearPhrase> year = read_written_year(view, i);
  if (!year || is_money_or_measure(view, i)) return std::nullopt;
  Part part;
  part.kind = PartKind::kYear;
  part.year = year->year;
  return make_match(view, i, year->end, part);
}

}  // namespace

std::optional<PartMatch> read_part(const TokenView& view, size_t i,
                                   const Date& reference) {
  using Reader = Match (*)(const TokenView&, size_t, const Date&);
  static constexpr Reader kReaders[] = {
      read_weekday_date, read_day_month, read_third, read_half,
      read_quarter,      read_week,      read_month, read_season};
  if (Match days = read_day_range(view, i, reference)) return days;
  if (Match numeric = read_numeric_date(view, i)) return numeric;
  for (Reader reader : kReaders) {
    if (Match match = reader(view, i, reference)) return match;
  }
  return read_bare_year(view, i);
}

}  // namespace pipkit::tijdpad
