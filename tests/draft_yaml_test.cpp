// SPDX-License-Identifier: EUPL-1.2
// The drafted plan as YAML: its exact layout, every text read back as
// written, the same bytes each time, and validate finds only placeholders.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "draft_samples.hpp"
#include "draft_yaml.hpp"
#include "rules/schema_check.hpp"
#include "smart.hpp"
#include "smart_support.hpp"
#include "tijdpad.hpp"

using pipkit::Date;
using pipkit::DraftGoal;
using pipkit::DraftPlan;
using Words = std::vector<std::string>;

namespace {

DraftGoal goal(const std::string& section, const std::string& titel) {
  DraftGoal g;
  g.goal.section = section;
  g.goal.titel = titel;
  g.goal.status = "gepland";
  return g;
}

DraftPlan small_plan() {
  DraftPlan plan;
  plan.klantcode = "TST-1";
  plan.naam = "Sam Visser";
  plan.intake = "intake.yaml";
  plan.consulent = "K. Kaya";
  plan.leerroute = "b1";
  plan.opgesteld = Date{2026, 12, 1};
  plan.term_start = Date{2026, 12, 2};
  plan.term_end = Date{2029, 12, 1};
  DraftGoal taal = goal("inburgering", "Taal");
  taal.waarom = "advies leerroute: B1-route";
  taal.goal.onderdeel = "taal";
  taal.goal.doelstelling = "Sam haalt B1.";
  taal.goal.activiteiten = {"Lessen"};
  taal.goal.partij = "nog invullen";
  taal.goal.tijdpad = "Januari t/m juni 2027";
  taal.goal.start = Date{2027, 1, 1};
  taal.goal.eind = Date{2027, 6, 30};
  taal.goal.uren_per_week = 12;
  taal.goal.leefgebieden = {"taalniveau"};
  plan.inburgering.push_back(taal);
  DraftGoal werk = goal("participatie", "Vrijwilligerswerk");
  werk.goal.doelstelling =
      "Sam doet elke week 4 uur vrijwilligerswerk bij een organisatie die "
      "past bij de interesses uit de intake, en heeft daarna een verklaring.";
  werk.goal.activiteiten = {"Meewerken"};
  werk.goal.partij = "Sam zelf";
  werk.goal.tijdpad = "Maart 2027";
  werk.goal.start = Date{2027, 3, 1};
  werk.goal.eind = Date{2027, 3, 31};
  werk.goal.uren_per_week = 1.5;
  werk.goal.leefgebieden = {"sociaal_netwerk", "werkervaring"};
  werk.goal.instrumenten = {"vrijwilligerswerk"};
  werk.goal.overige = "Zeg \"ja\"";
  plan.participatie.push_back(werk);
  return plan;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

pipkit::CaseFile check_draft(const std::string& text,
                             const pipkit::Intake& intake,
                             const std::string& klantcode) {
  pipkit::CaseFile file = pipkit::check_case_file(
      "examples/cases/" + klantcode + "/pip.yaml", text);
  pipkit::check_against_intake(file, &intake, intake.path);
  return file;
}

}  // namespace

// Worked out by hand: the fold of the long doelstelling breaks before the
// word that would pass column 80 ("organisatie" would end at 81, and
// "verklaring." at 92).
TEST_CASE("a drafted plan is written key by key in the format's order") {
  const std::string text = pipkit::draft_yaml(small_plan());
  const std::string body = text.substr(text.find("soort: pip"));
  CHECK(body ==
        "soort: pip\n"
        "versie: 1\n"
        "klant:\n"
        "  klantcode: \"TST-1\"\n"
        "  naam: \"Sam Visser\"\n"
        "intake: \"intake.yaml\"\n"
        "consulent: \"K. Kaya\"\n"
        "opgesteld: 2026-12-01\n"
        "vastgesteld: null  # datum van de beschikking\n"
        "# Akkoord: het plan is pas af als de klant ermee instemt (de A van "
        "SMART).\n"
        "# Bespreek het concept met de klant en vul dan beide data in.\n"
        "akkoord:\n"
        "  klant: null\n"
        "  consulent: null\n"
        "leerroute: b1\n"
        "\n"
        "inburgering:\n"
        "  # Waarom: advies leerroute: B1-route\n"
        "  - titel: \"Taal\"\n"
        "    onderdeel: taal\n"
        "    doelstelling: \"Sam haalt B1.\"\n"
        "    activiteiten:\n"
        "      - \"Lessen\"\n"
        "    partij: \"nog invullen\"\n"
        "    tijdpad: \"Januari t/m juni 2027\"\n"
        "    start: 2027-01-01\n"
        "    eind: 2027-06-30\n"
        "    uren_per_week: 12\n"
        "    leefgebieden: [taalniveau]\n"
        "    status: gepland\n"
        "\n"
        "participatie:\n"
        "  - titel: \"Vrijwilligerswerk\"\n"
        "    doelstelling: \"Sam doet elke week 4 uur vrijwilligerswerk bij "
        "een\n"
        "      organisatie die past bij de interesses uit de intake, en heeft "
        "daarna een\n"
        "      verklaring.\"\n"
        "    activiteiten:\n"
        "      - \"Meewerken\"\n"
        "    partij: \"Sam zelf\"\n"
        "    tijdpad: \"Maart 2027\"\n"
        "    start: 2027-03-01\n"
        "    eind: 2027-03-31\n"
        "    uren_per_week: 1.5\n"
        "    instrumenten: [vrijwilligerswerk]\n"
        "    leefgebieden: [sociaal_netwerk, werkervaring]\n"
        "    status: gepland\n"
        "    overige: \"Zeg \\\"ja\\\"\"\n"
        "\n"
        "voortgang: []\n"
        "wijzigingen: []\n");
  std::string header;
  for (const std::string& line :
       lines_of(text.substr(0, text.size() - body.size()))) {
    CHECK(line.rfind("# ", 0) == 0);
    CHECK(line.size() <= 80);
    header += (header.empty() ? "" : " ") + line.substr(2);
  }
  CHECK(header ==
        "Concept-PIP voor TST-1, opgesteld met pipkit build-pip uit "
        "intake.yaml op 2026-12-01. Bespreek het met de klant, vul elke "
        "\"nog invullen\" in en pas aan wat niet past; pipkit validate en "
        "pipkit smart-check wijzen aan wat nog open staat. Geschatte "
        "inburgeringstermijn: 2026-12-02 t/m 2029-12-01, drie jaar vanaf de "
        "dag na de opsteldatum. De termijn begint echt de dag na de "
        "dagtekening van het eerste PIP; de doelen liggen in hele maanden "
        "binnen deze schatting.");
}

// Folding a double-quoted scalar must give back every character: quotes,
// backslashes before spaces, runs of spaces, '#', ': ', line breaks, text
// that is not ASCII and a word longer than a line.
TEST_CASE("every text of a drafted plan reads back exactly as written") {
  const std::string long_word(95, 'x');
  const std::vector<std::string> texts = {
      "Zeg \"ja\" en \"nee\" tegen de keuze",
      "een pad C:\\ map\\ en een slash \\ los in een tekst die lang genoeg is "
      "om te vouwen",
      "twee  spaties  midden  in  een  zin die over de rand van tachtig "
      "tekens heen loopt",
      "# geen commentaar: wel tekst, ook - [x] {y} & *z en | > aan het "
      "begin van de regel",
      "regel een\nregel twee\ttab en een zin die lang genoeg is om te "
      "vouwen op een spatie",
      "Doğan, Ge'ez-schrift, beëdigd vertaler, € 15 en andere tekens die "
      "niet ASCII zijn",
      "kort " + long_word + " eind",
      " begint en eindigt met een spatie ",
  };
  for (const std::string& t : texts) {
    CAPTURE(t);
    DraftPlan plan = small_plan();
    plan.participatie[0].goal.doelstelling = t;
    plan.participatie[0].goal.activiteiten = {t};
    plan.participatie[0].goal.overige = t;
    plan.naam = t;
    const std::string text = pipkit::draft_yaml(plan);
    const pipkit::CaseFile file = pipkit::check_case_file("p.yaml", text);
    REQUIRE(file.pip.has_value());
    const pipkit::Goal& back = file.pip->participatie.at(0);
    CHECK(back.doelstelling == t);
    CHECK(back.activiteiten == std::vector<std::string>{t});
    CHECK(back.overige == t);
    CHECK(file.pip->naam == t);
    for (const std::string& line : lines_of(text)) {
      if (line.find(long_word) != std::string::npos) continue;
      CHECK(line.size() <= 80);
    }
  }
}

TEST_CASE("each example draft has no findings but placeholders to fill in") {
  struct Row {
    std::string klantcode;
    Date date;
    int placeholders;  // partij of every goal that has no party in the rules
  };
  // By hand from the shipped rules: every inburgering goal has no partij;
  // in participatie, diplomawaardering and diploma opvragen have one.
  const Row rows[] = {
      {"AAL-2026-0057", {2026, 12, 1}, 6 + 6},
      {"AAL-2026-0019", {2026, 4, 21}, 3 + 4},
      {"AAL-2026-0044", {2026, 10, 1}, 6 + 6},
      {"AAL-2019-0031", {2020, 1, 28}, 4 + 3},
  };
  const auto rules = pipkit::test::shipped_rules();
  for (const Row& row : rows) {
    CAPTURE(row.klantcode);
    const auto intake = pipkit::test::example_intake(row.klantcode);
    const std::string text = pipkit::draft_yaml(
        pipkit::draft_plan(intake, rules, row.date, "intake.yaml"));
    const pipkit::CaseFile file = check_draft(text, intake, row.klantcode);
    CAPTURE(pipkit::test::describe_all(file.diagnostics));
    CHECK(count_severity(file.diagnostics, pipkit::Severity::kError) == 0);
    CHECK(file.diagnostics.size() ==
          static_cast<std::size_t>(row.placeholders));
    for (const pipkit::Diagnostic& d : file.diagnostics) {
      CHECK(d.rule == "PK120");
      CHECK(d.key.find(".partij") != std::string::npos);
    }
  }
}

TEST_CASE("drafting the same intake twice gives the same bytes") {
  const auto rules = pipkit::test::shipped_rules();
  for (const char* klantcode :
       {"AAL-2026-0057", "AAL-2026-0019", "AAL-2026-0044", "AAL-2019-0031"}) {
    CAPTURE(klantcode);
    const auto once = pipkit::draft_yaml(
        pipkit::draft_plan(pipkit::test::example_intake(klantcode), rules,
                           Date{2026, 12, 1}, "intake.yaml"));
    const auto twice = pipkit::draft_yaml(pipkit::draft_plan(
        pipkit::test::example_intake(klantcode), pipkit::test::shipped_rules(),
        Date{2026, 12, 1}, "intake.yaml"));
    CHECK(once == twice);
  }
}

namespace {

struct Client {
  const char* klantcode;
  Date date;  // the plan's opgesteld, as in the example's own plan
};

constexpr Client kClients[] = {
    {"AAL-2026-0057", {2026, 12, 1}},
    {"AAL-2026-0019", {2026, 4, 21}},
    {"AAL-2026-0044", {2026, 10, 1}},
    {"AAL-2019-0031", {2020, 1, 28}},
};

std::string draft_of(const Client& c) {
  return pipkit::draft_yaml(pipkit::draft_plan(
      pipkit::test::example_intake(c.klantcode),
      pipkit::test::shipped_rules(), c.date, "intake.yaml"));
}

pipkit::PlanVerdict judge(const std::string& text, const Client& c) {
  const auto intake = pipkit::test::example_intake(c.klantcode);
  const pipkit::CaseFile file = check_draft(text, intake, c.klantcode);
  return pipkit::judge_plan(pipkit::SmartInput{
      file, &intake, pipkit::test::shipped_smart_config(), c.date});
}

Words rules_of(const pipkit::CriterionVerdict& verdict) {
  Words out;
  for (const pipkit::Diagnostic& d : verdict.findings) out.push_back(d.rule);
  return out;
}

}  // namespace

// Besides the examples' goals, one of a single month and one from December
// into the next year, the two shapes the examples lack.
TEST_CASE("every drafted tijdpad reads back as exactly its start and eind") {
  const auto rules = pipkit::parse_draft_rules("r.yaml", R"(soort: build-pip
versie: 1
regels:
  - id: een
    deel: inburgering
    wanneer: {}
    doel: { titel: "Een", doelstelling: "x", activiteiten: ["y"] }
    planning: { maanden: 1 }
  - id: twee
    deel: participatie
    wanneer: {}
    doel: { titel: "Twee", doelstelling: "x", activiteiten: ["y"] }
    planning: { maanden: 2 }
vangnet:
  doel: { titel: "V", doelstelling: "x", activiteiten: ["y"] }
  planning: { maanden: 1 }
)");
  const auto plain = pipkit::test::intake_from(pipkit::test::kPlainIntake);
  std::vector<std::pair<DraftPlan, Date>> plans;
  plans.emplace_back(
      pipkit::draft_plan(plain, rules, Date{2026, 11, 2}, "i"),
      Date{2026, 11, 2});
  CHECK(plans.back().first.inburgering[0].goal.tijdpad == "December 2026");
  CHECK(plans.back().first.participatie[0].goal.tijdpad ==
        "December 2026 t/m januari 2027");
  for (const Client& c : kClients) {
    plans.emplace_back(
        pipkit::draft_plan(pipkit::test::example_intake(c.klantcode),
                           pipkit::test::shipped_rules(), c.date,
                           "intake.yaml"),
        c.date);
  }
  for (const auto& [plan, date] : plans) {
    for (const auto* part : {&plan.inburgering, &plan.participatie}) {
      for (const DraftGoal& g : *part) {
        CAPTURE(plan.klantcode);
        CAPTURE(g.goal.tijdpad);
        const auto read = pipkit::parse_tijdpad(g.goal.tijdpad, date);
        CHECK(read.start_date() == g.goal.start);
        CHECK(read.end_date() == g.goal.eind);
        CHECK(read.warnings.empty());
        CHECK(read.not_understood.empty());
      }
    }
  }
}

// What only the consultant knows fails S (a party still 'nog invullen')
// and A (no agreement yet); nothing else may fail, and once both are
// filled in every goal passes all five.
TEST_CASE("drafted goals pass smart-check but for the consultant's part") {
  for (const Client& c : kClients) {
    CAPTURE(c.klantcode);
    const std::string text = draft_of(c);
    const pipkit::PlanVerdict verdict = judge(text, c);
    CHECK(verdict.findings.empty());
    for (const pipkit::GoalVerdict& g : verdict.goals) {
      CAPTURE(g.titel);
      using pipkit::Criterion;
      CHECK(g.at(Criterion::kM).pass());
      CHECK(g.at(Criterion::kR).pass());
      CHECK(g.at(Criterion::kT).pass());
      const auto s = rules_of(g.at(Criterion::kS));
      CHECK((s.empty() || s == Words{"PK120"}));
      CHECK(rules_of(g.at(Criterion::kA)) == Words{"PK620"});
    }
    std::string done = text;
    for (auto at = done.find("\"nog invullen\""); at != std::string::npos;
         at = done.find("\"nog invullen\"")) {
      done.replace(at, 14, "\"Taalhuis Aalten\"");
    }
    const std::string iso = pipkit::to_iso(c.date);
    done = pipkit::test::changed(done, "  klant: null\n  consulent: null\n",
                                 "  klant: " + iso + "\n  consulent: " + iso +
                                     "\n");
    for (const pipkit::GoalVerdict& g : judge(done, c).goals) {
      CAPTURE(g.titel);
      CHECK(g.score() == 5);
    }
  }
}
