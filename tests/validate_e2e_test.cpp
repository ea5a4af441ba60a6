// SPDX-License-Identifier: EUPL-1.2
// pipkit validate end to end: exit codes, formats, batches, determinism.
#include <doctest/doctest.h>

#include <string_view>

#include "e2e.hpp"

using pipkit::test::run_pipkit;
using pipkit::test::TempDir;

namespace {

// A strict recursive-descent JSON reader: true when `text` is one JSON
// value and nothing else; enough to tell a broken document from a good one.
struct JsonCheck {
  std::string_view s;
  std::size_t i = 0;
  void ws() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' ||
                            s[i] == '\t'))
      ++i;
  }
  bool lit(std::string_view word) {
    if (s.substr(i, word.size()) != word) return false;
    i += word.size();
    return true;
  }
  bool str() {
    if (!lit("\"")) return false;
    while (i < s.size() && s[i] != '"') {
      if (static_cast<unsigned char>(s[i]) < 0x20) return false;
      i += s[i] == '\\' ? 2 : 1;
    }
    return lit("\"");
  }
  bool num() {
    const std::size_t start = i;
    while (i < s.size() && std::string_view("-+.eE0123456789").find(s[i]) !=
                               std::string_view::npos)
      ++i;
    return i > start;
  }
  bool value() {
    ws();
    if (i >= s.size()) return false;
    bool ok = false;
    if (s[i] == '{') {
      ++i, ws();
      ok = lit("}");
      while (!ok) {
        ws();
        if (!str()) return false;
        ws();
        if (!lit(":") || !value()) return false;
        ws();
        if (lit("}")) ok = true;
        else if (!lit(",")) return false;
      }
    } else if (s[i] == '[') {
      ++i, ws();
      ok = lit("]");
      while (!ok) {
        if (!value()) return false;
        ws();
        if (lit("]")) ok = true;
        else if (!lit(",")) return false;
      }
    } else if (s[i] == '"') {
      ok = str();
    } else {
      ok = lit("true") || lit("false") || lit("null") || num();
    }
    return ok;
  }
};

bool is_json(std::string_view text) {
  JsonCheck check{text};
  if (!check.value()) return false;
  check.ws();
  return check.i == text.size();
}

}  // namespace

TEST_CASE("validate passes the example caseload without findings") {
  const auto r = run_pipkit("validate --lang en examples/");
  CHECK(r.status == 0);
  CHECK(r.out == "9 files checked: 0 errors, 0 warnings, 0 infos\n");
}

TEST_CASE("validate exits 1 on errors, 2 on unreadable files, batch goes on") {
  const auto errors = run_pipkit("validate --lang en tests/bad/empty.yaml");
  CHECK(errors.status == 1);
  const auto mixed = run_pipkit(
      "validate --lang en tests/bad/tab_indent.yaml tests/bad/empty.yaml "
      "no/such/file.yaml");
  CHECK(mixed.status == 2);
  CHECK(mixed.out.find("tests/bad/tab_indent.yaml:4:1: error:") !=
        std::string::npos);
  CHECK(mixed.out.find("tests/bad/empty.yaml:1:1: error:") !=
        std::string::npos);
  CHECK(mixed.out.find("no/such/file.yaml: error: cannot read the file") !=
        std::string::npos);
}

TEST_CASE("text findings show the line and a caret under the column") {
  const auto r = run_pipkit("validate --lang en tests/bad/leading_zero.yaml");
  CHECK(r.status == 1);
  CHECK(r.out ==
        "tests/bad/leading_zero.yaml:1:1: error: required key 'leefgebieden' "
        "is missing; add it [PK100]\n"
        "    1 | soort: intake\n"
        "      | ^\n"
        "tests/bad/leading_zero.yaml:5:8: warning: '012345672' starts with a "
        "zero and is not quoted; write \"012345672\" so that no program drops "
        "the zero [PK107]\n"
        "    5 |   bsn: 012345672\n"
        "      |        ^\n"
        "1 file checked: 1 error, 1 warning, 0 infos\n");
}

TEST_CASE("--strict turns warnings into a failing exit status") {
  TempDir dir;
  dir.write("c.yaml", "soort: caseload\nversie: 1\nbeleid: wi2021\nx: 1\n");
  CHECK(run_pipkit("validate c.yaml", dir.path()).status == 0);
  CHECK(run_pipkit("validate --strict c.yaml", dir.path()).status == 1);
}

TEST_CASE("json output has the documented shape") {
  const auto r = run_pipkit(
      "validate --lang en --format json tests/bad/duplicate_key.yaml");
  CHECK(r.status == 1);
  CHECK(r.out ==
        "{\n"
        "  \"version\": 1,\n"
        "  \"files\": [\n"
        "    {\n"
        "      \"path\": \"tests/bad/duplicate_key.yaml\",\n"
        "      \"kind\": \"intake\",\n"
        "      \"diagnostics\": [\n"
        "        {\n"
        "          \"rule\": \"PK100\",\n"
        "          \"severity\": \"error\",\n"
        "          \"line\": 1,\n"
        "          \"column\": 1,\n"
        "          \"key\": \"leefgebieden\",\n"
        "          \"message\": \"required key 'leefgebieden' is missing; add "
        "it\"\n"
        "        },\n"
        "        {\n"
        "          \"rule\": \"PK007\",\n"
        "          \"severity\": \"error\",\n"
        "          \"line\": 6,\n"
        "          \"column\": 3,\n"
        "          \"key\": \"klant.voornamen\",\n"
        "          \"message\": \"key 'voornamen' appears a second time "
        "(first on line 5); merge the two\"\n"
        "        }\n"
        "      ]\n"
        "    }\n"
        "  ],\n"
        "  \"summary\": {\n"
        "    \"files\": 1,\n"
        "    \"errors\": 2,\n"
        "    \"warnings\": 0,\n"
        "    \"infos\": 0\n"
        "  }\n"
        "}\n");
}

TEST_CASE("the output is the same whatever the number of jobs") {
  const auto one = run_pipkit("validate --format json -j 1 tests/ examples/");
  const auto four = run_pipkit("validate --format json -j 4 tests/ examples/");
  CHECK(one.status == four.status);
  CHECK(one.out == four.out);
  CHECK(one.out.size() > 1000);
}

// -j 100000 used to abort (std::terminate) when the system refused that
// many threads; more jobs than files now start one thread per file.
TEST_CASE("a huge -j neither aborts nor changes the output") {
  const auto one =
      run_pipkit("validate --format json -j 1 examples/ tests/bad/");
  const auto huge =
      run_pipkit("validate --format json -j 100000 examples/ tests/bad/");
  CHECK(huge.status == one.status);
  CHECK(huge.out == one.out);
  const auto smart = run_pipkit("smart-check -j 100000 examples/");
  CHECK(smart.status == 0);
}

TEST_CASE("sarif output names the tool, the rules and each result") {
  const auto r = run_pipkit(
      "validate --format sarif tests/bad/duplicate_key.yaml");
  CHECK(r.out.find("\"version\": \"2.1.0\"") != std::string::npos);
  CHECK(r.out.find("\"name\": \"pipkit\"") != std::string::npos);
  CHECK(r.out.find("\"ruleId\": \"PK007\"") != std::string::npos);
  CHECK(r.out.find("\"startLine\": 6") != std::string::npos);
  CHECK(r.out.find("\"uri\": \"tests/bad/duplicate_key.yaml\"") !=
        std::string::npos);
}

// The driver object lost its opening brace once: every SARIF file was
// rejected by the code-scanning services it is meant for.
TEST_CASE("sarif and json output are well-formed JSON") {
  CHECK(is_json("{\"a\": [1, \"x\", null]}"));
  CHECK_FALSE(is_json("{\"driver\":     \"name\": \"pipkit\"}"));
  for (const char* format : {"sarif", "json"}) {
    CAPTURE(format);
    const auto clean = run_pipkit(std::string("validate --format ") + format +
                                  " examples/");
    CHECK(is_json(clean.out));
    const auto bad = run_pipkit(std::string("validate --format ") + format +
                                " tests/bad/");
    CHECK(is_json(bad.out));
  }
  const auto r = run_pipkit("validate --format sarif examples/");
  CHECK(r.out.find("\"driver\": {\n          \"name\": \"pipkit\"") !=
        std::string::npos);
}

TEST_CASE("standard input is read with -") {
  const auto r = run_pipkit("validate --lang en -", PIPKIT_SOURCE_DIR,
                            "soort: caseload\nversie: 1\n");
  CHECK(r.status == 1);
  CHECK(r.out.find("<stdin>:1:1: error: required key 'beleid' is missing") !=
        std::string::npos);
}

TEST_CASE("messages are Dutch with --lang nl") {
  const auto r = run_pipkit("validate --lang nl tests/bad/empty.yaml");
  CHECK(r.out ==
        "tests/bad/empty.yaml:1:1: error: het bestand is leeg; begin met "
        "'soort:' en 'versie: 1' [PK003]\n"
        "1 bestand gecontroleerd: 1 fout, 0 waarschuwingen, 0 info\n");
}

TEST_CASE("a bad command line exits 2") {
  CHECK(run_pipkit("validate --format xml examples/").status == 2);
  CHECK(run_pipkit("frobnicate").status == 2);
}

TEST_CASE("standard input named twice is read once") {
  const auto r = run_pipkit("validate --lang en - -", PIPKIT_SOURCE_DIR,
                            "soort: caseload\nversie: 1\nbeleid: wi2021\n");
  CHECK(r.status == 0);
  CHECK(r.out == "1 file checked: 0 errors, 0 warnings, 0 infos\n");
}

TEST_CASE("a finding about a BSN shows where it is, not the number") {
  TempDir dir;
  dir.write("i.yaml", "soort: intake\nversie: 1\nklant:\n"
                      "  klantcode: \"A-1\"\n  bsn: \"999996709\"\n");
  const auto r = run_pipkit("validate --lang en i.yaml", dir.path());
  CHECK(r.out.find("i.yaml:5:8: error: the BSN fails the elfproef") !=
        std::string::npos);
  CHECK(r.out.find("999996709") == std::string::npos);
}

TEST_CASE("more than 100000 files is refused before any is read") {
  TempDir dir;
  // 100001 empty files: each would be PK003, but none is read.
  for (int i = 0; i <= 100'000; ++i) {
    std::ofstream(dir.path() + "/f" + std::to_string(i) + ".yaml");
  }
  const auto over = run_pipkit("validate --lang en .", dir.path());
  CHECK(over.status == 2);
  CHECK(over.out.empty());
  CHECK(over.err == "pipkit: error: more than 100000 files at '.'; name a "
                    "smaller folder or fewer paths\n");
}
