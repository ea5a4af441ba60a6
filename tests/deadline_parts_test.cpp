// SPDX-License-Identifier: EUPL-1.2
// The items that follow the plan: term, route switch, conversations, goals.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "deadline_samples.hpp"
#include "deadlines.hpp"

using pipkit::CaseFacts;
using pipkit::Date;
using pipkit::DeadlineItem;
using pipkit::DeadlineKind;
using pipkit::DeadlineStatus;
using pipkit::GoalFacts;
using pipkit::GoalOutcome;
using pipkit::Policy;
using pipkit::PolicyName;
using pipkit::Text;

namespace {

using MaybeDate = std::optional<Date>;
using pipkit::samples::client;
using pipkit::samples::kToday;

std::vector<DeadlineItem> of_kind(const CaseFacts& facts,
                                  const Policy& policy, DeadlineKind kind,
                                  Date today = kToday) {
  return pipkit::samples::items_of_kind(facts, policy, kind, today);
}

std::vector<std::string> keys(const std::vector<DeadlineItem>& items) {
  std::vector<std::string> out;
  for (const auto& item : items) out.push_back(item.klantcode + " " + item.key);
  return out;
}

const Policy kWi2021 = pipkit::preset(PolicyName::kWi2021);

}  // namespace

TEST_CASE("the term ends three years on, on the date of the first plan") {
  struct Row {
    const char* name;
    MaybeDate eerste, vastgesteld, voldaan;
    Date today;
    Date due;
    DeadlineStatus status;
  };
  const Row rows[] = {
      {"plain", {}, Date{2026, 11, 12}, {}, kToday, {2029, 11, 12},
       DeadlineStatus::kOpen},
      {"a Saturday stays: no atw for years", {}, Date{2026, 11, 17}, {},
       kToday, {2029, 11, 17}, DeadlineStatus::kOpen},
      {"a revision does not move it", Date{2026, 11, 12}, Date{2027, 5, 10},
       {}, kToday, {2029, 11, 12}, DeadlineStatus::kOpen},
      {"starts on a leap day", {}, Date{2028, 2, 28}, {}, kToday,
       {2031, 2, 28}, DeadlineStatus::kOpen},
      {"dated on a leap day", {}, Date{2028, 2, 29}, {}, kToday,
       {2031, 2, 28}, DeadlineStatus::kOpen},
      {"fulfilled in time", {}, Date{2026, 11, 12}, Date{2029, 6, 1}, kToday,
       {2029, 11, 12}, DeadlineStatus::kMet},
      {"fulfilled late", {}, Date{2026, 11, 12}, Date{2029, 12, 1}, kToday,
       {2029, 11, 12}, DeadlineStatus::kMetLate},
      {"past the last day", {}, Date{2026, 11, 12}, {}, {2029, 11, 13},
       {2029, 11, 12}, DeadlineStatus::kOverdue},
      {"on the last day", {}, Date{2026, 11, 12}, {}, {2029, 11, 12},
       {2029, 11, 12}, DeadlineStatus::kDueSoon},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    CaseFacts facts = client();
    facts.eerste_vastgesteld = row.eerste;
    facts.vastgesteld = row.vastgesteld;
    facts.inburgering_voldaan = row.voldaan;
    const auto items = of_kind(facts, kWi2021,
                               DeadlineKind::kInburgeringstermijn, row.today);
    REQUIRE(items.size() == 1);
    CHECK(items[0].due == row.due);
    CHECK(items[0].from == (row.eerste ? row.eerste : row.vastgesteld));
    CHECK_FALSE(items[0].moved_from);
    CHECK(items[0].status == row.status);
  }
}

TEST_CASE("the term item says where it comes from and why the atw is out") {
  CaseFacts facts = client();
  facts.vastgesteld = Date{2026, 11, 12};
  const auto items =
      of_kind(facts, kWi2021, DeadlineKind::kInburgeringstermijn);
  REQUIRE(items.size() == 1);
  CHECK(items[0].title ==
        Text{"einde inburgeringstermijn", "end of the integration term"});
  CHECK(items[0].rule ==
        Text{"3 jaar vanaf de dag na de dagtekening van het eerste PIP (Wet "
             "inburgering 2021, art. 11); de Algemene termijnenwet verlengt "
             "geen termijn in jaren",
             "3 years from the day after the date of the first PIP (Wet "
             "inburgering 2021, art. 11); the Algemene termijnenwet extends "
             "no term in years"});
  CHECK(items[0].days_left == 1074);  // 27 + 365 + 366 + 316 days
}

TEST_CASE("no plan date, no term: a plan only drawn up starts nothing") {
  CaseFacts facts = client();
  facts.opgesteld = Date{2026, 11, 5};
  CHECK(of_kind(facts, kWi2021, DeadlineKind::kInburgeringstermijn).empty());
  CHECK(of_kind(facts, kWi2021, DeadlineKind::kLeerrouteWissel).empty());
  CHECK(of_kind(facts, kWi2021, DeadlineKind::kVoortgangsgesprek).empty());
  const Policy pilot = pipkit::preset(PolicyName::kPilot);
  CHECK(of_kind(facts, pilot, DeadlineKind::kInburgeringstermijn).empty());
  const auto switches = of_kind(facts, pilot, DeadlineKind::kLeerrouteWissel);
  REQUIRE(switches.size() == 1);
  CHECK(switches[0].due == Date{2027, 11, 5});
  CHECK(switches[0].rule.nl ==
        "van leerroute wisselen kan tot 12 maanden na het begin van de "
        "inburgeringstermijn (afspraak in de pilot)");
}

TEST_CASE("the route switch window closes 18 months after the plan's date") {
  struct Row {
    const char* name;
    PolicyName policy;
    Date vastgesteld;
    std::vector<pipkit::RouteSwitch> switches;
    Date today;
    MaybeDate due;
    DeadlineStatus status;
  };
  const Row rows[] = {
      {"open", PolicyName::kWi2021, {2026, 11, 12}, {}, kToday,
       Date{2028, 5, 12}, DeadlineStatus::kOpen},
      {"a Saturday stays: no atw", PolicyName::kWi2021, {2026, 11, 13}, {},
       kToday, Date{2028, 5, 13}, DeadlineStatus::kOpen},
      {"ends on a leap day", PolicyName::kWi2021, {2026, 8, 31}, {}, kToday,
       Date{2028, 2, 29}, DeadlineStatus::kOpen},
      {"switched in time", PolicyName::kWi2021, {2026, 11, 12},
       {{{2027, 6, 1}, false}}, kToday, Date{2028, 5, 12},
       DeadlineStatus::kMet},
      {"switched late", PolicyName::kWi2021, {2026, 11, 12},
       {{{2028, 6, 1}, false}}, kToday, Date{2028, 5, 12},
       DeadlineStatus::kMetLate},
      {"onderwijs to B1 at any time", PolicyName::kWi2021, {2026, 11, 12},
       {{{2028, 6, 1}, true}}, kToday, Date{2028, 5, 12},
       DeadlineStatus::kMet},
      {"the first switch counts", PolicyName::kWi2021, {2026, 11, 12},
       {{{2028, 6, 1}, false}, {{2027, 6, 1}, false}}, kToday,
       Date{2028, 5, 12}, DeadlineStatus::kMet},
      {"last day", PolicyName::kWi2021, {2026, 11, 12}, {}, {2028, 5, 12},
       Date{2028, 5, 12}, DeadlineStatus::kDueSoon},
      {"closed unused", PolicyName::kWi2021, {2026, 11, 12}, {},
       {2028, 5, 13}, {}, DeadlineStatus::kOpen},
      {"pilot: no any-time rule", PolicyName::kPilot, {2026, 11, 12},
       {{{2028, 6, 1}, true}}, kToday, Date{2027, 11, 12},
       DeadlineStatus::kMetLate},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    CaseFacts facts = client();
    facts.vastgesteld = row.vastgesteld;
    facts.leerroute_wissels = row.switches;
    const auto items = of_kind(facts, pipkit::preset(row.policy),
                               DeadlineKind::kLeerrouteWissel, row.today);
    REQUIRE(items.size() == (row.due ? 1u : 0u));
    if (items.empty()) continue;
    CHECK(items[0].due == *row.due);
    CHECK_FALSE(items[0].moved_from);
    CHECK(items[0].status == row.status);
  }
}

TEST_CASE("a client in the onderwijsroute is told B1 stays open") {
  CaseFacts facts = client();
  facts.vastgesteld = Date{2026, 11, 12};
  facts.onderwijsroute = true;
  const auto items = of_kind(facts, kWi2021, DeadlineKind::kLeerrouteWissel);
  REQUIRE(items.size() == 1);
  CHECK(items[0].rule_id == "leerroute_wissel.onderwijsroute");
  CHECK(items[0].rule ==
        Text{"van leerroute wisselen kan tot 18 maanden na het begin van de "
             "inburgeringstermijn (Wet inburgering 2021); van de "
             "onderwijsroute naar de B1-route kan altijd",
             "the learning route can be switched until 18 months after the "
             "integration term starts (Wet inburgering 2021); from the "
             "onderwijsroute to the B1-route at any time"});
}

TEST_CASE("progress conversations are counted after the plan's date") {
  // Plan of 12 November 2026: two conversations by Sunday 12 September
  // 2027, which stays a Sunday as no act sets this term.
  struct Row {
    const char* name;
    std::vector<Date> held;
    Date today;
    DeadlineStatus first, second;
  };
  const Row rows[] = {
      {"both held", {{2027, 3, 1}, {2027, 8, 30}}, kToday,
       DeadlineStatus::kMet, DeadlineStatus::kMet},
      {"in any order", {{2027, 8, 30}, {2027, 3, 1}}, kToday,
       DeadlineStatus::kMet, DeadlineStatus::kMet},
      {"on the last day", {{2027, 3, 1}, {2027, 9, 12}}, kToday,
       DeadlineStatus::kMet, DeadlineStatus::kMet},
      {"one held", {{2027, 3, 1}}, kToday, DeadlineStatus::kMet,
       DeadlineStatus::kOpen},
      {"one held, 11 days left", {{2027, 3, 1}}, {2027, 9, 1},
       DeadlineStatus::kMet, DeadlineStatus::kDueSoon},
      {"one held, window closed", {{2027, 3, 1}}, {2027, 9, 13},
       DeadlineStatus::kMet, DeadlineStatus::kOverdue},
      {"second one late", {{2027, 3, 1}, {2027, 10, 1}}, kToday,
       DeadlineStatus::kMet, DeadlineStatus::kMetLate},
      {"the plan's own day is no progress talk",
       {{2026, 11, 12}, {2027, 3, 1}}, kToday, DeadlineStatus::kMet,
       DeadlineStatus::kOpen},
      {"none", {}, kToday, DeadlineStatus::kOpen, DeadlineStatus::kOpen},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    CaseFacts facts = client();
    facts.vastgesteld = Date{2026, 11, 12};
    facts.voortgang = row.held;
    const auto items = of_kind(facts, kWi2021,
                               DeadlineKind::kVoortgangsgesprek, row.today);
    REQUIRE(items.size() == 2);
    CHECK(items[0].due == Date{2027, 9, 12});
    CHECK(items[1].due == Date{2027, 9, 12});
    CHECK(items[0].key == "voortgangsgesprek.1");
    CHECK(items[1].key == "voortgangsgesprek.2");
    CHECK(items[0].status == row.first);
    CHECK(items[1].status == row.second);
  }
}

TEST_CASE("the conversation rule follows the caseload's numbers") {
  CaseFacts facts = client();
  facts.vastgesteld = Date{2026, 11, 12};
  auto items = of_kind(facts, kWi2021, DeadlineKind::kVoortgangsgesprek);
  REQUIRE(items.size() == 2);
  CHECK(items[1].title == Text{"voortgangsgesprek 2 van 2",
                               "progress conversation 2 of 2"});
  CHECK(items[1].rule ==
        Text{"ten minste 2 voortgangsgesprekken binnen 10 maanden na de "
             "dagtekening van het PIP (gemeentelijk beleid)",
             "at least 2 progress conversations within 10 months after the "
             "date of the PIP (municipal policy)"});
  pipkit::PolicyOverrides overrides;
  overrides.voortgang_aantal = 3;
  overrides.voortgang_binnen_maanden = 6;
  items = of_kind(facts, pipkit::with_overrides(kWi2021, overrides),
                  DeadlineKind::kVoortgangsgesprek);
  REQUIRE(items.size() == 3);
  CHECK(items[2].due == Date{2027, 5, 12});
  CHECK(items[2].title.nl == "voortgangsgesprek 3 van 3");
  CHECK(items[2].rule.nl ==
        "ten minste 3 voortgangsgesprekken binnen 6 maanden na de "
        "dagtekening van het PIP (ingesteld in pipkit.yaml)");
  overrides.voortgang_aantal = 0;
  items = of_kind(facts, pipkit::with_overrides(kWi2021, overrides),
                  DeadlineKind::kVoortgangsgesprek);
  CHECK(items.empty());
}

TEST_CASE("a goal is due on its end date and met once afgerond") {
  struct Row {
    const char* name;
    GoalFacts goal;
    std::optional<DeadlineStatus> status;
    long days_left;
  };
  const Row rows[] = {
      {"open", {"inburgering", 0, "Taal", Date{2026, 12, 1},
                Date{2027, 2, 28}, false, GoalOutcome::kOpen},
       DeadlineStatus::kOpen, 86},
      {"past its end", {"participatie", 1, "Stage", {}, Date{2026, 11, 30},
                        false, GoalOutcome::kOpen},
       DeadlineStatus::kOverdue, -4},
      {"finished", {"participatie", 1, "Stage", {}, Date{2026, 11, 30},
                    false, GoalOutcome::kAfgerond},
       DeadlineStatus::kMet, -4},
      {"stopped", {"participatie", 2, "Cursus", {}, Date{2027, 1, 31}, false,
                   GoalOutcome::kGestaakt},
       {}, 0},
      {"no end date", {"inburgering", 3, "KNM", Date{2027, 1, 1}, {}, false,
                       GoalOutcome::kOpen},
       {}, 0},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    CaseFacts facts = client();
    facts.goals = {row.goal};
    const auto items = of_kind(facts, kWi2021, DeadlineKind::kDoel);
    REQUIRE(items.size() == (row.status ? 1u : 0u));
    if (items.empty()) continue;
    CHECK(items[0].due == *row.goal.end);
    CHECK(items[0].from == row.goal.start);
    CHECK(items[0].status == *row.status);
    CHECK(items[0].days_left == row.days_left);
    CHECK(items[0].key == "doel." + row.goal.section + "." +
                              std::to_string(row.goal.index));
    CHECK(items[0].title.nl == "doel '" + row.goal.title + "'");
    CHECK(items[0].title.en == "goal '" + row.goal.title + "'");
  }
}

TEST_CASE("a goal's rule says whether its end came from the tijdpad") {
  CaseFacts facts = client();
  facts.goals = {{"inburgering", 0, "Taal", {}, Date{2027, 2, 28}, true,
                  GoalOutcome::kOpen},
                 {"inburgering", 1, "KNM", {}, Date{2027, 3, 31}, false,
                  GoalOutcome::kOpen}};
  const auto items = of_kind(facts, kWi2021, DeadlineKind::kDoel);
  REQUIRE(items.size() == 2);
  CHECK(items[0].rule_id == "doel.tijdpad");
  CHECK(items[0].rule == Text{"einddatum van het doel volgens het tijdpad",
                              "end date of the goal from its tijdpad"});
  CHECK(items[1].rule_id == "doel.eind");
  CHECK(items[1].rule == Text{"einddatum van het doel in het PIP",
                              "end date of the goal in the PIP"});
}

TEST_CASE("one client's items come in date order, conversations in turn") {
  CaseFacts facts = client();
  facts.kennisgeving = Date{2026, 9, 3};
  facts.vastgesteld = Date{2026, 11, 12};
  facts.goals = {{"participatie", 0, "Werk", {}, Date{2028, 1, 31}, false,
                  GoalOutcome::kOpen},
                 {"inburgering", 0, "Taal", {}, Date{2027, 2, 28}, false,
                  GoalOutcome::kOpen}};
  const auto items = pipkit::case_deadlines(facts, kWi2021, kToday);
  const std::vector<std::string> expected = {
      "AAL-2026-0042 intake_pip",           // 2026-11-12
      "AAL-2026-0042 doel.inburgering.0",   // 2027-02-28
      "AAL-2026-0042 voortgangsgesprek.1",  // 2027-09-12
      "AAL-2026-0042 voortgangsgesprek.2",  // 2027-09-12
      "AAL-2026-0042 doel.participatie.0",  // 2028-01-31
      "AAL-2026-0042 leerroute_wissel",     // 2028-05-12
      "AAL-2026-0042 inburgeringstermijn",  // 2029-11-12
  };
  CHECK(keys(items) == expected);
}

TEST_CASE("a caseload's items are sorted by due date, then klantcode") {
  CaseFacts late = client("AAL-2026-0042");
  late.kennisgeving = Date{2026, 9, 3};
  CaseFacts early = client("AAL-2026-0007");
  early.kennisgeving = Date{2026, 9, 3};
  CaseFacts other = client("BRE-2026-0001");
  other.goals = {{"inburgering", 0, "Taal", {}, Date{2026, 11, 1}, false,
                  GoalOutcome::kOpen}};
  const auto items =
      pipkit::caseload_deadlines({late, other, early}, kWi2021, kToday);
  const std::vector<std::string> expected = {
      "BRE-2026-0001 doel.inburgering.0",  // 2026-11-01
      "AAL-2026-0007 intake_pip",          // 2026-11-12
      "AAL-2026-0042 intake_pip",          // 2026-11-12
  };
  CHECK(keys(items) == expected);
}

TEST_CASE("kind and status read as cli.md spells them") {
  CHECK(pipkit::kind_id(DeadlineKind::kIntakePip) == "intake_pip");
  CHECK(pipkit::kind_id(DeadlineKind::kInburgeringstermijn) ==
        "inburgeringstermijn");
  CHECK(pipkit::kind_id(DeadlineKind::kLeerrouteWissel) ==
        "leerroute_wissel");
  CHECK(pipkit::kind_id(DeadlineKind::kVoortgangsgesprek) ==
        "voortgangsgesprek");
  CHECK(pipkit::kind_id(DeadlineKind::kDoel) == "doel");
  CHECK(pipkit::status_id(DeadlineStatus::kOpen) == "open");
  CHECK(pipkit::status_id(DeadlineStatus::kDueSoon) == "due_soon");
  CHECK(pipkit::status_id(DeadlineStatus::kOverdue) == "overdue");
  CHECK(pipkit::status_id(DeadlineStatus::kMet) == "met");
  CHECK(pipkit::status_id(DeadlineStatus::kMetLate) == "met_late");
}
