// SPDX-License-Identifier: EUPL-1.2
// The timeline parser, checked against dates worked out by hand.
#include "tijdpad.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>

namespace {

using pipkit::Date;
using pipkit::parse_tijdpad;
using pipkit::Tijdpad;

// The pilot's plans were drawn up early in 2020.
constexpr Date kPlanDate{2020, 1, 15};

struct Row {
  const char* text;
  const char* start;  // "" when the text gives no start
  const char* end;    // "" when the text gives no end
};

std::string iso_or_empty(const std::optional<Date>& date) {
  return date ? pipkit::to_iso(*date) : "";
}

template <size_t N>
void check_rows(const Row (&rows)[N], const Date& reference = kPlanDate) {
  for (const Row& row : rows) {
    const std::string text = row.text;
    CAPTURE(text);
    const Tijdpad tijdpad = parse_tijdpad(text, reference);
    CHECK(iso_or_empty(tijdpad.start_date()) == std::string(row.start));
    CHECK(iso_or_empty(tijdpad.end_date()) == std::string(row.end));
  }
}

std::vector<std::string> codes(const Tijdpad& tijdpad) {
  std::vector<std::string> result;
  for (const auto& warning : tijdpad.warnings) result.push_back(warning.code);
  return result;
}

using Codes = std::vector<std::string>;

}  // namespace

TEST_CASE("the five examples of the case format read as documented") {
  const Row rows[] = {
      {"Start eind mei 2019, afronding februari 2021", "2019-05-21",
       "2021-02-28"},
      {"Start februari 2020, afronding februari 2021", "2020-02-01",
       "2021-02-28"},
      {"Start en afronding juli en augustus 2019", "2019-07-01", "2019-08-31"},
      {"Februari 2020 t/m juni 2020", "2020-02-01", "2020-06-30"},
      {"Wekelijkse cursus van 10-12 uur. Start woensdag 12-02-20 tot "
       "uiterlijk 01-06-20",
       "2020-02-12", "2020-06-01"},
  };
  check_rows(rows);
}

// Annex 2 of the pilot report, each tijdpad verbatim with its line breaks
// joined by spaces. Where a text has several sentences, the marked start,
// the marked end and the main range decide; steps on the way do not.
TEST_CASE("every tijdpad in the pilot report's annex reads as meant") {
  const Row rows[] = {
      {"Start eind mei 2019, afronding februari 2021", "2019-05-21",
       "2021-02-28"},
      {"Start februari 2020, afronding februari 2021", "2020-02-01",
       "2021-02-28"},
      {"Start en afronding juli en augustus 2019", "2019-07-01", "2019-08-31"},
      {"Start eind mei 2019, afronding uiterlijk februari 2021", "2019-05-21",
       "2021-02-28"},
      {"Februari 2020 t/m juni 2020. In februari naar de ambassade. In maart "
       "een correct document opvragen bij de universiteit. In april de "
       "aanvraag tot waardering indienen bij het IND. De verwachting is dan "
       "dat het diploma in mei of juni gewaardeerd is.  ",
       "2020-02-01", "2020-06-30"},
      // Starts in March or April; a year from 30 April at the latest ends
      // on 29 April 2021. The February talk precedes the marked start.
      {"Gesprek februari 2020. Start maart/april 2020, in eerste instantie "
       "voor een halfjaar tot maximaal een jaar. Indien het goed gaat, zal "
       "er nadien worden gekeken naar een sportschool waar XX lessen kan "
       "gaan verzorgen en kan doorstromen naar een aantal uren betaald werk.",
       "2020-03-01", "2021-04-29"},
      {"Wekelijkse cursus van 10-12 uur. Start woensdag 12-02-20 tot "
       "uiterlijk 01-06-20",
       "2020-02-12", "2020-06-01"},
      {"In juni 2020 is het diploma gewaardeerd. De periode juni tot "
       "november 2020 kan worden gebruikt voor gesprekken en oriëntatie. In "
       "november 2020 is helder welk doel mevrouw heeft t.a.v. werk en/of "
       "scholing.",
       "2020-06-01", "2020-11-30"},
  };
  check_rows(rows);
}

TEST_CASE("the pilot's tijdpads raise no doubt but the bare tot") {
  CHECK(codes(parse_tijdpad("Start eind mei 2019, afronding uiterlijk "
                            "februari 2021",
                            kPlanDate))
            .empty());
  const Tijdpad talk = parse_tijdpad(
      "Gesprek februari 2020. Start maart/april 2020, in eerste instantie "
      "voor een halfjaar tot maximaal een jaar. Indien het goed gaat, zal "
      "er nadien worden gekeken naar een sportschool waar XX lessen kan "
      "gaan verzorgen en kan doorstromen naar een aantal uren betaald werk.",
      kPlanDate);
  CHECK(codes(talk).empty());
  CHECK(talk.not_understood.empty());
  const Tijdpad course = parse_tijdpad(
      "Wekelijkse cursus van 10-12 uur.\nStart woensdag 12-02-20 tot "
      "uiterlijk 01-06-20",
      kPlanDate);
  CHECK(codes(course).empty());
  const Tijdpad period = parse_tijdpad(
      "De periode juni tot november 2020 kan worden gebruikt", kPlanDate);
  CHECK(codes(period) == Codes{"ambiguous_tot"});
}

TEST_CASE("a date in any written form names one day") {
  const Row rows[] = {
      {"12 februari 2020", "2020-02-12", "2020-02-12"},
      {"12 feb. 2020", "2020-02-12", "2020-02-12"},
      {"12 feb 2020", "2020-02-12", "2020-02-12"},
      {"12 febr. 2020", "2020-02-12", "2020-02-12"},
      {"12-02-2020", "2020-02-12", "2020-02-12"},
      {"12-02-20", "2020-02-12", "2020-02-12"},
      {"12/02/2020", "2020-02-12", "2020-02-12"},
      {"12.02.2020", "2020-02-12", "2020-02-12"},
      {"2020-02-12", "2020-02-12", "2020-02-12"},
      {"12 februari '20", "2020-02-12", "2020-02-12"},
      {"1-6-20", "2020-06-01", "2020-06-01"},
      {"01-06-2020", "2020-06-01", "2020-06-01"},
      {"1/6/2020", "2020-06-01", "2020-06-01"},
      {"1 juni 2020", "2020-06-01", "2020-06-01"},
      {"31 december 2020", "2020-12-31", "2020-12-31"},
      {"29-02-2020", "2020-02-29", "2020-02-29"},
      {"3 MAART 2021", "2021-03-03", "2021-03-03"},
      {"Op 14-02-20 een gesprek", "2020-02-14", "2020-02-14"},
  };
  check_rows(rows);
}

TEST_CASE("a month with or without a year names the whole month") {
  const Row rows[] = {
      {"mrt 2021", "2021-03-01", "2021-03-31"},
      {"sept 2021", "2021-09-01", "2021-09-30"},
      {"sep. 2021", "2021-09-01", "2021-09-30"},
      {"okt. 2021", "2021-10-01", "2021-10-31"},
      {"MEI 2021", "2021-05-01", "2021-05-31"},
      {"jan 2021", "2021-01-01", "2021-01-31"},
      {"dec 2021", "2021-12-01", "2021-12-31"},
      {"februari 2024", "2024-02-01", "2024-02-29"},
      {"februari 2021", "2021-02-01", "2021-02-28"},
      {"Augustus 2020", "2020-08-01", "2020-08-31"},
      {"nov. 2020", "2020-11-01", "2020-11-30"},
      {"april '21", "2021-04-01", "2021-04-30"},
      {"juli", "2020-07-01", "2020-07-31"},
      {"januari", "2020-01-01", "2020-01-31"},
      {"in december", "2020-12-01", "2020-12-31"},
      {"juni volgend jaar", "2021-06-01", "2021-06-30"},
  };
  check_rows(rows);
}

TEST_CASE("begin, medio and eind name days 1-10, 11-20 and 21-end") {
  const Row rows[] = {
      {"begin mei 2021", "2021-05-01", "2021-05-10"},
      {"medio mei 2021", "2021-05-11", "2021-05-20"},
      {"half mei 2021", "2021-05-11", "2021-05-20"},
      {"midden mei 2021", "2021-05-11", "2021-05-20"},
      {"halverwege mei 2021", "2021-05-11", "2021-05-20"},
      {"eind mei 2021", "2021-05-21", "2021-05-31"},
      {"einde mei 2021", "2021-05-21", "2021-05-31"},
      {"ultimo mei 2021", "2021-05-21", "2021-05-31"},
      {"eind februari 2021", "2021-02-21", "2021-02-28"},
      {"eind februari 2024", "2024-02-21", "2024-02-29"},
      {"begin van maart 2021", "2021-03-01", "2021-03-10"},
      {"eind van de maand juni 2021", "2021-06-21", "2021-06-30"},
      {"eerste helft van maart 2021", "2021-03-01", "2021-03-15"},
      {"tweede helft van maart 2021", "2021-03-16", "2021-03-31"},
      {"medio september", "2020-09-11", "2020-09-20"},
  };
  check_rows(rows);
}

TEST_CASE("seasons, quarters, halves, weeks and years name their days") {
  const Row rows[] = {
      {"voorjaar 2021", "2021-03-01", "2021-05-31"},
      {"lente 2021", "2021-03-01", "2021-05-31"},
      {"zomer 2021", "2021-06-01", "2021-08-31"},
      {"in de zomer van 2021", "2021-06-01", "2021-08-31"},
      {"najaar 2021", "2021-09-01", "2021-11-30"},
      {"herfst 2021", "2021-09-01", "2021-11-30"},
      {"winter 2021", "2021-12-01", "2022-02-28"},
      {"winter 2020/2021", "2020-12-01", "2021-02-28"},
      {"Q1 2021", "2021-01-01", "2021-03-31"},
      {"Q2 2021", "2021-04-01", "2021-06-30"},
      {"q3 2021", "2021-07-01", "2021-09-30"},
      {"Q4-2021", "2021-10-01", "2021-12-31"},
      {"eerste kwartaal 2021", "2021-01-01", "2021-03-31"},
      {"1e kwartaal 2021", "2021-01-01", "2021-03-31"},
      {"derde kwartaal van 2021", "2021-07-01", "2021-09-30"},
      {"laatste kwartaal van 2021", "2021-10-01", "2021-12-31"},
      {"eerste helft van 2021", "2021-01-01", "2021-06-30"},
      {"tweede helft van 2021", "2021-07-01", "2021-12-31"},
      {"2e helft 2021", "2021-07-01", "2021-12-31"},
      {"eerste halfjaar van 2021", "2021-01-01", "2021-06-30"},
      {"tweede half jaar 2021", "2021-07-01", "2021-12-31"},
      {"2021", "2021-01-01", "2021-12-31"},
      {"in 2022", "2022-01-01", "2022-12-31"},
      {"begin 2021", "2021-01-01", "2021-04-30"},
      {"medio 2021", "2021-05-01", "2021-08-31"},
      {"eind 2021", "2021-09-01", "2021-12-31"},
      {"week 12 van 2021", "2021-03-22", "2021-03-28"},
      {"week 1 2021", "2021-01-04", "2021-01-10"},
      {"week 53 2020", "2020-12-28", "2021-01-03"},
      {"2020-2021", "2020-01-01", "2021-12-31"},
      {"2020 - 2021", "2020-01-01", "2021-12-31"},
  };
  check_rows(rows);
}

TEST_CASE("a weekday before a date is checked, not read as a date") {
  const Row rows[] = {
      {"woensdag 12-02-20", "2020-02-12", "2020-02-12"},
      {"wo 12-02-20", "2020-02-12", "2020-02-12"},
      {"wo. 12 februari 2020", "2020-02-12", "2020-02-12"},
      {"maandag 2 maart 2020", "2020-03-02", "2020-03-02"},
      {"vrijdag 4 december 2026", "2026-12-04", "2026-12-04"},
      {"ma 27-04-2026", "2026-04-27", "2026-04-27"},
      {"woensdag 13-02-20", "2020-02-13", "2020-02-13"},
  };
  check_rows(rows);
  for (size_t k = 0; k + 1 < std::size(rows); ++k) {
    const std::string text = rows[k].text;
    CAPTURE(text);
    CHECK(codes(parse_tijdpad(rows[k].text, kPlanDate)).empty());
  }
}

TEST_CASE(
    "a range runs from the first day of its first part to the last "
    "day of its last") {
  const Row rows[] = {
      {"februari t/m juni 2020", "2020-02-01", "2020-06-30"},
      {"februari tot en met juni 2020", "2020-02-01", "2020-06-30"},
      {"februari - juni 2020", "2020-02-01", "2020-06-30"},
      {"februari – juni 2020", "2020-02-01", "2020-06-30"},
      {"februari–juni 2020", "2020-02-01", "2020-06-30"},
      {"mei-juni 2020", "2020-05-01", "2020-06-30"},
      {"van maart tot juni 2020", "2020-03-01", "2020-06-30"},
      {"van 1 maart tot 1 juni 2020", "2020-03-01", "2020-06-01"},
      {"van 1 maart t/m 31 mei 2020", "2020-03-01", "2020-05-31"},
      {"maart/april 2020", "2020-03-01", "2020-04-30"},
      {"mei of juni 2020", "2020-05-01", "2020-06-30"},
      {"juli en augustus 2019", "2019-07-01", "2019-08-31"},
      {"juli, augustus en september 2019", "2019-07-01", "2019-09-30"},
      {"tussen maart en juni 2020", "2020-03-01", "2020-06-30"},
      {"Start 1 maart 2020, afronding 30 juni 2020", "2020-03-01",
       "2020-06-30"},
      {"Start: maart 2020. Einde: juni 2020", "2020-03-01", "2020-06-30"},
      {"Startdatum 1 maart 2020, einddatum 1 september 2020", "2020-03-01",
       "2020-09-01"},
      {"De cursus start in maart 2020 en wordt in juni 2020 afgerond.",
       "2020-03-01", "2020-06-30"},
      {"november 2020 t/m februari 2021", "2020-11-01", "2021-02-28"},
      {"12-02-2020 - 01-06-2020", "2020-02-12", "2020-06-01"},
      {"12-02-2020 t/m 01-06-2020", "2020-02-12", "2020-06-01"},
      {"12 februari tot en met 1 juni 2020", "2020-02-12", "2020-06-01"},
      {"1 t/m 15 maart 2020", "2020-03-01", "2020-03-15"},
      {"1-15 maart 2020", "2020-03-01", "2020-03-15"},
      {"10 tot 12 maart 2020", "2020-03-10", "2020-03-12"},
      {"Q1 t/m Q3 2021", "2021-01-01", "2021-09-30"},
      {"voorjaar tot najaar 2021", "2021-03-01", "2021-11-30"},
      {"eind mei t/m begin juli 2020", "2020-05-21", "2020-07-10"},
  };
  check_rows(rows);
}

TEST_CASE("vanaf, per, uiterlijk, voor, na and tot anchor one side") {
  const Row rows[] = {
      {"vanaf 1 maart 2020", "2020-03-01", ""},
      {"vanaf maart 2020", "2020-03-01", ""},
      {"per 1 maart 2020", "2020-03-01", ""},
      {"met ingang van 1 maart 2020", "2020-03-01", ""},
      {"m.i.v. 1 maart 2020", "2020-03-01", ""},
      {"per direct", "2020-01-15", ""},
      {"Start per direct", "2020-01-15", ""},
      {"uiterlijk 1 juni 2020", "", "2020-06-01"},
      {"uiterlijk juni 2020", "", "2020-06-30"},
      {"uiterlijk eind mei 2020", "", "2020-05-31"},
      {"voor 1 juni 2020", "", "2020-05-31"},
      {"vóór 1 juni 2020", "", "2020-05-31"},
      {"voor de zomer van 2020", "", "2020-05-31"},
      {"na de zomer van 2020", "2020-09-01", ""},
      {"na 1 maart 2020", "2020-03-02", ""},
      {"tot 1 juni 2020", "", "2020-06-01"},
      {"t/m 1 juni 2020", "", "2020-06-01"},
      {"Afronding uiterlijk 1 juli 2020", "", "2020-07-01"},
      {"Start uiterlijk 1 maart 2020", "2020-03-01", ""},
      {"afgerond voor 1 september 2020", "", "2020-08-31"},
  };
  check_rows(rows);
}

TEST_CASE("a missing year comes from the nearest part that has one") {
  const Row rows[] = {
      {"van november tot februari 2021", "2020-11-01", "2021-02-28"},
      {"van november 2020 tot februari", "2020-11-01", "2021-02-28"},
      {"december 2020 en januari", "2020-12-01", "2021-01-31"},
      {"Start november 2020, afronding in februari", "2020-11-01",
       "2021-02-28"},
      {"Start september 2020, examen in mei", "2020-09-01", "2021-05-31"},
      {"maart tot juni 2020. In april een gesprek.", "2020-03-01",
       "2020-06-30"},
      {"In 2021: start maart, afronding juni", "2021-03-01", "2021-06-30"},
      {"juni 2019 en juli", "2019-06-01", "2019-07-31"},
      {"Gesprek in februari. Cursus vanaf maart 2020.", "2020-03-01", ""},
      {"Februari 2020 t/m juni 2020. In februari naar de ambassade.",
       "2020-02-01", "2020-06-30"},
  };
  check_rows(rows);
}

TEST_CASE("a duration counts from the start, else from the plan's date") {
  const Row rows[] = {
      {"Start 1 maart 2020 voor 6 maanden", "2020-03-01", "2020-08-31"},
      {"Start 1 maart 2020 voor een halfjaar", "2020-03-01", "2020-08-31"},
      {"Start 1 maart 2020 voor een half jaar", "2020-03-01", "2020-08-31"},
      {"Start 1 maart 2020, duur een jaar", "2020-03-01", "2021-02-28"},
      {"Start 1 maart 2020 voor twee jaar", "2020-03-01", "2022-02-28"},
      {"Start 1 maart 2020 voor drie tot vier maanden", "2020-03-01",
       "2020-06-30"},
      {"Start 1 maart 2020 voor 3-4 maanden", "2020-03-01", "2020-06-30"},
      {"Start 1 maart 2020 voor 3 à 4 maanden", "2020-03-01", "2020-06-30"},
      {"Start 1 maart 2020, maximaal een jaar", "2020-03-01", "2021-02-28"},
      {"Start 1 maart 2020 voor anderhalf jaar", "2020-03-01", "2021-08-31"},
      {"Start 1 maart 2020 voor 1,5 jaar", "2020-03-01", "2021-08-31"},
      {"Start 1 maart 2020 voor 6 weken", "2020-03-01", "2020-04-11"},
      {"Start 1 maart 2020 voor vijf weken", "2020-03-01", "2020-04-04"},
      {"Start 1 maart 2020 voor 10 dagen", "2020-03-01", "2020-03-10"},
      {"Start 1 maart 2020 voor zeven maanden", "2020-03-01", "2020-09-30"},
      {"Start 1 maart 2020 voor elf maanden", "2020-03-01", "2021-01-31"},
      {"Start 1 maart 2020 voor twaalf maanden", "2020-03-01", "2021-02-28"},
      {"Start 31 maart 2020 voor 6 maanden", "2020-03-31", "2020-09-30"},
      {"Start maart 2020 voor 6 maanden", "2020-03-01", "2020-09-30"},
      {"binnen 3 maanden", "2020-01-15", "2020-04-15"},
      {"binnen een jaar", "2020-01-15", "2021-01-15"},
      {"binnen 6 weken", "2020-01-15", "2020-02-26"},
      {"de komende drie maanden", "2020-01-15", "2020-04-15"},
      {"per direct voor 6 maanden", "2020-01-15", "2020-07-14"},
      {"maximaal een jaar", "2020-01-15", "2021-01-15"},
      {"een halfjaar", "2020-01-15", "2020-07-15"},
      {"twee jaar", "2020-01-15", "2022-01-15"},
      {"drie tot vier maanden", "2020-01-15", "2020-05-15"},
      {"Vanaf 1 maart 2020 voor de duur van 6 maanden", "2020-03-01",
       "2020-08-31"},
      {"Stage van 1 maart t/m 31 mei 2020, daarna 3 maanden "
       "vrijwilligerswerk",
       "2020-03-01", "2020-08-31"},
      {"één jaar vanaf 1 maart 2020", "2020-03-01", "2021-02-28"},
      {"een kwartaal vanaf 1 april 2020", "2020-04-01", "2020-06-30"},
      {"anderhalve maand vanaf 1 april 2020", "2020-04-01", "2020-05-15"},
      {"Start 1 maart 2020, na 3 maanden evaluatie", "2020-03-01", ""},
  };
  check_rows(rows);
}

TEST_CASE("an open-ended timeline has no end and says why") {
  struct OpenRow {
    const char* text;
    const char* start;
    const char* end;
    const char* reason;  // "" for none
  };
  const OpenRow rows[] = {
      {"doorlopend", "", "", "doorlopend"},
      {"Start 1 maart 2020, doorlopend", "2020-03-01", "", "doorlopend"},
      {"Start maart 2020, einddatum nog niet bekend", "2020-03-01", "",
       "nog niet bekend"},
      {"n.t.b.", "", "", "n.t.b."},
      {"N.T.B.", "", "", "n.t.b."},
      {"ntb", "", "", "n.t.b."},
      {"voor onbepaalde tijd", "", "", "onbepaalde tijd"},
      {"nog niet bekend", "", "", "nog niet bekend"},
      {"nader te bepalen", "", "", "nader te bepalen"},
      {"Start 1 maart 2020, afronding n.t.b.", "2020-03-01", "", "n.t.b."},
      {"Vanaf september 2020 doorlopend vrijwilligerswerk", "2020-09-01", "",
       "doorlopend"},
      {"Start: n.t.b.", "", "", ""},
      {"Start: n.t.b. Einde: juni 2021", "", "2021-06-30", ""},
      {"Start 1 maart 2020, afronding uiterlijk 1 juni 2020, daarna "
       "doorlopend",
       "2020-03-01", "2020-06-01", ""},
  };
  for (const OpenRow& row : rows) {
    const std::string text = row.text;
    CAPTURE(text);
    const Tijdpad tijdpad = parse_tijdpad(text, kPlanDate);
    CHECK(iso_or_empty(tijdpad.start_date()) == std::string(row.start));
    CHECK(iso_or_empty(tijdpad.end_date()) == std::string(row.end));
    CHECK(tijdpad.open_reason.value_or("") == std::string(row.reason));
  }
}

TEST_CASE("times of day and rhythms are never taken for dates") {
  const Row rows[] = {
      {"10-12 uur", "", ""},
      {"9.00-12.00 uur", "", ""},
      {"9:00 - 12:00", "", ""},
      {"van 9 tot 12 uur", "", ""},
      {"om 10.30", "", ""},
      {"om 14:00 uur", "", ""},
      {"14u30", "", ""},
      {"2 dagdelen per week", "", ""},
      {"2x per week", "", ""},
      {"wekelijks", "", ""},
      {"tweewekelijks", "", ""},
      {"elke dinsdag", "", ""},
      {"elke maandag en woensdag", "", ""},
      {"op maandag en woensdag", "", ""},
      {"dinsdagochtend", "", ""},
      {"'s avonds", "", ""},
      {"3 uur per week", "", ""},
      {"twee keer per maand", "", ""},
      {"1 keer in de twee weken", "", ""},
      {"om de week", "", ""},
      {"Wekelijks op dinsdag van 9.00 tot 12.00 uur, start 3 maart 2020",
       "2020-03-03", ""},
      {"2 dagen per week, van maart t/m juni 2020", "2020-03-01", "2020-06-30"},
  };
  check_rows(rows);
  for (const Row& row : rows) {
    const std::string text = row.text;
    CAPTURE(text);
    const Tijdpad tijdpad = parse_tijdpad(text, kPlanDate);
    CHECK(tijdpad.not_understood.empty());
    CHECK(codes(tijdpad).empty());
  }
}

TEST_CASE("a text without a year looks forward from the plan's date") {
  constexpr Date kNovember{2026, 11, 5};  // a Thursday
  const Row rows[] = {
      {"maart", "2027-03-01", "2027-03-31"},
      {"november", "2026-11-01", "2026-11-30"},
      {"oktober", "2027-10-01", "2027-10-31"},
      {"12 februari", "2027-02-12", "2027-02-12"},
      {"Start januari, afronding juni", "2027-01-01", "2027-06-30"},
      {"van november tot februari", "2026-11-01", "2027-02-28"},
      {"Start september, afronding maart", "2027-09-01", "2028-03-31"},
      {"Start 1 maart voor 6 maanden", "2027-03-01", "2027-08-31"},
      {"binnen 3 maanden", "2026-11-05", "2027-02-05"},
      {"per direct", "2026-11-05", ""},
      {"z.s.m. starten", "2026-11-05", ""},
      {"volgend jaar", "2027-01-01", "2027-12-31"},
      {"dit jaar", "2026-01-01", "2026-12-31"},
      {"volgende maand", "2026-12-01", "2026-12-31"},
      {"deze week", "2026-11-02", "2026-11-08"},
      {"volgende week", "2026-11-09", "2026-11-15"},
      {"eind dit jaar", "2026-09-01", "2026-12-31"},
      {"begin volgend jaar", "2027-01-01", "2027-04-30"},
  };
  check_rows(rows, kNovember);
  const Row end_of_january[] = {
      {"binnen een maand", "2020-01-31", "2020-02-29"},
  };
  check_rows(end_of_january, Date{2020, 1, 31});
}

TEST_CASE("case, punctuation, line breaks and odd spaces do not matter") {
  const Row rows[] = {
      {"FEBRUARI 2020 T/M JUNI 2020", "2020-02-01", "2020-06-30"},
      {"februari 2020 t/m\njuni 2020", "2020-02-01", "2020-06-30"},
      {"februari 2020\r\nt/m juni 2020.", "2020-02-01", "2020-06-30"},
      {"februari\u00a02020 t/m juni\u202f2020", "2020-02-01", "2020-06-30"},
      {"(februari 2020 t/m juni 2020)", "2020-02-01", "2020-06-30"},
      {"\xEF\xBB\xBF"
       "februari 2020",
       "2020-02-01", "2020-02-29"},
      {"  Start   maart 2020 ,afronding juni 2020  ", "2020-03-01",
       "2020-06-30"},
      {"Start: 1-3-2020; einde: 1-6-2020", "2020-03-01", "2020-06-01"},
      {"start:1 maart 2020", "2020-03-01", ""},
      {"Start\teind mei 2019,\tafronding februari 2021", "2019-05-21",
       "2021-02-28"},
      {"", "", ""},
      {"geen idee", "", ""},
  };
  check_rows(rows);
}
