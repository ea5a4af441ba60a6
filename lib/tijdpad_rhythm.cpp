// SPDX-License-Identifier: EUPL-1.2
// Recognises rhythms and times of day, so that they are never read as dates.
#include "tijdpad_rhythm.hpp"

#include <algorithm>
#include <string>

#include "calendar.hpp"
#include "dutch_words.hpp"
#include "tijdpad_dates.hpp"

namespace pipkit::tijdpad {
namespace {

template <size_t N>
bool is_one_of(std::string_view word, const std::string_view (&words)[N]) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

constexpr std::string_view kCountWords[] = {
    "x",         "keer",     "maal",        "dag",           "dagen",
    "dagdeel",   "dagdelen", "uur",         "uren",          "ochtend",
    "ochtenden", "middag",   "middagen",    "avond",         "avonden",
    "les",       "lessen",   "bijeenkomst", "bijeenkomsten", "sessie",
    "sessies",   "gesprek",  "gesprekken",  "workshop",      "workshops"};

constexpr std::string_view kHourWords[] = {"uur", "u", "h"};
constexpr std::string_view kInThe[] = {"in de", "in het"};

bool is_full_weekday(std::string_view word) {
  return word.size() >= 6 && weekday_named(word).has_value();
}

// "maandagen", "dinsdagochtend", "woensdagmiddagen", "zaterdags".
bool is_weekday_compound(std::string_view word) {
  static constexpr std::string_view kTails[] = {
      "en",     "s",        "ochtend", "ochtenden", "ochtends",
      "middag", "middagen", "middags", "avond",     "avonden",
      "avonds", "morgen",   "morgens"};
  for (int day = 1; day <= 7; ++day) {
    const std::string name = weekday_name(static_cast<Weekday>(day)).nl;
    if (word.size() > name.size() && word.substr(0, name.size()) == name &&
        is_one_of(word.substr(name.size()), kTails)) {
      return true;
    }
  }
  return false;
}

bool is_period_word(std::string_view word) {
  return time_unit(word) || is_day_part_word(word) || is_full_weekday(word) ||
         is_weekday_compound(word);
}

// Returns the index after "maandag en woensdag" or "di, do of vr": more
// weekdays joined to the one that ends at `end`.
size_t chain_weekdays(const TokenView& view, size_t end) {
  while ((view.word(end) == "en" || view.word(end) == "of" ||
          view.is(end, TokenKind::kComma)) &&
         is_full_weekday(view.word(end + 1))) {
    end += 2;
  }
  return end;
}

// Reads "[2] weken", "week", "dinsdag" after "per", "elke", "om de".
size_t read_period(const TokenView& view, size_t i) {
  if (view.number(i) > 0 || number_word(view.word(i)) > 0) ++i;
  if (!is_period_word(view.word(i))) return 0;
  return is_full_weekday(view.word(i)) ? chain_weekdays(view, i + 1) : i + 1;
}

size_t read_every(const TokenView& view, size_t i) {
  static constexpr std::string_view kEvery[] = {"elke", "iedere", "ieder"};
  if (is_one_of(view.word(i), kEvery)) return read_period(view, i + 1);
  if (const size_t n = view.match(i, "om de")) return read_period(view, i + n);
  if (view.word(i) == "per") return read_period(view, i + 1);
  return 0;
}

// Reads "2x per week", "twee dagdelen per week", "1 keer in de maand".
size_t read_counted(const TokenView& view, size_t i) {
  const bool amount = (view.number(i) > 0 && view.number(i) <= 100) ||
                      number_word(view.word(i)) > 0;
  if (!amount) return 0;
  size_t j = i + 1;
  if (is_one_of(view.word(j), kCountWords)) ++j;
  if (const size_t n = view.match_any(j, kInThe)) {
    return read_period(view, j + n);
  }
  return read_every(view, j);
}

// Reads "op maandag en woensdag" when no date follows the weekday.
size_t read_on_weekdays(const TokenView& view, size_t i,
                        const Date& reference) {
  if (view.word(i) != "op" || !is_full_weekday(view.word(i + 1))) return 0;
  const std::optional<PartMatch> date = read_part(view, i + 1, reference);
  if (date && date->part.weekday) return 0;
  return chain_weekdays(view, i + 2);
}

struct Clock {
  size_t end = 0;
  bool certain = false;  // cannot be a date: "9.30", "14:00", "9u"
};

std::optional<Clock> read_clock(const TokenView& view, size_t i) {
  const Token* token = view.at(i);
  if (token == nullptr || token->kind != TokenKind::kNumber) return {};
  if (token->is_plain_number() && token->digits[0] <= 2 &&
      token->parts[0] <= 24) {
    if (view.touches(i + 1) && view.word(i + 1) == "u") {
      const size_t minutes = view.touches(i + 2) && view.number(i + 2) >= 0;
      return Clock{i + 2 + minutes, true};
    }
    return Clock{i + 1, false};
  }
  if (token->count == 2 && (token->seps[0] == '.' || token->seps[0] == ':') &&
      token->parts[0] <= 24 && token->digits[1] == 2 && token->parts[1] < 60) {
    const bool certain =
        token->seps[0] == ':' || token->parts[1] == 0 || token->parts[1] > 12;
    return Clock{i + 1, certain};
  }
  return std::nullopt;
}

// "9.00-12.00" and "10:00-12:30" arrive as one token of four parts.
bool is_clock_range_token(const Token& token) {
  auto is_clock_sep = [](char c) { return c == '.' || c == ':'; };
  return token.kind == TokenKind::kNumber && token.count == 4 &&
         token.seps[1] == '-' && is_clock_sep(token.seps[0]) &&
         is_clock_sep(token.seps[2]) && token.parts[0] <= 24 &&
         token.parts[2] <= 24;
}

// "10-12 uur": one token of two hours.
bool is_hour_range_token(const Token& token) {
  return token.kind == TokenKind::kNumber && token.count == 2 &&
         token.seps[0] == '-' && token.parts[0] <= 24 && token.parts[1] <= 24;
}

size_t read_clock_time(const TokenView& view, size_t i) {
  const Token* token = view.at(i);
  if (token && is_clock_range_token(*token)) {
    return i + 1 + (is_one_of(view.word(i + 1), kHourWords) ? 1 : 0);
  }
  if (token && is_hour_range_token(*token) &&
      is_one_of(view.word(i + 1), kHourWords)) {
    return i + 2;
  }
  const std::optional<Clock> first = read_clock(view, i);
  if (!first) return 0;
  static constexpr std::string_view kLinks[] = {"-", "t / m", "tot en met",
                                                "tot"};
  Clock last = *first;
  if (const size_t n = view.match_any(first->end, kLinks)) {
    if (const std::optional<Clock> second = read_clock(view, first->end + n)) {
      last = Clock{second->end, first->certain || second->certain};
    }
  }
  if (is_one_of(view.word(last.end), kHourWords)) return last.end + 1;
  return last.certain ? last.end : 0;
}

size_t read_day_part(const TokenView& view, size_t i) {
  if (view.is(i, TokenKind::kApostrophe) && view.word(i + 1) == "s" &&
      is_day_part_word(view.word(i + 2))) {
    return i + 3;
  }
  const size_t n = view.match_any(i, kInThe);
  if (n != 0 && is_day_part_word(view.word(i + n))) return i + n + 1;
  return is_day_part_word(view.word(i)) ? i + 1 : 0;
}

}  // namespace

size_t read_rhythm(const TokenView& view, size_t i, const Date& reference) {
  const std::string_view word = view.word(i);
  if (is_rhythm_word(word) || is_weekday_compound(word)) return i + 1;
  if (const size_t end = read_every(view, i)) return end;
  if (const size_t end = read_counted(view, i)) return end;
  return read_on_weekdays(view, i, reference);
}

size_t read_time_of_day(const TokenView& view, size_t i) {
  if (const size_t end = read_clock_time(view, i)) return end;
  return read_day_part(view, i);
}

}  // namespace pipkit::tijdpad
