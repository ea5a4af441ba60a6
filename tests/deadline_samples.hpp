// SPDX-License-Identifier: EUPL-1.2
// Invented clients and deadline items shared by the deadline tests.
#pragma once

#include <string>
#include <vector>

#include "deadlines.hpp"

namespace pipkit::samples {

inline constexpr Date kToday{2026, 12, 4};

/// A client with an intake and a plan file and no dates yet.
inline CaseFacts client(std::string klantcode = "AAL-2026-0042") {
  CaseFacts facts;
  facts.intake_path = "cases/" + klantcode + "/intake.yaml";
  facts.pip_path = "cases/" + klantcode + "/pip.yaml";
  facts.klantcode = std::move(klantcode);
  return facts;
}

/// The client's items of one kind, in the order case_deadlines gives them.
inline std::vector<DeadlineItem> items_of_kind(const CaseFacts& facts,
                                               const Policy& policy,
                                               DeadlineKind kind,
                                               Date today = kToday,
                                               int within = 14) {
  std::vector<DeadlineItem> out;
  for (auto& item : case_deadlines(facts, policy, today, within)) {
    if (item.kind == kind) out.push_back(item);
  }
  return out;
}

/// An overdue intake_pip item that the Atw moved off a weekend.
inline DeadlineItem moved_intake() {
  DeadlineItem item;
  item.klantcode = "AAL-2026-0042";
  item.path = "cases/AAL-2026-0042/pip.yaml";
  item.kind = DeadlineKind::kIntakePip;
  item.key = "intake_pip";
  item.title = {"PIP vastgesteld", "PIP decided"};
  item.due = {2026, 11, 23};
  item.from = Date{2026, 9, 12};
  item.rule_id = "intake_pip.kennisgeving";
  item.rule = {"PIP vastgesteld binnen 10 weken na de kennisgeving van DUO "
               "(Besluit inburgering 2021)",
               "PIP decided within 10 weeks of DUO's notice "
               "(Besluit inburgering 2021)"};
  item.status = DeadlineStatus::kOverdue;
  item.days_left = -11;
  item.moved_from = Date{2026, 11, 21};
  item.moved_reasons = {{"zaterdag", "Saturday"}, {"zondag", "Sunday"}};
  return item;
}

/// An open goal of another client, titled the same in both languages.
inline DeadlineItem goal(std::string title, Date due) {
  DeadlineItem item;
  item.klantcode = "BRE-2026-0001";
  item.path = "cases/BRE-2026-0001/pip.yaml";
  item.kind = DeadlineKind::kDoel;
  item.key = "doel.participatie.0";
  item.title = {title, title};
  item.due = due;
  item.rule_id = "doel.eind";
  item.rule = {"einddatum van het doel in het PIP",
               "end date of the goal in the PIP"};
  return item;
}

}  // namespace pipkit::samples
