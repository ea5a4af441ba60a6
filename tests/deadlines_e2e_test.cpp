// SPDX-License-Identifier: EUPL-1.2
// pipkit deadlines end to end on the examples: statuses, filters, formats.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "deadlines_e2e.hpp"

using pipkit::test::Item;
using pipkit::test::json_items;
using pipkit::test::only_item;
using pipkit::test::run_pipkit;
using pipkit::test::TempDir;

namespace {

std::vector<Item> examples(const std::string& options = "") {
  const auto r = run_pipkit(
      "deadlines examples/ --today 2026-12-04 --lang en --format json " +
      options);
  REQUIRE(r.err.empty());
  return json_items(r.out);
}

std::vector<std::string> lines_of(const std::string& text,
                                  const std::string& end) {
  std::vector<std::string> lines;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t stop = text.find(end, at);
    if (stop == std::string::npos) {
      lines.push_back(text.substr(at));
      break;
    }
    lines.push_back(text.substr(at, stop - at));
    at = stop + end.size();
  }
  return lines;
}

}  // namespace

TEST_CASE("Dogan's deadlines, every field worked out by hand") {
  // AAL-2026-0019 under wi2021 on Friday 2026-12-04, within 14 days.
  // intake_pip: the notice of Mon 2026-02-16 is later than the BRP
  //   registration of 2026-01-12, so it starts the term: + 70 days =
  //   Mon 2026-04-27, Koningsdag (the 27th is no Sunday), so the Atw moves
  //   it to Tue 2026-04-28; decided that day: met, 220 days ago.
  // The first plan's date is 2026-04-28 (no eerste_vastgesteld):
  //   voortgangsgesprek: + 10 months = 2027-02-28 (no Atw: a local rule);
  //     held 2026-07-07 and 2026-10-13, both after the plan: met twice;
  //     86 days = 27 to 31 December + 31 + 28.
  //   leerroute_wissel: + 18 months = 2027-10-28, no switch yet: open,
  //     328 days; she is in the onderwijsroute, so the rule says B1 is
  //     always open to her.
  //   inburgeringstermijn: + 3 years = Sat 2029-04-28 (no Atw for years),
  //     876 days = 365 + 366 (29 February 2028) + 145.
  // Goals, ends from eind or else the whole month the tijdpad ends in:
  //   PVT "Mei en juni 2026" 2026-06-30, afgerond: met, -157;
  //   diploma "Mei t/m augustus 2026" 2026-08-31, afgerond: met, -95;
  //   loopbaanadvies eind 2026-12-15, 11 days: due soon;
  //   KNM "... examen uiterlijk maart 2027", vrijwilligerswerk
  //   "Oktober 2026 t/m maart 2027" and mbo-4 "Januari t/m maart 2027" all
  //   end 2027-03-31, 117 days: open, in plan order;
  //   taalschakeltraject eind 2027-07-16, 224 days: open.
  struct Row {
    const char* kind;
    const char* title;
    const char* due;
    const char* from;
    const char* rule;
    const char* status;
    const char* days_left;
  };
  const char* kTijdpad = "end date of the goal from its tijdpad";
  const char* kEind = "end date of the goal in the PIP";
  const char* kGesprek =
      "at least 2 progress conversations within 10 months after the date "
      "of the PIP (municipal policy)";
  const Row rows[] = {
      {"intake_pip", "PIP decided", "2026-04-28", "2026-02-16",
       "PIP decided within 10 weeks of DUO's notice (Besluit inburgering "
       "2021)",
       "met", "-220"},
      {"doel", "goal 'Participatieverklaringstraject'", "2026-06-30",
       "2026-05-01", kTijdpad, "met", "-157"},
      {"doel", "goal 'Diplomawaardering lisediploma'", "2026-08-31",
       "2026-05-01", kTijdpad, "met", "-95"},
      {"doel", "goal 'Loopbaanadvies'", "2026-12-15", "2026-11-02", kEind,
       "due_soon", "11"},
      {"voortgangsgesprek", "progress conversation 1 of 2", "2027-02-28",
       "2026-04-28", kGesprek, "met", "86"},
      {"voortgangsgesprek", "progress conversation 2 of 2", "2027-02-28",
       "2026-04-28", kGesprek, "met", "86"},
      {"doel", "goal 'KNM'", "2027-03-31", "2026-09-01", kTijdpad, "open",
       "117"},
      {"doel", "goal 'Vrijwilligerswerk administratie'", "2027-03-31",
       "2026-10-01", kTijdpad, "open", "117"},
      {"doel", "goal 'Aanmelding mbo-4'", "2027-03-31", "2027-01-01",
       kTijdpad, "open", "117"},
      {"doel", "goal 'Taalschakeltraject'", "2027-07-16", "2026-06-01",
       kEind, "open", "224"},
      {"leerroute_wissel", "last day to switch the learning route",
       "2027-10-28", "2026-04-28",
       "the learning route can be switched until 18 months after the "
       "integration term starts (Wet inburgering 2021); from the "
       "onderwijsroute to the B1-route at any time",
       "open", "328"},
      {"inburgeringstermijn", "end of the integration term", "2029-04-28",
       "2026-04-28",
       "3 years from the day after the date of the first PIP (Wet "
       "inburgering 2021, art. 11); the Algemene termijnenwet extends no "
       "term in years",
       "open", "876"},
  };
  const auto r = run_pipkit(
      "deadlines examples/ --today 2026-12-04 --lang en --format json "
      "--client AAL-2026-0019");
  CHECK(r.status == 0);
  CHECK(r.out.starts_with("{\n  \"version\": 1,\n  \"today\": "
                          "\"2026-12-04\",\n  \"items\": [\n"));
  CHECK(r.out.ends_with("\n  ]\n}\n"));
  const auto items = json_items(r.out);
  REQUIRE(items.size() == std::size(rows));
  for (std::size_t i = 0; i < std::size(rows); ++i) {
    const Row& row = rows[i];
    CAPTURE(i);
    const Item expected = {
        {"klantcode", "AAL-2026-0019"},
        {"path", "examples/cases/AAL-2026-0019/pip.yaml"},
        {"kind", row.kind},
        {"title", row.title},
        {"due", row.due},
        {"from", row.from},
        {"rule", row.rule},
        {"status", row.status},
        {"days_left", row.days_left},
    };
    CHECK(items[i] == expected);
  }
}

TEST_CASE("the example statuses are those examples/README.md describes") {
  // Tesfay: BRP registration Tue 2026-10-06, later than the notice of
  // 2026-09-01, + 70 days = Tue 2026-12-15, 11 days away; the plan is
  // not decided yet. Haddad: BRP Mon 2026-08-03 + 70 days = Mon
  // 2026-10-12, decided 2026-10-20. Rahimi: BRP Thu 2019-05-02 + 70 days
  // = Thu 2019-07-11, decided 2020-01-30.
  struct Row {
    const char* klantcode;
    const char* kind;
    const char* due;
    const char* status;
    const char* days_left;
  };
  const Row rows[] = {
      {"AAL-2026-0057", "intake_pip", "2026-12-15", "due_soon", "11"},
      {"AAL-2026-0044", "intake_pip", "2026-10-12", "met_late", "-53"},
      {"AAL-2026-0019", "intake_pip", "2026-04-28", "met", "-220"},
      {"AAL-2019-0031", "intake_pip", "2019-07-11", "met_late", "-2703"},
  };
  const auto items = examples("--kind intake_pip");
  REQUIRE(items.size() == std::size(rows));
  for (const Row& row : rows) {
    CAPTURE(row.klantcode);
    bool found = false;
    for (const Item& item : items) {
      if (item.at("klantcode") != row.klantcode) continue;
      found = true;
      CHECK(item.at("kind") == row.kind);
      CHECK(item.at("due") == row.due);
      CHECK(item.at("status") == row.status);
      CHECK(item.at("days_left") == row.days_left);
    }
    CHECK(found);
  }
}

TEST_CASE("the example goals have the statuses examples/README.md names") {
  // Tesfay's plan of 2026-12-01 plans everything from 2027 on: all open.
  // Haddad's orientation ran "Oktober en november 2026", ended 2026-11-30
  // and is still lopend: overdue; his goals without an end ("Nog niet
  // bekend", "Doorlopend", "Zo snel mogelijk") give no item. Rahimi's
  // goals carry no status and ended in 2019-2021: overdue.
  std::map<std::string, std::map<std::string, int>> count;
  for (const Item& item : examples("--kind doel")) {
    ++count[item.at("klantcode")][item.at("status")];
  }
  CHECK(count["AAL-2026-0057"] == std::map<std::string, int>{{"open", 8}});
  CHECK(count["AAL-2026-0044"] ==
        std::map<std::string, int>{{"open", 3}, {"overdue", 1}});
  CHECK(count["AAL-2026-0019"] ==
        std::map<std::string, int>{{"met", 2}, {"due_soon", 1}, {"open", 4}});
  CHECK(count["AAL-2019-0031"] == std::map<std::string, int>{{"overdue", 8}});
  const auto overdue = examples("--kind doel --overdue --client AAL-2026-0044");
  REQUIRE(overdue.size() == 1);
  CHECK(overdue[0].at("title") == "goal 'Oriëntatie op werk'");
  CHECK(overdue[0].at("due") == "2026-11-30");
  CHECK(overdue[0].at("days_left") == "-4");
}

TEST_CASE("--fail-on overdue exits 1 only when an overdue item is shown") {
  // Rahimi's progress conversations were due ten months after her plan of
  // 2020-01-30, on 2020-11-30, and none is recorded.
  CHECK(run_pipkit("deadlines examples/ --today 2026-12-04 --fail-on "
                   "overdue")
            .status == 1);
  CHECK(run_pipkit("deadlines examples/ --today 2026-12-04").status == 0);
  CHECK(run_pipkit("deadlines examples/ --today 2026-12-04 --fail-on overdue "
                   "--client AAL-2026-0057")
            .status == 0);
  CHECK(run_pipkit("deadlines examples/ --today 2026-12-04 --fail-on overdue "
                   "--overdue")
            .status == 1);
}

TEST_CASE("filters narrow the list by client, kind, overdue and within") {
  for (const Item& item : examples("--client AAL-2026-0044 --client "
                                   "AAL-2026-0057")) {
    CHECK((item.at("klantcode") == "AAL-2026-0044" ||
           item.at("klantcode") == "AAL-2026-0057"));
  }
  const auto kinds =
      examples("--kind voortgangsgesprek --kind inburgeringstermijn");
  // Two conversations and one term for each of the three decided plans.
  CHECK(kinds.size() == 9);
  for (const Item& item : examples("--overdue")) {
    CHECK(item.at("status") == "overdue");
  }
  // With --within only what needs doing soon is left: the two items of
  // 15 December (11 days away) are in with 11 days and out with 10.
  for (const Item& item : examples("--within 11")) {
    CHECK((item.at("status") == "overdue" || item.at("status") == "due_soon"));
  }
  const auto soon = [](const std::vector<Item>& items) {
    int n = 0;
    for (const Item& item : items) n += item.at("status") == "due_soon";
    return n;
  };
  CHECK(soon(examples("--within 11")) == 2);
  CHECK(soon(examples("--within 10")) == 0);
  CHECK(examples("--client AAL-9999-0000").empty());
  // Each --client and --kind takes one value, so a path after them stays
  // a path.
  const auto before = run_pipkit(
      "deadlines --client AAL-2026-0044 --kind intake_pip examples/ "
      "--today 2026-12-04 --format json");
  CHECK(before.status == 0);
  CHECK(json_items(before.out).size() == 1);
}

TEST_CASE("csv has a header row and CRLF lines") {
  const auto r = run_pipkit(
      "deadlines examples/ --today 2026-12-04 --format csv --kind "
      "intake_pip --client AAL-2026-0044 --lang en");
  CHECK(r.status == 0);
  CHECK(r.out ==
        "klantcode,path,kind,title,due,from,rule,status,days_left,"
        "moved_from,moved_reasons\r\n"
        "AAL-2026-0044,examples/cases/AAL-2026-0044/pip.yaml,intake_pip,"
        "PIP decided,2026-10-12,2026-08-03,\"PIP decided within 10 weeks of "
        "the BRP registration, which came after DUO's notice (Besluit "
        "inburgering 2021)\",met_late,-53,,\r\n");
}

TEST_CASE("ics holds one all-day event per item, line by line") {
  const std::string args =
      "deadlines examples/ --today 2026-12-04 --format ics --lang en "
      "--client AAL-2026-0057 --kind intake_pip";
  const auto r = run_pipkit(args);
  CHECK(r.status == 0);
  const auto lines = lines_of(r.out, "\r\n");
  REQUIRE(lines.size() == 17);
  CHECK(r.out.ends_with("END:VCALENDAR\r\n"));
  const std::vector<std::string> expected = {
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//pipkit//pipkit deadlines//NL",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "BEGIN:VEVENT",
      "",  // UID, checked below
      "DTSTAMP:20261204T000000Z",
      "DTSTART;VALUE=DATE:20261215",
      "DTEND;VALUE=DATE:20261216",
      "SUMMARY:AAL-2026-0057: PIP decided",
      "DESCRIPTION:PIP decided within 10 weeks of the BRP registration\\, "
      "which cam",
      " e after DUO's notice (Besluit inburgering 2021)",
      "CATEGORIES:intake_pip",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "END:VCALENDAR",
  };
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i);
    if (i != 6) CHECK(lines[i] == expected[i]);
    CHECK(lines[i].size() <= 75);
  }
  CHECK(lines[6].size() == std::string("UID:0123456789abcdef@pipkit").size());
  CHECK(lines[6].starts_with("UID:"));
  CHECK(lines[6].ends_with("@pipkit"));
  CHECK(r.out.find('\n') == r.out.find("\r\n") + 1);
  // Nothing but the klantcode and the title names the client.
  CHECK(r.out.find("Tesfay") == std::string::npos);
  CHECK(r.out.find("Mebrat") == std::string::npos);
  CHECK(r.out.find("cases/") == std::string::npos);
}

TEST_CASE("ics UIDs stay the same across runs and differ across clients") {
  const std::string args =
      "deadlines examples/ --today 2026-12-04 --format ics --kind intake_pip";
  const auto first = run_pipkit(args);
  const auto later = run_pipkit(
      "deadlines examples/ --today 2027-01-20 --format ics --kind intake_pip");
  std::vector<std::string> uids, later_uids;
  for (const auto& line : lines_of(first.out, "\r\n")) {
    if (line.starts_with("UID:")) uids.push_back(line);
  }
  for (const auto& line : lines_of(later.out, "\r\n")) {
    if (line.starts_with("UID:")) later_uids.push_back(line);
  }
  REQUIRE(uids.size() == 4);
  CHECK(uids == later_uids);  // same items, same order: by due date
  for (std::size_t i = 0; i < uids.size(); ++i) {
    for (std::size_t j = i + 1; j < uids.size(); ++j) CHECK(uids[i] != uids[j]);
  }
}

TEST_CASE("-o writes the calendar to a file and nothing to the terminal") {
  TempDir dir;
  const std::string file = dir.path() + "/termijnen.ics";
  const std::string args =
      "deadlines examples/ --today 2026-12-04 --format ics";
  const auto to_file = run_pipkit(args + " -o '" + file + "'");
  CHECK(to_file.status == 0);
  CHECK(to_file.out.empty());
  CHECK(pipkit::test::slurp(file) == run_pipkit(args).out);
  const auto bad = run_pipkit(args + " -o '" + dir.path() + "/nope/x.ics'");
  CHECK(bad.status == 2);
  CHECK(bad.err.starts_with("pipkit: error: cannot write '"));
}

TEST_CASE("the text table notes the Atw move and marks what is late") {
  const auto r = run_pipkit(
      "deadlines examples/ --today 2026-12-04 --lang en --client "
      "AAL-2026-0019 --kind intake_pip");
  CHECK(r.status == 0);
  // 2026-02-16 + 70 days is Monday 27 April 2026, Koningsdag.
  CHECK(r.out ==
        "due             days     status  client         kind        title"
        "        note\n"
        "Tue 2026-04-28  -220     met     AAL-2026-0019  intake_pip  PIP "
        "decided  moved from Mon 2026-04-27 (King's Day)\n"
        "\n"
        "1 deadline: 0 overdue, 0 due within 14 days\n");
  // Rahimi's plan of 2020-01-30 + 10 months = Monday 2020-11-30, 2195
  // days before today; no conversation is recorded.
  const auto nl = run_pipkit(
      "deadlines examples/ --today 2026-12-04 --lang nl --client "
      "AAL-2019-0031 --kind voortgangsgesprek");
  CHECK(nl.out ==
        "datum          dagen     status    klant          soort"
        "              omschrijving               opmerking\n"
        "ma 2020-11-30  -2195  !  verlopen  AAL-2019-0031  voortgangsgesprek"
        "  voortgangsgesprek 1 van 2\n"
        "ma 2020-11-30  -2195  !  verlopen  AAL-2019-0031  voortgangsgesprek"
        "  voortgangsgesprek 2 van 2\n"
        "\n"
        "2 termijnen: 2 verlopen, 0 binnen 14 dagen\n");
}

TEST_CASE("a plan named on its own finds its intake beside it") {
  CHECK(only_item("deadlines examples/cases/AAL-2026-0057/pip.yaml --today "
                  "2026-12-04 --kind intake_pip",
                  PIPKIT_SOURCE_DIR)
            .at("due") == "2026-12-15");
}

TEST_CASE("a bad option value is a bad command line") {
  CHECK(run_pipkit("deadlines examples/ --kind goal").status == 2);
  CHECK(run_pipkit("deadlines examples/ --group month").status == 2);
  CHECK(run_pipkit("deadlines examples/ --fail-on late").status == 2);
  CHECK(run_pipkit("deadlines examples/ --within -1").status == 2);
  const auto today = run_pipkit("deadlines examples/ --today 2026-02-30 "
                                "--lang en");
  CHECK(today.status == 2);
  CHECK(today.err == "pipkit: error: --today '2026-02-30' is not a date; "
                     "write YYYY-MM-DD\n");
}
