// SPDX-License-Identifier: EUPL-1.2
// Every kind of bad input a person or an editor can produce, each in a file
// under tests/bad/, gives one exact finding and never a crash.
#include <doctest/doctest.h>

#include "case_file.hpp"
#include "test_support.hpp"

using pipkit::Diagnostic;
using pipkit::Severity;
using pipkit::test::describe_all;
using pipkit::test::holds;
using pipkit::test::read_fixture;

namespace {

struct Row {
  const char* file;
  bool readable;  // false: exit status 2 territory
  Diagnostic expected;
};

// Positions worked out by counting characters in each file by hand.
const Row kRows[] = {
    {"duplicate_key.yaml", true,
     {"PK007", Severity::kError, {6, 3}, "klant.voornamen",
      {"sleutel 'voornamen' staat hier voor de tweede keer (eerst op regel "
       "5); voeg de twee samen",
       "key 'voornamen' appears a second time (first on line 5); merge the "
       "two"}}},
    {"tab_indent.yaml", false,
     {"PK005", Severity::kError, {4, 1}, "",
      {"tab gebruikt om in te springen; gebruik spaties",
       "tab used for indentation; indent with spaces"}}},
    {"anchor_alias.yaml", true,
     {"PK008", Severity::kError, {3, 12}, "consulent",
      {"", "anchors (&name) are not allowed; write every value out in full"}}},
    {"anchor_alias.yaml", true,
     {"PK008", Severity::kError, {5, 9}, "klant.naam",
      {"", "aliases (*name) are not allowed; write the value out in full"}}},
    {"invalid_utf8.yaml", false,
     {"PK004", Severity::kError, {4, 18}, "",
      {"ongeldige UTF-8; sla het bestand op als UTF-8",
       "invalid UTF-8; save the file as UTF-8"}}},
    {"too_deep.yaml", true,
     {"PK009", Severity::kError, {11, 17}, "klant.a.b.c.d.e.f.g",
      {"", "nested too deeply (more than 8 levels); the case format has no "
           "such structure"}}},
    {"empty.yaml", true,
     {"PK003", Severity::kError, {1, 1}, "",
      {"het bestand is leeg; begin met 'soort:' en 'versie: 1'",
       "the file is empty; start with 'soort:' and 'versie: 1'"}}},
    {"syntax_error.yaml", false,
     {"PK006", Severity::kError, {4, 14}, "",
      {"", "the file ends inside a text; close the quotes"}}},
    {"bad_indent.yaml", false,
     {"PK006", Severity::kError, {5, 2}, "",
      {"", "the indentation is off: a key does not line up with the one "
           "before"}}},
    {"unclosed_bracket.yaml", false,
     {"PK006", Severity::kError, {4, 1}, "",
      {"", "the bracket '[' is never closed; add ']'"}}},
    {"bom_crlf.yaml", true,
     {"PK103", Severity::kError, {5, 18}, "klant.geboortedatum",
      {"'2026-02-30' is geen bestaande datum",
       "'2026-02-30' is not a date that exists"}}},
    {"cr_only.yaml", true,
     {"PK103", Severity::kError, {5, 18}, "klant.geboortedatum",
      {"", "'2026-02-30' is not a date that exists"}}},
    {"leading_zero.yaml", true,
     {"PK107", Severity::kWarning, {5, 8}, "klant.bsn",
      {"", "'012345672' starts with a zero and is not quoted; write "
           "\"012345672\" so that no program drops the zero"}}},
    {"yaml11_bool.yaml", true,
     {"PK104", Severity::kWarning, {5, 15}, "klant.nieuwkomer",
      {"", "'yes' is not read as yes or no; write true or false (or ja or "
           "nee)"}}},
    {"two_documents.yaml", true,
     {"PK010", Severity::kError, {3, 1}, "",
      {"", "more than one YAML document in this file; put each case file in "
           "a file of its own"}}},
    {"not_a_mapping.yaml", true,
     {"PK110", Severity::kError, {1, 1}, "",
      {"", "a case file starts with keys, such as 'soort: intake'"}}},
    {"unknown_soort.yaml", true,
     {"PK110", Severity::kError, {1, 8}, "soort",
      {"", "unknown soort 'intak'; choose intake, pip or caseload"}}},
    // yaml-cpp hands out empty documents forever after a stray ','.
    {"stray_comma.yaml", false,
     {"PK006", Severity::kError, {1, 7}, "",
      {"',' staat buiten haakjes; zet tekst met dit teken tussen "
       "aanhalingstekens",
       "',' stands outside brackets; put text with this character in "
       "quotes"}}},
};

// Inputs the fuzzer (fuzz/case_file_fuzz.cpp) found to hang or crash, kept
// byte for byte under tests/fuzz/, with the finding each must give now.
const Row kFuzzRows[] = {
    {"stray_comma_after_nul", false,
     {"PK006", Severity::kError, {1, 1}, "",
      {"", "',' stands outside brackets; put text with this character in "
           "quotes"}}},
};

template <std::size_t N>
void check_rows(const std::string& folder, const Row (&rows)[N]) {
  for (const Row& row : rows) {
    const std::string path = folder + row.file;
    const pipkit::CaseFile file =
        pipkit::check_case_file(path, read_fixture(path));
    CAPTURE(path);
    CAPTURE(describe_all(file.diagnostics));
    CHECK(file.readable == row.readable);
    CHECK(holds(file.diagnostics, row.expected));
  }
}

}  // namespace

TEST_CASE("each bad input file gives its finding with line and column") {
  check_rows("tests/bad/", kRows);
}

TEST_CASE("each input the fuzzer found gives a finding, not a hang") {
  check_rows("tests/fuzz/", kFuzzRows);
}

TEST_CASE("a file over the size bound is refused before parsing") {
  const std::string big(1024 * 1024 + 1, '#');
  const auto file = pipkit::check_case_file("big.yaml", big);
  CHECK_FALSE(file.readable);
  REQUIRE(file.diagnostics.size() == 1);
  CHECK(file.diagnostics[0].rule == "PK002");
  CHECK(file.diagnostics[0].message.en ==
        "file is too large (1048577 bytes, at most 1048576); split it or "
        "check that it is a case file");
}

TEST_CASE("the size bound uses the real file size when only a part was read") {
  const auto file =
      pipkit::check_case_file("big.yaml", "soort: intake\n", 5'000'000);
  CHECK_FALSE(file.readable);
  CHECK(file.diagnostics.at(0).rule == "PK002");
}

TEST_CASE("a line over 10000 characters is PK011; one of 10000 is not") {
  const std::string at_bound =
      "soort: intake\nversie: 1\nx: " + std::string(9997, 'a') + "\n";
  const auto fine = pipkit::check_case_file("a.yaml", at_bound);
  for (const Diagnostic& d : fine.diagnostics) CHECK(d.rule != "PK011");

  // Line 3 is 'x: ' and 9998 letters: 10001 characters, with é as one.
  const std::string over = "soort: intake\nversie: 1\nx: " +
                           std::string(9997, 'a') + "\xc3\xa9\n";
  const auto file = pipkit::check_case_file("a.yaml", over);
  CAPTURE(describe_all(file.diagnostics));
  CHECK(file.readable);  // the rest of the file is still checked
  CHECK(holds(file.diagnostics,
              {"PK011", Severity::kError, {3, 10001}, "",
               {"regel 3 is 10001 tekens lang, hooguit 10000; verdeel de "
                "tekst over meer regels, met '|' of '>' na de sleutel",
                "line 3 is 10001 characters long, at most 10000; spread the "
                "text over more lines, with '|' or '>' after the key"}}));
}

namespace {

// A plan with `count` dated goals under participatie, two lines each after
// three lines of header.
std::string plan_with_goals(int count) {
  std::string text = "soort: pip\nversie: 1\nparticipatie:\n";
  for (int i = 1; i <= count; ++i) {
    text += "  - titel: Doel " + std::to_string(i) +
            "\n    tijdpad: januari 2027\n";
  }
  return text;
}

}  // namespace

TEST_CASE("a plan with 51 goals is PK407 at the 51st; 50 are fine") {
  const auto fifty = pipkit::check_case_file("p.yaml", plan_with_goals(50));
  for (const Diagnostic& d : fifty.diagnostics) CHECK(d.rule != "PK407");

  const auto over = pipkit::check_case_file("p.yaml", plan_with_goals(51));
  // Goal 51 starts on line 3 + 2 * 50 + 1 = 104, its key in column 5.
  CHECK(holds(over.diagnostics,
              {"PK407", Severity::kError, {104, 5}, "participatie[50]",
               {"het plan heeft 51 doelen, hooguit 50; voeg doelen samen of "
                "maak een apart plan",
                "the plan has 51 goals, at most 50; merge goals or make a "
                "separate plan"}}));
}

TEST_CASE("scalars keep their exact text: a leading zero and yes survive") {
  const auto zero = pipkit::check_case_file(
      "z.yaml", read_fixture("tests/bad/leading_zero.yaml"));
  REQUIRE(zero.intake);
  CHECK(zero.intake->bsn == "012345672");
  const auto yes = pipkit::check_case_file(
      "y.yaml", read_fixture("tests/bad/yaml11_bool.yaml"));
  REQUIRE(yes.intake);
  CHECK_FALSE(yes.intake->nieuwkomer.has_value());
}

TEST_CASE("a duplicate key keeps the first value, not the second") {
  const auto file = pipkit::check_case_file(
      "d.yaml", read_fixture("tests/bad/duplicate_key.yaml"));
  REQUIRE(file.intake);
  CHECK(file.intake->voornamen == "Sara");
}
