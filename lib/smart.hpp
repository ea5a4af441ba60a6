// SPDX-License-Identifier: EUPL-1.2
// S, M, A, R and T verdicts for every goal of a plan, and the plan's own.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "case_file.hpp"
#include "date.hpp"
#include "diagnostic.hpp"
#include "model.hpp"
#include "smart_config.hpp"
#include "text.hpp"

namespace pipkit {

enum class Criterion { kS, kM, kA, kR, kT };

inline constexpr std::array<Criterion, 5> kCriteria = {
    Criterion::kS, Criterion::kM, Criterion::kA, Criterion::kR, Criterion::kT};

/// Returns the criterion's letter: "S", "M", "A", "R" or "T".
const char* criterion_letter(Criterion criterion);

/// One criterion of one goal: a finding of severity warning or error fails
/// it, an info finding does not; the evidence says what was looked at.
struct CriterionVerdict {
  Diagnostics findings;
  std::vector<Text> evidence;

  bool pass() const;
};

/// One goal judged on all five criteria.
struct GoalVerdict {
  std::string section;  // "inburgering" or "participatie"
  int index = 0;
  std::string titel, tijdpad;
  std::optional<Date> start, end;  // explicit dates, else from the tijdpad
  std::array<CriterionVerdict, 5> criteria;

  CriterionVerdict& at(Criterion c) {
    return criteria[static_cast<std::size_t>(c)];
  }
  const CriterionVerdict& at(Criterion c) const {
    return criteria[static_cast<std::size_t>(c)];
  }
  /// Returns the number of criteria passed, 0 to 5.
  int score() const;
};

/// A plan judged: its goals, the findings about the plan as a whole and
/// the facts every goal was judged against (the term, the plan's date).
struct PlanVerdict {
  std::string path, klantcode, leerroute;
  std::vector<GoalVerdict> goals;
  Diagnostics findings;
  std::vector<Text> evidence;

  /// Returns the mean goal score, or nullopt for a plan without goals.
  std::optional<double> score() const;
};

/// What a plan is judged against. `intake` is null when it was not found;
/// the checks that need it are then left out. `today` stands in for the
/// plan's date when it has none.
struct SmartInput {
  const CaseFile& plan;
  const Intake* intake = nullptr;
  const SmartConfig& config;
  Date today;
};

/// Judges every goal of the plan in `input.plan` (which must hold a pip)
/// and the plan as a whole; never throws on odd content, which becomes
/// findings.
PlanVerdict judge_plan(const SmartInput& input);

}  // namespace pipkit
