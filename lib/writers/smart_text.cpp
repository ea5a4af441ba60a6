// SPDX-License-Identifier: EUPL-1.2
// smart-check's text report: marks per goal, findings in compiler form.
#include <fmt/format.h>
#include <set>
#include <tuple>

#include "writers/ansi.hpp"
#include "writers/smart_report.hpp"

namespace pipkit {
namespace {

using namespace ansi;

std::string decimal(double value, Lang lang) {
  std::string text = fmt::format("{:.1f}", value);
  if (lang == Lang::kNl) text[text.find('.')] = ',';
  return text;
}

std::string marks(const GoalVerdict& goal, bool color) {
  std::string out;
  for (Criterion c : kCriteria) {
    const bool pass = goal.at(c).pass();
    out += fmt::format(
        "{}{}", out.empty() ? "" : " ",
        paint(fmt::format("{}{}", criterion_letter(c), pass ? "✓" : "✗"),
              pass ? kGreen : kRed, color));
  }
  return out;
}

std::string header(const PlanVerdict& plan, const SmartTextStyle& style) {
  const bool nl = style.text.lang == Lang::kNl;
  const std::string who = plan.klantcode.empty() ? "?" : plan.klantcode;
  const std::string route = plan.leerroute.empty() ? "?" : plan.leerroute;
  return paint(fmt::format("{}: {} {}, leerroute {}", plan.path,
                           nl ? "plan van" : "plan of", who, route),
               kBold, style.text.color) +
         "\n";
}

std::string evidence_lines(const std::vector<Text>& lines, const char* label,
                           Lang lang) {
  std::string out;
  for (const Text& line : lines) {
    out += label == nullptr
               ? fmt::format("    {}\n", line.in(lang))
               : fmt::format("      {}  {}\n", label, line.in(lang));
  }
  return out;
}

// Identical findings (the plan's agreement, shared by every goal) are
// shown the first time only.
using Seen =
    std::set<std::tuple<std::string, int, int, std::string, std::string>>;

std::string findings_text(const Diagnostics& findings, const char* label,
                          const Source& source, const SmartTextStyle& style,
                          Seen& seen) {
  std::string out;
  for (const Diagnostic& d : findings) {
    if (!seen.insert({d.rule, d.position.line, d.position.column, d.key,
                      d.message.en})
             .second) {
      continue;
    }
    Diagnostic shown = d;
    if (label != nullptr) {
      shown.message.nl = fmt::format("{}: {}", label, d.message.nl);
      shown.message.en = fmt::format("{}: {}", label, d.message.en);
    }
    out += format_diagnostic_text(shown, source, style.text);
  }
  return out;
}

std::string goal_text(const GoalVerdict& goal, const Source& source,
                      const SmartTextStyle& style, Seen& seen) {
  std::string out;
  if (!style.quiet) {
    out += fmt::format("  {}  {}/5  {}[{}] {}\n", marks(goal, style.text.color),
                       goal.score(), goal.section, goal.index, goal.titel);
  }
  if (style.explain && !style.quiet) {
    for (Criterion c : kCriteria) {
      out += evidence_lines(goal.at(c).evidence, criterion_letter(c),
                            style.text.lang);
    }
  }
  for (Criterion c : kCriteria) {
    out += findings_text(goal.at(c).findings, criterion_letter(c), source,
                         style, seen);
  }
  return out;
}

std::string plan_score(const PlanVerdict& plan, Lang lang) {
  const auto score = plan.score();
  const std::size_t n = plan.goals.size();
  if (!score) {
    return lang == Lang::kNl ? "  het plan heeft geen doelen\n"
                             : "  the plan has no goals\n";
  }
  if (lang == Lang::kNl) {
    return fmt::format("  score van het plan: {} van 5 ({} doel{})\n",
                       decimal(*score, lang), n, n == 1 ? "" : "en");
  }
  return fmt::format("  plan score: {} of 5 ({} goal{})\n",
                     decimal(*score, lang), n, n == 1 ? "" : "s");
}

}  // namespace

void SmartSummary::add(const PlanVerdict& plan, std::optional<int> min_score) {
  ++plans;
  for (const GoalVerdict& goal : plan.goals) {
    ++goals;
    points += goal.score();
    if (min_score && goal.score() < *min_score) ++below_min;
  }
}

std::string smart_text_plan(const PlanVerdict& plan, const Source& source,
                            const SmartTextStyle& style) {
  const Lang lang = style.text.lang;
  std::string out = style.quiet ? "" : header(plan, style);
  if (style.explain && !style.quiet) {
    out += evidence_lines(plan.evidence, nullptr, lang);
  }
  Seen seen;
  for (const GoalVerdict& goal : plan.goals) {
    out += goal_text(goal, source, style, seen);
  }
  if (!style.quiet) out += plan_score(plan, lang);
  out += findings_text(plan.findings, nullptr, source, style, seen);
  return out;
}

std::string smart_text_summary(const SmartSummary& s,
                               std::optional<int> min_score, Lang lang) {
  const bool nl = lang == Lang::kNl;
  std::string out = nl ? fmt::format("{} plan{} beoordeeld, {} doel{}", s.plans,
                                     s.plans == 1 ? "" : "nen", s.goals,
                                     s.goals == 1 ? "" : "en")
                       : fmt::format("{} plan{} judged, {} goal{}", s.plans,
                                     s.plans == 1 ? "" : "s", s.goals,
                                     s.goals == 1 ? "" : "s");
  if (s.goals > 0) {
    const std::string mean =
        decimal(static_cast<double>(s.points) / s.goals, lang);
    out += nl ? fmt::format(", gemiddeld {} van 5", mean)
              : fmt::format(", {} of 5 on average", mean);
  }
  if (min_score) {
    const int n = s.below_min;
    out += nl ? fmt::format("; {} doel{} onder --min-score {}", n,
                            n == 1 ? "" : "en", *min_score)
              : fmt::format("; {} goal{} below --min-score {}", n,
                            n == 1 ? "" : "s", *min_score);
  }
  return out + "\n";
}

}  // namespace pipkit
