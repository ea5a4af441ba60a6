// SPDX-License-Identifier: EUPL-1.2
// The list of decreed days: the shipped file and how bad files are refused.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "calendar.hpp"
#include "holiday_data.hpp"

using pipkit::Date;

namespace {

std::string shipped_file() {
  std::ifstream in(PIPKIT_SOURCE_DIR "/templates/gelijkgestelde_dagen.yaml");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string error_of(std::string_view yaml) {
  try {
    pipkit::parse_holiday_data(yaml);
  } catch (const pipkit::HolidayDataError& error) {
    return error.message().nl;
  }
  return "no error";
}

}  // namespace

TEST_CASE("the shipped file holds the decreed days of 2023 to 2028") {
  const auto data = pipkit::parse_holiday_data(shipped_file());
  CHECK(data.bijgewerkt == Date{2026, 12, 4});
  const Date decreed[] = {
      {2023, 4, 28}, {2023, 5, 19}, {2024, 5, 10}, {2024, 12, 27},
      {2025, 5, 30}, {2026, 1, 2},  {2026, 5, 15}, {2027, 5, 7},
      {2028, 4, 28}, {2028, 5, 26},
  };
  for (const Date& day : decreed) {
    CAPTURE(pipkit::to_iso(day));
    CHECK(data.is_gelijkgestelde_dag(day));
  }
  CHECK_FALSE(data.is_gelijkgestelde_dag({2027, 4, 26}));
  CHECK(data.gelijkgestelde_dagen.size() == 17);
}

TEST_CASE("every shipped decreed day is a weekday that is no feestdag") {
  // A decree only makes sense for a working day: a typo in the file that
  // lands on a weekend or a feestdag shows up here.
  const auto data = pipkit::parse_holiday_data(shipped_file());
  for (const Date& day : data.gelijkgestelde_dagen) {
    CAPTURE(pipkit::to_iso(day));
    CHECK(pipkit::weekday(day) != pipkit::Weekday::kSaturday);
    CHECK(pipkit::weekday(day) != pipkit::Weekday::kSunday);
    CHECK_FALSE(pipkit::feestdag_on(day));
  }
}

TEST_CASE("a caseload's days are merged in order without repeats") {
  pipkit::HolidayData data;
  pipkit::add_gelijkgestelde_dagen(data, {{2026, 5, 15}, {2026, 1, 2}});
  pipkit::add_gelijkgestelde_dagen(data, {{2026, 1, 2}, {2026, 3, 9}});
  const std::vector<Date> expected = {{2026, 1, 2}, {2026, 3, 9},
                                      {2026, 5, 15}};
  CHECK(data.gelijkgestelde_dagen == expected);
  CHECK(data.is_gelijkgestelde_dag({2026, 3, 9}));
  CHECK_FALSE(data.is_gelijkgestelde_dag({2026, 3, 10}));
}

TEST_CASE("a holiday file without besluiten has no days but is valid") {
  const auto data = pipkit::parse_holiday_data("bijgewerkt: 2026-01-05\n");
  CHECK(data.bijgewerkt == Date{2026, 1, 5});
  CHECK(data.gelijkgestelde_dagen.empty());
}

TEST_CASE("a broken holiday file is refused with a message that says why") {
  struct Row { const char* yaml; const char* message; };
  const Row rows[] = {
      {"besluiten: []\n",
       "'bijgewerkt' ontbreekt: zet de datum waarop de lijst is nagekeken "
       "bij 'bijgewerkt'"},
      {"bijgewerkt: 2026-02-30\n",
       "'2026-02-30' bij 'bijgewerkt' is geen bestaande datum: schrijf de "
       "datum als JJJJ-MM-DD"},
      {"bijgewerkt: 2026-12-04\nbesluiten:\n  - dagen: [2026-1-2]\n",
       "'2026-1-2' bij 'besluiten[0].dagen' is geen bestaande datum: "
       "schrijf de datum als JJJJ-MM-DD"},
      {"bijgewerkt: 2026-12-04\nbesluiten:\n  - dagen: 2026-01-02\n",
       "'besluiten[0].dagen' ontbreekt of is geen lijst van datums: vul de "
       "datums van het besluit in"},
      {"bijgewerkt: 2026-12-04\nbesluiten:\n  - gewoon tekst\n",
       "'besluiten[0].dagen' ontbreekt of is geen lijst van datums: vul de "
       "datums van het besluit in"},
      {"bijgewerkt: 2026-12-04\nbesluiten: 2026-01-02\n",
       "'besluiten' moet een lijst zijn: zet '- ' voor elk besluit"},
      {"- 2026-01-02\n",
       "het bestand met gelijkgestelde dagen bevat geen sleutels: begin met "
       "'bijgewerkt:' en 'besluiten:'"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.yaml);
    CHECK(error_of(row.yaml) == row.message);
  }
}

TEST_CASE("text that is not YAML is refused, not half read") {
  const std::string message = error_of("bijgewerkt: [2026-12-04\n");
  CHECK(message.rfind("het bestand met gelijkgestelde dagen is geen "
                      "geldige YAML (", 0) == 0);
  CHECK(message.find("): herstel het bestand of installeer pipkit opnieuw") !=
        std::string::npos);
}
