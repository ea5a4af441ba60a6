// SPDX-License-Identifier: EUPL-1.2
// Which deadline items are shown, and in what order and groups.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "deadline_samples.hpp"
#include "deadlines_view.hpp"

using pipkit::Date;
using pipkit::DeadlineFilter;
using pipkit::DeadlineItem;
using pipkit::DeadlineKind;
using pipkit::DeadlineStatus;
using pipkit::Grouping;

namespace {

DeadlineItem item(const std::string& klantcode, DeadlineKind kind, Date due,
                  DeadlineStatus status) {
  DeadlineItem out = pipkit::samples::goal("doel", due);
  out.klantcode = klantcode;
  out.kind = kind;
  out.status = status;
  out.key = std::string(pipkit::kind_id(kind)) + "." + pipkit::to_iso(due);
  return out;
}

// Today is Friday 4 December 2026 (ISO week 49). In due order:
const std::vector<DeadlineItem> kItems = {
    item("B", DeadlineKind::kVoortgangsgesprek, {2020, 11, 30},
         DeadlineStatus::kOverdue),
    item("A", DeadlineKind::kIntakePip, {2026, 4, 28}, DeadlineStatus::kMet),
    item("A", DeadlineKind::kDoel, {2026, 11, 30}, DeadlineStatus::kOverdue),
    item("C", DeadlineKind::kDoel, {2026, 12, 6}, DeadlineStatus::kDueSoon),
    item("A", DeadlineKind::kDoel, {2026, 12, 7}, DeadlineStatus::kDueSoon),
    item("B", DeadlineKind::kIntakePip, {2026, 12, 15},
         DeadlineStatus::kDueSoon),
    item("C", DeadlineKind::kInburgeringstermijn, {2029, 4, 28},
         DeadlineStatus::kOpen),
};

std::vector<std::string> keys(const std::vector<DeadlineItem>& items) {
  std::vector<std::string> out;
  for (const auto& i : items) out.push_back(i.klantcode + " " + i.key);
  return out;
}

}  // namespace

TEST_CASE("parse_kind knows exactly the kinds of cli.md") {
  CHECK(pipkit::parse_kind("intake_pip") == DeadlineKind::kIntakePip);
  CHECK(pipkit::parse_kind("inburgeringstermijn") ==
        DeadlineKind::kInburgeringstermijn);
  CHECK(pipkit::parse_kind("leerroute_wissel") ==
        DeadlineKind::kLeerrouteWissel);
  CHECK(pipkit::parse_kind("voortgangsgesprek") ==
        DeadlineKind::kVoortgangsgesprek);
  CHECK(pipkit::parse_kind("doel") == DeadlineKind::kDoel);
  CHECK_FALSE(pipkit::parse_kind("Doel"));
  CHECK_FALSE(pipkit::parse_kind("goal"));
}

TEST_CASE("filters keep the order and combine as 'and'") {
  struct Row {
    const char* name;
    DeadlineFilter filter;
    std::vector<std::string> expected;
  };
  const Row rows[] = {
      {"none", {}, keys(kItems)},
      {"client", {{"A"}, {}, false, false},
       {"A intake_pip.2026-04-28", "A doel.2026-11-30", "A doel.2026-12-07"}},
      {"two clients", {{"C", "B"}, {}, false, false},
       {"B voortgangsgesprek.2020-11-30", "C doel.2026-12-06",
        "B intake_pip.2026-12-15", "C inburgeringstermijn.2029-04-28"}},
      {"kind", {{}, {DeadlineKind::kIntakePip}, false, false},
       {"A intake_pip.2026-04-28", "B intake_pip.2026-12-15"}},
      {"overdue", {{}, {}, true, false},
       {"B voortgangsgesprek.2020-11-30", "A doel.2026-11-30"}},
      {"within: overdue and due soon", {{}, {}, false, true},
       {"B voortgangsgesprek.2020-11-30", "A doel.2026-11-30",
        "C doel.2026-12-06", "A doel.2026-12-07", "B intake_pip.2026-12-15"}},
      {"client, kind and overdue", {{"A"}, {DeadlineKind::kDoel}, true, false},
       {"A doel.2026-11-30"}},
      {"unknown client", {{"Z"}, {}, false, false}, {}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    CHECK(keys(pipkit::filter_deadlines(kItems, row.filter)) == row.expected);
  }
}

TEST_CASE("the table puts overdue items first, then follows the calendar") {
  const auto groups = pipkit::group_deadlines(kItems, Grouping::kNone);
  REQUIRE(groups.size() == 1);
  CHECK(groups[0].heading.en.empty());
  CHECK(keys(groups[0].items) ==
        std::vector<std::string>{
            "B voortgangsgesprek.2020-11-30", "A doel.2026-11-30",
            "A intake_pip.2026-04-28", "C doel.2026-12-06",
            "A doel.2026-12-07", "B intake_pip.2026-12-15",
            "C inburgeringstermijn.2029-04-28"});
}

TEST_CASE("grouped by client, each client's overdue items come first") {
  const auto groups = pipkit::group_deadlines(kItems, Grouping::kClient);
  REQUIRE(groups.size() == 3);
  CHECK(groups[0].heading.nl == "A");
  CHECK(keys(groups[0].items) ==
        std::vector<std::string>{"A doel.2026-11-30",
                                 "A intake_pip.2026-04-28",
                                 "A doel.2026-12-07"});
  CHECK(groups[1].heading.en == "B");
  CHECK(keys(groups[1].items) ==
        std::vector<std::string>{"B voortgangsgesprek.2020-11-30",
                                 "B intake_pip.2026-12-15"});
  CHECK(groups[2].heading.en == "C");
  CHECK(groups[2].items.size() == 2);
}

TEST_CASE("grouped by week, the overdue items open and weeks follow") {
  // Sunday 6 December is the last day of week 49 (30 November to
  // 6 December), Monday 7 December the first of week 50; 28 April 2026 is
  // a Tuesday in week 18 (27 April to 3 May); 28 April 2029 a Saturday in
  // week 17 (23 to 29 April).
  const auto groups = pipkit::group_deadlines(kItems, Grouping::kWeek);
  struct Row {
    const char* nl;
    const char* en;
    std::size_t count;
  };
  const Row rows[] = {
      {"verlopen", "overdue", 2},
      {"week 18 (2026-04-27 t/m 2026-05-03)",
       "week 18 (2026-04-27 to 2026-05-03)", 1},
      {"week 49 (2026-11-30 t/m 2026-12-06)",
       "week 49 (2026-11-30 to 2026-12-06)", 1},
      {"week 50 (2026-12-07 t/m 2026-12-13)",
       "week 50 (2026-12-07 to 2026-12-13)", 1},
      {"week 51 (2026-12-14 t/m 2026-12-20)",
       "week 51 (2026-12-14 to 2026-12-20)", 1},
      {"week 17 (2029-04-23 t/m 2029-04-29)",
       "week 17 (2029-04-23 to 2029-04-29)", 1},
  };
  REQUIRE(groups.size() == std::size(rows));
  for (std::size_t i = 0; i < std::size(rows); ++i) {
    CAPTURE(i);
    CHECK(groups[i].heading.nl == rows[i].nl);
    CHECK(groups[i].heading.en == rows[i].en);
    CHECK(groups[i].items.size() == rows[i].count);
  }
}

TEST_CASE("the same week number in two years makes two groups") {
  // Tuesday 1 December 2026 and Tuesday 7 December 2027 both lie in an
  // ISO week 49.
  const std::vector<DeadlineItem> items = {
      item("A", DeadlineKind::kDoel, {2026, 12, 1}, DeadlineStatus::kOpen),
      item("A", DeadlineKind::kDoel, {2027, 12, 7}, DeadlineStatus::kOpen),
  };
  const auto groups = pipkit::group_deadlines(items, Grouping::kWeek);
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].heading.en == "week 49 (2026-11-30 to 2026-12-06)");
  CHECK(groups[1].heading.en == "week 49 (2027-12-06 to 2027-12-12)");
}
