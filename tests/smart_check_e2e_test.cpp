// SPDX-License-Identifier: EUPL-1.2
// pipkit smart-check end to end: output, exit codes, settings files.
#include <doctest/doctest.h>

#include <cstdlib>

#include "e2e.hpp"

using pipkit::test::run_pipkit;
using pipkit::test::TempDir;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

const char* const kPlan = R"(soort: pip
versie: 1
klant:
  klantcode: "AAL-1"
opgesteld: 2026-11-02
vastgesteld: 2026-11-09
akkoord:
  klant: 2026-11-02
leerroute: b1
inburgering:
  - titel: "Taal"
    onderdeel: taal
    doelstelling: "Klant haalt het staatsexamen B1"
    activiteiten: ["Lessen volgen"]
    partij: "Taalschool Aalten"
    tijdpad: "Start januari 2027, afronding december 2027"
participatie:
  - titel: "Werk"
    doelstelling: "Klant gaat t.z.t. solliciteren"
    activiteiten: ["Solliciteren"]
    partij: "Klant"
    tijdpad: "Februari t/m juni 2027"
)";

}  // namespace

TEST_CASE("smart-check prints marks, findings and scores per plan") {
  const auto r = run_pipkit(
      "smart-check --lang en --today 2026-12-04 "
      "examples/cases/AAL-2026-0044/pip.yaml");
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(r.out.rfind("examples/cases/AAL-2026-0044/pip.yaml: plan of "
                    "AAL-2026-0044, leerroute z\n"
                    "  S✗ M✓ A✗ R✗ T✓  2/5  inburgering[0] Taal\n"
                    "examples/cases/AAL-2026-0044/pip.yaml:32:20: warning: S: "
                    "'Zo snel mogelijk' is vague; name a date, for example "
                    "'uiterlijk 1 juni 2027' [PK601]\n",
                    0) == 0);
  // The agreement is one finding for the whole plan: shown once.
  const std::string a = "[PK621]";
  CHECK(r.out.find(a) == r.out.rfind(a));
  CHECK(contains(r.out, "  plan score: 1.6 of 5 (7 goals)\n"));
  CHECK(contains(r.out, "1 plan judged, 7 goals, 1.6 of 5 on average\n"));
}

TEST_CASE("smart-check on the examples shows each kind of finding") {
  const auto r = run_pipkit("smart-check --lang nl --today 2026-12-04 "
                            "examples/");
  CHECK(r.status == 0);
  for (const char* rule :
       {"PK601", "PK610", "PK611", "PK621", "PK630", "PK631", "PK632",
        "PK633", "PK634", "PK635", "PK641", "PK642", "PK651", "PK652",
        "PK653"}) {
    CAPTURE(std::string(rule));
    CHECK(contains(r.out, std::string("[") + rule + "]"));
  }
  CHECK(contains(r.out, "4 plannen beoordeeld, 30 doelen, gemiddeld 4,1 van "
                        "5\n"));
}

TEST_CASE("smart-check json has the shape of cli.md") {
  TempDir dir;
  dir.write("cases/AAL-1/pip.yaml", kPlan);
  const auto r = run_pipkit(
      "smart-check --format json --lang en --today 2026-12-04 cases",
      dir.path());
  CHECK(r.status == 0);
  CHECK(r.out.rfind("{\n  \"version\": 1,\n  \"plans\": [\n    {\n"
                    "      \"path\": \"cases/AAL-1/pip.yaml\",\n"
                    "      \"score\": 4.5,\n"
                    "      \"goals\": [\n        {\n"
                    "          \"section\": \"inburgering\",\n"
                    "          \"index\": 0,\n"
                    "          \"titel\": \"Taal\",\n"
                    "          \"tijdpad\": \"Start januari 2027, afronding "
                    "december 2027\",\n"
                    "          \"start\": \"2027-01-01\",\n"
                    "          \"end\": \"2027-12-31\",\n"
                    "          \"criteria\": {\n"
                    "            \"S\": {\n"
                    "              \"pass\": true,\n"
                    "              \"findings\": []\n"
                    "            },\n",
                    0) == 0);
  // The intake is missing: validate's PK404 is shared at plan level.
  CHECK(contains(r.out, "\"rule\": \"PK404\""));
  CHECK(contains(r.out, "          \"score\": 5\n"));
  CHECK(r.out.substr(r.out.size() - 4) == "]\n}\n");
}

TEST_CASE("--min-score fails a run with a goal below it") {
  TempDir dir;
  dir.write("cases/AAL-1/pip.yaml", kPlan);
  // The second goal fails M only ("solliciteren" can't be checked): 4.
  CHECK(run_pipkit("smart-check --today 2026-12-04 --min-score 4 cases",
                   dir.path())
            .status == 0);
  const auto r = run_pipkit(
      "smart-check --lang en --today 2026-12-04 --min-score 5 cases",
      dir.path());
  CHECK(r.status == 1);
  CHECK(contains(r.out, "; 1 goal below --min-score 5\n"));
  CHECK(run_pipkit("smart-check --min-score 6 cases", dir.path()).status ==
        2);
}

TEST_CASE("an unreadable file exits 2 and the other plans are judged") {
  TempDir dir;
  dir.write("cases/AAL-1/pip.yaml", kPlan);
  dir.write("cases/AAL-2/pip.yaml", "soort: [pip\n");
  const auto r = run_pipkit("smart-check --lang en --today 2026-12-04 cases",
                            dir.path());
  CHECK(r.status == 2);
  CHECK(contains(r.err, "cases/AAL-2/pip.yaml:"));
  CHECK(contains(r.out, "cases/AAL-1/pip.yaml: plan of AAL-1"));
  CHECK(run_pipkit("smart-check no/such/plan.yaml").status == 2);
}

TEST_CASE("a caseload's smart.yaml extends the shipped word lists") {
  TempDir dir;
  dir.write("pipkit.yaml",
            "soort: caseload\nversie: 1\ngemeente: \"Aalten\"\n"
            "beleid: wi2021\n");
  dir.write("cases/AAL-1/pip.yaml", kPlan);
  const std::string args = "smart-check --lang en --today 2026-12-04 cases";
  CHECK_FALSE(contains(run_pipkit(args, dir.path()).out, "'t.z.t.'"));
  dir.write("smart.yaml", R"(soort: smart
versie: 1
vaag:
  - woorden: ["t.z.t."]
    voorstel: { nl: "noem een datum", en: "name a date" }
)");
  const auto r = run_pipkit(args, dir.path());
  CHECK(contains(r.out, "cases/AAL-1/pip.yaml:19:31: warning: S: 't.z.t.' "
                        "is vague; name a date [PK601]\n"));
  // validate reads the settings file too and finds nothing wrong.
  CHECK(run_pipkit("validate smart.yaml", dir.path()).status == 0);
  dir.write("smart.yaml", "soort: smart\nversie: 1\nvaag: 3\n");
  const auto broken = run_pipkit(args, dir.path());
  CHECK(broken.status == 2);
  CHECK(contains(broken.err, "smart.yaml:3:7: error: 'vaag' must be a list "
                             "[PK690]"));
  CHECK(broken.out.empty());
}

TEST_CASE("PIPKIT_DATA_DIR names where the shipped smart.yaml is") {
  TempDir dir;
  dir.write("cases/AAL-1/pip.yaml", kPlan);
  ::setenv("PIPKIT_DATA_DIR", "/nonexistent", 1);
  const auto r = run_pipkit("smart-check --lang en cases", dir.path());
  ::unsetenv("PIPKIT_DATA_DIR");
  CHECK(r.status == 2);
  CHECK(contains(r.err, "pipkit: error: 'smart.yaml' not found in "
                        "'/nonexistent'; check the installation or set "
                        "PIPKIT_DATA_DIR\n"));
}

TEST_CASE("smart-check refuses a plan over the goal bound instead of "
          "judging it for minutes") {
  pipkit::test::TempDir dir;
  std::string plan =
      "soort: pip\nversie: 1\nklant: { klantcode: \"A-1\" }\n"
      "opgesteld: 2026-11-05\nleerroute: b1\ninburgering:\n";
  for (int i = 0; i < 51; ++i) {
    plan += "  - { doelstelling: \"B1\", activiteiten: [a], partij: p, "
            "start: 2027-01-01, eind: 2028-01-01, uren_per_week: 1 }\n";
  }
  plan += "participatie:\n  - { doelstelling: \"x\", activiteiten: [a], "
          "partij: p, tijdpad: \"maart 2027\" }\n";
  dir.write("pip.yaml", plan);
  const auto r =
      pipkit::test::run_pipkit("smart-check --lang en pip.yaml", dir.path());
  CHECK(r.status == 2);
  CHECK((r.out + r.err).find("[PK407]") != std::string::npos);
}
