// SPDX-License-Identifier: EUPL-1.2
// One client's deadline facts from its intake and plan, and which go together.
#include "case_facts.hpp"

#include <filesystem>
#include <map>

#include "case_file.hpp"
#include "suggest.hpp"
#include "tijdpad.hpp"

namespace pipkit {
namespace {

std::string_view trimmed(std::string_view text, std::string_view junk) {
  const auto first = text.find_first_not_of(junk);
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(junk);
  return text.substr(first, last - first + 1);
}

// People write "B1-route", "onderwijsroute" or "Z route" as often as the
// format's b1, onderwijs and z.
std::string route_name(std::string_view side) {
  std::string name = ascii_lower(trimmed(side, " \t"));
  constexpr std::string_view kSuffix = "route";
  if (name.size() > kSuffix.size() && name.ends_with(kSuffix)) {
    name.resize(name.size() - kSuffix.size());
  }
  name = std::string(trimmed(name, " \t-"));
  if (name == "b1" || name == "onderwijs" || name == "z") return name;
  return {};
}

GoalOutcome outcome_of(const std::string& status) {
  if (status == "afgerond") return GoalOutcome::kAfgerond;
  if (status == "gestaakt") return GoalOutcome::kGestaakt;
  return GoalOutcome::kOpen;
}

// The plan's own date anchors a timeline with no year; without one the
// timeline cannot be read safely, and explicit dates are all there is.
std::optional<Date> tijdpad_reference(const Pip& pip) {
  if (pip.opgesteld) return pip.opgesteld;
  if (pip.vastgesteld) return pip.vastgesteld;
  return pip.eerste_vastgesteld;
}

// Explicit dates win over the tijdpad, as case-format.md says.
void add_tijdpad_dates(GoalFacts& facts, const Goal& goal,
                       const std::optional<Date>& reference) {
  if ((facts.start && facts.end) || !reference || goal.tijdpad.empty()) {
    return;
  }
  const Tijdpad tijdpad = parse_tijdpad(goal.tijdpad, *reference);
  if (!facts.start) facts.start = tijdpad.start_date();
  if (!facts.end) {
    facts.end = tijdpad.end_date();
    facts.end_from_tijdpad = facts.end.has_value();
  }
}

GoalFacts goal_facts(const Goal& goal, const std::optional<Date>& reference) {
  GoalFacts facts;
  facts.section = goal.section;
  facts.index = goal.index;
  // A goal without a title is named by its place, not by its doelstelling:
  // that is free text and may say more about the client than a calendar
  // should.
  facts.title = goal.titel.empty()
                    ? goal.section + " " + std::to_string(goal.index + 1)
                    : goal.titel;
  facts.start = goal.start;
  facts.end = goal.eind;
  facts.outcome = outcome_of(goal.status);
  add_tijdpad_dates(facts, goal, reference);
  return facts;
}

void add_intake(CaseFacts& facts, const Intake& intake) {
  facts.klantcode = intake.klantcode;
  facts.intake_path = intake.path;
  facts.nieuwkomer = intake.nieuwkomer.value_or(true);
  facts.aanmelding = intake.aanmelding;
  facts.kennisgeving = intake.kennisgeving;
  facts.brp_inschrijving = intake.brp_inschrijving;
  facts.vestiging = intake.vestiging;
  facts.oproep = intake.oproep;
  facts.derden_informatie = intake.derden_informatie;
}

void add_plan_changes(CaseFacts& facts, const Pip& pip) {
  for (const Voortgang& v : pip.voortgang) {
    if (v.datum) facts.voortgang.push_back(*v.datum);
  }
  for (const Wijziging& w : pip.wijzigingen) {
    if (!w.datum || w.leerroute_wissel.empty()) continue;
    // A switch whose text cannot be read still happened on that day; only
    // the onderwijsroute exception needs to know which way it went.
    const auto change = parse_leerroute_wissel(w.leerroute_wissel);
    facts.leerroute_wissels.push_back(RouteSwitch{
        *w.datum, change && change->from == "onderwijs" && change->to == "b1"});
  }
}

void add_pip(CaseFacts& facts, const Pip& pip) {
  if (!pip.klantcode.empty()) facts.klantcode = pip.klantcode;
  facts.pip_path = pip.path;
  facts.onderwijsroute = pip.leerroute == "onderwijs";
  facts.opgesteld = pip.opgesteld;
  facts.vastgesteld = pip.vastgesteld;
  facts.eerste_vastgesteld = pip.eerste_vastgesteld;
  add_plan_changes(facts, pip);
  const auto reference = tijdpad_reference(pip);
  for (const Goal* goal : pip.goals()) {
    facts.goals.push_back(goal_facts(*goal, reference));
  }
}

std::string normal(const std::string& path) {
  return std::filesystem::path(path).lexically_normal().string();
}

// Hands out each intake to at most one plan.
class IntakeClaims {
 public:
  explicit IntakeClaims(const std::vector<Intake>& intakes)
      : intakes_(intakes), claimed_(intakes.size(), false) {
    for (std::size_t i = 0; i < intakes.size(); ++i) {
      by_path_.emplace(normal(intakes[i].path), i);
    }
  }

  const Intake* by_path(const Pip& pip) {
    const auto found = by_path_.find(normal(intake_path_for(pip)));
    return found == by_path_.end() ? nullptr : claim(found->second);
  }

  // Only an unambiguous match counts: with two intakes of one klantcode
  // the plan cannot say which is its own.
  const Intake* by_klantcode(const Pip& pip) {
    std::optional<std::size_t> match;
    for (std::size_t i = 0; i < intakes_.size(); ++i) {
      if (claimed_[i] || pip.klantcode.empty() ||
          intakes_[i].klantcode != pip.klantcode) {
        continue;
      }
      if (match) return nullptr;
      match = i;
    }
    return match ? claim(*match) : nullptr;
  }

  std::vector<const Intake*> unclaimed() const {
    std::vector<const Intake*> out;
    for (std::size_t i = 0; i < intakes_.size(); ++i) {
      if (!claimed_[i]) out.push_back(&intakes_[i]);
    }
    return out;
  }

 private:
  const Intake* claim(std::size_t i) {
    if (claimed_[i]) return nullptr;
    claimed_[i] = true;
    return &intakes_[i];
  }

  const std::vector<Intake>& intakes_;
  std::vector<bool> claimed_;
  std::map<std::string, std::size_t> by_path_;
};

}  // namespace

std::optional<LeerrouteChange> parse_leerroute_wissel(std::string_view text) {
  std::string line = ascii_lower(text);
  const std::string arrow = "\u2192";
  for (auto at = line.find(arrow); at != std::string::npos;
       at = line.find(arrow)) {
    line.replace(at, arrow.size(), "->");
  }
  for (const std::string_view separator : {"->", " naar "}) {
    const auto at = line.find(separator);
    if (at == std::string::npos) continue;
    LeerrouteChange change{
        route_name(std::string_view(line).substr(0, at)),
        route_name(std::string_view(line).substr(at + separator.size()))};
    if (!change.from.empty() && !change.to.empty()) return change;
  }
  return std::nullopt;
}

CaseFacts case_facts(const Intake* intake, const Pip* pip) {
  CaseFacts facts;
  if (intake != nullptr) add_intake(facts, *intake);
  if (pip != nullptr) add_pip(facts, *pip);
  return facts;
}

std::vector<CaseFiles> pair_case_files(const std::vector<Intake>& intakes,
                                       const std::vector<Pip>& pips) {
  IntakeClaims claims(intakes);
  std::vector<CaseFiles> out;
  for (const Pip& pip : pips) out.push_back({claims.by_path(pip), &pip});
  // Matching by klantcode comes second, so that a plan that names its
  // intake never loses it to a plan that does not.
  for (CaseFiles& files : out) {
    if (files.intake == nullptr) files.intake = claims.by_klantcode(*files.pip);
  }
  for (const Intake* intake : claims.unclaimed())
    out.push_back({intake, nullptr});
  return out;
}

}  // namespace pipkit
