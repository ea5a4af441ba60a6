// SPDX-License-Identifier: EUPL-1.2
// Reads the durations written in a timeline and counts them out in days.
#include "tijdpad_durations.hpp"

#include "dutch_words.hpp"

namespace pipkit::tijdpad {
namespace {

// Beyond a century a "duration" is a typing error, and capping keeps the
// calendar arithmetic far from overflow.
constexpr int kMaxMonths = 1200;
constexpr int kMaxDays = 36600;

struct Amount {
  int tenths = 0;  // "anderhalf" is 15
  size_t end = 0;
};

constexpr std::string_view kApproximately[] = {
    "maximaal", "max",       "hooguit",  "minimaal", "min",
    "minstens", "tenminste", "ongeveer", "circa",    "ca",
    "zo'n",     "ruim",      "bijna",    "plusminus"};

constexpr std::string_view kApproximatePhrases[] = {"ten hoogste", "ten minste",
                                                    "rond de"};

size_t skip_approximately(const TokenView& view, size_t i) {
  i = view.skip(i, kApproximately);
  const size_t n = view.match_any(i, kApproximatePhrases);
  return n == 0 ? i : view.skip(i + n, kApproximately);
}

std::optional<Amount> read_amount(const TokenView& view, size_t i) {
  const Token* token = view.at(i);
  if (token == nullptr) return std::nullopt;
  if (token->is_plain_number() && token->parts[0] <= 1000) {
    return Amount{token->parts[0] * 10, i + 1};
  }
  // "1,5 jaar" and "1.5 jaar": one decimal.
  if (token->kind == TokenKind::kNumber && token->count == 2 &&
      (token->seps[0] == ',' || token->seps[0] == '.') &&
      token->digits[1] == 1 && token->parts[0] <= 1000) {
    return Amount{token->parts[0] * 10 + token->parts[1], i + 1};
  }
  const std::string_view word = view.word(i);
  if (word == "anderhalf" || word == "anderhalve") return Amount{15, i + 1};
  if (word == "half" || word == "halve") return Amount{5, i + 1};
  if (word == "een" &&
      (view.word(i + 1) == "half" || view.word(i + 1) == "halve")) {
    return Amount{5, i + 2};
  }
  if (const int n = number_word(word)) return Amount{n * 10, i + 1};
  return std::nullopt;
}

std::optional<Period> period_of(int tenths, TimeUnit unit) {
  static constexpr int kMonthsPerUnit[] = {0, 0, 1, 3, 6, 12};
  Period period;
  if (unit == TimeUnit::kDay || unit == TimeUnit::kWeek) {
    const int per_unit = unit == TimeUnit::kDay ? 1 : 7;
    period.days = (tenths * per_unit + 5) / 10;
  } else {
    const int month_tenths = tenths * kMonthsPerUnit[static_cast<int>(unit)];
    period.months = month_tenths / 10;
    period.days = (month_tenths % 10) * 3;  // half a month is 15 days
  }
  if (period.months > kMaxMonths || period.days > kMaxDays) return {};
  if (period.months == 0 && period.days == 0) return std::nullopt;
  return period;
}

struct Single {
  std::optional<Amount> amount;  // nullopt: not read yet
  Period period;
  size_t end = 0;
};

// Reads "[ongeveer] drie maanden" or "een halfjaar" at `i`.
std::optional<Single> read_single(const TokenView& view, size_t i) {
  const size_t start = skip_approximately(view, i);
  std::optional<Amount> amount = read_amount(view, start);
  size_t unit_at = amount ? amount->end : start;
  const std::optional<TimeUnit> unit = time_unit(view.word(unit_at));
  // Only "halfjaar" may go without a number: "maand" alone is no duration.
  if (!unit || (!amount && *unit != TimeUnit::kHalfYear)) return {};
  const std::optional<Period> period =
      period_of(amount ? amount->tenths : 10, *unit);
  if (!period) return std::nullopt;
  return Single{amount, *period, unit_at + 1};
}

// Reads the word between two amounts: "tot", "-", "à", "of", "t/m".
size_t read_range_word(const TokenView& view, size_t i) {
  static constexpr std::string_view kWords[] = {"t / m", "tot en met", "tot",
                                                "-",     "a",          "of"};
  const size_t n = view.match_any(i, kWords);
  return n == 0 ? 0 : i + n;
}

long rough_days(const Period& period) {
  return period.months * 31L + period.days;
}

DurationMatch ordered(const Period& a, const Period& b, size_t end) {
  if (rough_days(a) <= rough_days(b)) return DurationMatch{a, b, end};
  return DurationMatch{b, a, end};
}

// Reads "3-4 maanden" and "12-17 jaar", written as one token.
std::optional<DurationMatch> read_grouped_range(const TokenView& view,
                                                size_t i) {
  const Token* token = view.at(i);
  if (token == nullptr || token->kind != TokenKind::kNumber ||
      token->count != 2 || token->seps[0] != '-' || token->parts[0] > 1000 ||
      token->parts[1] > 1000) {
    return std::nullopt;
  }
  const std::optional<TimeUnit> unit = time_unit(view.word(i + 1));
  if (!unit) return std::nullopt;
  const auto low = period_of(token->parts[0] * 10, *unit);
  const auto high = period_of(token->parts[1] * 10, *unit);
  if (!low || !high) return std::nullopt;
  return ordered(*low, *high, i + 2);
}

// Reads "drie tot vier maanden": two amounts sharing one unit.
std::optional<DurationMatch> read_shared_unit(const TokenView& view, size_t i) {
  const std::optional<Amount> low =
      read_amount(view, skip_approximately(view, i));
  if (!low) return std::nullopt;
  const size_t after_word = read_range_word(view, low->end);
  if (after_word == 0) return std::nullopt;
  const std::optional<Single> high = read_single(view, after_word);
  if (!high || !high->amount) return std::nullopt;
  const std::optional<TimeUnit> unit = time_unit(view.word(high->end - 1));
  const std::optional<Period> low_period = period_of(low->tenths, *unit);
  if (!low_period) return std::nullopt;
  return ordered(*low_period, high->period, high->end);
}

}  // namespace

std::optional<DurationMatch> read_duration(const TokenView& view, size_t i) {
  if (auto grouped = read_grouped_range(view, skip_approximately(view, i))) {
    return grouped;
  }
  if (auto shared = read_shared_unit(view, i)) return shared;
  const std::optional<Single> first = read_single(view, i);
  if (!first) return std::nullopt;
  // "een halfjaar tot maximaal een jaar": the end takes the longest.
  if (const size_t after_word = read_range_word(view, first->end)) {
    if (const std::optional<Single> second = read_single(view, after_word)) {
      return ordered(first->period, second->period, second->end);
    }
  }
  return DurationMatch{first->period, first->period, first->end};
}

Date last_day_of_period(const Date& from, const Period& period) {
  Date moved = add_months(from, period.months);
  // Six months from 31 March end on 30 September: when the day does not
  // exist in the last month, the period fills that month.
  if (moved.day != from.day) moved = add_days(moved, 1);
  return add_days(moved, period.days - 1);
}

}  // namespace pipkit::tijdpad
