// SPDX-License-Identifier: EUPL-1.2
// Deadline items (intake and plan, term, route switch, conversations, goals)
// from one client's dates, a policy and the date of today.
#include "deadlines.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <iterator>

#include "calendar.hpp"
#include "deadline_parts.hpp"

namespace pipkit {

using namespace deadline_parts;

namespace {

std::optional<Date> earliest(std::initializer_list<std::optional<Date>> all) {
  std::optional<Date> first;
  for (const auto& date : all) {
    if (date && (!first || *date < *first)) first = date;
  }
  return first;
}

std::optional<Date> intake_pip_done(const CaseFacts& facts,
                                    const Policy& policy) {
  if (policy.plan_done == PlanDone::kVastgesteld) {
    return facts.eerste_vastgesteld ? facts.eerste_vastgesteld
                                    : facts.vastgesteld;
  }
  return earliest(
      {facts.opgesteld, facts.eerste_vastgesteld, facts.vastgesteld});
}

// Atw art. 1 covers terms set in an act or an AMvB, and the Besluit
// inburgering 2021 is an AMvB. Its art. 2 (two working days in any term of
// three days or more) cannot bite on terms of two weeks or more, which
// always hold several working days, so art. 1 is all there is to apply.
void apply_atw(DeadlineItem& item, const Policy& policy, int term_weeks) {
  if (!policy.algemene_termijnenwet) return;
  if (!atw_covers(TermUnit::kWeeks, term_weeks)) return;
  const AtwResult result = extend_atw(item.due, policy.holidays);
  if (!result.moved()) return;
  item.moved_from = result.original;
  item.moved_reasons = result.reasons;
  item.due = result.date;
}

// The event an intake term counts from, and how a rule names it.
struct Start {
  Date date;
  std::string id;
  Text event;
};

std::optional<Start> wi2021_start(const CaseFacts& facts) {
  // The later of DUO's notice and the BRP registration; on the same day the
  // notice is named, as it is the law's first event.
  const auto& notice = facts.kennisgeving;
  const auto& brp = facts.brp_inschrijving;
  if (brp && notice && *brp > *notice) {
    return Start{*brp, "brp_inschrijving",
                 {"de inschrijving in de BRP, die later was dan de "
                  "kennisgeving van DUO",
                  "the BRP registration, which came after DUO's notice"}};
  }
  if (notice) {
    return Start{*notice, "kennisgeving",
                 {"de kennisgeving van DUO", "DUO's notice"}};
  }
  if (brp) {
    return Start{*brp, "brp_inschrijving",
                 {"de inschrijving in de BRP", "the BRP registration"}};
  }
  return std::nullopt;
}

std::optional<Start> intake_start(const CaseFacts& facts,
                                  const Policy& policy) {
  switch (policy.intake_start) {
    case IntakeStart::kKennisgevingOfBrp:
      return wi2021_start(facts);
    case IntakeStart::kVestiging:
      if (!facts.vestiging) return std::nullopt;
      return Start{*facts.vestiging, "vestiging",
                   {"de vestiging in de gemeente",
                    "moving into the municipality"}};
    case IntakeStart::kAanmeldingOfOproep:
      if (facts.nieuwkomer && facts.aanmelding) {
        return Start{*facts.aanmelding, "aanmelding",
                     {"de aanmelding bij de gemeente",
                      "registration with the municipality"}};
      }
      if (!facts.nieuwkomer && facts.oproep) {
        return Start{*facts.oproep, "oproep",
                     {"de oproep voor de intake",
                      "the invitation to the intake"}};
      }
      return std::nullopt;
  }
  return std::nullopt;
}

Origin intake_origin(const Policy& policy) {
  switch (policy.name) {
    case PolicyName::kWi2021: return Origin::kLaw;
    case PolicyName::kAdvies: return Origin::kAdvies;
    case PolicyName::kPilot: return Origin::kPilot;
  }
  return Origin::kLaw;
}

const Text kBesluit{"Besluit inburgering 2021", "Besluit inburgering 2021"};

// The law lets the term run to at most two weeks after third-party
// information arrives. It is an extension, so it never shortens the ten
// weeks: the later of the two dates holds. The Atw moves both the same way,
// so applying it after picking the later date gives the same day.
int extend_for_third_parties(DeadlineItem& item, const CaseFacts& facts,
                             const Policy& policy, const Start& start) {
  const int term_weeks = policy.derden_informatie_weken;
  if (!facts.derden_informatie || term_weeks == 0) {
    return policy.intake_pip_weken;
  }
  const Date extended = add_days(*facts.derden_informatie, 7L * term_weeks);
  if (extended <= item.due) return policy.intake_pip_weken;
  const Text term = weeks(term_weeks);
  const Text base = weeks(policy.intake_pip_weken);
  const bool overridden =
      term_weeks != preset(policy.name).derden_informatie_weken;
  const Text why = source(overridden, intake_origin(policy), kBesluit);
  item.due = extended;
  item.from = facts.derden_informatie;
  item.rule_id = "intake_pip.derden_informatie";
  item.rule = {
      fmt::format("{} uiterlijk {} na ontvangst van informatie van derden, "
                  "later dan {} na {} ({})",
                  item.title.nl, term.nl, base.nl, start.event.nl, why.nl),
      fmt::format("{} at most {} after third-party information arrived, "
                  "later than {} after {} ({})",
                  item.title.en, term.en, base.en, start.event.en, why.en)};
  return term_weeks;
}

std::optional<DeadlineItem> intake_pip_item(const CaseFacts& facts,
                                            const Policy& policy,
                                            const Date& today,
                                            int within_days) {
  const auto start = intake_start(facts, policy);
  if (!start) return std::nullopt;
  DeadlineItem item = new_item(facts, DeadlineKind::kIntakePip, "intake_pip");
  item.title = policy.plan_done == PlanDone::kVastgesteld
                   ? Text{"PIP vastgesteld", "PIP decided"}
                   : Text{"intake en PIP gereed", "intake and PIP done"};
  item.from = start->date;
  item.due = add_days(start->date, 7L * policy.intake_pip_weken);
  item.rule_id = "intake_pip." + start->id;
  const bool overridden =
      policy.intake_pip_weken != preset(policy.name).intake_pip_weken;
  const Text why = source(overridden, intake_origin(policy), kBesluit);
  const Text term = weeks(policy.intake_pip_weken);
  item.rule = {fmt::format("{} binnen {} na {} ({})", item.title.nl, term.nl,
                           start->event.nl, why.nl),
               fmt::format("{} within {} of {} ({})", item.title.en, term.en,
                           start->event.en, why.en)};
  const int term_weeks = extend_for_third_parties(item, facts, policy, *start);
  apply_atw(item, policy, term_weeks);
  set_status(item, intake_pip_done(facts, policy), today, within_days);
  return item;
}

bool earlier(const DeadlineItem& a, const DeadlineItem& b) {
  if (a.due != b.due) return a.due < b.due;
  return a.klantcode < b.klantcode;
}

}  // namespace

std::string_view kind_id(DeadlineKind kind) {
  switch (kind) {
    case DeadlineKind::kIntakePip: return "intake_pip";
    case DeadlineKind::kInburgeringstermijn: return "inburgeringstermijn";
    case DeadlineKind::kLeerrouteWissel: return "leerroute_wissel";
    case DeadlineKind::kVoortgangsgesprek: return "voortgangsgesprek";
    case DeadlineKind::kDoel: return "doel";
  }
  return "doel";
}

std::string_view status_id(DeadlineStatus status) {
  switch (status) {
    case DeadlineStatus::kOpen: return "open";
    case DeadlineStatus::kDueSoon: return "due_soon";
    case DeadlineStatus::kOverdue: return "overdue";
    case DeadlineStatus::kMet: return "met";
    case DeadlineStatus::kMetLate: return "met_late";
  }
  return "open";
}

std::vector<DeadlineItem> case_deadlines(const CaseFacts& facts,
                                         const Policy& policy,
                                         const Date& today,
                                         int within_days) {
  std::vector<DeadlineItem> items;
  auto add = [&](std::optional<DeadlineItem> item) {
    if (item) items.push_back(std::move(*item));
  };
  add(intake_pip_item(facts, policy, today, within_days));
  for (auto& item : conversation_items(facts, policy, today, within_days)) {
    items.push_back(std::move(item));
  }
  add(switch_item(facts, policy, today, within_days));
  add(term_item(facts, policy, today, within_days));
  for (const GoalFacts& goal : facts.goals) {
    add(goal_item(facts, goal, today, within_days));
  }
  std::stable_sort(items.begin(), items.end(), earlier);
  return items;
}

void sort_by_due(std::vector<DeadlineItem>& items) {
  std::stable_sort(items.begin(), items.end(), earlier);
}

std::vector<DeadlineItem> caseload_deadlines(
    const std::vector<CaseFacts>& cases, const Policy& policy,
    const Date& today, int within_days) {
  std::vector<DeadlineItem> items;
  for (const CaseFacts& facts : cases) {
    auto more = case_deadlines(facts, policy, today, within_days);
    std::move(more.begin(), more.end(), std::back_inserter(items));
  }
  sort_by_due(items);
  return items;
}

}  // namespace pipkit
