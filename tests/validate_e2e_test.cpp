// SPDX-License-Identifier: EUPL-1.2
// pipkit validate end to end: exit codes, formats, batches, determinism.
#include <doctest/doctest.h>

#include "e2e.hpp"

using pipkit::test::run_pipkit;
using pipkit::test::TempDir;

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
