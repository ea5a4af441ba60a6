// SPDX-License-Identifier: EUPL-1.2
// The Dutch and English wording of every doubt the timeline parser raises.
#include "tijdpad_warnings.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "calendar.hpp"
#include "dutch_words.hpp"

namespace pipkit::tijdpad {
namespace {

TijdpadWarning make(std::string_view code, const Slice& where, std::string nl,
                    std::string en) {
  TijdpadWarning warning;
  warning.code = std::string(code);
  warning.offset = where.offset;
  warning.length = where.length;
  warning.message = Text{std::move(nl), std::move(en)};
  return warning;
}

}  // namespace

Slice slice_of(std::string_view input, size_t offset, size_t length) {
  offset = std::min(offset, input.size());
  length = std::min(length, input.size() - offset);
  return Slice{offset, length, input.substr(offset, length)};
}

TijdpadWarning weekday_mismatch(const Slice& date, Weekday actual) {
  return make("weekday_mismatch", date,
              fmt::format("in '{}' klopt de weekdag niet: die datum valt op "
                          "een {}; controleer de dag of de datum",
                          date.text, weekday_name(actual).nl),
              fmt::format("in '{}' the weekday is wrong: that date is a {}; "
                          "check the day or the date",
                          date.text, weekday_name(actual).en));
}

TijdpadWarning end_before_start(const Slice& end, const Slice& start) {
  return make("end_before_start", end,
              fmt::format("het einde '{}' ligt voor de start '{}'; "
                          "controleer de jaartallen",
                          end.text, start.text),
              fmt::format("the end '{}' lies before the start '{}'; "
                          "check the years",
                          end.text, start.text));
}

TijdpadWarning ambiguous_tot(const Slice& until) {
  return make("ambiguous_tot", until,
              fmt::format("'{}' kan 'tot en met' of 'tot het begin van' "
                          "betekenen; gelezen als 'tot en met', schrijf 't/m' "
                          "als dat bedoeld is",
                          until.text),
              fmt::format("'{}' can mean up to and including or up to the "
                          "start of; read as including, write 't/m' if that "
                          "is meant",
                          until.text));
}

TijdpadWarning impossible_date(const Slice& date) {
  return make("impossible_date", date,
              fmt::format("de datum '{}' bestaat niet; controleer de dag, de "
                          "maand en het jaar",
                          date.text),
              fmt::format("the date '{}' does not exist; check the day, the "
                          "month and the year",
                          date.text));
}

TijdpadWarning not_understood(const Slice& words) {
  return make("not_understood", words,
              fmt::format("'{}' is niet als datum te lezen; schrijf een datum "
                          "of een maand met jaartal",
                          words.text),
              fmt::format("'{}' cannot be read as a date; write a date or a "
                          "month with its year",
                          words.text));
}

TijdpadWarning year_assumed(const Slice& statement, int year) {
  return make("year_assumed", statement,
              fmt::format("het tijdpad noemt geen jaartal; bij '{}' is '{}' "
                          "aangenomen, schrijf het jaartal erbij",
                          statement.text, year),
              fmt::format("the timeline names no year; '{}' was assumed for "
                          "'{}', add the year",
                          year, statement.text));
}

}  // namespace pipkit::tijdpad
