// SPDX-License-Identifier: EUPL-1.2
// Deadline rules per policy, with every date counted on a printed calendar.
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
using pipkit::Policy;
using pipkit::PolicyName;
using pipkit::Text;

namespace {

using MaybeDate = std::optional<Date>;
using pipkit::samples::client;
using pipkit::samples::kToday;

Policy with_decree(PolicyName name) {
  Policy policy = pipkit::preset(name);
  pipkit::add_gelijkgestelde_dagen(policy.holidays,
                                   {{2026, 1, 2}, {2026, 5, 15}});
  return policy;
}

std::optional<DeadlineItem> one(const CaseFacts& facts, const Policy& policy,
                                DeadlineKind kind, Date today = kToday,
                                int within = 14) {
  const auto items =
      pipkit::samples::items_of_kind(facts, policy, kind, today, within);
  REQUIRE(items.size() <= 1);
  if (items.empty()) return std::nullopt;
  return items[0];
}

}  // namespace

TEST_CASE("an intake_pip item carries every field cli.md lists") {
  CaseFacts facts = client();
  facts.kennisgeving = Date{2026, 9, 12};  // a Saturday, 10 weeks on too
  const auto item = one(facts, with_decree(PolicyName::kWi2021),
                        DeadlineKind::kIntakePip);
  REQUIRE(item);
  CHECK(item->klantcode == "AAL-2026-0042");
  CHECK(item->path == "cases/AAL-2026-0042/pip.yaml");
  CHECK(item->key == "intake_pip");
  CHECK(item->title == Text{"PIP vastgesteld", "PIP decided"});
  CHECK(item->due == Date{2026, 11, 23});
  CHECK(item->from == Date{2026, 9, 12});
  CHECK(item->rule_id == "intake_pip.kennisgeving");
  CHECK(item->rule ==
        Text{"PIP vastgesteld binnen 10 weken na de kennisgeving van DUO "
             "(Besluit inburgering 2021)",
             "PIP decided within 10 weeks of DUO's notice "
             "(Besluit inburgering 2021)"});
  CHECK(item->status == DeadlineStatus::kOverdue);
  CHECK(item->days_left == -11);
  CHECK(item->moved_from == Date{2026, 11, 21});
  CHECK(item->moved_reasons ==
        std::vector<Text>{{"zaterdag", "Saturday"}, {"zondag", "Sunday"}});
}

TEST_CASE("wi2021 counts ten weeks from the later of kennisgeving and BRP") {
  struct Row {
    const char* name;
    MaybeDate kennisgeving, brp, derden;
    bool atw;
    Date due;
    Date from;
    const char* rule_id;
    MaybeDate moved_from;
  };
  const Row rows[] = {
      {"notice alone", Date{2026, 9, 3}, {}, {}, true, {2026, 11, 12},
       {2026, 9, 3}, "intake_pip.kennisgeving", {}},
      {"BRP later", Date{2026, 9, 3}, Date{2026, 10, 14}, {}, true,
       {2026, 12, 23}, {2026, 10, 14}, "intake_pip.brp_inschrijving", {}},
      {"BRP earlier", Date{2026, 9, 3}, Date{2026, 8, 20}, {}, true,
       {2026, 11, 12}, {2026, 9, 3}, "intake_pip.kennisgeving", {}},
      {"same day", Date{2026, 9, 3}, Date{2026, 9, 3}, {}, true,
       {2026, 11, 12}, {2026, 9, 3}, "intake_pip.kennisgeving", {}},
      {"BRP alone", {}, Date{2026, 10, 14}, {}, true, {2026, 12, 23},
       {2026, 10, 14}, "intake_pip.brp_inschrijving", {}},
      {"ends on a Saturday", Date{2026, 9, 12}, {}, {}, true,
       {2026, 11, 23}, {2026, 9, 12}, "intake_pip.kennisgeving",
       Date{2026, 11, 21}},
      {"Saturday, atw off", Date{2026, 9, 12}, {}, {}, false,
       {2026, 11, 21}, {2026, 9, 12}, "intake_pip.kennisgeving", {}},
      {"ends on Christmas Day", Date{2026, 10, 16}, {}, {}, true,
       {2026, 12, 28}, {2026, 10, 16}, "intake_pip.kennisgeving",
       Date{2026, 12, 25}},
      {"ends on Nieuwjaarsdag before a bridge day", Date{2025, 10, 23}, {},
       {}, true, {2026, 1, 5}, {2025, 10, 23}, "intake_pip.kennisgeving",
       Date{2026, 1, 1}},
      {"third-party info extends", Date{2026, 9, 3}, {}, Date{2026, 11, 5},
       true, {2026, 11, 19}, {2026, 11, 5}, "intake_pip.derden_informatie",
       {}},
      {"early third-party info does not shorten", Date{2026, 9, 3}, {},
       Date{2026, 10, 1}, true, {2026, 11, 12}, {2026, 9, 3},
       "intake_pip.kennisgeving", {}},
      {"third-party info ending the same day", Date{2026, 9, 3}, {},
       Date{2026, 10, 29}, true, {2026, 11, 12}, {2026, 9, 3},
       "intake_pip.kennisgeving", {}},
      {"third-party info ending on Boxing Day", Date{2026, 9, 3}, {},
       Date{2026, 12, 12}, true, {2026, 12, 28}, {2026, 12, 12},
       "intake_pip.derden_informatie", Date{2026, 12, 26}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    CaseFacts facts = client();
    facts.kennisgeving = row.kennisgeving;
    facts.brp_inschrijving = row.brp;
    facts.derden_informatie = row.derden;
    Policy policy = with_decree(PolicyName::kWi2021);
    policy.algemene_termijnenwet = row.atw;
    const auto item = one(facts, policy, DeadlineKind::kIntakePip);
    REQUIRE(item);
    CHECK(item->due == row.due);
    CHECK(item->from == row.from);
    CHECK(item->rule_id == row.rule_id);
    CHECK(item->moved_from == row.moved_from);
  }
}

TEST_CASE("the intake rule names the event and the source it counts from") {
  CaseFacts facts = client();
  facts.kennisgeving = Date{2026, 9, 3};
  facts.brp_inschrijving = Date{2026, 10, 14};
  const Policy policy = with_decree(PolicyName::kWi2021);
  auto item = one(facts, policy, DeadlineKind::kIntakePip);
  REQUIRE(item);
  CHECK(item->rule ==
        Text{"PIP vastgesteld binnen 10 weken na de inschrijving in de BRP, "
             "die later was dan de kennisgeving van DUO "
             "(Besluit inburgering 2021)",
             "PIP decided within 10 weeks of the BRP registration, which "
             "came after DUO's notice (Besluit inburgering 2021)"});
  facts.brp_inschrijving.reset();
  facts.derden_informatie = Date{2026, 11, 5};
  item = one(facts, policy, DeadlineKind::kIntakePip);
  REQUIRE(item);
  CHECK(item->rule ==
        Text{"PIP vastgesteld uiterlijk 2 weken na ontvangst van informatie "
             "van derden, later dan 10 weken na de kennisgeving van DUO "
             "(Besluit inburgering 2021)",
             "PIP decided at most 2 weeks after third-party information "
             "arrived, later than 10 weeks after DUO's notice "
             "(Besluit inburgering 2021)"});
}

TEST_CASE("the atw stops at terms over twelve weeks") {
  // 5 September 2026 is a Saturday; 12 and 13 weeks on are Saturdays too.
  CaseFacts facts = client();
  facts.kennisgeving = Date{2026, 9, 5};
  pipkit::PolicyOverrides overrides;
  overrides.intake_pip_weken = 12;
  auto policy = pipkit::with_overrides(with_decree(PolicyName::kWi2021),
                                       overrides);
  auto item = one(facts, policy, DeadlineKind::kIntakePip);
  REQUIRE(item);
  CHECK(item->due == Date{2026, 11, 30});
  CHECK(item->moved_from == Date{2026, 11, 28});
  CHECK(item->rule.nl ==
        "PIP vastgesteld binnen 12 weken na de kennisgeving van DUO "
        "(ingesteld in pipkit.yaml)");
  overrides.intake_pip_weken = 13;
  policy = pipkit::with_overrides(policy, overrides);
  item = one(facts, policy, DeadlineKind::kIntakePip);
  REQUIRE(item);
  CHECK(item->due == Date{2026, 12, 5});
  CHECK_FALSE(item->moved_from);
}

TEST_CASE("intake_pip status follows the decision date, else today") {
  // Notice 3 September 2026: due Thursday 12 November 2026.
  struct Row {
    const char* name;
    Date today;
    int within;
    MaybeDate eerste, vastgesteld, opgesteld;
    DeadlineStatus status;
    long days_left;
  };
  const Row rows[] = {
      {"decided on the last day", kToday, 14, {}, Date{2026, 11, 12}, {},
       DeadlineStatus::kMet, -22},
      {"decided a day late", kToday, 14, {}, Date{2026, 11, 13}, {},
       DeadlineStatus::kMetLate, -22},
      {"first plan in time, revised later", kToday, 14, Date{2026, 11, 10},
       Date{2027, 2, 1}, {}, DeadlineStatus::kMet, -22},
      {"drawn up but not decided", kToday, 14, {}, {}, Date{2026, 11, 10},
       DeadlineStatus::kOverdue, -22},
      {"a day past", {2026, 11, 13}, 14, {}, {}, {},
       DeadlineStatus::kOverdue, -1},
      {"due today", {2026, 11, 12}, 14, {}, {}, {}, DeadlineStatus::kDueSoon,
       0},
      {"due in 14 days", {2026, 10, 29}, 14, {}, {}, {},
       DeadlineStatus::kDueSoon, 14},
      {"due in 15 days", {2026, 10, 28}, 14, {}, {}, {},
       DeadlineStatus::kOpen, 15},
      {"tomorrow, within 0", {2026, 11, 11}, 0, {}, {}, {},
       DeadlineStatus::kOpen, 1},
      {"today, within 0", {2026, 11, 12}, 0, {}, {}, {},
       DeadlineStatus::kDueSoon, 0},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    CaseFacts facts = client();
    facts.kennisgeving = Date{2026, 9, 3};
    facts.eerste_vastgesteld = row.eerste;
    facts.vastgesteld = row.vastgesteld;
    facts.opgesteld = row.opgesteld;
    const auto item = one(facts, with_decree(PolicyName::kWi2021),
                          DeadlineKind::kIntakePip, row.today, row.within);
    REQUIRE(item);
    CHECK(item->status == row.status);
    CHECK(item->days_left == row.days_left);
  }
}

TEST_CASE("pilot and advies count six weeks from their own events") {
  struct Row {
    const char* name;
    PolicyName policy;
    bool nieuwkomer;
    MaybeDate aanmelding, oproep, vestiging, opgesteld, vastgesteld;
    MaybeDate due;
    const char* rule_nl;
    DeadlineStatus status;
  };
  const char* kNone = "";
  const Row rows[] = {
      {"newcomer", PolicyName::kPilot, true, Date{2026, 9, 1},
       Date{2026, 9, 10}, {}, {}, {}, Date{2026, 10, 13},
       "intake en PIP gereed binnen 6 weken na de aanmelding bij de "
       "gemeente (afspraak in de pilot)",
       DeadlineStatus::kOverdue},
      {"settled client", PolicyName::kPilot, false, Date{2026, 9, 1},
       Date{2026, 9, 10}, {}, {}, {}, Date{2026, 10, 22},
       "intake en PIP gereed binnen 6 weken na de oproep voor de intake "
       "(afspraak in de pilot)",
       DeadlineStatus::kOverdue},
      {"settled client without oproep", PolicyName::kPilot, false,
       Date{2026, 9, 1}, {}, {}, {}, {}, {}, kNone, DeadlineStatus::kOpen},
      {"Saturday stays: no atw", PolicyName::kPilot, true, Date{2026, 9, 5},
       {}, {}, {}, {}, Date{2026, 10, 17}, nullptr, DeadlineStatus::kOverdue},
      {"drawn up in time", PolicyName::kPilot, true, Date{2026, 9, 1}, {}, {},
       Date{2026, 10, 12}, Date{2026, 11, 20}, Date{2026, 10, 13}, nullptr,
       DeadlineStatus::kMet},
      {"drawn up a day late", PolicyName::kPilot, true, Date{2026, 9, 1}, {},
       {}, Date{2026, 10, 14}, {}, Date{2026, 10, 13}, nullptr,
       DeadlineStatus::kMetLate},
      {"advice: from vestiging", PolicyName::kAdvies, true, Date{2026, 9, 1},
       {}, Date{2026, 10, 15}, {}, {}, Date{2026, 11, 26},
       "intake en PIP gereed binnen 6 weken na de vestiging in de gemeente "
       "(advies uit de evaluatie van de pilot)",
       DeadlineStatus::kOverdue},
      {"advice without vestiging", PolicyName::kAdvies, true,
       Date{2026, 9, 1}, {}, {}, {}, {}, {}, kNone, DeadlineStatus::kOpen},
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    CaseFacts facts = client();
    facts.nieuwkomer = row.nieuwkomer;
    facts.aanmelding = row.aanmelding;
    facts.oproep = row.oproep;
    facts.vestiging = row.vestiging;
    facts.opgesteld = row.opgesteld;
    facts.vastgesteld = row.vastgesteld;
    // The law's events and third-party rule play no part in these presets.
    facts.kennisgeving = Date{2026, 8, 3};
    facts.derden_informatie = Date{2026, 11, 1};
    const auto item =
        one(facts, with_decree(row.policy), DeadlineKind::kIntakePip);
    REQUIRE(item.has_value() == row.due.has_value());
    if (!item) continue;
    CHECK(item->due == *row.due);
    CHECK_FALSE(item->moved_from);
    CHECK(item->status == row.status);
    CHECK(item->title == Text{"intake en PIP gereed", "intake and PIP done"});
    if (row.rule_nl) CHECK(item->rule.nl == row.rule_nl);
  }
}

TEST_CASE("a pilot caseload that switches the atw on gets Monday") {
  CaseFacts facts = client();
  facts.aanmelding = Date{2026, 9, 5};
  pipkit::PolicyOverrides overrides;
  overrides.algemene_termijnenwet = true;
  const auto policy =
      pipkit::with_overrides(with_decree(PolicyName::kPilot), overrides);
  const auto item = one(facts, policy, DeadlineKind::kIntakePip);
  REQUIRE(item);
  CHECK(item->due == Date{2026, 10, 19});
  CHECK(item->moved_from == Date{2026, 10, 17});
}

TEST_CASE("before a plan exists the intake item belongs to the intake file") {
  CaseFacts facts = client();
  facts.pip_path.clear();
  facts.kennisgeving = Date{2026, 9, 3};
  const auto items = pipkit::case_deadlines(
      facts, with_decree(PolicyName::kWi2021), kToday);
  REQUIRE(items.size() == 1);
  CHECK(items[0].path == "cases/AAL-2026-0042/intake.yaml");
}
