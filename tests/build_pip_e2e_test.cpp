// SPDX-License-Identifier: EUPL-1.2
// pipkit build-pip end to end: where it writes, what it never overwrites,
// which rules it reads, and how it refuses.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "draft_samples.hpp"
#include "draft_yaml.hpp"
#include "e2e.hpp"

using pipkit::test::read_fixture;
using pipkit::test::run_pipkit;
using pipkit::test::slurp;
using pipkit::test::TempDir;

namespace {

const std::string kCase = "caseload/cases/AAL-2026-0057/";
const std::string kRun = "build-pip --lang en --date 2026-12-01 ";

// A caseload holding one example intake, as a consultant has it.
void make_caseload(const TempDir& dir) {
  dir.write("caseload/pipkit.yaml", read_fixture("examples/pipkit.yaml"));
  dir.write(kCase + "intake.yaml",
            read_fixture("examples/cases/AAL-2026-0057/intake.yaml"));
}

// What the library drafts for Tesfay on 2026-12-01 with the shipped rules.
std::string expected_plan(const std::string& intake_ref = "intake.yaml") {
  return pipkit::draft_yaml(pipkit::draft_plan(
      pipkit::test::example_intake("AAL-2026-0057"),
      pipkit::test::shipped_rules(), pipkit::Date{2026, 12, 1}, intake_ref));
}

bool exists(const TempDir& dir, const std::string& relative) {
  return std::filesystem::exists(dir.path() + "/" + relative);
}

}  // namespace

TEST_CASE("build-pip writes pip.yaml beside the intake and validate passes") {
  TempDir dir;
  make_caseload(dir);
  const auto r = run_pipkit(kRun + kCase + "intake.yaml", dir.path());
  CHECK(r.status == 0);
  CHECK(r.out.empty());
  CHECK(r.err ==
        "pipkit: wrote '" + kCase +
            "pip.yaml': 6 integration goals and 6 "
            "participation goals; still open: 12 places marked 'nog invullen' "
            "and the client's agreement\n");
  CHECK(slurp(dir.path() + "/" + kCase + "pip.yaml") == expected_plan());
  const auto v = run_pipkit("validate --lang en caseload", dir.path());
  CHECK(v.status == 0);
  CHECK(v.out.find("3 files checked: 0 errors, 12 warnings, 0 infos\n") !=
        std::string::npos);
}

TEST_CASE("build-pip -o - prints the plan and writes nothing") {
  TempDir dir;
  make_caseload(dir);
  const auto once =
      run_pipkit(kRun + "-o - " + kCase + "intake.yaml", dir.path());
  const auto twice =
      run_pipkit(kRun + "-o - " + kCase + "intake.yaml", dir.path());
  CHECK(once.status == 0);
  CHECK(once.err.empty());
  CHECK(once.out == expected_plan());
  CHECK(twice.out == once.out);
  CHECK_FALSE(exists(dir, kCase + "pip.yaml"));
}

TEST_CASE("build-pip never overwrites a plan unless --force, and keeps it") {
  TempDir dir;
  make_caseload(dir);
  dir.write(kCase + "pip.yaml", "# het plan van de consulent\n");
  const auto refused = run_pipkit(kRun + kCase + "intake.yaml", dir.path());
  CHECK(refused.status == 1);
  CHECK(refused.err == "pipkit: error: '" + kCase +
                           "pip.yaml' exists already and build-pip "
                           "overwrites no plan; choose another file with -o, "
                           "or replace it with --force (the old plan is "
                           "kept)\n");
  CHECK(slurp(dir.path() + "/" + kCase + "pip.yaml") ==
        "# het plan van de consulent\n");
  CHECK_FALSE(exists(dir, kCase + "pip.yaml.bak"));

  const auto forced =
      run_pipkit(kRun + "--force " + kCase + "intake.yaml", dir.path());
  CHECK(forced.status == 0);
  CHECK(forced.err.find("pipkit: the old plan is kept in '" + kCase +
                        "pip.yaml.bak'\n") != std::string::npos);
  CHECK(slurp(dir.path() + "/" + kCase + "pip.yaml.bak") ==
        "# het plan van de consulent\n");
  CHECK(slurp(dir.path() + "/" + kCase + "pip.yaml") == expected_plan());

  // A second --force keeps the first backup too, as new-intake does.
  const auto again =
      run_pipkit(kRun + "--force " + kCase + "intake.yaml", dir.path());
  CHECK(again.status == 0);
  CHECK(slurp(dir.path() + "/" + kCase + "pip.yaml.bak") ==
        "# het plan van de consulent\n");
  CHECK(slurp(dir.path() + "/" + kCase + "pip.yaml.bak.2") == expected_plan());
}

TEST_CASE("build-pip -o FILE names the intake relative to the plan") {
  TempDir dir;
  make_caseload(dir);
  dir.write("caseload/concepten/.keep", "");
  const auto r = run_pipkit(
      kRun + "-o caseload/concepten/tesfay.yaml " + kCase + "intake.yaml",
      dir.path());
  CHECK(r.status == 0);
  CHECK(slurp(dir.path() + "/caseload/concepten/tesfay.yaml") ==
        expected_plan("../cases/AAL-2026-0057/intake.yaml"));
}

TEST_CASE("build-pip reads a caseload's own rules beside pipkit.yaml") {
  TempDir dir;
  make_caseload(dir);
  const std::string own = pipkit::test::changed(
      read_fixture("templates/build-pip.yaml"), "titel: \"Taalmaatje\"",
      "titel: \"Taalmaatje van het Taalhuis\"");
  dir.write("caseload/build-pip.yaml", own);
  const auto r = run_pipkit(kRun + "-o - " + kCase + "intake.yaml", dir.path());
  CHECK(r.status == 0);
  CHECK(r.out.find("titel: \"Taalmaatje van het Taalhuis\"") !=
        std::string::npos);
  const auto shipped =
      run_pipkit(kRun + "-o - --rules " + std::string(PIPKIT_SOURCE_DIR) +
                     "/templates/build-pip.yaml " + kCase + "intake.yaml",
                 dir.path());
  CHECK(shipped.out == expected_plan());
  // The rules file is no case file: validate passes the caseload.
  CHECK(run_pipkit("validate caseload", dir.path()).status == 0);
}

TEST_CASE("build-pip refuses what it cannot draft from, saying why") {
  TempDir dir;
  make_caseload(dir);
  dir.write("bad-rules.yaml", "soort: pip\nversie: 1\n");
  const auto rules = run_pipkit(
      kRun + "--rules bad-rules.yaml " + kCase + "intake.yaml", dir.path());
  CHECK(rules.status == 2);
  CHECK(rules.err ==
        "pipkit: error: bad-rules.yaml:1:8: this is not a build-pip rules "
        "file; it starts with 'soort: build-pip'\n");

  dir.write("plan/pip.yaml",
            read_fixture("examples/cases/AAL-2026-0057/pip.yaml"));
  const auto plan = run_pipkit(kRun + "-o - plan/pip.yaml", dir.path());
  CHECK(plan.status == 2);
  CHECK(plan.err ==
        "pipkit: error: 'plan/pip.yaml' is not an intake; build-pip drafts a "
        "plan from a file with 'soort: intake'\n");

  const std::string intake =
      read_fixture("examples/cases/AAL-2026-0057/intake.yaml");
  dir.write("kapot/intake.yaml",
            pipkit::test::changed(intake, "afgerond: 2026-11-10",
                                  "afgerond: 2026-11-31"));
  const auto broken = run_pipkit(kRun + "-o - kapot/intake.yaml", dir.path());
  CHECK(broken.status == 1);
  CHECK(broken.out.empty());
  CHECK(broken.err.find("kapot/intake.yaml:40:13: error: '2026-11-31' is "
                        "not a date that exists [PK103]") != std::string::npos);
  CHECK(broken.err.find("pipkit: error: the intake 'kapot/intake.yaml' has "
                        "errors; fix them, then draft the plan\n") !=
        std::string::npos);

  dir.write("zonder/intake.yaml",
            pipkit::test::changed(intake, "  leerroute: z\n", ""));
  const auto no_route = run_pipkit(kRun + "zonder/intake.yaml", dir.path());
  CHECK(no_route.status == 1);
  CHECK(no_route.err ==
        "pipkit: error: the intake has no advies.leerroute; the plan follows "
        "the advised leerroute, so fill in the advice first\n");
  CHECK_FALSE(exists(dir, "zonder/pip.yaml"));

  const auto date = run_pipkit(
      "build-pip --lang en --date 2026-02-30 " + kCase + "intake.yaml",
      dir.path());
  CHECK(date.status == 2);
}
