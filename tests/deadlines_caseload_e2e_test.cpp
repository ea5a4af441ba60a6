// SPDX-License-Identifier: EUPL-1.2
// pipkit deadlines end to end on made-up caseloads: settings, data, errors.
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "deadlines_e2e.hpp"

using pipkit::test::Item;
using pipkit::test::json_items;
using pipkit::test::only_item;
using pipkit::test::run_pipkit;
using pipkit::test::TempDir;

namespace {

// A client of the Wet inburgering 2021 with only an intake.
std::string intake(const std::string& klantcode,
                   const std::string& kennisgeving) {
  return "soort: intake\nversie: 1\nklant:\n  klantcode: \"" + klantcode +
         "\"\n  nieuwkomer: true\ntraject:\n  kennisgeving: " + kennisgeving +
         "\n";
}

const std::string kCaseload =
    "soort: caseload\nversie: 1\nbeleid: wi2021\n";

// Sets an environment variable for the runs inside one test.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    ::setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() { ::unsetenv(name_); }

 private:
  const char* name_;
};

}  // namespace

TEST_CASE("an unreadable file is reported and the others still count") {
  TempDir dir;
  dir.write("pipkit.yaml", kCaseload);
  dir.write("cases/A/intake.yaml", intake("A", "2026-07-01"));
  dir.write("cases/B/intake.yaml", "soort: intake\n\tversie: 1\n");
  const auto r = run_pipkit(
      "deadlines . --today 2026-12-04 --format json --lang en", dir.path());
  CHECK(r.status == 2);
  CHECK(r.err.starts_with("./cases/B/intake.yaml:2:1: error: "));
  const auto items = json_items(r.out);
  REQUIRE(items.size() == 1);
  CHECK(items[0].at("klantcode") == "A");
  const auto missing = run_pipkit("deadlines no/such.yaml --lang en");
  CHECK(missing.status == 2);
  CHECK(missing.err.starts_with("no/such.yaml: error: cannot read the file"));
}

TEST_CASE("without pipkit.yaml the law applies, said in text mode only") {
  TempDir dir;
  dir.write("cases/A/intake.yaml", intake("A", "2026-07-01"));
  const auto text =
      run_pipkit("deadlines --today 2026-12-04 --lang en", dir.path());
  CHECK(text.status == 0);
  // The bare intake lacks keys validate requires, which is said too.
  CHECK(text.err ==
        "pipkit: info: no pipkit.yaml found; pipkit counts with beleid "
        "'wi2021' (Wet inburgering 2021): set the policy in pipkit.yaml or "
        "name a file with --config\n"
        "pipkit: info: 1 file with errors; deadlines that depend on them may "
        "be missing: check with 'pipkit validate'\n");
  for (const char* format : {"json", "csv", "ics"}) {
    CAPTURE(format);
    const auto quiet = run_pipkit(
        std::string("deadlines --today 2026-12-04 --format ") + format,
        dir.path());
    CHECK(quiet.status == 0);
    CHECK(quiet.err.empty());
  }
  // Wednesday 1 July 2026 + 70 days = Wednesday 9 September 2026.
  CHECK(only_item("deadlines --today 2026-12-04", dir.path()).at("due") ==
        "2026-09-09");
}

TEST_CASE("pipkit.yaml overrides terms and adds gelijkgestelde dagen") {
  TempDir dir;
  dir.write("cases/A/intake.yaml", intake("A", "2026-07-01"));
  // Wednesday 1 July 2026 + 8 weeks = Wednesday 26 August 2026.
  dir.write("pipkit.yaml",
            kCaseload + "termijnen:\n  intake_pip: { weken: 8 }\n");
  const Item item = only_item("deadlines --today 2026-12-04", dir.path());
  CHECK(item.at("due") == "2026-08-26");
  CHECK(item.at("rule") ==
        "PIP decided within 8 weeks of DUO's notice (set in pipkit.yaml)");
  // Ten weeks end on Wednesday 9 September; made a rest day, it moves on.
  dir.write("pipkit.yaml", kCaseload + "gelijkgestelde_dagen: [2026-09-09]\n");
  CHECK(only_item("deadlines --today 2026-12-04", dir.path()).at("due") ==
        "2026-09-10");
}

TEST_CASE("--config names the caseload file for every path") {
  TempDir dir;
  dir.write("cases/A/intake.yaml", intake("A", "2026-07-01"));
  dir.write("elders/instellingen.yaml",
            kCaseload + "termijnen:\n  intake_pip: { weken: 8 }\n");
  const std::string args =
      "deadlines cases --today 2026-12-04 --config elders/instellingen.yaml";
  CHECK(run_pipkit(args, dir.path()).status == 0);
  CHECK(only_item(args, dir.path()).at("due") == "2026-08-26");
  dir.write("kapot.yaml", kCaseload + "beleid: wi2013\n");
  const auto bad = run_pipkit(
      "deadlines cases --lang en --config kapot.yaml", dir.path());
  CHECK(bad.status == 2);
  CHECK(bad.out.empty());
  CHECK(bad.err.find("pipkit: error: cannot use --config 'kapot.yaml'") !=
        std::string::npos);
}

TEST_CASE("a caseload with errors gives no deadlines for its clients") {
  TempDir dir;
  dir.write("pipkit.yaml",
            kCaseload + "termijnen:\n  intake_pip: { weken: 0 }\n");
  dir.write("cases/A/intake.yaml", intake("A", "2026-07-01"));
  const auto r = run_pipkit("deadlines --today 2026-12-04 --format json "
                            "--lang en",
                            dir.path());
  CHECK(r.status == 2);
  CHECK(r.err.starts_with("pipkit.yaml:5:24: error: "));
  CHECK(json_items(r.out).empty());
}

TEST_CASE("the shipped bridge days come from the data folder") {
  TempDir dir;
  dir.write("pipkit.yaml", kCaseload);
  // Friday 6 March 2026 + 70 days = Friday 15 May 2026, the day after
  // Hemelvaartsdag, decreed a rest day; with the weekend after it the term
  // ends on Monday 18 May.
  dir.write("cases/A/intake.yaml", intake("A", "2026-03-06"));
  const std::string args = "deadlines cases --today 2026-12-04";
  CHECK(only_item(args, dir.path()).at("due") == "2026-05-18");
  dir.write("data/gelijkgestelde_dagen.yaml",
            "soort: gelijkgestelde_dagen\nversie: 1\nbijgewerkt: "
            "2026-12-04\nbesluiten: []\n");
  {
    ScopedEnv env("PIPKIT_DATA_DIR", dir.path() + "/data");
    CHECK(only_item(args, dir.path()).at("due") == "2026-05-15");
  }
  {
    ScopedEnv env("PIPKIT_DATA_DIR", dir.path() + "/cases");
    const auto r = run_pipkit(args + " --lang en", dir.path());
    CHECK(r.status == 2);
    CHECK(r.err ==
          "pipkit: error: cannot find 'gelijkgestelde_dagen.yaml'; set "
          "PIPKIT_DATA_DIR to the folder that holds it\n");
  }
}
