// SPDX-License-Identifier: EUPL-1.2
// T of SMART: when each goal runs, and the inburgeringstermijn.
#include "smart_timing.hpp"

#include <fmt/format.h>

#include "smart_words.hpp"
#include "tijdpad.hpp"

namespace pipkit {
namespace {

std::string shown(const std::optional<Date>& date) {
  return date ? to_iso(*date) : "?";
}

std::string where_key(const Goal& goal) {
  return goal.tijdpad.empty() ? goal.places.path
                              : goal.places.key_path("tijdpad");
}

Position where(const Goal& goal) {
  return goal.places.of(goal.tijdpad.empty() ? "eind" : "tijdpad");
}

Text no_end(const Goal& goal, const GoalTiming& timing) {
  if (timing.open_reason) {
    // "Doorlopend" says it all; in a longer text, name the words meant.
    const auto whole = find_phrase(goal.tijdpad, *timing.open_reason);
    const std::string why =
        whole && whole->offset == 0 && whole->length == goal.tijdpad.size()
            ? ""
            : fmt::format(" ('{}')", *timing.open_reason);
    return {fmt::format("tijdpad '{}' heeft geen einde{}; spreek een "
                        "einddatum of een evaluatiemoment af, bijvoorbeeld "
                        "'evaluatie eind juni 2027'",
                        goal.tijdpad, why),
            fmt::format("tijdpad '{}' has no end{}; agree an end date or a "
                        "review date, for example 'evaluatie eind juni 2027'",
                        goal.tijdpad, why)};
  }
  if (goal.tijdpad.empty()) {
    return {
        "geen einddatum; vul 'eind' in of schrijf een tijdpad met een "
        "afronding",
        "no end date; fill in 'eind' or write a tijdpad with an end"};
  }
  return {fmt::format("tijdpad '{}' noemt geen einddatum; schrijf wanneer het "
                      "doel bereikt is, bijvoorbeeld 'afronding juni 2027'",
                      goal.tijdpad),
          fmt::format("tijdpad '{}' names no end date; write when the goal "
                      "is reached, for example 'afronding juni 2027'",
                      goal.tijdpad)};
}

Text no_start(const Goal& goal) {
  if (goal.tijdpad.empty()) {
    return {
        "geen startdatum; vul 'start' in of schrijf een tijdpad met een "
        "start",
        "no start date; fill in 'start' or write a tijdpad with a start"};
  }
  return {fmt::format("tijdpad '{}' noemt geen startdatum; schrijf wanneer "
                      "het doel begint, bijvoorbeeld 'start maart 2027'",
                      goal.tijdpad),
          fmt::format("tijdpad '{}' names no start date; write when the "
                      "goal starts, for example 'start maart 2027'",
                      goal.tijdpad)};
}

// The parser's doubts are worth a look but do not make a goal open-ended:
// info, except an end before the start, which T fails on its own.
void take_warnings(const Goal& goal, const Tijdpad& read, const Source& source,
                   GoalTiming& timing) {
  const Position at = goal.places.of("tijdpad");
  for (const TijdpadWarning& w : read.warnings) {
    if (w.code == "end_before_start") {
      timing.end_before_start = true;
      continue;
    }
    const std::string excerpt =
        goal.tijdpad.substr(std::min(w.offset, goal.tijdpad.size()), w.length);
    timing.notes.push_back({"PK644", Severity::kInfo,
                            locate_in_source(source, at, excerpt),
                            goal.places.key_path("tijdpad"), w.message});
  }
}

void read_tijdpad(const Goal& goal, const Date& reference, const Source& source,
                  GoalTiming& timing) {
  const Tijdpad read = parse_tijdpad(goal.tijdpad, reference);
  timing.start = read.start_date();
  timing.end = read.end_date();
  timing.open_reason = read.open_reason;
  take_warnings(goal, read, source, timing);
  std::string open;
  if (read.open_reason) open = fmt::format(", open: '{}'", *read.open_reason);
  timing.evidence.push_back(
      {fmt::format("tijdpad gelezen als {} tot en met {}{}",
                   shown(timing.start), shown(timing.end), open),
       fmt::format("tijdpad read as {} to {}{}", shown(timing.start),
                   shown(timing.end), open)});
  for (const TijdpadPiece& piece : read.not_understood) {
    timing.evidence.push_back(
        {fmt::format("niet begrepen: '{}'", piece.text),
         fmt::format("not understood: '{}'", piece.text)});
  }
}

}  // namespace

Term integration_term(const Pip& pip, const Date& today) {
  Term term;
  if (pip.eerste_vastgesteld) {
    term.basis = "eerste_vastgesteld";
    term.basis_date = *pip.eerste_vastgesteld;
  } else if (pip.vastgesteld) {
    term.basis = "vastgesteld";
    term.basis_date = *pip.vastgesteld;
  } else {
    term.estimated = true;
    term.basis = pip.opgesteld ? "opgesteld" : "today";
    term.basis_date = pip.opgesteld.value_or(today);
  }
  // As deadlines counts it: the day of the plan does not count and the
  // term ends on the day with the plan's date, three years on.
  term.first_day = add_days(term.basis_date, 1);
  term.last_day = add_years(term.basis_date, 3);
  return term;
}

GoalTiming time_goal(const Goal& goal, const Date& reference,
                     const Source& source) {
  GoalTiming timing;
  if (!goal.tijdpad.empty()) read_tijdpad(goal, reference, source, timing);
  // Explicit dates say what the consultant meant where the prose is vague.
  if (goal.start) timing.start = goal.start;
  if (goal.eind) timing.end = goal.eind;
  if (timing.start && timing.end && *timing.end < *timing.start) {
    timing.end_before_start = true;
  }
  if (goal.start || goal.eind) {
    timing.evidence.push_back(
        {fmt::format("sleutels start en eind: {} tot en met {}",
                     shown(goal.start), shown(goal.eind)),
         fmt::format("keys start and eind: {} to {}", shown(goal.start),
                     shown(goal.eind))});
  }
  return timing;
}

void judge_time(const PlanContext& plan, std::size_t i, CriterionVerdict& out) {
  const Goal& goal = *plan.goals[i];
  const GoalTiming& timing = plan.timings[i];
  out.evidence = timing.evidence;
  // validate reports a goal without any timeline (PK402), dates in the
  // wrong order (PK210), dates that do not exist (PK103) and values of the
  // wrong kind (PK101); T takes those over.
  out.findings = shared_findings(
      plan, {"PK402", "PK210", "PK103", "PK101"},
      {goal.places.path, goal.places.key_path("start"),
       goal.places.key_path("eind"), goal.places.key_path("tijdpad")});
  if (!out.findings.empty()) return;
  for (const Diagnostic& note : timing.notes) out.findings.push_back(note);
  if (timing.end_before_start) {
    out.findings.push_back(
        {"PK643",
         Severity::kWarning,
         where(goal),
         where_key(goal),
         {fmt::format("tijdpad '{}' eindigt voor het begint; controleer de "
                      "data",
                      goal.tijdpad),
          fmt::format("tijdpad '{}' ends before it starts; check the dates",
                      goal.tijdpad)}});
  }
  if (!timing.start) {
    out.findings.push_back({"PK642", Severity::kWarning, where(goal),
                            where_key(goal), no_start(goal)});
  }
  if (!timing.end) {
    out.findings.push_back({"PK641", Severity::kWarning, where(goal),
                            where_key(goal), no_end(goal, timing)});
  }
}

}  // namespace pipkit
