// SPDX-License-Identifier: EUPL-1.2
// smart-check tests: small inline plans and intakes, judged with the
// shipped smart.yaml.
#pragma once

#include <doctest/doctest.h>
#include <stdexcept>
#include <string>

#include "case_file.hpp"
#include "smart.hpp"
#include "smart_config.hpp"
#include "test_support.hpp"

namespace pipkit::test {

/// The settings in templates/smart.yaml, read once.
inline const SmartConfig& shipped_smart_config() {
  static const SmartConfig config = [] {
    const Source source("templates/smart.yaml",
                        read_fixture("templates/smart.yaml"));
    const YamlDoc doc = parse_yaml(source);
    SmartConfig read;
    if (!doc.parsed || !read_smart_config(doc.root, read).empty()) {
      throw std::runtime_error("templates/smart.yaml does not read cleanly");
    }
    return read;
  }();
  return config;
}

/// The first eleven lines of every test plan; its goals start on line 12.
/// Decided on 2026-11-09, so the term runs to 2029-11-09.
inline const char* const kPlanHead = R"(soort: pip
versie: 1
klant:
  klantcode: "AAL-1"
  naam: "Test Persoon"
opgesteld: 2026-11-02
vastgesteld: 2026-11-09
akkoord:
  klant: 2026-11-02
leerroute: b1
inburgering:
)";

/// A goal that passes every criterion, for the part a test is not about.
inline const char* const kGoodGoal = R"(  - titel: "Taal"
    onderdeel: taal
    doelstelling: "Klant haalt het staatsexamen B1"
    activiteiten:
      - "Lessen volgen bij de taalschool"
    partij: "Taalschool Aalten"
    start: 2027-01-04
    eind: 2027-12-17
)";

/// Returns a plan: `head` (kPlanHead by default), then the inburgering
/// goals, then `participatie:` and its goals.
inline std::string plan_text(const std::string& inburgering,
                             const std::string& participatie = kGoodGoal,
                             const std::string& head = kPlanHead) {
  return head + inburgering + "participatie:\n" + participatie;
}

/// Returns a complete intake: the leefgebieden written out in `blocks`
/// (YAML indented by two spaces), every other one in one line, then
/// `extra` top-level YAML such as a coa block.
inline std::string intake_text(const std::string& blocks = "",
                               const std::string& extra = "") {
  std::string text =
      "soort: intake\nversie: 1\nklant:\n  klantcode: \"AAL-1\"\n"
      "leefgebieden:\n" +
      blocks;
  for (const char* key :
       {"leerbaarheid", "opleiding", "werkervaring", "praktische_competenties",
        "werknemersvaardigheden", "taalniveau", "motivatie_interesses",
        "zelfredzaamheid", "digitale_vaardigheden", "gezinssituatie",
        "fysieke_gezondheid", "mentale_gezondheid", "sociaal_netwerk"}) {
    if (blocks.find(std::string("  ") + key + ":") != std::string::npos) {
      continue;
    }
    text += std::string("  ") + key + ": { bevindingen: \"besproken\" }\n";
  }
  return text + extra;
}

/// Judges a plan, against an intake when one is given (as validate would
/// compare them), on `today`.
inline PlanVerdict judge_text(
    const std::string& plan, const std::string& intake = "",
    Date today = {2026, 12, 4},
    const SmartConfig& config = shipped_smart_config()) {
  CaseFile file = check_case_file("cases/AAL-1/pip.yaml", plan);
  if (!file.pip) throw std::runtime_error("not a plan:\n" + plan);
  const CaseFile checked_intake =
      check_case_file("cases/AAL-1/intake.yaml", intake);
  const Intake* found =
      checked_intake.intake ? &*checked_intake.intake : nullptr;
  if (!intake.empty()) {
    check_against_intake(file, found, "cases/AAL-1/intake.yaml");
  }
  return judge_plan({file, found, config, today});
}

/// Returns the findings of one criterion of one goal.
inline const Diagnostics& findings_of(const PlanVerdict& plan, std::size_t goal,
                                      Criterion c) {
  return plan.goals.at(goal).at(c).findings;
}

/// Returns the one finding of one criterion of one goal; the test fails
/// when there is none or more than one.
inline Diagnostic sole_finding(const PlanVerdict& plan, std::size_t goal,
                               Criterion c) {
  const Diagnostics& all = findings_of(plan, goal, c);
  CAPTURE(describe_all(all));
  REQUIRE(all.size() == 1);
  return all[0];
}

/// Returns whether any finding has this rule.
inline bool has_rule(const Diagnostics& all, const std::string& rule) {
  for (const Diagnostic& d : all) {
    if (d.rule == rule) return true;
  }
  return false;
}

}  // namespace pipkit::test
