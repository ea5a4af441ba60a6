// SPDX-License-Identifier: EUPL-1.2
// The Dutch words for months, days, numbers and periods that timelines use.
#include "dutch_words.hpp"

#include <string_view>

namespace pipkit {
namespace {

struct Entry {
  std::string_view word;
  int value;
};

template <size_t N>
int look_up(const Entry (&table)[N], std::string_view word, int missing) {
  for (const Entry& entry : table) {
    if (entry.word == word) return entry.value;
  }
  return missing;
}

bool ends_with(std::string_view word, std::string_view tail) {
  return word.size() >= tail.size() &&
         word.substr(word.size() - tail.size()) == tail;
}

}  // namespace

int month_number(std::string_view word) {
  static constexpr Entry kMonths[] = {
      {"januari", 1},  {"jan", 1},       {"februari", 2}, {"feb", 2},
      {"febr", 2},     {"febuari", 2},   {"maart", 3},    {"mrt", 3},
      {"april", 4},    {"apr", 4},       {"mei", 5},      {"juni", 6},
      {"jun", 6},      {"juli", 7},      {"jul", 7},      {"augustus", 8},
      {"aug", 8},      {"september", 9}, {"sep", 9},      {"sept", 9},
      {"oktober", 10}, {"okt", 10},      {"oct", 10},     {"november", 11},
      {"nov", 11},     {"december", 12}, {"dec", 12}};
  return look_up(kMonths, word, 0);
}

std::string_view month_name(int month) {
  static constexpr std::string_view kNames[] = {
      "januari", "februari", "maart",     "april",   "mei",      "juni",
      "juli",    "augustus", "september", "oktober", "november", "december"};
  return month >= 1 && month <= 12 ? kNames[month - 1] : "";
}

std::optional<Weekday> weekday_named(std::string_view word) {
  static constexpr Entry kDays[] = {
      {"maandag", 1},   {"ma", 1},       {"dinsdag", 2},  {"di", 2},
      {"din", 2},       {"woensdag", 3}, {"wo", 3},       {"woe", 3},
      {"donderdag", 4}, {"do", 4},       {"don", 4},      {"vrijdag", 5},
      {"vr", 5},        {"vrij", 5},     {"zaterdag", 6}, {"za", 6},
      {"zat", 6},       {"zondag", 7},   {"zo", 7},       {"zon", 7}};
  const int day = look_up(kDays, word, 0);
  if (day == 0) return std::nullopt;
  return static_cast<Weekday>(day);
}

int number_word(std::string_view word) {
  static constexpr Entry kNumbers[] = {
      {"een", 1},   {"twee", 2},  {"drie", 3},  {"vier", 4},
      {"vijf", 5},  {"zes", 6},   {"zeven", 7}, {"acht", 8},
      {"negen", 9}, {"tien", 10}, {"elf", 11},  {"twaalf", 12}};
  return look_up(kNumbers, word, 0);
}

int ordinal_word(std::string_view word) {
  static constexpr Entry kOrdinals[] = {{"eerste", 1},
                                        {"tweede", 2},
                                        {"derde", 3},
                                        {"vierde", 4},
                                        {"laatste", -1}};
  return look_up(kOrdinals, word, 0);
}

int month_third(std::string_view word) {
  static constexpr Entry kThirds[] = {
      {"begin", 0},      {"medio", 1}, {"half", 1},  {"midden", 1},
      {"halverwege", 1}, {"eind", 2},  {"einde", 2}, {"ultimo", 2}};
  return look_up(kThirds, word, -1);
}

int season_number(std::string_view word) {
  static constexpr Entry kSeasons[] = {{"voorjaar", 0}, {"lente", 0},
                                       {"zomer", 1},    {"najaar", 2},
                                       {"herfst", 2},   {"winter", 3}};
  return look_up(kSeasons, word, -1);
}

std::optional<TimeUnit> time_unit(std::string_view word) {
  static constexpr Entry kUnits[] = {
      {"dag", 0},  {"dagen", 0},    {"week", 1},      {"weken", 1},
      {"wk", 1},   {"wkn", 1},      {"maand", 2},     {"maanden", 2},
      {"mnd", 2},  {"kwartaal", 3}, {"kwartalen", 3}, {"halfjaar", 4},
      {"jaar", 5}, {"jaren", 5},    {"jr", 5}};
  const int unit = look_up(kUnits, word, -1);
  if (unit < 0) return std::nullopt;
  return static_cast<TimeUnit>(unit);
}

bool is_rhythm_word(std::string_view word) {
  static constexpr std::string_view kTails[] = {
      "dagelijks",   "dagelijkse",   "wekelijks", "wekelijkse",
      "maandelijks", "maandelijkse", "jaarlijks", "jaarlijkse"};
  for (std::string_view tail : kTails) {
    if (ends_with(word, tail)) return true;
  }
  return false;
}

bool is_day_part_word(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "ochtend", "ochtenden", "ochtends", "morgens", "middag",  "middagen",
      "middags", "avond",     "avonden",  "avonds",  "dagdeel", "dagdelen"};
  for (std::string_view known : kWords) {
    if (word == known) return true;
  }
  return false;
}

}  // namespace pipkit
