// SPDX-License-Identifier: EUPL-1.2
// What the SMART checks share while judging one plan.
#include "smart_context.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>

namespace pipkit {

const Node* goal_node(const Node& root, const Goal& goal) {
  const Node* list = root.get(goal.section);
  if (list == nullptr || !list->is_sequence() || goal.index < 0 ||
      static_cast<std::size_t>(goal.index) >= list->items.size()) {
    return nullptr;
  }
  return &list->items[static_cast<std::size_t>(goal.index)];
}

std::vector<GoalField> activity_fields(const Node& root, const Goal& goal) {
  std::vector<GoalField> out;
  const Node* node = goal_node(root, goal);
  const Node* list = node ? node->get("activiteiten") : nullptr;
  if (list == nullptr) return out;
  for (std::size_t j = 0; j < list->items.size(); ++j) {
    const Node& item = list->items[j];
    if (!item.is_scalar() || item.text.empty()) continue;
    out.push_back(
        {fmt::format("{}[{}]", goal.places.key_path("activiteiten"), j),
         item.position, item.text});
  }
  return out;
}

std::vector<GoalField> goal_text_fields(const Node& root, const Goal& goal) {
  std::vector<GoalField> out;
  if (!goal.doelstelling.empty()) {
    out.push_back({goal.places.key_path("doelstelling"),
                   goal.places.of("doelstelling"), goal.doelstelling});
  }
  for (GoalField& f : activity_fields(root, goal)) out.push_back(std::move(f));
  if (!goal.partij.empty()) {
    out.push_back({goal.places.key_path("partij"), goal.places.of("partij"),
                   goal.partij});
  }
  return out;
}

Diagnostics shared_findings(const PlanContext& plan,
                            std::initializer_list<const char*> rules,
                            std::initializer_list<std::string> keys) {
  Diagnostics out;
  for (const Diagnostic& d : plan.file_findings) {
    const bool rule = std::any_of(rules.begin(), rules.end(),
                                  [&](const char* r) { return d.rule == r; });
    const bool key = std::any_of(keys.begin(), keys.end(),
                                 [&](const auto& k) { return d.key == k; });
    if (rule && key) out.push_back(d);
  }
  return out;
}

Diagnostic goal_finding(const char* rule, const Goal& goal,
                        const std::string& key, Text message) {
  return {rule, Severity::kWarning, goal.places.of(key),
          goal.places.key_path(key), std::move(message)};
}

double months_between(const Date& from, const Date& to) {
  return static_cast<double>(days_between(from, to)) / 30.44;
}

std::string format_amount(double value, Lang lang) {
  const double rounded = std::round(value * 10.0) / 10.0;
  if (rounded == std::floor(rounded)) {
    return fmt::format("{}", static_cast<long>(rounded));
  }
  std::string text = fmt::format("{:.1f}", rounded);
  if (lang == Lang::kNl) text[text.find('.')] = ',';
  return text;
}

}  // namespace pipkit
