// SPDX-License-Identifier: EUPL-1.2
// smart-check's output: a text report for people, JSON for scripts.
#pragma once

#include <optional>
#include <string>

#include "smart.hpp"
#include "source.hpp"
#include "writers/validate_report.hpp"

namespace pipkit {

/// How the smart-check text report looks.
struct SmartTextStyle {
  TextStyle text;        // language, colour; show_source adds the caret
  bool explain = false;  // the evidence under each goal
  bool quiet = false;    // only goals that miss a criterion, no plan header
};

/// Totals over a whole run.
struct SmartSummary {
  int plans = 0;
  int goals = 0;
  int points = 0;  // criteria passed, over all goals
  int below_min = 0;
  int unreadable = 0;

  void add(const PlanVerdict& plan, std::optional<int> min_score);
};

/// Returns one plan's part of the text report: a header, a line of S M A
/// R T marks per goal with its findings under it in compiler form, then
/// the plan's score and its own findings. A finding shared by several
/// goals (agreement is one fact for the whole plan) is shown once.
std::string smart_text_plan(const PlanVerdict& plan, const Source& source,
                            const SmartTextStyle& style);

/// Returns the closing line of the text report.
std::string smart_text_summary(const SmartSummary& summary,
                               std::optional<int> min_score, Lang lang);

/// Returns one element of the JSON `plans` array of cli.md, indented to
/// sit inside the document.
std::string smart_json_plan(const PlanVerdict& plan, Lang lang);

/// Returns the JSON document's opening, up to the `plans` array; the
/// caller joins elements with `,\n`.
std::string smart_json_begin();

/// Returns the JSON document's close, after the last plan.
std::string smart_json_end(bool any_plans);

}  // namespace pipkit
