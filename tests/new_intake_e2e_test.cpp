// SPDX-License-Identifier: EUPL-1.2
// pipkit new-intake end to end: a valid draft, never an overwrite.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>

#include "case_file.hpp"
#include "e2e.hpp"
#include "schema.hpp"

namespace fs = std::filesystem;
using pipkit::Date;
using pipkit::test::run_pipkit;
using pipkit::test::slurp;
using pipkit::test::TempDir;

namespace {

const std::string kIntake = "cases/AAL-2026-0042/intake.yaml";

// A caseload under wi2021 with a default consultant.
void make_caseload(const TempDir& dir, const std::string& beleid = "wi2021") {
  const auto r = run_pipkit(
      "init --gemeente Aalten --consulent 'J. de Vries' "
      "--no-input --beleid " +
          beleid,
      dir.path());
  REQUIRE(r.status == 0);
}

std::string file_in(const TempDir& dir, const std::string& relative) {
  return (fs::path(dir.path()) / relative).string();
}

pipkit::Intake read_intake(const TempDir& dir, const std::string& relative) {
  const std::string path = file_in(dir, relative);
  const pipkit::CaseFile file = pipkit::check_case_file(path, slurp(path));
  REQUIRE(file.intake);
  return *file.intake;
}

std::set<std::string> all_paths(const TempDir& dir) {
  std::set<std::string> out;
  for (const auto& entry : fs::recursive_directory_iterator(dir.path())) {
    out.insert(fs::relative(entry.path(), dir.path()).string());
  }
  return out;
}

}  // namespace

TEST_CASE("new-intake writes an intake that validate passes with warnings") {
  TempDir dir;
  make_caseload(dir);
  const auto r = run_pipkit(
      "new-intake AAL-2026-0042 --naam 'Sara Ahmadi' --nieuwkomer "
      "--doelgroep asielstatushouder --aanmelding 2026-09-01 "
      "--kennisgeving 2026-09-03 --geboortedatum 1991-04-12 "
      "--today 2026-09-10 --no-input",
      dir.path());
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(r.out ==
        "created: cases/AAL-2026-0042/intake.yaml\n"
        "deadline: PIP decided by 2026-11-12\n");

  const std::string text = slurp(file_in(dir, kIntake));
  CHECK(text.find("\n# Termijn: PIP vastgesteld uiterlijk donderdag "
                  "2026-11-12 (beleid wi2021).\n") != std::string::npos);
  // Placeholders are left only in the template's header comment.
  CHECK(text.find("{{", text.find("\nsoort: intake\n")) == std::string::npos);
  const pipkit::Intake intake = read_intake(dir, kIntake);
  CHECK(intake.klantcode == "AAL-2026-0042");
  CHECK(intake.voornamen == "Sara");
  CHECK(intake.achternaam == "Ahmadi");
  CHECK(intake.doelgroep == "asielstatushouder");
  CHECK(intake.nieuwkomer == true);
  CHECK(intake.gemeente == "Aalten");
  CHECK(intake.consulent == "J. de Vries");
  CHECK(intake.geboortedatum == Date{1991, 4, 12});
  CHECK(intake.aanmelding == Date{2026, 9, 1});
  CHECK(intake.kennisgeving == Date{2026, 9, 3});
  CHECK_FALSE(intake.oproep);

  const auto check = run_pipkit("validate " + kIntake, dir.path());
  CHECK(check.status == 0);
  CHECK(check.out.find("1 file checked: 0 errors, ") != std::string::npos);
  CHECK(check.out.find(" 0 warnings") == std::string::npos);
  CHECK(run_pipkit("validate --strict " + kIntake, dir.path()).status == 1);
}

TEST_CASE("new-intake counts the deadline under the caseload's own beleid") {
  TempDir dir;
  make_caseload(dir, "pilot");
  const auto r = run_pipkit(
      "new-intake AAL-2026-0042 --nieuwkomer --aanmelding 2026-09-01 "
      "--today 2026-10-20 --no-input",
      dir.path());
  CHECK(r.status == 0);
  CHECK(r.out ==
        "created: cases/AAL-2026-0042/intake.yaml\n"
        "deadline: intake and PIP done by 2026-10-13\n"
        "note: this deadline has passed already\n");
}

TEST_CASE("new-intake says which date the deadline still needs") {
  TempDir dir;
  make_caseload(dir);
  const auto r = run_pipkit("new-intake AAL-2026-0042 --no-input", dir.path());
  CHECK(r.status == 0);
  CHECK(r.out ==
        "created: cases/AAL-2026-0042/intake.yaml\n"
        "deadline: cannot be computed yet; see the comment in the intake\n");
  CHECK(slurp(file_in(dir, kIntake))
            .find("\n# Termijn intake en PIP (beleid wi2021): nog niet te "
                  "berekenen. Vul\n# traject.kennisgeving") !=
        std::string::npos);
  CHECK(run_pipkit("validate " + kIntake, dir.path()).status == 0);
}

TEST_CASE("new-intake finds the caseload from a subfolder or from --dir") {
  TempDir dir;
  make_caseload(dir);
  dir.write("cases/notes/x.txt", "");
  const auto below =
      run_pipkit("new-intake K1 --no-input", file_in(dir, "cases/notes"));
  CHECK(below.status == 0);
  CHECK(below.out.rfind("created: ../../cases/K1/intake.yaml\n", 0) == 0);
  CHECK(fs::exists(file_in(dir, "cases/K1/intake.yaml")));

  TempDir elsewhere;
  const auto from_dir =
      run_pipkit("new-intake K2 --no-input --dir " +
                     pipkit::test::shell_quote(file_in(dir, "cases")),
                 elsewhere.path());
  CHECK(from_dir.status == 0);
  CHECK(fs::exists(file_in(dir, "cases/K2/intake.yaml")));

  const auto none = run_pipkit("new-intake K3 --no-input", elsewhere.path());
  CHECK(none.status == 2);
  CHECK(none.err ==
        "pipkit: error: no caseload found: there is no pipkit.yaml in '.' or "
        "a folder above it; create one with pipkit init or give --dir\n");
}

TEST_CASE("an existing intake is never overwritten") {
  TempDir dir;
  make_caseload(dir);
  dir.write(kIntake, "mine\n");
  const auto r = run_pipkit("new-intake AAL-2026-0042 --no-input", dir.path());
  CHECK(r.status == 1);
  CHECK(r.out.empty());
  CHECK(r.err ==
        "pipkit: error: 'cases/AAL-2026-0042/intake.yaml' exists already and "
        "is left as it is; use --force to replace it (the old file is "
        "kept)\n");
  CHECK(slurp(file_in(dir, kIntake)) == "mine\n");
  CHECK_FALSE(fs::exists(file_in(dir, kIntake + ".bak")));
}

TEST_CASE("--force replaces an intake and keeps every old one") {
  TempDir dir;
  make_caseload(dir);
  dir.write(kIntake, "first\n");
  const auto once =
      run_pipkit("new-intake AAL-2026-0042 --force --no-input", dir.path());
  CHECK(once.status == 0);
  CHECK(once.out.find("the old file is kept as: " + kIntake + ".bak\n") !=
        std::string::npos);
  CHECK(slurp(file_in(dir, kIntake + ".bak")) == "first\n");
  const std::string made = slurp(file_in(dir, kIntake));
  CHECK(read_intake(dir, kIntake).klantcode == "AAL-2026-0042");

  const auto twice = run_pipkit(
      "new-intake AAL-2026-0042 --force --no-input --naam X", dir.path());
  CHECK(twice.status == 0);
  CHECK(slurp(file_in(dir, kIntake + ".bak")) == "first\n");
  CHECK(slurp(file_in(dir, kIntake + ".bak.2")) == made);
  CHECK(read_intake(dir, kIntake).achternaam == "X");
  // Backups do not end in .yaml, so validate leaves them alone.
  CHECK(run_pipkit("validate", dir.path()).status == 0);
}

TEST_CASE("a klantcode that is no safe folder name is refused") {
  const std::string rows[] = {"../x",     "a/b", "",  std::string(41, 'A'),
                              "\xC3\xA9", "a b", ".", "..",
                              "K1\n"};
  for (const std::string& code : rows) {
    CAPTURE(code);
    TempDir dir;
    make_caseload(dir);
    const auto before = all_paths(dir);
    const auto r = run_pipkit(
        "new-intake --no-input -- " + pipkit::test::shell_quote(code),
        dir.path());
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("pipkit: error: klantcode '", 0) == 0);
    CHECK(r.err.find("' cannot be a folder name: use 1 to 40 letters, "
                     "digits, '-' or '_'; nothing was written\n") !=
          std::string::npos);
    CHECK(all_paths(dir) == before);
  }
}

TEST_CASE("the refusal shows a klantcode's control characters escaped") {
  TempDir dir;
  make_caseload(dir);
  const auto r = run_pipkit(
      "new-intake --no-input -- \"$(printf 'a\\033[31m')\"", dir.path());
  CHECK(r.status == 2);
  CHECK(r.err ==
        "pipkit: error: klantcode 'a\\e[31m' cannot be a folder name: use 1 "
        "to 40 letters, digits, '-' or '_'; nothing was written\n");
}

TEST_CASE("a klantcode of 40 characters is accepted") {
  TempDir dir;
  make_caseload(dir);
  const std::string code(40, 'A');
  CHECK(run_pipkit("new-intake --no-input " + code, dir.path()).status == 0);
  CHECK(fs::exists(file_in(dir, "cases/" + code + "/intake.yaml")));
}

TEST_CASE("-o - writes the intake to standard output and nothing to disk") {
  TempDir dir;
  make_caseload(dir);
  const auto before = all_paths(dir);
  const auto r = run_pipkit(
      "new-intake AAL-2026-0042 -o - --no-input --kennisgeving 2026-09-03 "
      "--today 2026-09-10",
      dir.path());
  CHECK(r.status == 0);
  CHECK(r.out.rfind("# Brede intake", 0) == 0);
  CHECK(r.out.find("  klantcode: \"AAL-2026-0042\"\n") != std::string::npos);
  CHECK(r.err == "deadline: PIP decided by 2026-11-12\n");
  CHECK(all_paths(dir) == before);
  const auto check = pipkit::check_case_file(kIntake, r.out);
  CHECK(pipkit::count_severity(check.diagnostics, pipkit::Severity::kError) ==
        0);
}

TEST_CASE("-o FILE writes there, and never over an existing file") {
  TempDir dir;
  make_caseload(dir);
  CHECK(
      run_pipkit("new-intake K1 -o draft.yaml --no-input", dir.path()).status ==
      0);
  CHECK(slurp(file_in(dir, "draft.yaml")).find("klantcode: \"K1\"") !=
        std::string::npos);
  CHECK(
      run_pipkit("new-intake K1 -o draft.yaml --no-input", dir.path()).status ==
      1);
}

TEST_CASE("names with quotes, colons and hashes stay inside their strings") {
  TempDir dir;
  make_caseload(dir);
  const auto r = run_pipkit(
      "new-intake AAL-2026-0042 --no-input --naam "
      "'O'\"'\"'Brien: \"Jr\" # x, Sara' --consulent 'A: \"B\"'",
      dir.path());
  CHECK(r.status == 0);
  const pipkit::Intake intake = read_intake(dir, kIntake);
  CHECK(intake.achternaam == "O'Brien: \"Jr\" # x");
  CHECK(intake.voornamen == "Sara");
  CHECK(intake.consulent == "A: \"B\"");
  CHECK(run_pipkit("validate " + kIntake, dir.path()).status == 0);
}

TEST_CASE("a date that does not exist is refused before anything is written") {
  TempDir dir;
  make_caseload(dir);
  const auto r = run_pipkit(
      "new-intake AAL-2026-0042 --no-input --kennisgeving 2026-02-30",
      dir.path());
  CHECK(r.status == 2);
  CHECK(r.err ==
        "pipkit: error: --kennisgeving '2026-02-30' is not a date that "
        "exists; write YYYY-MM-DD\n");
  CHECK_FALSE(fs::exists(file_in(dir, "cases/AAL-2026-0042")));
}

TEST_CASE("--no-input never asks, even with answers waiting") {
  TempDir dir;
  make_caseload(dir);
  const auto r = run_pipkit("new-intake AAL-2026-0042 --no-input", dir.path(),
                            "Sara Ahmadi\nasielstatushouder\nja\n");
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(read_intake(dir, kIntake).voornamen.empty());
}

TEST_CASE("--interactive asks the essentials, again after a bad answer") {
  TempDir dir;
  const auto init = run_pipkit("init --no-input --gemeente Aalten", dir.path());
  REQUIRE(init.status == 0);
  const auto r = run_pipkit(
      "new-intake AAL-2026-0042 --interactive --today 2026-09-10", dir.path(),
      "Sara Ahmadi\nstatushouder\nasielstatushouder\nmisschien\nja\n"
      "2026-09-01\n2026-02-30\n2026-09-03\nJ. de Vries\n");
  CHECK(r.status == 0);
  CHECK(r.err ==
        "Name of the client (given names and surname): "
        "Target group (asielstatushouder, gezinsmigrant or overig): "
        "  choose asielstatushouder, gezinsmigrant or overig\n"
        "Target group (asielstatushouder, gezinsmigrant or overig): "
        "Newcomer, just from the asylum centre? (yes or no): "
        "  answer yes or no\n"
        "Newcomer, just from the asylum centre? (yes or no): "
        "Date of registration with the municipality (YYYY-MM-DD): "
        "Date of DUO's notice (YYYY-MM-DD): "
        "  '2026-02-30' is not a date that exists; write YYYY-MM-DD\n"
        "Date of DUO's notice (YYYY-MM-DD): "
        "Name of the consultant: ");
  CHECK(r.out ==
        "created: cases/AAL-2026-0042/intake.yaml\n"
        "deadline: PIP decided by 2026-11-12\n");
  const pipkit::Intake intake = read_intake(dir, kIntake);
  CHECK(intake.voornamen == "Sara");
  CHECK(intake.achternaam == "Ahmadi");
  CHECK(intake.doelgroep == "asielstatushouder");
  CHECK(intake.nieuwkomer == true);
  CHECK(intake.aanmelding == Date{2026, 9, 1});
  CHECK(intake.kennisgeving == Date{2026, 9, 3});
  CHECK(intake.consulent == "J. de Vries");
}

TEST_CASE("--interactive asks only what the options left open") {
  TempDir dir;
  make_caseload(dir);
  const auto r = run_pipkit(
      "new-intake AAL-2026-0042 --interactive --naam 'Sara Ahmadi' "
      "--gevestigd --kennisgeving 2026-09-03",
      dir.path(), "\n\n");
  CHECK(r.status == 0);
  CHECK(r.err ==
        "Target group (asielstatushouder, gezinsmigrant or overig): "
        "Date of registration with the municipality (YYYY-MM-DD): ");
  const pipkit::Intake intake = read_intake(dir, kIntake);
  CHECK(intake.doelgroep.empty());
  CHECK(intake.nieuwkomer == false);
  CHECK_FALSE(intake.aanmelding);
}

TEST_CASE("questions stop at the end of the answers") {
  TempDir dir;
  make_caseload(dir);
  const auto r = run_pipkit("new-intake AAL-2026-0042 --interactive",
                            dir.path(), "Sara Ahmadi\n");
  CHECK(r.status == 0);
  CHECK(r.err ==
        "Name of the client (given names and surname): "
        "Target group (asielstatushouder, gezinsmigrant or overig): \n");
  CHECK(read_intake(dir, kIntake).achternaam == "Ahmadi");
}

namespace {

// A small template of the caseload's own: every leefgebied, few keys.
std::string own_template(const std::string& extra = "") {
  std::string text =
      "soort: intake\n"
      "versie: 1\n"
      "# {{deadline_comment}}\n"
      "klant:\n"
      "  klantcode: \"{{klantcode}}\"   # eigen sjabloon\n"
      "  achternaam: \"{{achternaam}}\"\n" +
      extra +
      "traject:\n"
      "  kennisgeving: \"{{kennisgeving}}\"\n"
      "leefgebieden:\n";
  for (const std::string& key : pipkit::leefgebied_keys()) {
    text += "  " + key + ": { bevindingen: \"\" }\n";
  }
  return text;
}

}  // namespace

TEST_CASE("a caseload's own templates/intake.yaml.in overrides the shipped") {
  TempDir dir;
  make_caseload(dir);
  dir.write("templates/intake.yaml.in", own_template());
  const auto r = run_pipkit(
      "new-intake AAL-2026-0042 --no-input --naam 'de Vries' "
      "--kennisgeving 2026-09-12 --today 2026-09-14",
      dir.path());
  CHECK(r.status == 0);
  CHECK(r.out ==
        "created: cases/AAL-2026-0042/intake.yaml\n"
        "deadline: PIP decided by 2026-11-23\n");
  CHECK(
      slurp(file_in(dir, kIntake))
          .rfind(
              "soort: intake\n"
              "versie: 1\n"
              "# Termijn: PIP vastgesteld uiterlijk maandag 2026-11-23 (beleid "
              "wi2021).\n"
              "# PIP vastgesteld binnen 10 weken na de kennisgeving van DUO "
              "(Besluit\n"
              "# inburgering 2021).\n"
              "# De Algemene termijnenwet verschoof de termijn van zaterdag "
              "2026-11-21\n"
              "# (zaterdag, zondag).\n"
              "# Berekend bij het aanmaken; pipkit deadlines rekent opnieuw "
              "als "
              "datums\n"
              "# veranderen.\n"
              "klant:\n"
              "  klantcode: \"AAL-2026-0042\"   # eigen sjabloon\n"
              "  achternaam: \"de Vries\"\n"
              "traject:\n"
              "  kennisgeving: 2026-09-12\n",
              0) == 0);
  CHECK(run_pipkit("validate", dir.path()).status == 0);
}

TEST_CASE("a template with an unknown placeholder is refused") {
  TempDir dir;
  make_caseload(dir);
  dir.write("templates/intake.yaml.in",
            own_template("  organisatie: \"{{organisatie}}\"\n"));
  const auto r = run_pipkit("new-intake AAL-2026-0042 --no-input", dir.path());
  CHECK(r.status == 2);
  CHECK(r.err ==
        "pipkit: error: templates/intake.yaml.in:7: unknown placeholder "
        "'{{organisatie}}'; use one of: klantcode, aanmelding, kennisgeving, "
        "vestiging, oproep, doelgroep, nieuwkomer, consulent, voornamen, "
        "achternaam, geboortedatum, gemeente, deadline_comment\n");
  CHECK_FALSE(fs::exists(file_in(dir, "cases/AAL-2026-0042")));
}

TEST_CASE("a template that gives an invalid intake writes nothing") {
  TempDir dir;
  make_caseload(dir);
  dir.write("templates/intake.yaml.in", own_template("  geslacht: vrouw\n"));
  const auto r = run_pipkit("new-intake AAL-2026-0042 --no-input", dir.path());
  CHECK(r.status == 1);
  CHECK(r.out.empty());
  // Line 7 of the template is line 9 of the intake: the deadline comment
  // took three lines.
  CHECK(r.err.find("cases/AAL-2026-0042/intake.yaml:9:13: error: 'vrouw' "
                   "is not a valid value for 'geslacht'; choose from v, m, "
                   "x, onbekend [PK102]\n") != std::string::npos);
  CHECK(r.err.find("pipkit: error: the template 'templates/intake.yaml.in' "
                   "gives an intake with errors (above); fix the template; "
                   "nothing was written\n") != std::string::npos);
  CHECK_FALSE(fs::exists(file_in(dir, "cases/AAL-2026-0042")));
}

TEST_CASE("PIPKIT_DATA_DIR names the folder of the shipped data") {
  TempDir data;
  data.write("intake.yaml.in", own_template());
  data.write("gelijkgestelde_dagen.yaml",
             pipkit::test::slurp(std::string(PIPKIT_SOURCE_DIR) +
                                 "/templates/gelijkgestelde_dagen.yaml"));
  TempDir dir;
  make_caseload(dir);
  const std::string env =
      "PIPKIT_DATA_DIR=" + pipkit::test::shell_quote(data.path()) + " ";
  const auto r = pipkit::test::run_shell(
      env + pipkit::test::pipkit_command("new-intake K1 --no-input"),
      dir.path());
  CHECK(r.status == 0);
  CHECK(slurp(file_in(dir, "cases/K1/intake.yaml")).find("# eigen sjabloon") !=
        std::string::npos);

  TempDir empty;
  const auto missing = pipkit::test::run_shell(
      "PIPKIT_DATA_DIR=" + pipkit::test::shell_quote(empty.path()) + " " +
          pipkit::test::pipkit_command("new-intake K2 --no-input"),
      dir.path());
  CHECK(missing.status == 2);
  CHECK(missing.err ==
        "pipkit: error: 'gelijkgestelde_dagen.yaml' not found in '" +
            empty.path() +
            "'; check the installation or set PIPKIT_DATA_DIR\n");
  CHECK_FALSE(fs::exists(file_in(dir, "cases/K2")));
}
