// SPDX-License-Identifier: EUPL-1.2
// The phrases that mark a timeline's start and end, and relative dates.
#include "tijdpad_vocabulary.hpp"

#include <span>

#include "dutch_words.hpp"

namespace pipkit::tijdpad {
namespace {

template <typename T>
struct Group {
  T value;
  std::span<const std::string_view> phrases;
};

template <typename T, size_t N>
std::optional<Found<T>> find_in(const TokenView& view, size_t i,
                                const Group<T> (&groups)[N]) {
  const char first = view.first_char(i);
  for (const Group<T>& group : groups) {
    for (std::string_view phrase : group.phrases) {
      if (phrase.front() != first) continue;
      if (const size_t n = view.match(i, phrase)) {
        return Found<T>{group.value, i + n};
      }
    }
  }
  return std::nullopt;
}

constexpr std::string_view kStartAndEnd[] = {"start en afronding",
                                             "start en einde", "start en eind",
                                             "begin en einde", "begin en eind"};
constexpr std::string_view kStart[] = {
    "startdatum", "startmoment", "begindatum", "ingangsdatum", "aanvang",
    "start",      "starten",     "startte",    "begint",       "beginnen",
    "begin",      "gestart",     "opstart",    "instroom",     "instromen"};
constexpr std::string_view kEnd[] = {
    "afronding",  "afronden",  "afgerond",   "afsluiting", "afsluiten",
    "afgesloten", "einddatum", "eindmoment", "einde",      "eind",
    "eindigt",    "eindigen",  "klaar",      "gereed",     "voltooid",
    "voltooiing", "deadline",  "uitstroom",  "behaald",    "loopt af"};
constexpr Group<Role> kRoles[] = {{Role::kStartEnd, kStartAndEnd},
                                  {Role::kStart, kStart},
                                  {Role::kEnd, kEnd}};

constexpr std::string_view kFrom[] = {
    "met ingang van", "m.i.v.", "miv", "vanaf", "per", "sinds", "ingaande"};
constexpr std::string_view kDeadline[] = {"uiterlijk op", "uiterlijk",
                                          "ten laatste", "uiterste datum"};
constexpr std::string_view kBefore[] = {"voor"};
constexpr std::string_view kAfter[] = {"na"};
constexpr std::string_view kBetween[] = {"tussen"};
constexpr std::string_view kThen[] = {"daarna", "vervolgens", "aansluitend",
                                      "nadien", "hierna"};
constexpr std::string_view kComing[] = {"de komende", "de aankomende",
                                        "komende", "aankomende"};
constexpr Group<Relation> kRelations[] = {
    {Relation::kFrom, kFrom},           {Relation::kDeadline, kDeadline},
    {Relation::kBefore, kBefore},       {Relation::kAfter, kAfter},
    {Relation::kBetween, kBetween},     {Relation::kThen, kThen},
    {Relation::kFromReference, kComing}};

constexpr std::string_view kThrough[] = {
    "t / m", "tot en met", "tot uiterlijk", "t.e.m.", "tem", "tm"};
constexpr std::string_view kUntil[] = {"tot aan", "tot"};
constexpr std::string_view kUnion[] = {"en / of", "en", "of"};
constexpr Group<Op> kOperators[] = {
    {Op::kThrough, kThrough}, {Op::kUntil, kUntil}, {Op::kUnion, kUnion}};

constexpr std::string_view kOngoing[] = {"doorlopend", "doorlopende",
                                         "loopt door"};
constexpr std::string_view kNotKnownYet[] = {"nog niet bekend", "n.n.b.",
                                             "nnb"};
constexpr std::string_view kToBeDecided[] = {"n.t.b.", "n.t.b", "ntb"};
constexpr std::string_view kAsLongAsNeeded[] = {
    "zolang als nodig", "zolang nodig", "zo lang als nodig"};
constexpr std::string_view kOtherOpen[] = {
    "niet bekend",    "nog onbekend",    "onbekend",       "nader te bepalen",
    "nog te bepalen", "onbepaalde tijd", "geen einddatum", "in overleg"};
constexpr Group<std::string_view> kOpenEnds[] = {
    {"doorlopend", kOngoing},
    {"nog niet bekend", kNotKnownYet},
    {"n.t.b.", kToBeDecided},
    {"zolang nodig", kAsLongAsNeeded}};

enum class RelativeKind {
  kToday,
  kThisYear,
  kNextYear,
  kLastYear,
  kThisMonth,
  kNextMonth,
  kThisWeek,
  kNextWeek
};

constexpr std::string_view kToday[] = {"direct",
                                       "meteen",
                                       "onmiddellijk",
                                       "z.s.m.",
                                       "zsm",
                                       "zo snel mogelijk",
                                       "zo spoedig mogelijk",
                                       "asap",
                                       "per omgaande",
                                       "vandaag",
                                       "heden"};
constexpr std::string_view kThisYear[] = {"dit jaar"};
constexpr std::string_view kNextYear[] = {"volgend jaar", "volgende jaar",
                                          "komend jaar", "komende jaar",
                                          "aankomend jaar"};
constexpr std::string_view kLastYear[] = {"vorig jaar", "afgelopen jaar"};
constexpr std::string_view kThisMonth[] = {"deze maand"};
constexpr std::string_view kNextMonth[] = {"volgende maand", "komende maand",
                                           "aankomende maand"};
constexpr std::string_view kThisWeek[] = {"deze week"};
constexpr std::string_view kNextWeek[] = {"volgende week", "komende week",
                                          "aankomende week"};
constexpr Group<RelativeKind> kRelatives[] = {
    {RelativeKind::kToday, kToday},
    {RelativeKind::kThisYear, kThisYear},
    {RelativeKind::kNextYear, kNextYear},
    {RelativeKind::kLastYear, kLastYear},
    {RelativeKind::kThisMonth, kThisMonth},
    {RelativeKind::kNextMonth, kNextMonth},
    {RelativeKind::kThisWeek, kThisWeek},
    {RelativeKind::kNextWeek, kNextWeek}};

DateWindow whole_year(int year) {
  return {Date{year, 1, 1}, Date{year, 12, 31}};
}

DateWindow relative_window(RelativeKind kind, const Date& ref) {
  const Date month_start{ref.year, ref.month, 1};
  const Date next_month = add_months(month_start, 1);
  const Date monday = add_days(ref, 1 - static_cast<long>(weekday(ref)));
  switch (kind) {
    case RelativeKind::kThisYear:
      return whole_year(ref.year);
    case RelativeKind::kNextYear:
      return whole_year(ref.year + 1);
    case RelativeKind::kLastYear:
      return whole_year(ref.year - 1);
    case RelativeKind::kThisMonth:
      return {month_start, end_of_month(month_start)};
    case RelativeKind::kNextMonth:
      return {next_month, end_of_month(next_month)};
    case RelativeKind::kThisWeek:
      return {monday, add_days(monday, 6)};
    case RelativeKind::kNextWeek:
      return {add_days(monday, 7), add_days(monday, 13)};
    case RelativeKind::kToday:
      break;
  }
  return {ref, ref};
}

// Words that name a time no calendar rule can pin down.
constexpr std::string_view kVague[] = {"binnenkort",
                                       "spoedig",
                                       "zomervakantie",
                                       "kerstvakantie",
                                       "meivakantie",
                                       "herfstvakantie",
                                       "voorjaarsvakantie",
                                       "kerst",
                                       "kerstmis",
                                       "pasen",
                                       "pinksteren",
                                       "schooljaar",
                                       "studiejaar",
                                       "cursusjaar",
                                       "semester",
                                       "morgen",
                                       "overmorgen",
                                       "gisteren",
                                       "tijdje"};

constexpr std::string_view kVagueAmounts[] = {
    "paar", "enkele", "aantal", "meerdere", "diverse", "volgende", "vorige"};

}  // namespace

std::optional<Found<Role>> find_role(const TokenView& view, size_t i) {
  return find_in(view, i, kRoles);
}

std::optional<Found<Relation>> find_relation(const TokenView& view, size_t i) {
  return find_in(view, i, kRelations);
}

std::optional<Found<Op>> find_operator(const TokenView& view, size_t i) {
  return find_in(view, i, kOperators);
}

std::optional<Found<std::string_view>> find_open_end(const TokenView& view,
                                                     size_t i) {
  if (auto found = find_in(view, i, kOpenEnds)) return found;
  if (const auto other = view.find_any(i, kOtherOpen)) {
    return Found<std::string_view>{kOtherOpen[other->index], i + other->length};
  }
  return std::nullopt;
}

std::optional<Found<Relative>> find_relative(const TokenView& view, size_t i,
                                             const Date& reference) {
  const auto found = find_in(view, i, kRelatives);
  if (!found) return std::nullopt;
  const Relative relative{relative_window(found->value, reference),
                          found->value == RelativeKind::kToday};
  return Found<Relative>{relative, found->end};
}

size_t find_vague(const TokenView& view, size_t i) {
  const std::string_view word = view.word(i);
  if (word.empty()) return 0;
  for (std::string_view vague : kVague) {
    if (word == vague) return i + 1;
  }
  const size_t j = word == "een" ? i + 1 : i;
  for (std::string_view amount : kVagueAmounts) {
    if (view.word(j) == amount && time_unit(view.word(j + 1))) return j + 2;
  }
  // A full weekday name with no date after it: "start woensdag".
  if (word.size() >= 6 && weekday_named(word)) return i + 1;
  return 0;
}

}  // namespace pipkit::tijdpad
