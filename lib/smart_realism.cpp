// SPDX-License-Identifier: EUPL-1.2
// R of SMART: a goal against the client's intake, route, hours and term.
#include "smart_realism.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>

#include "smart_load.hpp"
#include "smart_words.hpp"

namespace pipkit {
namespace {

const RouteRules* route_of(const PlanContext& plan) {
  const auto found = plan.config.routes.find(plan.pip.leerroute);
  return found == plan.config.routes.end() ? nullptr : &found->second;
}

// The highest level a doelstelling names is what the goal asks for:
// "ten minste B1, later B2" asks for B2.
std::optional<WordMatch> target_level(const Goal& goal) {
  std::vector<WordMatch> levels = find_cefr_levels(goal.doelstelling);
  if (levels.empty()) return std::nullopt;
  return *std::max_element(levels.begin(), levels.end(),
                           [](const WordMatch& a, const WordMatch& b) {
                             return cefr_rank(a.phrase) < cefr_rank(b.phrase);
                           });
}

// Language findings point at the level in the doelstelling they are about.
Diagnostic level_finding(const PlanContext& plan, const Goal& goal,
                         const WordMatch& level, const char* rule,
                         Text message) {
  const Position at =
      locate_in_source(plan.source, goal.places.of("doelstelling"),
                       goal.doelstelling.substr(level.offset, level.length));
  return {rule, Severity::kWarning, at, goal.places.key_path("doelstelling"),
          std::move(message)};
}

void check_route_level(const PlanContext& plan, const Goal& goal,
                       const WordMatch& level, CriterionVerdict& out) {
  const RouteRules* route = route_of(plan);
  if (route == nullptr || !route->highest_level ||
      *cefr_rank(level.phrase) <= *route->highest_level) {
    return;
  }
  const std::string highest = cefr_name(*route->highest_level);
  out.findings.push_back(level_finding(
      plan, goal, level, "PK630",
      {fmt::format("taaldoel '{}' past niet bij leerroute '{}', die niet "
                   "verder gaat dan {}; kies de leerroute die bij dit doel "
                   "past of stel het doel bij tot ten hoogste {}",
                   level.phrase, plan.pip.leerroute, highest, highest),
       fmt::format("language goal '{}' does not fit leerroute '{}', which "
                   "goes no further than {}; choose the route that fits "
                   "this goal or lower the goal to {} at most",
                   level.phrase, plan.pip.leerroute, highest, highest)}));
}

// The weakest skill is where a client stands: an exam at a level asks for
// all four skills.
std::optional<int> current_level(const Intake& intake) {
  std::optional<int> lowest;
  for (const auto& [skill, level] : intake.nederlands) {
    const auto rank = cefr_rank(level);
    if (rank && (!lowest || *rank < *lowest)) lowest = rank;
  }
  return lowest;
}

std::string learnability(const Intake& intake) {
  const std::string& outcome = intake.leerbaarheidstoets_uitkomst;
  if (outcome == "hoog" || outcome == "gemiddeld" || outcome == "laag") {
    return outcome;
  }
  return "onbekend";
}

struct Pace {
  int from = 0;
  double available = 0;  // months
  double needed = 0;     // months
  std::string learnability, literacy;
};

std::optional<Pace> pace_of(const PlanContext& plan, std::size_t i,
                            int target) {
  const GoalTiming& timing = plan.timings[i];
  const auto from = current_level(*plan.intake);
  const std::string learn = learnability(*plan.intake);
  const auto per_level = plan.config.months_per_level.find(learn);
  if (!from || *from >= target || !timing.end ||
      per_level == plan.config.months_per_level.end()) {
    return std::nullopt;
  }
  Pace pace{*from, 0, 0, learn, plan.intake->alfabetisering};
  const auto extra = plan.config.extra_months.find(pace.literacy);
  pace.needed = (target - *from) * per_level->second +
                (extra == plan.config.extra_months.end() ? 0 : extra->second);
  pace.available =
      months_between(timing.start.value_or(plan.reference), *timing.end);
  return pace;
}

void check_pace(const PlanContext& plan, std::size_t i, const WordMatch& level,
                CriterionVerdict& out) {
  const auto pace = pace_of(plan, i, *cefr_rank(level.phrase));
  if (!pace) return;
  const long available = std::lround(pace->available);
  const long needed = static_cast<long>(std::ceil(pace->needed));
  const std::string from = cefr_name(pace->from);
  out.evidence.push_back(
      {fmt::format("taal: van {} naar {} in {} maanden; nodig ten minste {} "
                   "(leerbaarheid '{}', alfabetisering '{}')",
                   from, level.phrase, available, needed, pace->learnability,
                   pace->literacy),
       fmt::format("language: from {} to {} in {} months; needs at least {} "
                   "(leerbaarheid '{}', alfabetisering '{}')",
                   from, level.phrase, available, needed, pace->learnability,
                   pace->literacy)});
  if (pace->available >= pace->needed) return;
  const Goal& goal = *plan.goals[i];
  out.findings.push_back(level_finding(
      plan, goal, level, "PK631",
      {fmt::format("van {} naar {} in {} maanden is niet haalbaar voor deze "
                   "klant (leerbaarheid '{}', alfabetisering '{}'); reken op "
                   "ten minste {} maanden: verleng het tijdpad of kies een "
                   "tussendoel",
                   from, level.phrase, available, pace->learnability,
                   pace->literacy, needed),
       fmt::format("from {} to {} in {} months is not feasible for this "
                   "client (leerbaarheid '{}', alfabetisering '{}'); allow "
                   "at least {} months: extend the tijdpad or choose an "
                   "intermediate goal",
                   from, level.phrase, available, pace->learnability,
                   pace->literacy, needed)}));
}

bool has_part(const PlanContext& plan, const std::string& part) {
  return std::any_of(plan.goals.begin(), plan.goals.end(), [&](auto* goal) {
    return plan.config.part_of(goal->onderdeel) == part;
  });
}

void check_literacy(const PlanContext& plan, const Goal& goal,
                    const WordMatch& level, CriterionVerdict& out) {
  const auto& needs = plan.config.needs_literacy;
  const std::string& literacy = plan.intake->alfabetisering;
  if (std::find(needs.begin(), needs.end(), literacy) == needs.end() ||
      has_part(plan, "alfabetisering")) {
    return;
  }
  out.findings.push_back(level_finding(
      plan, goal, level, "PK632",
      {fmt::format("de intake zegt alfabetisering '{}', maar geen doel heeft "
                   "onderdeel 'alfabetisering'; neem alfabetisering in het "
                   "Latijnse schrift vóór dit taaldoel op in het plan",
                   literacy),
       fmt::format("the intake says alfabetisering '{}', but no goal has "
                   "onderdeel 'alfabetisering'; put literacy in the Latin "
                   "script before this language goal in the plan",
                   literacy)}));
}

void check_language(const PlanContext& plan, std::size_t i,
                    CriterionVerdict& out) {
  const Goal& goal = *plan.goals[i];
  const auto level = target_level(goal);
  if (!level) return;
  check_route_level(plan, goal, *level, out);
  if (plan.intake == nullptr) return;
  check_pace(plan, i, *level, out);
  check_literacy(plan, goal, *level, out);
}

Text term_basis(const Term& term) {
  const std::string date = to_iso(term.basis_date);
  if (term.basis == "today") {
    return {
        fmt::format("geschat vanaf vandaag ({}): het plan heeft geen "
                    "datum",
                    date),
        fmt::format("estimated from today ({}): the plan has no date", date)};
  }
  if (term.estimated) {
    return {fmt::format("geschat vanaf opgesteld ({}): het plan is nog niet "
                        "vastgesteld",
                        date),
            fmt::format("estimated from opgesteld ({}): the plan is not "
                        "decided yet",
                        date)};
  }
  return {fmt::format("vanaf de dag na {} ({})", term.basis, date),
          fmt::format("from the day after {} ({})", term.basis, date)};
}

void check_term(const PlanContext& plan, std::size_t i, CriterionVerdict& out) {
  const Goal& goal = *plan.goals[i];
  const auto& end = plan.timings[i].end;
  if (!end || *end <= plan.term.last_day) return;
  const std::string last = to_iso(plan.term.last_day);
  const Text basis = term_basis(plan.term);
  const char* key = goal.tijdpad.empty() ? "eind" : "tijdpad";
  out.findings.push_back(goal_finding(
      "PK635", goal, key,
      {fmt::format("dit doel loopt tot {}, na het einde van de "
                   "inburgeringstermijn op {} ({}); rond het binnen de "
                   "termijn af of maak er een afspraak voor daarna van",
                   to_iso(*end), last, basis.nl),
       fmt::format("this goal runs until {}, after the inburgeringstermijn "
                   "ends on {} ({}); finish it within the term or make it "
                   "an agreement for afterwards",
                   to_iso(*end), last, basis.en)}));
}

void check_route_part(const PlanContext& plan, const Goal& goal,
                      CriterionVerdict& out) {
  const RouteRules* route = route_of(plan);
  const std::string part = plan.config.part_of(goal.onderdeel);
  if (route == nullptr || part.empty() ||
      std::find(route->not_allowed.begin(), route->not_allowed.end(), part) ==
          route->not_allowed.end()) {
    return;
  }
  out.findings.push_back(goal_finding(
      "PK636", goal, "onderdeel",
      {fmt::format("leerroute '{}' kent geen onderdeel '{}'; haal dit doel "
                   "weg of kies een leerroute waar het bij hoort",
                   plan.pip.leerroute, goal.onderdeel),
       fmt::format("leerroute '{}' has no onderdeel '{}'; remove this goal "
                   "or choose a route it belongs to",
                   plan.pip.leerroute, goal.onderdeel)}));
}

}  // namespace

void judge_realism(const PlanContext& plan, std::size_t i,
                   CriterionVerdict& out) {
  const Goal& goal = *plan.goals[i];
  out.evidence.push_back(
      {fmt::format("leerroute '{}'; inburgeringstermijn tot {}",
                   plan.pip.leerroute, to_iso(plan.term.last_day)),
       fmt::format("leerroute '{}'; inburgeringstermijn until {}",
                   plan.pip.leerroute, to_iso(plan.term.last_day))});
  check_language(plan, i, out);
  judge_load(plan, i, out);
  check_term(plan, i, out);
  check_route_part(plan, goal, out);
}

}  // namespace pipkit
