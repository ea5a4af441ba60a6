// SPDX-License-Identifier: EUPL-1.2
// validate's text report never hands a control character to the terminal.
#include <doctest/doctest.h>

#include "writers/validate_report.hpp"

using pipkit::Diagnostic;
using pipkit::Severity;
using pipkit::Source;

namespace {

struct Row {
  const char* name;
  const char* path;
  const char* line;  // line 1 of the file
  const char* message;
  const char* expected;
};

// Expected output written by hand: every control character one '?', a tab
// one space, the caret under column 3 still.
const Row kRows[] = {
    {"an escape sequence in the line shown", "a.yaml", "a:\x1b[2J x", "m",
     "a.yaml:1:3: error: m [PK006]\n"
     "    1 | a:?[2J x\n"
     "      |   ^\n"},
    {"an escape sequence in a value quoted in the message", "a.yaml", "a: b",
     "unknown soort '\x1b]0;owned\x07'",
     "a.yaml:1:3: error: unknown soort '?]0;owned?' [PK006]\n"
     "    1 | a: b\n"
     "      |   ^\n"},
    {"a control character in the file name", "a\x1b[31m.yaml", "a: b", "m",
     "a?[31m.yaml:1:3: error: m [PK006]\n"
     "    1 | a: b\n"
     "      |   ^\n"},
    {"a C1 control (U+009B) and a tab in the line shown", "a.yaml",
     "\ta\xc2\x9b"
     "1m",
     "m",
     "a.yaml:1:3: error: m [PK006]\n"
     "    1 |  a?1m\n"
     "      |   ^\n"},
    {"letters with accents are kept", "é.yaml", "a: café", "m 'ü'",
     "é.yaml:1:3: error: m 'ü' [PK006]\n"
     "    1 | a: café\n"
     "      |   ^\n"},
};

}  // namespace

TEST_CASE("the text report shows control characters as '?', never raw") {
  for (const Row& row : kRows) {
    CAPTURE(row.name);
    const Source source(row.path, row.line);
    const Diagnostic d{
        "PK006", Severity::kError, {1, 3}, "", {row.message, row.message}};
    pipkit::TextStyle style;
    style.lang = pipkit::Lang::kEn;
    CHECK(pipkit::format_diagnostic_text(d, source, style) == row.expected);
  }
}
