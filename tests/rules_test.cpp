// SPDX-License-Identifier: EUPL-1.2
// Content rules on small inline intakes and plans, each failing and passing.
#include <doctest/doctest.h>

#include "case_file.hpp"
#include "test_support.hpp"

using pipkit::check_case_file;
using pipkit::Severity;
using pipkit::test::describe_all;
using pipkit::test::holds;

namespace {

// A minimal valid intake: every leefgebied, one line each.
std::string intake(const std::string& klant, const std::string& extra = "") {
  std::string text = "soort: intake\nversie: 1\nklant:\n" + klant +
                     "leefgebieden:\n";
  for (const char* key :
       {"leerbaarheid", "opleiding", "werkervaring", "praktische_competenties",
        "werknemersvaardigheden", "taalniveau", "motivatie_interesses",
        "zelfredzaamheid", "digitale_vaardigheden", "gezinssituatie",
        "fysieke_gezondheid", "mentale_gezondheid", "sociaal_netwerk"}) {
    text += std::string("  ") + key + ": { bevindingen: \"besproken\" }\n";
  }
  return text + extra;
}

}  // namespace

TEST_CASE("a complete minimal intake has no findings") {
  const auto file = check_case_file(
      "cases/AAL-1/intake.yaml", intake("  klantcode: \"AAL-1\"\n"));
  CAPTURE(describe_all(file.diagnostics));
  CHECK(file.diagnostics.empty());
}

TEST_CASE("a BSN that fails the elfproef is an error that does not repeat it") {
  const auto file = check_case_file(
      "i.yaml", intake("  klantcode: \"AAL-1\"\n  bsn: \"999996709\"\n"));
  CHECK(holds(file.diagnostics,
              {"PK200", Severity::kError, {5, 8}, "klant.bsn",
               {"", "the BSN fails the elfproef; check the nine digits (an "
                    "eight-digit BSN gets a leading zero)"}}));
}

TEST_CASE("klantcode must equal its folder under cases/") {
  const auto file = check_case_file(
      "x/cases/AAL-2/intake.yaml", intake("  klantcode: \"AAL-1\"\n"));
  CHECK(holds(file.diagnostics,
              {"PK204", Severity::kError, {4, 14}, "klant.klantcode",
               {"", "klantcode 'AAL-1' differs from its folder 'AAL-2'; "
                    "rename the folder or correct the klantcode"}}));
}

TEST_CASE("a missing leefgebied is named") {
  std::string text = intake("  klantcode: \"AAL-1\"\n");
  const auto at = text.find("  sociaal_netwerk");
  text.erase(at, text.find('\n', at) - at + 1);
  const auto file = check_case_file("i.yaml", text);
  CHECK(holds(file.diagnostics,
              {"PK300", Severity::kError, {5, 1}, "leefgebieden",
               {"leefgebied 'sociaal_netwerk' (Sociaal netwerk) ontbreekt; "
                "leg vast wat het gesprek hierover opleverde",
                "leefgebied 'sociaal_netwerk' (Sociaal netwerk) is missing; "
                "record what the conversation found on it"}}));
}

TEST_CASE("an unknown key is a warning with a suggestion") {
  const auto file = check_case_file(
      "i.yaml", intake("  klantcode: \"AAL-1\"\n  voornamn: \"Sara\"\n"));
  CHECK(holds(file.diagnostics,
              {"PK106", Severity::kWarning, {5, 3}, "klant.voornamn",
               {"onbekende sleutel 'voornamn'; bedoelt u 'voornamen'?",
                "unknown key 'voornamn'; did you mean 'voornamen'?"}}));
}

TEST_CASE("an enumeration value in the wrong case gets the right spelling") {
  const auto file = check_case_file(
      "i.yaml", intake("  klantcode: \"AAL-1\"\n",
                       "advies:\n  leerroute: B1\n"));
  CHECK(holds(file.diagnostics,
              {"PK102", Severity::kError, {20, 14}, "advies.leerroute",
               {"", "'B1' is not a valid value for 'leerroute'; did you "
                    "mean 'b1'?"}}));
}

TEST_CASE("dates out of order and impossible dates") {
  const auto file = check_case_file(
      "i.yaml", intake("  klantcode: \"AAL-1\"\n",
                       "traject:\n  aanmelding: 2026-09-01\n"
                       "  afgerond: 2026-08-01\n"));
  CHECK(holds(file.diagnostics,
              {"PK210", Severity::kError, {21, 13}, "traject.afgerond",
               {"", "'afgerond' (2026-08-01) is before 'aanmelding' "
                    "(2026-09-01); check both dates"}}));
}

TEST_CASE("ZRM scores must be 1 to 5 and domains of the 2017 version") {
  std::string text = intake("  klantcode: \"AAL-1\"\n");
  const std::string old =
      "  zelfredzaamheid: { bevindingen: \"besproken\" }\n";
  text.replace(text.find(old), old.size(),
               "  zelfredzaamheid:\n    bevindingen: \"x\"\n    zrm:\n"
               "      versie: 2017\n      scores: { financien: 6, "
               "finance: 3 }\n");
  const auto file = check_case_file("i.yaml", text);
  CAPTURE(describe_all(file.diagnostics));
  CHECK(holds(file.diagnostics,
              {"PK105", Severity::kError, {17, 28}, 
               "leefgebieden.zelfredzaamheid.zrm.scores.financien",
               {"", "'leefgebieden.zelfredzaamheid.zrm.scores.financien' "
                    "must be a whole number from 1 to 5, not '6'"}}));
  CHECK(holds(file.diagnostics,
              {"PK302", Severity::kError, {15, 5},
               "leefgebieden.zelfredzaamheid.zrm",
               {"", "'finance' is not a domain of the ZRM 2017; did you "
                    "mean 'financien'?"}}));
}

TEST_CASE("a plan goal needs a timeline and a plan needs both parts") {
  const std::string pip =
      "soort: pip\nversie: 1\nklant: { klantcode: \"AAL-1\" }\n"
      "opgesteld: 2026-11-05\nleerroute: b1\ninburgering:\n"
      "  - doelstelling: \"Staatsexamen B1 behalen\"\n"
      "    activiteiten: [\"lessen\"]\n    partij: \"Taalschool\"\n";
  const auto file = check_case_file("p.yaml", pip);
  CAPTURE(describe_all(file.diagnostics));
  CHECK(holds(file.diagnostics,
              {"PK402", Severity::kError, {7, 5}, "inburgering[0]",
               {"", "goal without tijdpad and without start or end date; "
                    "write when it starts and when it is done"}}));
  CHECK(holds(file.diagnostics,
              {"PK100", Severity::kError, {1, 1}, "participatie",
               {"", "required key 'participatie' is missing; add it"}}));
}

TEST_CASE("a plan answers every leefgebied its intake marks actie_nodig") {
  std::string in = intake("  klantcode: \"AAL-1\"\n");
  const std::string old = "  opleiding: { bevindingen: \"besproken\" }";
  in.replace(in.find(old), old.size(),
             "  opleiding: { bevindingen: \"x\", actie_nodig: true }");
  const auto intake_file = check_case_file("cases/AAL-1/intake.yaml", in);
  REQUIRE(intake_file.intake);
  auto plan = check_case_file(
      "cases/AAL-1/pip.yaml",
      "soort: pip\nversie: 1\nklant: { klantcode: \"AAL-1\" }\n"
      "opgesteld: 2026-11-05\nleerroute: b1\ninburgering:\n"
      "  - { doelstelling: \"x\", activiteiten: [a], partij: p, tijdpad: t,"
      " leefgebieden: [taalniveau] }\nparticipatie:\n"
      "  - { doelstelling: \"x\", activiteiten: [a], partij: p, tijdpad: t "
      "}\n");
  pipkit::check_against_intake(plan, &*intake_file.intake, "intake.yaml");
  CHECK(holds(plan.diagnostics,
              {"PK406", Severity::kError, {8, 1}, "participatie",
               {"", "the intake says leefgebied 'opleiding' needs action, but "
                    "no goal names it in 'leefgebieden'; add a goal or refer "
                    "to it from an existing one"}}));
}

TEST_CASE("empty bevindingen is still to do in a draft, an error once done") {
  std::string draft = intake("  klantcode: \"AAL-1\"\n");
  const std::string old = "  leerbaarheid: { bevindingen: \"besproken\" }";
  draft.replace(draft.find(old), old.size(),
                "  leerbaarheid: { bevindingen: \"\" }");
  const auto open = check_case_file("i.yaml", draft);
  CHECK(holds(open.diagnostics,
              {"PK120", Severity::kWarning, {6, 32},
               "leefgebieden.leerbaarheid.bevindingen",
               {"'leefgebieden.leerbaarheid.bevindingen' is nog niet "
                "ingevuld",
                "'leefgebieden.leerbaarheid.bevindingen' is still to be "
                "filled in"}}));
  const auto done = check_case_file(
      "i.yaml", draft + "traject:\n  afgerond: 2026-11-02\n");
  CHECK(holds(done.diagnostics,
              {"PK100", Severity::kError, {6, 32},
               "leefgebieden.leerbaarheid.bevindingen",
               {"'leefgebieden.leerbaarheid.bevindingen' is leeg; vul hem in",
                "'leefgebieden.leerbaarheid.bevindingen' is empty; fill it "
                "in"}}));
}
