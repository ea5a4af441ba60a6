// SPDX-License-Identifier: EUPL-1.2
// S and M of SMART: what a goal's words say, and what they leave vague.
#include "smart_wording.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "smart_words.hpp"

namespace pipkit {
namespace {

std::string excerpt(const std::string& text, const WordMatch& match) {
  return text.substr(match.offset, match.length);
}

// The first vague phrase of one list entry in one field, unless the field
// also names what takes the vagueness away.
struct VagueHit {
  std::string words;  // as written in the plan
  Diagnostic finding;
};

std::optional<VagueHit> vague_finding(const PlanContext& plan,
                                      const GoalField& field,
                                      const VagueWords& entry,
                                      const char* rule) {
  const std::vector<WordMatch> found = find_phrases(field.text, entry.words);
  if (found.empty() || !find_phrases(field.text, entry.unless).empty()) {
    return std::nullopt;
  }
  const std::string words = excerpt(field.text, found.front());
  return VagueHit{
      words,
      {rule,
       Severity::kWarning,
       locate_in_source(plan.source, field.position, words),
       field.key,
       {fmt::format("'{}' is vaag; {}", words, entry.suggestion.nl),
        fmt::format("'{}' is vague; {}", words, entry.suggestion.en)}}};
}

std::string quoted_list(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    out += (out.empty() ? "'" : ", '") + item + "'";
  }
  return out;
}

std::vector<std::string> measurable_markers(const PlanContext& plan,
                                            const std::string& text) {
  std::vector<std::string> out;
  for (const WordMatch& m : find_cefr_levels(text)) out.push_back(m.phrase);
  for (const WordMatch& m : find_phrases(text, plan.config.measurable)) {
    out.push_back(excerpt(text, m));
  }
  if (auto amount =
          find_amount(text, plan.config.units, plan.config.number_words)) {
    out.push_back(amount->phrase);
  }
  return out;
}

}  // namespace

void judge_specific(const PlanContext& plan, std::size_t i,
                    CriterionVerdict& out) {
  const Goal& goal = *plan.goals[i];
  const std::vector<GoalField> fields = goal_text_fields(plan.root, goal);
  const std::size_t activities = activity_fields(plan.root, goal).size();
  // A missing or empty doelstelling, activities or partij is validate's
  // PK100 (or PK120 in a draft), one of the wrong kind its PK101; S takes
  // them over.
  out.findings = shared_findings(
      plan, {"PK100", "PK101", "PK120"},
      {goal.places.key_path("doelstelling"),
       goal.places.key_path("activiteiten"), goal.places.key_path("partij")});
  std::vector<std::string> vague;
  for (const GoalField& field : fields) {
    for (const VagueWords& entry : plan.config.vague) {
      if (entry.criterion != 'S') continue;
      auto hit = vague_finding(plan, field, entry, "PK601");
      if (!hit) continue;
      vague.push_back(hit->words);
      out.findings.push_back(std::move(hit->finding));
    }
  }
  out.evidence.push_back(
      {fmt::format("{} activiteit{}, partij '{}'; vaag: {}", activities,
                   activities == 1 ? "" : "en", goal.partij,
                   vague.empty() ? "niets" : quoted_list(vague)),
       fmt::format("{} activit{}, partij '{}'; vague: {}", activities,
                   activities == 1 ? "y" : "ies", goal.partij,
                   vague.empty() ? "nothing" : quoted_list(vague))});
}

void judge_measurable(const PlanContext& plan, std::size_t i,
                      CriterionVerdict& out) {
  const Goal& goal = *plan.goals[i];
  const std::vector<std::string> markers =
      measurable_markers(plan, goal.doelstelling);
  if (!markers.empty()) {
    out.evidence.push_back({"meetbaar: " + quoted_list(markers),
                            "measurable: " + quoted_list(markers)});
    return;
  }
  out.evidence.push_back({"niets meetbaars in de doelstelling",
                          "nothing measurable in the doelstelling"});
  const GoalField field{goal.places.key_path("doelstelling"),
                        goal.places.of("doelstelling"), goal.doelstelling};
  for (const VagueWords& entry : plan.config.vague) {
    if (entry.criterion != 'M') continue;
    if (auto hit = vague_finding(plan, field, entry, "PK611")) {
      out.findings.push_back(std::move(hit->finding));
    }
  }
  if (!out.findings.empty()) return;
  out.findings.push_back(
      {"PK610",
       Severity::kWarning,
       field.position,
       field.key,
       {"de doelstelling noemt niets wat een ander achteraf kan nagaan; noem "
        "een ERK-niveau, een examen, diploma of certificaat, een ondertekende "
        "verklaring, of een aantal uren, dagen of sollicitaties",
        "the doelstelling names nothing a third person can check afterwards; "
        "name a CEFR level, an exam, diploma or certificate, a signed "
        "statement, or a number of hours, days or applications"}});
}

}  // namespace pipkit
