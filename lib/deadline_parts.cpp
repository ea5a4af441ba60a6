// SPDX-License-Identifier: EUPL-1.2
// Shared parts of the deadline rules and the items that follow the plan.
#include "deadline_parts.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace pipkit::deadline_parts {

namespace {

Text origin_text(Origin origin, const Text& law) {
  switch (origin) {
    case Origin::kLaw: return law;
    case Origin::kPilot:
      return {"afspraak in de pilot", "agreement in the pilot"};
    case Origin::kAdvies:
      return {"advies uit de evaluatie van de pilot",
              "advice from the pilot's evaluation"};
    case Origin::kMunicipal:
      return {"gemeentelijk beleid", "municipal policy"};
  }
  return law;
}

// Everything but the intake term is the pilot's own rule under `advies`.
Origin preset_origin(const Policy& policy, Origin under_law) {
  return policy.name == PolicyName::kWi2021 ? under_law : Origin::kPilot;
}

Text amount(int n, const char* nl_one, const char* nl_many,
            const char* en_one, const char* en_many) {
  return {fmt::format("{} {}", n, n == 1 ? nl_one : nl_many),
          fmt::format("{} {}", n, n == 1 ? en_one : en_many)};
}

}  // namespace

Text source(bool overridden, Origin origin, const Text& law) {
  if (overridden) return {"ingesteld in pipkit.yaml", "set in pipkit.yaml"};
  return origin_text(origin, law);
}

Text weeks(int n) { return amount(n, "week", "weken", "week", "weeks"); }
Text months(int n) { return amount(n, "maand", "maanden", "month", "months"); }
Text years(int n) { return amount(n, "jaar", "jaar", "year", "years"); }

// The dagtekening of the first plan starts the term (Wi2021 art. 11) and a
// revision does not move it. Policies that count a plan as done when drawn
// up accept the date it was drawn up when no decision is recorded.
std::optional<Date> plan_date(const CaseFacts& facts, const Policy& policy) {
  if (facts.eerste_vastgesteld) return facts.eerste_vastgesteld;
  if (facts.vastgesteld) return facts.vastgesteld;
  if (policy.plan_done == PlanDone::kOpgesteld) return facts.opgesteld;
  return std::nullopt;
}

DeadlineItem new_item(const CaseFacts& facts, DeadlineKind kind,
                      std::string key) {
  DeadlineItem item;
  item.klantcode = facts.klantcode;
  item.path = facts.pip_path.empty() ? facts.intake_path : facts.pip_path;
  item.kind = kind;
  item.key = std::move(key);
  return item;
}

// A deadline with a completion date is judged on that date alone; one
// without is judged against today.
void set_status(DeadlineItem& item, const std::optional<Date>& done,
                const Date& today, int within_days) {
  item.days_left = days_between(today, item.due);
  if (done) {
    item.status = *done <= item.due ? DeadlineStatus::kMet
                                    : DeadlineStatus::kMetLate;
  } else if (item.days_left < 0) {
    item.status = DeadlineStatus::kOverdue;
  } else if (item.days_left <= within_days) {
    item.status = DeadlineStatus::kDueSoon;
  } else {
    item.status = DeadlineStatus::kOpen;
  }
}

// A term "of three years, starting the day after the dagtekening D" holds
// three whole years from D + 1, so it ends at the close of the day before
// (D + 1) + 3 years: the date in the last year with the same number as D.
// That is also how Regulation 1182/71 (art. 3 lid 2 c) and Dutch practice
// count a term in years or months from an event: the event's day does not
// count and the term ends on the day with the event's date. Written as
// add_years(D, 3) it needs no "minus one day" and stays right where the
// literal formula slips: D = 28 February 2028 starts the term on the leap
// day, and (D + 1) + 3 years - 1 day would end it on 27 February 2031
// instead of the 28th. When D is 29 February the term ends on 28 February,
// the last day of that month. The Atw does not apply: terms in years are
// outside it (art. 4).
std::optional<DeadlineItem> term_item(const CaseFacts& facts,
                                      const Policy& policy,
                                      const Date& today, int within_days) {
  const int term_years = policy.inburgeringstermijn_jaren;
  const auto start = plan_date(facts, policy);
  if (term_years == 0 || !start) return std::nullopt;
  DeadlineItem item = new_item(facts, DeadlineKind::kInburgeringstermijn,
                               "inburgeringstermijn");
  item.title = {"einde inburgeringstermijn", "end of the integration term"};
  item.from = start;
  item.due = add_years(*start, term_years);
  item.rule_id = "inburgeringstermijn";
  const bool overridden =
      term_years != preset(policy.name).inburgeringstermijn_jaren;
  const Text why = source(overridden, preset_origin(policy, Origin::kLaw),
                          {"Wet inburgering 2021, art. 11",
                           "Wet inburgering 2021, art. 11"});
  const Text term = years(term_years);
  item.rule = {
      fmt::format("{} vanaf de dag na de dagtekening van het eerste PIP "
                  "({}); de Algemene termijnenwet verlengt geen termijn in "
                  "jaren",
                  term.nl, why.nl),
      fmt::format("{} from the day after the date of the first PIP ({}); "
                  "the Algemene termijnenwet extends no term in years",
                  term.en, why.en)};
  set_status(item, facts.inburgering_voldaan, today, within_days);
  return item;
}

namespace {

void set_switch_rule(DeadlineItem& item, const Policy& policy,
                     bool onderwijsroute) {
  const int window = policy.leerroute_wissel_maanden;
  const bool overridden =
      window != preset(policy.name).leerroute_wissel_maanden;
  const Text why = source(overridden, preset_origin(policy, Origin::kLaw),
                          {"Wet inburgering 2021", "Wet inburgering 2021"});
  const Text term = months(window);
  item.rule_id = "leerroute_wissel";
  item.rule = {
      fmt::format("van leerroute wisselen kan tot {} na het begin van de "
                  "inburgeringstermijn ({})",
                  term.nl, why.nl),
      fmt::format("the learning route can be switched until {} after the "
                  "integration term starts ({})",
                  term.en, why.en)};
  if (policy.name == PolicyName::kWi2021 && onderwijsroute) {
    item.rule_id = "leerroute_wissel.onderwijsroute";
    item.rule.nl += "; van de onderwijsroute naar de B1-route kan altijd";
    item.rule.en += "; from the onderwijsroute to the B1-route at any time";
  }
}

}  // namespace

// A switch after the window is late, except from the onderwijsroute to the
// B1-route, which Wi2021 allows at any time. A window that closed unused is
// no missed deadline (keeping the route is a valid outcome), so it is left
// out rather than shown as overdue. The Atw does not apply: 18 months (or
// the pilot's 12) is more than three months (art. 4).
std::optional<DeadlineItem> switch_item(const CaseFacts& facts,
                                        const Policy& policy,
                                        const Date& today, int within_days) {
  const int window = policy.leerroute_wissel_maanden;
  const auto start = plan_date(facts, policy);
  if (window == 0 || !start) return std::nullopt;
  DeadlineItem item = new_item(facts, DeadlineKind::kLeerrouteWissel,
                               "leerroute_wissel");
  item.title = {"laatste dag om van leerroute te wisselen",
                "last day to switch the learning route"};
  item.from = start;
  item.due = add_months(*start, window);
  const auto& switches = facts.leerroute_wissels;
  const auto first = std::min_element(
      switches.begin(), switches.end(),
      [](const auto& a, const auto& b) { return a.date < b.date; });
  if (first == switches.end() && today > item.due) return std::nullopt;
  set_switch_rule(item, policy, facts.onderwijsroute);
  std::optional<Date> done;
  if (first != switches.end()) done = first->date;
  set_status(item, done, today, within_days);
  if (item.status == DeadlineStatus::kMetLate && first->onderwijs_naar_b1 &&
      policy.name == PolicyName::kWi2021) {
    item.status = DeadlineStatus::kMet;
  }
  return item;
}

namespace {

Text conversation_rule(const Policy& policy) {
  const int required = policy.voortgang_aantal;
  const Policy base = preset(policy.name);
  const bool overridden =
      required != base.voortgang_aantal ||
      policy.voortgang_binnen_maanden != base.voortgang_binnen_maanden;
  const Text why = source(overridden,
                          preset_origin(policy, Origin::kMunicipal), {});
  const Text term = months(policy.voortgang_binnen_maanden);
  return {fmt::format("ten minste {} voortgangsgesprekken binnen {} na de "
                      "dagtekening van het PIP ({})",
                      required, term.nl, why.nl),
          fmt::format("at least {} progress conversations within {} after "
                      "the date of the PIP ({})",
                      required, term.en, why.en)};
}

}  // namespace

// Every required conversation gets an item due at the end of the window,
// since the rule asks for a number by then, not for a spacing. The k-th
// conversation after the term starts meets item k, or meets it late when
// it came after the window. The Atw does not apply: the number is set
// locally, not by an act.
std::vector<DeadlineItem> conversation_items(const CaseFacts& facts,
                                             const Policy& policy,
                                             const Date& today,
                                             int within_days) {
  const int required = policy.voortgang_aantal;
  const auto start = plan_date(facts, policy);
  if (required == 0 || !start) return {};
  std::vector<Date> held;
  for (const Date& date : facts.voortgang) {
    if (date > *start) held.push_back(date);
  }
  std::sort(held.begin(), held.end());
  std::vector<DeadlineItem> items;
  for (int k = 1; k <= required; ++k) {
    DeadlineItem item = new_item(facts, DeadlineKind::kVoortgangsgesprek,
                                 fmt::format("voortgangsgesprek.{}", k));
    item.title = {fmt::format("voortgangsgesprek {} van {}", k, required),
                  fmt::format("progress conversation {} of {}", k, required)};
    item.from = start;
    item.due = add_months(*start, policy.voortgang_binnen_maanden);
    item.rule_id = "voortgangsgesprek";
    item.rule = conversation_rule(policy);
    std::optional<Date> done;
    if (static_cast<std::size_t>(k) <= held.size()) done = held[k - 1];
    set_status(item, done, today, within_days);
    items.push_back(std::move(item));
  }
  return items;
}

// A goal has no completion date in the plan, so a finished goal is met and
// never met late; a stopped goal has no deadline left.
std::optional<DeadlineItem> goal_item(const CaseFacts& facts,
                                      const GoalFacts& goal,
                                      const Date& today, int within_days) {
  if (!goal.end || goal.outcome == GoalOutcome::kGestaakt) {
    return std::nullopt;
  }
  DeadlineItem item = new_item(
      facts, DeadlineKind::kDoel,
      fmt::format("doel.{}.{}", goal.section, goal.index));
  item.title = {fmt::format("doel '{}'", goal.title),
                fmt::format("goal '{}'", goal.title)};
  item.due = *goal.end;
  item.from = goal.start;
  item.rule_id = goal.end_from_tijdpad ? "doel.tijdpad" : "doel.eind";
  item.rule = goal.end_from_tijdpad
                  ? Text{"einddatum van het doel volgens het tijdpad",
                         "end date of the goal from its tijdpad"}
                  : Text{"einddatum van het doel in het PIP",
                         "end date of the goal in the PIP"};
  set_status(item, std::nullopt, today, within_days);
  if (goal.outcome == GoalOutcome::kAfgerond) {
    item.status = DeadlineStatus::kMet;
  }
  return item;
}

}  // namespace pipkit::deadline_parts
