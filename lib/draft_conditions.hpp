// SPDX-License-Identifier: EUPL-1.2
// Whether a build-pip rule's `wanneer` holds for an intake, and for what.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "draft_rules.hpp"
#include "model.hpp"

namespace pipkit {

/// A condition on one field of the intake with a fixed set of values.
struct ChoiceField {
  std::string_view key;          // as written under `wanneer`
  std::string_view schema_path;  // where the intake keeps it
  std::string Intake::*member;
};

/// The fields a `wanneer` may test by value, such as leerroute.
const std::vector<ChoiceField>& choice_fields();

/// Returns the values the case format allows at a dotted path of a kind of
/// file (lists are passed through); empty when the path has no choices.
std::vector<std::string> format_choices(FileKind kind, std::string_view path);

/// The diplomas and functies a rule's filters matched, for its texts.
struct ConditionMatch {
  std::vector<const Diploma*> diplomas;
  std::vector<const Functie*> functies;
};

/// Returns whether the condition holds; `answered` holds the leefgebieden
/// that goals drafted so far already name. Fills `match` when it holds.
bool condition_holds(const Condition& condition, const Intake& intake,
                     const std::set<std::string>& answered,
                     ConditionMatch& match);

/// Returns whether the intake records a limitation in physical or mental
/// health (placeholders not counted).
bool has_health_limitations(const Intake& intake);

}  // namespace pipkit
