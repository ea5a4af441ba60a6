// SPDX-License-Identifier: EUPL-1.2
// smart-check's word lists and thresholds, read from a parsed smart.yaml.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diagnostic.hpp"
#include "text.hpp"
#include "yaml_doc.hpp"

namespace pipkit {

/// Vague wording and what to write instead.
struct VagueWords {
  std::vector<std::string> words;
  std::vector<std::string> unless;  // an end product that takes it away
  char criterion = 'S';             // 'S' or 'M'
  Text suggestion;
};

/// What a leerroute asks of a plan.
struct RouteRules {
  std::vector<std::string> required;     // onderdelen the plan must have
  std::vector<std::string> not_allowed;  // onderdelen that do not belong
  std::optional<int> highest_level;      // CEFR rank; above it contradicts
  std::optional<double> max_hours;       // per week, all goals together
};

/// An activity that a limitation from the intake rules out.
struct Clash {
  std::vector<std::string> limitation;
  std::vector<std::string> activity;
};

/// Everything smart-check judges by that a municipality may change.
struct SmartConfig {
  std::vector<VagueWords> vague;
  std::vector<std::string> measurable, units, number_words;
  std::map<std::string, RouteRules> routes;
  std::map<std::string, std::string> counts_as;    // onderdeel -> onderdeel
  std::map<std::string, double> months_per_level;  // by leerbaarheid
  std::map<std::string, double> extra_months;      // by alfabetisering
  std::vector<std::string> needs_literacy;         // alfabetisering values
  std::optional<double> max_hours_with_limitation;
  int days_per_week = 5;
  std::vector<std::string> ongoing;  // open-ended tijdpad reasons that run on
  std::vector<Clash> clashes;
  std::vector<std::string> instruments;  // labour-market instruments

  /// Returns the onderdeel that `onderdeel` counts as (ona counts as map).
  std::string part_of(const std::string& onderdeel) const;
};

/// Adds what a parsed smart.yaml says to `config`: lists are appended,
/// numbers and a route's settings replaced, so a caseload's file extends
/// the shipped one. Returns PK690 errors for values of the wrong kind (the
/// value is then skipped) and PK691 warnings for unknown keys.
Diagnostics read_smart_config(const Node& root, SmartConfig& config);

}  // namespace pipkit
