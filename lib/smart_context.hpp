// SPDX-License-Identifier: EUPL-1.2
// What the SMART checks share while judging one plan.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "date.hpp"
#include "diagnostic.hpp"
#include "model.hpp"
#include "smart_config.hpp"
#include "source.hpp"
#include "text.hpp"
#include "yaml_doc.hpp"

namespace pipkit {

/// The inburgeringstermijn: three years from the day after the first
/// plan's date; estimated when the plan is not decided yet.
struct Term {
  Date first_day;
  Date last_day;
  std::string basis;  // eerste_vastgesteld | vastgesteld | opgesteld | today
  Date basis_date;
  bool estimated = false;
};

/// When a goal runs, as far as its dates and tijdpad say.
struct GoalTiming {
  std::optional<Date> start, end;
  std::optional<std::string> open_reason;  // the tijdpad's words for it
  bool end_before_start = false;           // as the tijdpad reads
  Diagnostics notes;                       // the tijdpad parser's doubts
  std::vector<Text> evidence;
};

/// One plan with everything its checks read.
struct PlanContext {
  const Pip& pip;
  const Intake* intake;
  const Source& source;
  const Node& root;
  const Diagnostics& file_findings;  // validate's, for the shared checks
  const SmartConfig& config;
  Date reference;  // the plan's date: opgesteld, else vastgesteld, else today
  Term term;
  std::vector<const Goal*> goals;
  std::vector<GoalTiming> timings;  // one per goal, same order
};

/// A piece of a goal's free text, with the key path and place of its value.
struct GoalField {
  std::string key;
  Position position;
  std::string text;
};

/// Returns a goal's own YAML node, or nullptr when it cannot be found.
const Node* goal_node(const Node& root, const Goal& goal);

/// Returns the goal's activities, one field each, skipping empty ones.
std::vector<GoalField> activity_fields(const Node& root, const Goal& goal);

/// Returns the doelstelling, then the activities, then the partij, leaving
/// out what is empty.
std::vector<GoalField> goal_text_fields(const Node& root, const Goal& goal);

/// Returns validate's findings with one of `rules` about one of `keys`
/// (full key paths): smart-check takes them over rather than saying the
/// same thing again in other words.
Diagnostics shared_findings(const PlanContext& plan,
                            std::initializer_list<const char*> rules,
                            std::initializer_list<std::string> keys);

/// Returns a warning about a key of a goal, at the key's place.
Diagnostic goal_finding(const char* rule, const Goal& goal,
                        const std::string& key, Text message);

/// Returns months between two dates, as a fraction (30.44 days a month).
double months_between(const Date& from, const Date& to);

/// Formats a number of hours with at most one decimal, a decimal comma in
/// Dutch.
std::string format_amount(double value, Lang lang);

}  // namespace pipkit
