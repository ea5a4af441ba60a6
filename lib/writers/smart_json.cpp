// SPDX-License-Identifier: EUPL-1.2
// smart-check's JSON report, in the shape of cli.md.
#include "json_writer.hpp"
#include "writers/smart_report.hpp"

namespace pipkit {
namespace {

void write_date(JsonWriter& w, const std::optional<Date>& date) {
  date ? w.value(to_iso(*date)) : w.null();
}

void write_findings(JsonWriter& w, const Diagnostics& findings, Lang lang) {
  w.key("findings").begin_array();
  for (const Diagnostic& d : findings) write_diagnostic_json(w, d, lang);
  w.end_array();
}

void write_goal(JsonWriter& w, const GoalVerdict& goal, Lang lang) {
  w.begin_object();
  w.key("section").value(goal.section);
  w.key("index").value(goal.index);
  w.key("titel").value(goal.titel);
  w.key("tijdpad").value(goal.tijdpad);
  w.key("start");
  write_date(w, goal.start);
  w.key("end");
  write_date(w, goal.end);
  w.key("criteria").begin_object();
  for (Criterion c : kCriteria) {
    w.key(criterion_letter(c)).begin_object();
    w.key("pass").value(goal.at(c).pass());
    write_findings(w, goal.at(c).findings, lang);
    w.end_object();
  }
  w.end_object();
  w.key("score").value(goal.score());
  w.end_object();
}

}  // namespace

std::string smart_json_plan(const PlanVerdict& plan, Lang lang) {
  JsonWriter w(2);
  w.begin_object();
  w.key("path").value(plan.path);
  w.key("score");
  const auto score = plan.score();
  score ? w.value(*score) : w.null();
  w.key("goals").begin_array();
  for (const GoalVerdict& goal : plan.goals) write_goal(w, goal, lang);
  w.end_array();
  write_findings(w, plan.findings, lang);
  w.end_object();
  std::string text = w.str();
  text.pop_back();  // the element sits inside the document: no newline
  return "    " + text;
}

std::string smart_json_begin() {
  return "{\n  \"version\": 1,\n  \"plans\": [";
}

std::string smart_json_end(bool any_plans) {
  return std::string(any_plans ? "\n  " : "") + "]\n}\n";
}

}  // namespace pipkit
