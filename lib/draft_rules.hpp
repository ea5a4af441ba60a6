// SPDX-License-Identifier: EUPL-1.2
// build-pip's suggestions as data: when an intake shows X, propose goal Y.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.hpp"
#include "text_error.hpp"

namespace pipkit {

/// Which diplomas or functies of the intake a condition looks for; a field
/// left empty matches anything.
struct ItemFilter {
  std::vector<std::string> niveau, waardering;  // diplomas only
  std::optional<bool> in_bezit;                 // diplomas only
  std::optional<bool> buitenland;               // land is not Nederland
  std::optional<double> jaren_minimaal;         // functies only
};

/// The `wanneer` of a rule: every part that is set must hold.
struct Condition {
  // intake field (leerroute, doelgroep, ...) -> the values that match
  std::map<std::string, std::vector<std::string>> choices;
  std::optional<bool> nieuwkomer;
  std::optional<bool> belemmeringen;      // health limitations recorded
  std::vector<std::string> actie_nodig;   // any of these needs action
  std::vector<std::string> onbeantwoord;  // ... and no goal names it yet
  std::map<std::string, std::string> nederlands_onder;  // skill -> level
  std::optional<ItemFilter> diploma, functie;           // at least one matches
  std::vector<Condition> niet;                          // none of these holds
};

/// When a goal runs and how heavy it is.
struct Planning {
  int start_na_maanden = 0;     // months after the first month of the term
  std::vector<std::string> na;  // starts after these rules' goals end
  int maanden = 1;
  std::optional<double> uren_per_week;
  bool vast = false;  // health limitations do not loosen it
};

/// The goal a rule proposes; texts may hold variables such as {klant}.
struct GoalTemplate {
  std::string titel, onderdeel, doelstelling, partij, overige;
  std::vector<std::string> activiteiten, leefgebieden, instrumenten;
};

/// One suggestion: when `wanneer` holds for the intake, add `doel`.
struct DraftRule {
  std::string id;
  std::string deel;    // inburgering | participatie
  std::string waarom;  // why, shown as a comment above the goal
  Condition wanneer;
  GoalTemplate doel;
  Planning planning;
  Position position;  // where the rule stands in its file
};

/// How health limitations loosen goals that are not `vast`.
struct Loosening {
  double uren_factor = 1;
  double duur_factor = 1;
  std::string opmerking;  // added to the goal's `overige`
};

/// The whole rules file.
struct DraftRules {
  Loosening belemmeringen;
  std::vector<DraftRule> regels;
  DraftRule vangnet;  // the goal for a leefgebied no rule answered
};

/// A rules file that cannot be used, with where and why.
class DraftRulesError : public TextError {
 public:
  DraftRulesError(Position position, Text message)
      : TextError(std::move(message)), position_(position) {}
  Position position() const { return position_; }

 private:
  Position position_;
};

/// Reads a rules file from its text; throws DraftRulesError at the first
/// problem (bad YAML, an unknown key, a value the case format does not
/// know, a variable the text may not use).
DraftRules parse_draft_rules(const std::string& path, std::string text);

/// The variables a goal's texts may use, such as "klant" and "uren".
const std::vector<std::string>& draft_variables();

}  // namespace pipkit
