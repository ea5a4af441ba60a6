// SPDX-License-Identifier: EUPL-1.2
// Part of R: what the goals together ask of the client, week by week.
#include "smart_load.hpp"

#include <fmt/format.h>
#include <charconv>

#include "smart_words.hpp"

namespace pipkit {
namespace {

constexpr Date kNoEnd{9999, 12, 31};

struct Limit {
  double hours = 0;
  Text why;
};

std::vector<const std::string*> limitations(const Intake& intake) {
  std::vector<const std::string*> out;
  for (const Leefgebied& lg : intake.leefgebieden) {
    for (const std::string& b : lg.belemmeringen) out.push_back(&b);
  }
  return out;
}

// "maximaal 4 uur per dag" names the hours outright; only digits are read,
// as a number in words is rare in a belemmering.
std::optional<double> hours_per(const std::string& text, const char* per) {
  const auto match = find_phrase(text, fmt::format("* uur per {}", per));
  if (!match) return std::nullopt;
  double value = 0;
  const char* begin = text.data() + match->offset;
  const auto result = std::from_chars(begin, text.data() + text.size(), value);
  if (result.ec != std::errc() || *result.ptr != ' ') return std::nullopt;
  return value;
}

std::optional<Limit> stated_limit(const PlanContext& plan,
                                  const std::string& b) {
  std::optional<double> hours;
  if (auto day = hours_per(b, "dag")) hours = *day * plan.config.days_per_week;
  if (auto week = hours_per(b, "week")) hours = *week;
  if (!hours) return std::nullopt;
  const std::string h = format_amount(*hours, Lang::kNl);
  return Limit{
      *hours,
      {fmt::format("de intake zegt '{}' (ongeveer {} uur per week)", b, h),
       fmt::format("the intake says '{}' (about {} hours a week)", b,
                   format_amount(*hours, Lang::kEn))}};
}

void keep_lowest(std::optional<Limit>& lowest, std::optional<Limit> next) {
  if (next && (!lowest || next->hours < lowest->hours)) lowest = next;
}

std::optional<Limit> health_limit(const PlanContext& plan) {
  std::optional<Limit> lowest;
  const auto all = limitations(*plan.intake);
  for (const std::string* b : all) keep_lowest(lowest, stated_limit(plan, *b));
  if (lowest || all.empty() || !plan.config.max_hours_with_limitation) {
    return lowest;
  }
  const double max = *plan.config.max_hours_with_limitation;
  return Limit{max,
               {fmt::format("de intake noemt belemmeringen ('{}'); dan geldt "
                            "hooguit {} uur per week",
                            *all.front(), format_amount(max, Lang::kNl)),
                fmt::format("the intake names limitations ('{}'); then at "
                            "most {} hours a week apply",
                            *all.front(), format_amount(max, Lang::kEn))}};
}

std::optional<Limit> hours_limit(const PlanContext& plan) {
  std::optional<Limit> lowest;
  const auto route = plan.config.routes.find(plan.pip.leerroute);
  if (route != plan.config.routes.end() && route->second.max_hours) {
    const double max = *route->second.max_hours;
    lowest =
        Limit{max,
              {fmt::format("leerroute '{}' laat hooguit {} uur per week "
                           "toe",
                           plan.pip.leerroute, format_amount(max, Lang::kNl)),
               fmt::format("leerroute '{}' allows at most {} hours a "
                           "week",
                           plan.pip.leerroute, format_amount(max, Lang::kEn))}};
  }
  if (plan.intake != nullptr) keep_lowest(lowest, health_limit(plan));
  return lowest;
}

struct Span {
  Date from, to;
  double hours = 0;
};

// A goal counts from its start to its end; one that runs on by design
// ("doorlopend") from the plan's date with no end; one whose dates are
// unknown cannot be placed and is left out.
std::optional<Span> span_of(const PlanContext& plan, std::size_t j) {
  const Goal& goal = *plan.goals[j];
  const GoalTiming& t = plan.timings[j];
  if (!goal.uren_per_week || *goal.uren_per_week <= 0) return std::nullopt;
  const bool ongoing =
      t.open_reason &&
      !find_phrases(*t.open_reason, plan.config.ongoing).empty();
  if ((!t.start && !ongoing) || (!t.end && !ongoing)) return std::nullopt;
  return Span{t.start.value_or(plan.reference), t.end.value_or(kNoEnd),
              *goal.uren_per_week};
}

struct Peak {
  Date when;
  double total = 0;
  std::vector<std::size_t> goals;
};

Peak peak_during(const PlanContext& plan, const Span& own) {
  std::vector<std::optional<Span>> spans;
  for (std::size_t j = 0; j < plan.goals.size(); ++j) {
    spans.push_back(span_of(plan, j));
  }
  std::vector<Date> moments{own.from};
  for (const auto& s : spans) {
    if (s && s->from > own.from && s->from <= own.to)
      moments.push_back(s->from);
  }
  Peak best;
  for (const Date& t : moments) {
    Peak here{t, 0, {}};
    for (std::size_t j = 0; j < spans.size(); ++j) {
      if (!spans[j] || spans[j]->from > t || spans[j]->to < t) continue;
      here.total += spans[j]->hours;
      here.goals.push_back(j);
    }
    if (here.total > best.total || best.goals.empty()) best = here;
  }
  return best;
}

std::string contributors(const PlanContext& plan, const Peak& peak, Lang lang) {
  std::string out;
  for (std::size_t j : peak.goals) {
    out +=
        fmt::format("{}'{}' {}", out.empty() ? "" : ", ", plan.goals[j]->titel,
                    format_amount(*plan.goals[j]->uren_per_week, lang));
  }
  return out;
}

void check_hours(const PlanContext& plan, std::size_t i,
                 CriterionVerdict& out) {
  const auto own = span_of(plan, i);
  const auto limit = hours_limit(plan);
  if (!own || !limit) return;
  const Peak peak = peak_during(plan, *own);
  const std::string when = to_iso(peak.when);
  const std::string nl = contributors(plan, peak, Lang::kNl);
  const std::string en = contributors(plan, peak, Lang::kEn);
  const std::string total_nl = format_amount(peak.total, Lang::kNl);
  const std::string total_en = format_amount(peak.total, Lang::kEn);
  out.evidence.push_back(
      {fmt::format("uren per week vanaf {}: {} ({}); grens {}", when, total_nl,
                   nl, format_amount(limit->hours, Lang::kNl)),
       fmt::format("hours a week from {}: {} ({}); limit {}", when, total_en,
                   en, format_amount(limit->hours, Lang::kEn))});
  if (peak.total <= limit->hours) return;
  const Goal& goal = *plan.goals[i];
  out.findings.push_back(
      {"PK633",
       Severity::kWarning,
       goal.places.of("uren_per_week"),
       goal.places.key_path("uren_per_week"),
       {fmt::format(
            "vanaf {} komen de doelen samen op {} uur per week ({}); {}: "
            "verlaag de uren of laat de doelen na elkaar lopen",
            when, total_nl, nl, limit->why.nl),
        fmt::format("from {} goals add up to {} hours a week ({}); {}: "
                    "lower the hours or let the goals run one after another",
                    when, total_en, en, limit->why.en)}});
}

const std::string* matching_limitation(const Intake& intake,
                                       const Clash& clash) {
  for (const std::string* b : limitations(intake)) {
    if (!find_phrases(*b, clash.limitation).empty()) return b;
  }
  return nullptr;
}

void check_clashes(const PlanContext& plan, std::size_t i,
                   CriterionVerdict& out) {
  const Goal& goal = *plan.goals[i];
  for (const Clash& clash : plan.config.clashes) {
    const std::string* limitation = matching_limitation(*plan.intake, clash);
    if (limitation == nullptr) continue;
    for (const GoalField& field : goal_text_fields(plan.root, goal)) {
      if (field.key == goal.places.key_path("partij")) continue;
      const auto hits = find_phrases(field.text, clash.activity);
      if (hits.empty()) continue;
      const std::string words =
          field.text.substr(hits.front().offset, hits.front().length);
      out.findings.push_back(
          {"PK634",
           Severity::kWarning,
           locate_in_source(plan.source, field.position, words),
           field.key,
           {fmt::format("'{}' botst met de belemmering '{}' uit de intake; "
                        "kies iets wat hierbij past of leg vast hoe het "
                        "wordt aangepast",
                        words, *limitation),
            fmt::format("'{}' clashes with the limitation '{}' from the "
                        "intake; choose something that fits it or record "
                        "how it is adapted",
                        words, *limitation)}});
      break;
    }
  }
}

}  // namespace

void judge_load(const PlanContext& plan, std::size_t i, CriterionVerdict& out) {
  check_hours(plan, i, out);
  if (plan.intake != nullptr) check_clashes(plan, i, out);
}

}  // namespace pipkit
