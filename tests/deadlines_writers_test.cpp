// SPDX-License-Identifier: EUPL-1.2
// Deadline items written as cli.md's JSON, as CSV and as a text table.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "deadline_samples.hpp"
#include "deadlines_writers.hpp"

using pipkit::Date;
using pipkit::DeadlineItem;
using pipkit::DeadlineKind;
using pipkit::DeadlineStatus;
using pipkit::Lang;

namespace {

using pipkit::samples::moved_intake;

DeadlineItem quoted_goal() {
  DeadlineItem item =
      pipkit::samples::goal("doel 'Stage, café \"De Zon\"'", {2026, 12, 10});
  item.title.en = "goal 'Stage, café \"De Zon\"'";
  item.status = DeadlineStatus::kDueSoon;
  item.days_left = 6;
  return item;
}

std::string spaces(int n) { return std::string(n, ' '); }

}  // namespace

TEST_CASE("deadlines_json writes exactly the shape of cli.md") {
  const std::string expected = R"json({
  "version": 1,
  "today": "2026-12-04",
  "items": [
    {
      "klantcode": "AAL-2026-0042",
      "path": "cases/AAL-2026-0042/pip.yaml",
      "kind": "intake_pip",
      "title": "PIP decided",
      "due": "2026-11-23",
      "from": "2026-09-12",
      "rule": "PIP decided within 10 weeks of DUO's notice",
      "status": "overdue",
      "days_left": -11
    },
    {
      "klantcode": "BRE-2026-0001",
      "path": "cases/BRE-2026-0001/pip.yaml",
      "kind": "doel",
      "title": "goal 'Stage, café \"De Zon\"'",
      "due": "2026-12-10",
      "from": null,
      "rule": "end date of the goal in the PIP",
      "status": "due_soon",
      "days_left": 6
    }
  ]
}
)json";
  DeadlineItem intake = moved_intake();
  intake.rule.en = "PIP decided within 10 weeks of DUO's notice";
  CHECK(pipkit::deadlines_json({intake, quoted_goal()}, {2026, 12, 4},
                               Lang::kEn) == expected);
}

TEST_CASE("deadlines_json writes an empty list when nothing is due") {
  CHECK(pipkit::deadlines_json({}, {2026, 12, 4}, Lang::kNl) ==
        "{\n  \"version\": 1,\n  \"today\": \"2026-12-04\",\n"
        "  \"items\": []\n}\n");
}

TEST_CASE("deadlines_csv quotes by RFC 4180 and ends lines in CRLF") {
  const std::string expected =
      "klantcode,path,kind,title,due,from,rule,status,days_left,moved_from,"
      "moved_reasons\r\n"
      "AAL-2026-0042,cases/AAL-2026-0042/pip.yaml,intake_pip,"
      "PIP vastgesteld,2026-11-23,2026-09-12,PIP vastgesteld binnen 10 "
      "weken na de kennisgeving van DUO (Besluit inburgering 2021),overdue,"
      "-11,2026-11-21,\"zaterdag, zondag\"\r\n"
      "BRE-2026-0001,cases/BRE-2026-0001/pip.yaml,doel,"
      "\"doel 'Stage, café \"\"De Zon\"\"'\",2026-12-10,,einddatum van het "
      "doel in het PIP,due_soon,6,,\r\n";
  CHECK(pipkit::deadlines_csv({moved_intake(), quoted_goal()}, Lang::kNl) ==
        expected);
}

TEST_CASE("deadlines_csv keeps titles inert that a spreadsheet would run") {
  struct Row { const char* title; const char* field; };
  const Row rows[] = {
      {"=1+1", "'=1+1"},
      {"+31 6 12345678", "'+31 6 12345678"},
      {"-Taal", "'-Taal"},
      {"@SUM(A1)", "'@SUM(A1)"},
      {"=HYPERLINK(\"http://example.org\")",
       "\"'=HYPERLINK(\"\"http://example.org\"\")\""},
      {"Taal\nen rekenen", "\"Taal\nen rekenen\""},
      {"Taal", "Taal"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.title);
    DeadlineItem item = quoted_goal();
    item.title = {row.title, row.title};
    const std::string csv = pipkit::deadlines_csv({item}, Lang::kNl);
    const std::string expected_cells =
        ",doel," + std::string(row.field) + ",2026-12-10,";
    CHECK(csv.find(expected_cells) != std::string::npos);
  }
}

TEST_CASE("moved_note says from which day and why, in either language") {
  CHECK(pipkit::moved_note(moved_intake(), Lang::kNl) ==
        "verschoven van za 2026-11-21 (zaterdag, zondag)");
  CHECK(pipkit::moved_note(moved_intake(), Lang::kEn) ==
        "moved from Sat 2026-11-21 (Saturday, Sunday)");
  CHECK(pipkit::moved_note(quoted_goal(), Lang::kNl).empty());
}

TEST_CASE("deadlines_text lines columns up by characters, not bytes") {
  // Column widths: 13, 5 (right), 1, 10 ("binnenkort"), 13, 10, 27 (the
  // goal's title, in which 'é' is one character), then the note; two
  // spaces between.
  const std::string expected =
      "datum" + spaces(10) + "dagen" + spaces(5) + "status" + spaces(6) +
      "klant" + spaces(10) + "soort" + spaces(7) + "omschrijving" +
      spaces(17) + "opmerking\n" + "ma 2026-11-23" + spaces(4) + "-11" +
      spaces(2) + "!" + spaces(2) + "verlopen" + spaces(4) +
      "AAL-2026-0042" + spaces(2) + "intake_pip" + spaces(2) +
      "PIP vastgesteld" + spaces(14) +
      "verschoven van za 2026-11-21 (zaterdag, zondag)\n" +
      "do 2026-12-10" + spaces(6) + "6" + spaces(2) + "*" + spaces(2) +
      "binnenkort" + spaces(2) + "BRE-2026-0001" + spaces(2) + "doel" +
      spaces(8) +
      "doel 'Stage, café \"De Zon\"'\n";
  CHECK(pipkit::deadlines_text({moved_intake(), quoted_goal()}, Lang::kNl) ==
        expected);
}

TEST_CASE("deadlines_text marks nothing for met and open items") {
  DeadlineItem item = quoted_goal();
  item.status = DeadlineStatus::kMet;
  item.title = {"doel 'Taal'", "goal 'Taal'"};
  const std::string expected =
      "due" + spaces(13) + "days" + spaces(5) + "status  client" +
      spaces(9) + "kind  title        note\n" + "Thu 2026-12-10" +
      spaces(5) + "6" + spaces(5) + "met" + spaces(5) +
      "BRE-2026-0001  doel  goal 'Taal'\n";
  CHECK(pipkit::deadlines_text({item}, Lang::kEn) == expected);
}

TEST_CASE("deadlines_text shows each status in words") {
  struct Row {
    DeadlineStatus status;
    const char* nl;
    const char* en;
  };
  const Row rows[] = {
      {DeadlineStatus::kOpen, "open", "open"},
      {DeadlineStatus::kDueSoon, "binnenkort", "due soon"},
      {DeadlineStatus::kOverdue, "verlopen", "overdue"},
      {DeadlineStatus::kMet, "op tijd", "met"},
      {DeadlineStatus::kMetLate, "te laat", "met late"},
  };
  for (const Row& row : rows) {
    DeadlineItem item = quoted_goal();
    item.status = row.status;
    CAPTURE(row.en);
    const std::string nl = pipkit::deadlines_text({item}, Lang::kNl);
    const std::string en = pipkit::deadlines_text({item}, Lang::kEn);
    CHECK(nl.find("  " + std::string(row.nl) + "  ") != std::string::npos);
    CHECK(en.find("  " + std::string(row.en) + "  ") != std::string::npos);
  }
}

TEST_CASE("grouped text puts headings between rows aligned across groups") {
  // Widths: 13, 5, 1, 10 ("binnenkort"), 13, 10, 27, so the first group's
  // short title is padded to the second group's long one.
  DeadlineItem first = moved_intake();
  first.moved_from.reset();
  first.moved_reasons.clear();
  const std::vector<pipkit::DeadlineGroup> groups = {
      {{"verlopen", "overdue"}, {first}},
      {{"week 50", "week 50"}, {quoted_goal()}},
  };
  const std::string expected =
      "datum" + spaces(10) + "dagen" + spaces(5) + "status" + spaces(6) +
      "klant" + spaces(10) + "soort" + spaces(7) + "omschrijving" +
      spaces(17) + "opmerking\n" + "\nverlopen\n" + "ma 2026-11-23" +
      spaces(4) + "-11" + spaces(2) + "!" + spaces(2) + "verlopen" +
      spaces(4) + "AAL-2026-0042" + spaces(2) + "intake_pip" + spaces(2) +
      "PIP vastgesteld\n" + "\nweek 50\n" + "do 2026-12-10" + spaces(6) +
      "6" + spaces(2) + "*" + spaces(2) + "binnenkort" + spaces(2) +
      "BRE-2026-0001" + spaces(2) + "doel" + spaces(8) +
      "doel 'Stage, café \"De Zon\"'\n";
  CHECK(pipkit::deadlines_text(groups, Lang::kNl, false) == expected);
}

TEST_CASE("colour marks the header and headings bold, late red, soon yellow") {
  DeadlineItem open = quoted_goal();
  open.status = DeadlineStatus::kOpen;
  const std::vector<pipkit::DeadlineGroup> groups = {
      {{"A", "A"}, {moved_intake(), quoted_goal(), open}}};
  const std::string text = pipkit::deadlines_text(groups, Lang::kEn, true);
  std::vector<std::string> lines;
  for (std::size_t at = 0, end; at < text.size(); at = end + 1) {
    end = text.find('\n', at);
    lines.push_back(text.substr(at, end - at));
  }
  REQUIRE(lines.size() == 6);
  CHECK(lines[0].starts_with("\x1b[1mdue "));
  CHECK(lines[0].ends_with("note\x1b[0m"));
  CHECK(lines[1].empty());
  CHECK(lines[2] == "\x1b[1mA\x1b[0m");
  CHECK(lines[3].starts_with("\x1b[1;31mMon 2026-11-23"));
  CHECK(lines[3].ends_with("(Saturday, Sunday)\x1b[0m"));
  CHECK(lines[4].starts_with("\x1b[33mThu 2026-12-10"));
  CHECK(lines[4].ends_with("\x1b[0m"));
  CHECK(lines[5].starts_with("Thu 2026-12-10"));
  CHECK(lines[5].find('\x1b') == std::string::npos);
}
