// SPDX-License-Identifier: EUPL-1.2
// What each statement of a timeline says about its start and its end.
#include "tijdpad_outcomes.hpp"

#include <algorithm>

#include "tijdpad_durations.hpp"
#include "tijdpad_warnings.hpp"

namespace pipkit::tijdpad {
namespace {

DateWindow exact(const Date& day) { return DateWindow{day, day}; }

DateWindow merge(const DateWindow& a, const DateWindow& b) {
  return DateWindow{std::min(a.earliest, b.earliest),
                    std::max(a.latest, b.latest)};
}

// A bare "tot X" ends on X or on the day before it; the window holds both.
DateWindow until(const DateWindow& what) {
  return DateWindow{add_days(what.earliest, -1), what.latest};
}

// The parts of a span split at its range operators: "maart/april t/m juni"
// is the group maart/april, then the group juni.
struct Groups {
  std::optional<DateWindow> first;
  std::optional<DateWindow> last;
  bool ranged = false;
  Op last_op = Op::kUnion;  // the operator before the last group
  size_t last_op_offset = 0;
};

Groups group_span(const Statement& statement, const std::vector<Part>& parts) {
  Groups groups;
  std::optional<DateWindow> current;
  for (size_t k = statement.parts.first; k < statement.parts.end; ++k) {
    const size_t index = k - statement.parts.first;
    if (index > 0 && statement.ops[index - 1] != Op::kUnion && current) {
      if (!groups.first) groups.first = current;
      current.reset();
      groups.ranged = true;
      groups.last_op = statement.ops[index - 1];
      groups.last_op_offset = statement.op_offsets[index - 1];
    }
    if (const std::optional<DateWindow> window = part_window(parts[k])) {
      current = current ? merge(*current, *window) : *window;
    }
  }
  if (!groups.first) groups.first = current;
  groups.last = current ? current : groups.first;
  if (!current) groups.ranged = false;
  return groups;
}

class Evaluator {
 public:
  Evaluator(std::string_view text, const StatementList& list,
            const Date& reference)
      : text_(text),
        list_(list),
        reference_(reference),
        outcomes_(list.statements.size()) {}

  std::vector<Outcome> run() {
    for (size_t k = 0; k < outcomes_.size(); ++k) {
      const Statement& statement = list_.statements[k];
      if (statement.kind == StatementKind::kSpan)
        outcomes_[k] = span(statement);
      if (statement.kind == StatementKind::kOpen)
        outcomes_[k] = open(statement);
    }
    evaluate_durations();
    return std::move(outcomes_);
  }

 private:
  Slice slice(size_t from, size_t to) const {
    return slice_of(text_, from, to > from ? to - from : 0);
  }

  static Side& side(Outcome& outcome, Role role, bool natural_end) {
    if (role == Role::kStart) return outcome.start;
    if (role == Role::kEnd) return outcome.end;
    return natural_end ? outcome.end : outcome.start;
  }

  Outcome span(const Statement& statement) const {
    const Groups groups = group_span(statement, list_.parts);
    Outcome outcome;
    if (!groups.first) return outcome;
    const size_t stop = statement.offset + statement.length;
    DateWindow first = *groups.first;
    DateWindow last = *groups.last;
    if (groups.ranged && groups.last_op == Op::kUntil) {
      outcome.warnings.push_back(
          ambiguous_tot(slice(groups.last_op_offset, stop)));
      last = until(last);
    }
    if (groups.ranged && last.latest < first.earliest) {
      const Part& head = list_.parts[statement.parts.first];
      const Part& tail = list_.parts[statement.parts.end - 1];
      outcome.warnings.push_back(
          end_before_start(slice(tail.offset, tail.offset + tail.length),
                           slice(head.offset, head.offset + head.length)));
      outcome.end_before_start = true;
    }
    apply_relation(statement, groups.ranged, first, last, outcome);
    return outcome;
  }

  void apply_relation(const Statement& statement, bool ranged,
                      const DateWindow& first, const DateWindow& last,
                      Outcome& outcome) const {
    const Role role = statement.role;
    switch (statement.relation) {
      case Relation::kBefore:
        side(outcome, role, true) = {exact(add_days(first.earliest, -1)),
                                     kFirm};
        return;
      case Relation::kAfter:
        side(outcome, role, false) = {exact(add_days(last.latest, 1)), kFirm};
        return;
      case Relation::kUntil:
        outcome.warnings.push_back(ambiguous_tot(slice(
            statement.relation_offset, statement.offset + statement.length)));
        side(outcome, role, true) = {until(last), kFirm};
        return;
      case Relation::kThrough:
      case Relation::kDeadline:
        side(outcome, role, true) = {last, kFirm};
        return;
      default:
        break;
    }
    const DateWindow whole = merge(first, last);
    if (ranged || statement.relation == Relation::kBetween) {
      outcome.start = {first, kFirm};
      outcome.end = {last, kFirm};
    } else if (statement.relation == Relation::kFrom || role == Role::kStart) {
      outcome.start = {whole, kFirm};
    } else if (role == Role::kEnd) {
      outcome.end = {whole, kFirm};
    } else {
      const int rank = role == Role::kStartEnd ? kFirm : kMention;
      outcome.start = {whole, rank};
      outcome.end = {whole, rank};
    }
  }

  static Outcome open(const Statement& statement) {
    Outcome outcome;
    side(outcome, statement.role == Role::kStart ? Role::kStart : Role::kEnd,
         true) = {std::nullopt, kOpenRank};
    return outcome;
  }

  // Durations may count from a start later in their own sentence ("voor
  // zes maanden, vanaf maart"), so that start is found in a backward sweep
  // first; the rest is one forward sweep.
  void evaluate_durations() {
    const size_t n = outcomes_.size();
    std::vector<std::optional<DateWindow>> later_start(n);
    for (size_t k = n; k-- > 0;) {
      if (k + 1 < n &&
          list_.statements[k + 1].sentence == list_.statements[k].sentence) {
        later_start[k] = outcomes_[k + 1].start.window
                             ? outcomes_[k + 1].start.window
                             : later_start[k + 1];
      }
    }
    std::optional<DateWindow> last_start;
    std::optional<DateWindow> last_end;
    for (size_t k = 0; k < n; ++k) {
      const Statement& statement = list_.statements[k];
      if (statement.kind == StatementKind::kDuration) {
        outcomes_[k] =
            duration(statement, last_start, last_end, later_start[k]);
      }
      if (outcomes_[k].start.window) last_start = outcomes_[k].start.window;
      if (outcomes_[k].end.window) last_end = outcomes_[k].end.window;
    }
  }

  Outcome duration(const Statement& statement,
                   const std::optional<DateWindow>& last_start,
                   const std::optional<DateWindow>& last_end,
                   const std::optional<DateWindow>& later_start) const {
    Outcome outcome;
    // "na drie maanden" names a moment within the plan, not its end.
    if (statement.relation == Relation::kAfter) return outcome;
    std::optional<DateWindow> anchor;
    if (statement.relation == Relation::kThen && last_end) {
      anchor = exact(add_days(last_end->latest, 1));
    } else if (statement.relation != Relation::kFromReference) {
      anchor = last_start ? last_start : later_start;
    }
    if (!anchor) {
      // With no start in the text the duration is a term after the plan's
      // date, counted like a legal term from the next day: "binnen drie
      // maanden" from 15 January ends on 15 April.
      anchor = exact(add_days(reference_, 1));
      outcome.start = {exact(reference_), kMention};
    }
    outcome.end = {
        DateWindow{last_day_of_period(anchor->earliest, statement.shortest),
                   last_day_of_period(anchor->latest, statement.longest)},
        kFirm};
    return outcome;
  }

  std::string_view text_;
  const StatementList& list_;
  Date reference_;
  std::vector<Outcome> outcomes_;
};

}  // namespace

std::vector<Outcome> evaluate_statements(std::string_view text,
                                         const StatementList& list,
                                         const Date& reference) {
  return Evaluator(text, list, reference).run();
}

}  // namespace pipkit::tijdpad
