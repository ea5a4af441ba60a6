// SPDX-License-Identifier: EUPL-1.2
// build-pip: a first plan drafted from an intake by the rules kept as data.
#include "draft.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "draft_conditions.hpp"
#include "dutch_words.hpp"
#include "schema.hpp"

namespace pipkit {
namespace {

using Variables = std::map<std::string, std::string>;

constexpr const char* kPlaceholder = "nog invullen";

Date first_of_month(const Date& d) { return Date{d.year, d.month, 1}; }

// The term is only an estimate: it really starts the day after the date of
// the decision on the first plan, which is not known yet. Goals are placed
// in whole months from the first month that lies wholly inside the term,
// and end by the last such month, so that a plan decided a few weeks after
// the draft still holds every goal within its term.
struct Term {
  Date start, end;   // day after the draft date; three years on
  Date first_month;  // first day of the first whole month
  Date last_day;     // last day of the last whole month
};

Term estimate_term(const Date& draft_date) {
  Term t;
  t.start = add_days(draft_date, 1);
  t.end = add_years(draft_date, 3);
  t.first_month =
      t.start.day == 1 ? t.start : add_months(first_of_month(t.start), 1);
  t.last_day = end_of_month(t.end) == t.end
                   ? t.end
                   : add_days(first_of_month(t.end), -1);
  return t;
}

std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
    text[0] = static_cast<char>(text[0] - 'a' + 'A');
  }
  return text;
}

// "A", "A en B", "A, B en C", each value once.
std::string dutch_list(const std::vector<std::string>& values) {
  std::vector<std::string> unique;
  for (const std::string& v : values) {
    if (!v.empty() &&
        std::find(unique.begin(), unique.end(), v) == unique.end()) {
      unique.push_back(v);
    }
  }
  std::string out;
  for (std::size_t i = 0; i < unique.size(); ++i) {
    if (i > 0) out += i + 1 == unique.size() ? " en " : ", ";
    out += unique[i];
  }
  return out;
}

// Dutch writes a decimal comma: 1,5 uur.
std::string hours_text(double hours) {
  std::string text = fmt::format("{}", hours);
  std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

// Whole months, in the words the tijdpad reader takes back exactly: a
// month alone is the whole month, "t/m" includes the last one, and a year
// left out of the first part is taken from the second.
std::string month_span_text(const Date& start, const Date& eind) {
  const std::string from(month_name(start.month));
  if (start.year == eind.year && start.month == eind.month) {
    return capitalised(fmt::format("{} {}", from, start.year));
  }
  if (start.year == eind.year) {
    return capitalised(
        fmt::format("{} t/m {} {}", from, month_name(eind.month), eind.year));
  }
  return capitalised(fmt::format("{} {} t/m {} {}", from, start.year,
                                 month_name(eind.month), eind.year));
}

std::string expand(const std::string& text, const Variables& vars) {
  std::string out;
  std::size_t at = 0;
  for (std::size_t open = text.find('{'); open != std::string::npos;
       open = text.find('{', at)) {
    const std::size_t close = text.find('}', open);
    if (close == std::string::npos) break;
    const auto value = vars.find(text.substr(open + 1, close - open - 1));
    out += text.substr(at, open - at);
    out += value != vars.end() ? value->second
                               : text.substr(open, close - open + 1);
    at = close + 1;
  }
  return out + text.substr(std::min(at, text.size()));
}

class Drafter {
 public:
  Drafter(const Intake& intake, const DraftRules& rules, const Date& date)
      : intake_(intake),
        rules_(rules),
        term_(estimate_term(date)),
        limited_(has_health_limitations(intake)) {
    const std::string word = intake.geslacht == "v"   ? "mevrouw"
                             : intake.geslacht == "m" ? "meneer"
                                                      : "de klant";
    base_vars_ = {{"klant", word}, {"Klant", capitalised(word)}};
  }

  const Term& term() const { return term_; }

  void apply_rules(DraftPlan& plan) {
    for (const DraftRule& rule : rules_.regels) {
      ConditionMatch match;
      if (!condition_holds(rule.wanneer, intake_, answered_, match)) continue;
      DraftGoal goal = make_goal(rule, variables(match));
      ends_[rule.id] = *goal.goal.eind;
      add(plan, rule.deel, std::move(goal));
    }
  }

  // Every leefgebied the intake marks for action gets a goal, so the draft
  // never fails PK406, whatever the rules file says.
  void fill_gaps(DraftPlan& plan) {
    for (const std::string& key : leefgebied_keys()) {
      const Leefgebied* lg = intake_.leefgebied(key);
      if (lg == nullptr || !lg->actie_nodig || answered_.count(key)) continue;
      Variables vars = base_vars_;
      vars["leefgebied"] = std::string(leefgebied_name(key));
      DraftGoal goal = make_goal(rules_.vangnet, std::move(vars));
      goal.goal.leefgebieden.insert(goal.goal.leefgebieden.begin(), key);
      add(plan, "participatie", std::move(goal));
    }
  }

 private:
  Variables variables(const ConditionMatch& match) const {
    Variables vars = base_vars_;
    std::vector<std::string> names, diploma_lands, jobs, job_lands;
    for (const Diploma* d : match.diplomas) {
      names.push_back(d->naam);
      diploma_lands.push_back(d->land);
    }
    for (const Functie* f : match.functies) {
      jobs.push_back(f->beroep);
      job_lands.push_back(f->land);
    }
    vars["diplomas"] = dutch_list(names);
    vars["diplomalanden"] = dutch_list(diploma_lands);
    vars["beroepen"] = dutch_list(jobs);
    vars["werklanden"] = dutch_list(job_lands);
    return vars;
  }

  DraftGoal make_goal(const DraftRule& rule, Variables vars) const {
    DraftGoal out;
    out.rule = rule.id;
    Goal& g = out.goal;
    g.section = rule.deel;
    out.loosened = schedule(rule.planning, g);
    const int months = (g.eind->year - g.start->year) * 12 + g.eind->month -
                       g.start->month + 1;
    vars["maanden"] = std::to_string(months);
    if (g.uren_per_week) vars["uren"] = hours_text(*g.uren_per_week);
    fill_texts(rule, vars, out);
    return out;
  }

  void fill_texts(const DraftRule& rule, const Variables& vars,
                  DraftGoal& out) const {
    const GoalTemplate& t = rule.doel;
    Goal& g = out.goal;
    out.waarom = expand(rule.waarom, vars);
    g.titel = expand(t.titel, vars);
    g.onderdeel = t.onderdeel;
    g.doelstelling = expand(t.doelstelling, vars);
    for (const std::string& a : t.activiteiten) {
      g.activiteiten.push_back(expand(a, vars));
    }
    g.partij = t.partij.empty() ? kPlaceholder : expand(t.partij, vars);
    g.tijdpad = month_span_text(*g.start, *g.eind);
    g.leefgebieden = t.leefgebieden;
    g.instrumenten = t.instrumenten;
    g.status = "gepland";
    std::string overige = expand(t.overige, vars);
    if (out.loosened && !rules_.belemmeringen.opmerking.empty()) {
      overige += (overige.empty() ? "" : " ") + rules_.belemmeringen.opmerking;
    }
    g.overige = overige;
  }

  // Returns whether health limitations loosened the goal.
  bool schedule(const Planning& p, Goal& g) const {
    const bool loosen = limited_ && !p.vast;
    const Loosening& l = rules_.belemmeringen;
    int months = p.maanden;
    g.uren_per_week = p.uren_per_week;
    if (loosen) {
      months = static_cast<int>(std::ceil(months * l.duur_factor - 1e-9));
      if (g.uren_per_week) {
        const double halves = std::round(*g.uren_per_week * l.uren_factor * 2);
        g.uren_per_week = std::max(0.5, halves / 2);
      }
    }
    Date start = add_months(term_.first_month, p.start_na_maanden);
    for (const std::string& id : p.na) {
      const auto end = ends_.find(id);
      if (end != ends_.end()) start = std::max(start, add_days(end->second, 1));
    }
    Date eind = end_of_month(add_months(start, months - 1));
    eind = std::min(eind, term_.last_day);
    g.start = std::min(start, first_of_month(eind));
    g.eind = eind;
    return loosen;
  }

  void add(DraftPlan& plan, const std::string& deel, DraftGoal goal) {
    for (const std::string& key : goal.goal.leefgebieden) {
      answered_.insert(key);
    }
    auto& list = deel == "inburgering" ? plan.inburgering : plan.participatie;
    goal.goal.index = static_cast<int>(list.size());
    list.push_back(std::move(goal));
  }

  const Intake& intake_;
  const DraftRules& rules_;
  Term term_;
  bool limited_;
  Variables base_vars_;
  std::map<std::string, Date> ends_;  // rule id -> end of its goal
  std::set<std::string> answered_;
};

std::string full_name(const Intake& intake) {
  std::string name = intake.voornamen;
  if (!name.empty() && !intake.achternaam.empty()) name += " ";
  name += intake.achternaam;
  return name.empty() ? kPlaceholder : name;
}

}  // namespace

DraftPlan draft_plan(const Intake& intake, const DraftRules& rules,
                     const Date& date, const std::string& intake_ref) {
  if (intake.klantcode.empty()) {
    throw DraftError({"de intake heeft geen klant.klantcode; vul die eerst in",
                      "the intake has no klant.klantcode; fill it in first"});
  }
  if (intake.leerroute.empty()) {
    throw DraftError(
        {"de intake heeft geen advies.leerroute; het plan volgt de "
         "geadviseerde leerroute, vul het advies eerst in",
         "the intake has no advies.leerroute; the plan follows the advised "
         "leerroute, so fill in the advice first"});
  }
  DraftPlan plan;
  plan.klantcode = intake.klantcode;
  plan.naam = full_name(intake);
  plan.intake = intake_ref;
  plan.consulent = intake.consulent.empty() ? kPlaceholder : intake.consulent;
  plan.leerroute = intake.leerroute;
  plan.opgesteld = date;
  Drafter drafter(intake, rules, date);
  plan.term_start = drafter.term().start;
  plan.term_end = drafter.term().end;
  drafter.apply_rules(plan);
  drafter.fill_gaps(plan);
  return plan;
}

}  // namespace pipkit
