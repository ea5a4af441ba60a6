// SPDX-License-Identifier: EUPL-1.2
// fill_intake_template: placeholders become safe YAML, comments stay.
#include <doctest/doctest.h>

#include <string>

#include "case_file.hpp"
#include "intake_template.hpp"

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
       R"(voornamen: "Sara"   # roepnaam)"},
      {R"(achternaam: "{{achternaam}}")",
       R"(achternaam: "O'Neil \"Ahmadi\": x")"},
      {R"(aanmelding: "{{aanmelding}}" # aangemeld)",
       R"(aanmelding: 2026-09-01 # aangemeld)"},
      {R"(nieuwkomer: "{{nieuwkomer}}")", R"(nieuwkomer: false)"},
      {R"(doelgroep: "{{doelgroep}}")", R"(doelgroep: "gezinsmigrant")"},
      {R"(naam: ["{{voornamen}}", "{{achternaam}}"])",
       R"(naam: ["Sara", "O'Neil \"Ahmadi\": x"])"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.line);
    CHECK(fill(row.line, values) == row.expected);
  }
}

TEST_CASE("an unknown value is null for a date and 'nog invullen' else") {
  IntakeValues values;
  struct Row {
    std::string line, expected;
  };
  const Row rows[] = {
      {R"(oproep: "{{oproep}}")", "oproep: null"},
      {R"(geboortedatum: "{{geboortedatum}}")", "geboortedatum: null"},
      {R"(voornamen: "{{voornamen}}")", R"(voornamen: "nog invullen")"},
      {R"(gemeente: "{{gemeente}}")", R"(gemeente: "nog invullen")"},
      {R"(consulent: "{{consulent}}")", R"(consulent: "nog invullen")"},
      {R"(doelgroep: "{{doelgroep}}")", R"(doelgroep: "nog invullen")"},
      {R"(nieuwkomer: "{{nieuwkomer}}")", R"(nieuwkomer: "nog invullen")"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.line);
    CHECK(fill(row.line, values) == row.expected);
  }
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
  CHECK(fill("a: 1\n# {{deadline_comment}}\nb: 2", values) ==
        "a: 1\n\nb: 2");
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
        "  voornamen: \"nog invullen\" # \"{{commentaar}}\"\n"
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
