// SPDX-License-Identifier: EUPL-1.2
// pipkit init end to end: what it creates, and what it never touches.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "case_file.hpp"
#include "e2e.hpp"

namespace fs = std::filesystem;
using pipkit::test::run_pipkit;
using pipkit::test::slurp;
using pipkit::test::TempDir;

namespace {

std::string file_in(const TempDir& dir, const std::string& relative) {
  return (fs::path(dir.path()) / relative).string();
}

bool executable(const std::string& path) {
  const auto perms = fs::status(path).permissions();
  return (perms & fs::perms::owner_exec) != fs::perms::none;
}

}  // namespace

TEST_CASE("init creates pipkit.yaml, cases/, .gitattributes and a hook") {
  TempDir dir;
  const auto r = run_pipkit(
      "init cl --gemeente Aalten --beleid pilot --consulent 'J. de Vries' "
      "--no-input",
      dir.path());
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(r.out ==
        "created: cl/pipkit.yaml\n"
        "created: cl/cases/.gitkeep\n"
        "created: cl/.gitattributes\n"
        "created: cl/.githooks/pre-commit\n"
        "turn on the check at every commit with: cd 'cl' && git init && git "
        "config core.hooksPath .githooks\n");
  CHECK(fs::is_directory(file_in(dir, "cl/cases")));
  CHECK(slurp(file_in(dir, "cl/.gitattributes")).find("*.yaml text eol=lf") !=
        std::string::npos);
  const std::string hook = file_in(dir, "cl/.githooks/pre-commit");
  CHECK(slurp(hook).rfind("#!/bin/sh\n", 0) == 0);
  CHECK(executable(hook));

  const std::string settings = file_in(dir, "cl/pipkit.yaml");
  const pipkit::CaseFile file =
      pipkit::check_case_file(settings, slurp(settings));
  CHECK(file.diagnostics.empty());
  REQUIRE(file.caseload);
  CHECK(file.caseload->gemeente == "Aalten");
  CHECK(file.caseload->beleid == "pilot");
  CHECK(file.caseload->consulent == "J. de Vries");

  const auto check = run_pipkit("validate cl", dir.path());
  CHECK(check.status == 0);
  CHECK(check.out == "1 file checked: 0 errors, 0 warnings, 0 infos\n");
}

TEST_CASE("init without answers writes wi2021 and a gemeente to fill in") {
  TempDir dir;
  const auto r = run_pipkit("init --no-input", dir.path());
  CHECK(r.status == 0);
  const std::string settings = file_in(dir, "pipkit.yaml");
  const pipkit::CaseFile file =
      pipkit::check_case_file(settings, slurp(settings));
  REQUIRE(file.caseload);
  CHECK(file.caseload->beleid == "wi2021");
  CHECK(file.caseload->consulent.empty());
  REQUIRE(file.diagnostics.size() == 1);
  CHECK(file.diagnostics[0].rule == "PK120");
  CHECK(file.diagnostics[0].key == "gemeente");
}

TEST_CASE("init refuses an existing caseload and overwrites nothing") {
  TempDir dir;
  dir.write("cl/pipkit.yaml", "soort: caseload\nversie: 1\nbeleid: advies\n");
  const auto again = run_pipkit("init cl --no-input", dir.path());
  CHECK(again.status == 1);
  CHECK(again.out.empty());
  CHECK(again.err ==
        "pipkit: error: 'cl' is a caseload already ('cl/pipkit.yaml' "
        "exists); nothing was changed\n");
  CHECK(slurp(file_in(dir, "cl/pipkit.yaml")) ==
        "soort: caseload\nversie: 1\nbeleid: advies\n");
  CHECK_FALSE(fs::exists(file_in(dir, "cl/cases")));
  CHECK_FALSE(fs::exists(file_in(dir, "cl/.gitattributes")));

  const auto inside = run_pipkit("init cl/cases/sub --no-input", dir.path());
  CHECK(inside.status == 1);
  CHECK(inside.err.find("lies inside the caseload") != std::string::npos);
  CHECK_FALSE(fs::exists(file_in(dir, "cl/cases")));
}

TEST_CASE("init keeps a .gitattributes and a hook that are already there") {
  TempDir dir;
  dir.write(".gitattributes", "* text=auto\n");
  dir.write(".githooks/pre-commit", "#!/bin/sh\nexit 0\n");
  const auto r = run_pipkit("init --gemeente Aalten --no-input", dir.path());
  CHECK(r.status == 0);
  CHECK(r.out.find("existed already, not changed: ./.gitattributes\n") !=
        std::string::npos);
  CHECK(r.out.find("existed already, not changed: ./.githooks/pre-commit\n") !=
        std::string::npos);
  CHECK(slurp(file_in(dir, ".gitattributes")) == "* text=auto\n");
  CHECK(slurp(file_in(dir, ".githooks/pre-commit")) == "#!/bin/sh\nexit 0\n");
  CHECK(fs::exists(file_in(dir, "pipkit.yaml")));
}

TEST_CASE("init asks gemeente, beleid and consulent, again after a bad one") {
  TempDir dir;
  const auto r = run_pipkit("init --interactive", dir.path(),
                            "Aalten\nwi2013\nadvies\nJ. de Vries\n");
  CHECK(r.status == 0);
  CHECK(r.err ==
        "Municipality: "
        "Deadline policy (wi2021, pilot or advies; empty: wi2021): "
        "  choose wi2021, pilot or advies\n"
        "Deadline policy (wi2021, pilot or advies; empty: wi2021): "
        "Name of the consultant (empty: per intake): ");
  const std::string settings = file_in(dir, "pipkit.yaml");
  const auto file = pipkit::check_case_file(settings, slurp(settings));
  REQUIRE(file.caseload);
  CHECK(file.caseload->gemeente == "Aalten");
  CHECK(file.caseload->beleid == "advies");
  CHECK(file.caseload->consulent == "J. de Vries");
}

TEST_CASE("init asks nothing when input is not a terminal") {
  TempDir dir;
  const auto r = run_pipkit("init", dir.path(), "Aalten\n");
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(slurp(file_in(dir, "pipkit.yaml")).find("gemeente: \"nog invullen\"") !=
        std::string::npos);
}

TEST_CASE("init writes a gemeente with quotes and colons as safe YAML") {
  TempDir dir;
  const auto r = run_pipkit(
      "init --no-input --gemeente 'Den \"Haag\": # x' --consulent \"O'Brien\"",
      dir.path());
  CHECK(r.status == 0);
  const std::string settings = file_in(dir, "pipkit.yaml");
  const auto file = pipkit::check_case_file(settings, slurp(settings));
  CHECK(file.diagnostics.empty());
  REQUIRE(file.caseload);
  CHECK(file.caseload->gemeente == "Den \"Haag\": # x");
  CHECK(file.caseload->consulent == "O'Brien");
}

TEST_CASE("the pre-commit hook refuses a commit whose staged files fail") {
  TempDir dir;
  REQUIRE(run_pipkit("init --gemeente Aalten --no-input", dir.path()).status ==
          0);
  REQUIRE(run_pipkit("new-intake K1 --no-input", dir.path()).status == 0);
  const std::string git =
      "LANG=C PIPKIT=" + pipkit::test::shell_quote(PIPKIT_BINARY) +
      " git -c user.name=Test -c user.email=test@example.org ";
  const auto setup = pipkit::test::run_shell(
      git + "init -q && " + git + "config core.hooksPath .githooks && " + git +
          "add -A && " + git + "commit -q -m start",
      dir.path());
  CAPTURE(setup.err);
  REQUIRE(setup.status == 0);
  CHECK(setup.err.empty());

  const std::string intake = file_in(dir, "cases/K1/intake.yaml");
  const std::string good = slurp(intake);
  std::string bad = good;
  const std::string bsn = "bsn: \"\"";
  REQUIRE(bad.find(bsn) != std::string::npos);
  bad.replace(bad.find(bsn), bsn.size(), "bsn: \"123456789\"");
  dir.write("cases/K1/intake.yaml", bad);
  REQUIRE(pipkit::test::run_shell(git + "add -A", dir.path()).status == 0);
  // The working copy is put right but not staged: the hook checks what the
  // commit would hold.
  dir.write("cases/K1/intake.yaml", good);
  const auto refused =
      pipkit::test::run_shell(git + "commit -q -m bad", dir.path());
  CHECK(refused.status != 0);
  // git shows a hook's output on standard error.
  CHECK(refused.err.find("cases/K1/intake.yaml:") != std::string::npos);
  CHECK(refused.err.find("[PK200]") != std::string::npos);
  CHECK(refused.err.find("[PK120]") == std::string::npos);
  CHECK(refused.err.find("pre-commit: fix the errors above and try again") !=
        std::string::npos);

  std::string named = good;
  const std::string voornamen = "voornamen: \"\"";
  REQUIRE(named.find(voornamen) != std::string::npos);
  named.replace(named.find(voornamen), voornamen.size(), "voornamen: \"Sara\"");
  dir.write("cases/K1/intake.yaml", named);
  const auto fixed = pipkit::test::run_shell(
      git + "add -A && " + git + "commit -q -m named", dir.path());
  CAPTURE(fixed.err);
  CHECK(fixed.status == 0);
  CHECK(fixed.err.empty());
}
