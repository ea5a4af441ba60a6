// SPDX-License-Identifier: EUPL-1.2
// A drafted plan written as the YAML of a pip.yaml.
#include "draft_yaml.hpp"

#include <fmt/format.h>

#include "yaml_quote.hpp"

namespace pipkit {
namespace {

constexpr std::size_t kWidth = 80;

// Splits at single spaces between two other characters: inside a
// double-quoted scalar a line break there folds back into exactly that one
// space. A space after a backslash is never split, so no escape is cut.
std::vector<std::string> breakable_parts(const std::string& quoted) {
  std::vector<std::string> parts(1);
  for (std::size_t i = 0; i < quoted.size(); ++i) {
    const bool breakable = quoted[i] == ' ' && i > 1 && i + 2 < quoted.size() &&
                           quoted[i - 1] != ' ' && quoted[i - 1] != '\\' &&
                           quoted[i + 1] != ' ';
    if (breakable) {
      parts.emplace_back();
    } else {
      parts.back() += quoted[i];
    }
  }
  return parts;
}

// Packs words into lines of at most kWidth columns (a longer word stands
// alone); the first line already holds `first_column` characters.
std::string pack(const std::vector<std::string>& words,
                 std::size_t first_column, const std::string& indent,
                 const std::string& separator) {
  std::string out;
  std::size_t column = first_column;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::size_t width = words[i].size();
    if (i > 0 && column + 1 + width > kWidth) {
      out += "\n" + indent;
      column = indent.size();
    } else if (i > 0) {
      out += separator;
      ++column;
    }
    out += words[i];
    column += width;
  }
  return out;
}

// `key: "value"`, folded over lines that continue under `indent` + 2.
std::string scalar_line(const std::string& indent, const std::string& key,
                        const std::string& value) {
  const std::string head = indent + key + ": ";
  return head +
         pack(breakable_parts(yaml_quote(value)), head.size(), indent + "  ",
              " ") +
         "\n";
}

std::string comment(const std::string& indent, const std::string& text) {
  std::vector<std::string> words(1);
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t') {
      if (!words.back().empty()) words.emplace_back();
    } else {
      words.back() += c;
    }
  }
  if (words.back().empty()) words.pop_back();
  return indent + "# " + pack(words, indent.size() + 2, indent + "# ", " ") +
         "\n";
}

std::string flow_list(const std::vector<std::string>& keys) {
  std::string out;
  for (const std::string& k : keys) out += (out.empty() ? "" : ", ") + k;
  return "[" + out + "]";
}

std::string number_text(double value) { return fmt::format("{}", value); }

std::string goal_yaml(const DraftGoal& draft) {
  const Goal& g = draft.goal;
  const std::string in = "    ";
  std::string out;
  if (!draft.waarom.empty()) out += comment("  ", "Waarom: " + draft.waarom);
  out += scalar_line("  - ", "titel", g.titel);
  if (!g.onderdeel.empty()) out += in + "onderdeel: " + g.onderdeel + "\n";
  out += scalar_line(in, "doelstelling", g.doelstelling);
  out += in + "activiteiten:\n";
  for (const std::string& a : g.activiteiten) {
    const std::string head = in + "  - ";
    out += head +
           pack(breakable_parts(yaml_quote(a)), head.size(), in + "    ", " ") +
           "\n";
  }
  out += scalar_line(in, "partij", g.partij);
  out += scalar_line(in, "tijdpad", g.tijdpad);
  out += in + "start: " + to_iso(*g.start) + "\n";
  out += in + "eind: " + to_iso(*g.eind) + "\n";
  if (g.uren_per_week) {
    out += in + "uren_per_week: " + number_text(*g.uren_per_week) + "\n";
  }
  if (g.section == "participatie" || !g.instrumenten.empty()) {
    out += in + "instrumenten: " + flow_list(g.instrumenten) + "\n";
  }
  out += in + "leefgebieden: " + flow_list(g.leefgebieden) + "\n";
  out += in + "status: " + g.status + "\n";
  if (!g.overige.empty()) out += scalar_line(in, "overige", g.overige);
  return out;
}

std::string goals_yaml(const std::string& section,
                       const std::vector<DraftGoal>& goals) {
  if (goals.empty()) return section + ": []\n";
  std::string out = section + ":\n";
  for (std::size_t i = 0; i < goals.size(); ++i) {
    if (i > 0) out += "\n";
    out += goal_yaml(goals[i]);
  }
  return out;
}

std::string header(const DraftPlan& plan) {
  std::string out = comment(
      "", fmt::format("Concept-PIP voor {}, opgesteld met pipkit build-pip "
                      "uit {} op {}. Bespreek het met de klant, vul elke "
                      "\"nog invullen\" in en pas aan wat niet past; "
                      "pipkit validate en pipkit smart-check wijzen aan wat "
                      "nog open staat.",
                      plan.klantcode, plan.intake, to_iso(plan.opgesteld)));
  out += comment(
      "", fmt::format("Geschatte inburgeringstermijn: {} t/m {}, drie jaar "
                      "vanaf de dag na de opsteldatum. De termijn begint "
                      "echt de dag na de dagtekening van het eerste PIP; de "
                      "doelen liggen in hele maanden binnen deze schatting.",
                      to_iso(plan.term_start), to_iso(plan.term_end)));
  return out;
}

}  // namespace

std::string draft_yaml(const DraftPlan& plan) {
  std::string out = header(plan);
  out += "soort: pip\nversie: 1\nklant:\n";
  out += scalar_line("  ", "klantcode", plan.klantcode);
  out += scalar_line("  ", "naam", plan.naam);
  out += scalar_line("", "intake", plan.intake);
  out += scalar_line("", "consulent", plan.consulent);
  out += "opgesteld: " + to_iso(plan.opgesteld) + "\n";
  out += "vastgesteld: null  # datum van de beschikking\n";
  out += comment("",
                 "Akkoord: het plan is pas af als de klant ermee "
                 "instemt (de A van SMART). Bespreek het concept met de "
                 "klant en vul dan beide data in.");
  out += "akkoord:\n  klant: null\n  consulent: null\n";
  out += "leerroute: " + plan.leerroute + "\n\n";
  out += goals_yaml("inburgering", plan.inburgering) + "\n";
  out += goals_yaml("participatie", plan.participatie) + "\n";
  out += "voortgang: []\nwijzigingen: []\n";
  return out;
}

}  // namespace pipkit
