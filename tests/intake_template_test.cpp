// SPDX-License-Identifier: EUPL-1.2
// fill_intake_template: placeholders become safe YAML, comments stay.
#include <doctest/doctest.h>

#include <string>

#include "case_file.hpp"
#include "intake_template.hpp"
#include "test_support.hpp"

using pipkit::Date;
using pipkit::IntakeValues;

namespace {

std::string fill(const std::string& text, const IntakeValues& values) {
  const pipkit::FilledTemplate filled =
      pipkit::fill_intake_template(text, values);
  CHECK(filled.unknown.empty());
  return filled.text;
}

}  // namespace

TEST_CASE("a known value replaces its quoted placeholder") {
  IntakeValues values;
  values.klantcode = "AAL-2026-0042";
  values.voornamen = "Sara";
  values.achternaam = R"(O'Neil "Ahmadi": x)";
  values.aanmelding = Date{2026, 9, 1};
  values.nieuwkomer = false;
  values.doelgroep = "gezinsmigrant";
  struct Row {
    std::string line, expected;
  };
  const Row rows[] = {
      {R"(  klantcode: "{{klantcode}}")", R"(  klantcode: "AAL-2026-0042")"},
      {R"(voornamen: "{{voornamen}}"   # roepnaam)",
       R"(voornamen: "Sara"            # roepnaam)"},
      {R"(achternaam: "{{achternaam}}")",
       R"(achternaam: "O'Neil \"Ahmadi\": x")"},
      {R"(aanmelding: "{{aanmelding}}" # aangemeld)",
       R"(aanmelding: 2026-09-01       # aangemeld)"},
      {R"(a: "{{achternaam}}" # te lang voor de kolom)",
       R"(a: "O'Neil \"Ahmadi\": x" # te lang voor de kolom)"},
      {R"(  # "{{voornamen}}" staat in commentaar)",
       R"(  # "{{voornamen}}" staat in commentaar)"},
      {R"(nieuwkomer: "{{nieuwkomer}}")", R"(nieuwkomer: false)"},
      {R"(doelgroep: "{{doelgroep}}")", R"(doelgroep: gezinsmigrant)"},
      {R"(naam: ["{{voornamen}}", "{{achternaam}}"])",
       R"(naam: ["Sara", "O'Neil \"Ahmadi\": x"])"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.line);
    CHECK(fill(row.line, values) == row.expected);
  }
}

TEST_CASE("an unknown value is \"\" for text and null for the others") {
  IntakeValues values;
  struct Row {
    std::string line, expected;
  };
  const Row rows[] = {
      {R"(oproep: "{{oproep}}")", "oproep: null"},
      {R"(geboortedatum: "{{geboortedatum}}")", "geboortedatum: null"},
      {R"(voornamen: "{{voornamen}}")", R"(voornamen: "")"},
      {R"(gemeente: "{{gemeente}}")", R"(gemeente: "")"},
      {R"(consulent: "{{consulent}}")", R"(consulent: "")"},
      {R"(doelgroep: "{{doelgroep}}")", "doelgroep: null"},
      {R"(nieuwkomer: "{{nieuwkomer}}")", "nieuwkomer: null"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.line);
    CHECK(fill(row.line, values) == row.expected);
  }
}

TEST_CASE("a doelgroep outside the list is quoted, not written bare") {
  IntakeValues values;
  values.doelgroep = "statushouder: x";
  CHECK(fill(R"(doelgroep: "{{doelgroep}}")", values) ==
        R"(doelgroep: "statushouder: x")");
}

TEST_CASE("placeholders inside comments and unquoted ones are left alone") {
  IntakeValues values;
  values.klantcode = "K1";
  const std::string rows[] = {
      R"(#   {{klantcode}}  klant.klantcode)",
      R"(# Elke plaatshouder staat als "{{naam}}" tussen aanhalingstekens)",
      R"(  bsn: ""   # niet "{{klantcode}}")",
      R"(#   {{deadline_comment}} de hele regel "# {{deadline_comment}}")",
      R"(toelichting: "zie {{klantcode}}")",
      R"(code: {{klantcode}})",
  };
  for (const std::string& line : rows) {
    CAPTURE(line);
    CHECK(fill(line, values) == line);
  }
}

TEST_CASE("the deadline line becomes comment lines at its indentation") {
  IntakeValues values;
  values.deadline_comment = {"intake en PIP uiterlijk 2026-11-12", "",
                             "zie pipkit deadlines"};
  CHECK(fill("a: 1\n  # {{deadline_comment}}\nb: 2\n", values) ==
        "a: 1\n  # intake en PIP uiterlijk 2026-11-12\n  #\n"
        "  # zie pipkit deadlines\nb: 2\n");
  values.deadline_comment.clear();
  CHECK(fill("a: 1\n# {{deadline_comment}}\nb: 2", values) == "a: 1\n\nb: 2");
}

TEST_CASE("an unknown placeholder is listed with its line and left as is") {
  IntakeValues values;
  const std::string text =
      "soort: intake\n"
      "  organisatie: \"{{organisatie}}\"\n"
      "  voornamen: \"{{voornamen}}\" # \"{{commentaar}}\"\n"
      "  x: \"{{Niet Goed}}\"\n";
  const pipkit::FilledTemplate filled =
      pipkit::fill_intake_template(text, values);
  REQUIRE(filled.unknown.size() == 1);
  CHECK(filled.unknown[0].name == "organisatie");
  CHECK(filled.unknown[0].line == 2);
  CHECK(filled.text ==
        "soort: intake\n"
        "  organisatie: \"{{organisatie}}\"\n"
        "  voornamen: \"\"              # \"{{commentaar}}\"\n"
        "  x: \"{{Niet Goed}}\"\n");
}

TEST_CASE("a value that looks like a placeholder is not filled again") {
  IntakeValues values;
  values.voornamen = "\"{{achternaam}}\"";
  values.achternaam = "X";
  CHECK(fill(R"(v: "{{voornamen}}" a: "{{achternaam}}")", values) ==
        R"(v: "\"{{achternaam}}\"" a: "X")");
}

TEST_CASE("yaml_comment_start finds the comment outside quotes") {
  struct Row {
    std::string line;
    std::size_t start;
  };
  constexpr std::size_t kNone = std::string::npos;
  const Row rows[] = {
      {"# alles", 0},
      {"a: 1 # c", 5},
      {"a: b#c", kNone},
      {R"(a: "x # y" # z)", 11},
      {R"(a: 'x # y' # z)", 11},
      {R"(a: "x \" # y" # z)", 14},
      {R"(a: 'it''s # y' # z)", 15},
      {"a: O'Brien # z", 11},
      {"  - [\"#\", '#'] # z", 15},
      {"", kNone},
  };
  for (const Row& row : rows) {
    CAPTURE(row.line);
    CHECK(pipkit::yaml_comment_start(row.line) == row.start);
  }
}

TEST_CASE("the shipped template filled in is a valid draft intake") {
  const std::string text =
      pipkit::test::read_fixture("templates/intake.yaml.in");
  REQUIRE_FALSE(text.empty());
  const std::string path = "cases/AAL-2026-0042/intake.yaml";

  IntakeValues nothing;
  nothing.klantcode = "AAL-2026-0042";
  nothing.deadline_comment = {"Termijn: nog niet te berekenen."};
  const pipkit::FilledTemplate empty =
      pipkit::fill_intake_template(text, nothing);
  CHECK(empty.unknown.empty());
  const pipkit::CaseFile draft = pipkit::check_case_file(path, empty.text);
  CAPTURE(pipkit::test::describe_all(draft.diagnostics));
  CHECK(draft.kind == pipkit::FileKind::kIntake);
  CHECK(pipkit::count_severity(draft.diagnostics, pipkit::Severity::kError) ==
        0);
  CHECK(pipkit::count_severity(draft.diagnostics, pipkit::Severity::kWarning) >
        0);
  CHECK(empty.text.find("\n# Termijn: nog niet te berekenen.\n") !=
        std::string::npos);

  IntakeValues all = nothing;
  all.voornamen = "Sara";
  all.achternaam = R"(Ahmadi: "x" # y)";
  all.gemeente = "Aalten";
  all.consulent = "J. de Vries";
  all.doelgroep = "asielstatushouder";
  all.nieuwkomer = true;
  all.geboortedatum = Date{1991, 4, 12};
  all.aanmelding = Date{2026, 9, 1};
  all.kennisgeving = Date{2026, 9, 3};
  all.vestiging = Date{2026, 10, 15};
  all.oproep = Date{2026, 9, 8};
  const pipkit::FilledTemplate full = pipkit::fill_intake_template(text, all);
  CHECK(full.unknown.empty());
  const pipkit::CaseFile file = pipkit::check_case_file(path, full.text);
  CAPTURE(pipkit::test::describe_all(file.diagnostics));
  CHECK(pipkit::count_severity(file.diagnostics, pipkit::Severity::kError) ==
        0);
  REQUIRE(file.intake);
  const pipkit::Intake& intake = *file.intake;
  CHECK(intake.klantcode == "AAL-2026-0042");
  CHECK(intake.voornamen == "Sara");
  CHECK(intake.achternaam == R"(Ahmadi: "x" # y)");
  CHECK(intake.gemeente == "Aalten");
  CHECK(intake.consulent == "J. de Vries");
  CHECK(intake.doelgroep == "asielstatushouder");
  CHECK(intake.nieuwkomer == true);
  CHECK(intake.geboortedatum == Date{1991, 4, 12});
  CHECK(intake.aanmelding == Date{2026, 9, 1});
  CHECK(intake.kennisgeving == Date{2026, 9, 3});
  CHECK(intake.vestiging == Date{2026, 10, 15});
  CHECK(intake.oproep == Date{2026, 9, 8});
}
