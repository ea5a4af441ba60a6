// SPDX-License-Identifier: EUPL-1.2
// Reads a plan's Dutch timeline (tijdpad) into the dates it implies.
#include "tijdpad.hpp"

#include <algorithm>

#include "tijdpad_atoms.hpp"
#include "tijdpad_lexer.hpp"
#include "tijdpad_outcomes.hpp"
#include "tijdpad_statements.hpp"
#include "tijdpad_warnings.hpp"
#include "tijdpad_years.hpp"

namespace pipkit {

std::optional<Date> Tijdpad::start_date() const {
  if (!start) return std::nullopt;
  return start->earliest;
}

std::optional<Date> Tijdpad::end_date() const {
  if (!end) return std::nullopt;
  return end->latest;
}

namespace tijdpad {
namespace {

bool all_years_borrowed(const Statement& statement,
                        const std::vector<Part>& parts) {
  bool any = false;
  for (size_t k = statement.parts.first; k < statement.parts.end; ++k) {
    if (parts[k].kind == PartKind::kFixed) continue;
    if (!parts[k].year_borrowed) return false;
    any = true;
  }
  return any;
}

struct Anchor {
  Date start;
  size_t statement = 0;
};

// The earliest start, from a year the text wrote when it wrote any.
std::optional<Anchor> find_anchor(const StatementList& list,
                                  const std::vector<Outcome>& outcomes) {
  std::optional<Anchor> written;
  std::optional<Anchor> borrowed;
  for (size_t k = 0; k < outcomes.size(); ++k) {
    const std::optional<DateWindow>& window = outcomes[k].start.window;
    if (!window) continue;
    const bool from_elsewhere =
        all_years_borrowed(list.statements[k], list.parts);
    std::optional<Anchor>& best = from_elsewhere ? borrowed : written;
    if (!best || window->earliest < best->start) {
      best = Anchor{window->earliest, k};
    }
  }
  return written ? written : borrowed;
}

// A date after the start whose year the text left out never lies before
// that start: "start november 2020, afronding in februari" ends in 2021.
bool move_borrowed_dates(StatementList& list,
                         const std::vector<Outcome>& outcomes) {
  const std::optional<Anchor> anchor = find_anchor(list, outcomes);
  if (!anchor) return false;
  bool moved = false;
  for (size_t k = anchor->statement + 1; k < outcomes.size(); ++k) {
    const Statement& statement = list.statements[k];
    const Outcome& outcome = outcomes[k];
    const std::optional<DateWindow>& window =
        outcome.end.window ? outcome.end.window : outcome.start.window;
    if (statement.kind != StatementKind::kSpan || !window ||
        window->latest >= anchor->start ||
        !all_years_borrowed(statement, list.parts)) {
      continue;
    }
    for (size_t p = statement.parts.first; p < statement.parts.end; ++p) {
      if (list.parts[p].year) list.parts[p].year = *list.parts[p].year + 1;
    }
    moved = true;
  }
  return moved;
}

struct Choice {
  std::optional<DateWindow> window;
  std::optional<size_t> statement;  // where the window came from
  int rank = 0;
};

// The strongest kind of statement decides a side; among equals the start
// is the earliest and the end the latest.
Choice choose_start(const std::vector<Outcome>& outcomes) {
  Choice choice;
  for (const Outcome& outcome : outcomes) {
    choice.rank = std::max(choice.rank, outcome.start.rank);
  }
  for (size_t k = 0; k < outcomes.size(); ++k) {
    const Side& side = outcomes[k].start;
    if (side.rank != choice.rank) continue;
    if (!choice.statement) choice.statement = k;
    if (side.window &&
        (!choice.window || side.window->earliest < choice.window->earliest)) {
      choice.window = side.window;
      choice.statement = k;
    }
  }
  return choice;
}

// A date merely mentioned before the start is a step on the way there
// ("gesprek in februari, cursus vanaf maart 2020"), not the end.
bool counts_as_end(const Side& side, const Choice& start) {
  if (side.rank != kMention || !side.window || !start.window) return true;
  return side.window->latest >= start.window->earliest;
}

Choice choose_end(const std::vector<Outcome>& outcomes, const Choice& start) {
  Choice choice;
  for (const Outcome& outcome : outcomes) {
    if (counts_as_end(outcome.end, start)) {
      choice.rank = std::max(choice.rank, outcome.end.rank);
    }
  }
  for (size_t k = 0; k < outcomes.size(); ++k) {
    const Side& side = outcomes[k].end;
    if (side.rank != choice.rank || !counts_as_end(side, start)) continue;
    if (!choice.statement) choice.statement = k;
    if (side.window &&
        (!choice.window || side.window->latest > choice.window->latest)) {
      choice.window = side.window;
      choice.statement = k;
    }
  }
  return choice;
}

class Assembler {
 public:
  Assembler(std::string_view text, Findings& findings)
      : text_(text), findings_(findings) {}

  Slice slice(size_t offset, size_t length) const {
    return slice_of(text_, offset, length);
  }

  void check_parts(const StatementList& list, std::optional<size_t> assumed) {
    const std::vector<Part>& parts = list.parts;
    for (const Part& part : parts) {
      if (part.kind == PartKind::kFixed) continue;
      const std::optional<DateWindow> window = part_window(part);
      const Slice where = slice(part.offset, part.length);
      if (!window) {
        findings_.warnings.push_back(impossible_date(where));
      } else if (part.weekday && weekday(window->earliest) != *part.weekday) {
        findings_.warnings.push_back(
            weekday_mismatch(where, weekday(window->earliest)));
      }
    }
    if (!assumed || !parts[*assumed].year) return;
    for (const Statement& statement : list.statements) {
      if (statement.kind != StatementKind::kSpan ||
          *assumed < statement.parts.first || *assumed >= statement.parts.end) {
        continue;
      }
      findings_.warnings.push_back(year_assumed(
          slice(statement.offset, statement.length), *parts[*assumed].year));
    }
  }

  void decide(const StatementList& list, const std::vector<Outcome>& outcomes,
              Tijdpad& result) {
    bool warned_order = false;
    for (const Outcome& outcome : outcomes) {
      findings_.warnings.insert(findings_.warnings.end(),
                                outcome.warnings.begin(),
                                outcome.warnings.end());
      warned_order = warned_order || outcome.end_before_start;
    }
    const Choice start = choose_start(outcomes);
    const Choice end = choose_end(outcomes, start);
    result.start = start.window;
    result.end = end.window;
    if (!end.window && end.rank == kOpenRank && end.statement) {
      result.open_reason =
          std::string(list.statements[*end.statement].open_reason);
    }
    if (start.window && end.window &&
        end.window->latest < start.window->earliest && !warned_order) {
      const Statement& e = list.statements[*end.statement];
      const Statement& s = list.statements[*start.statement];
      findings_.warnings.push_back(end_before_start(slice(e.offset, e.length),
                                                    slice(s.offset, s.length)));
    }
  }

 private:
  std::string_view text_;
  Findings& findings_;
};

template <typename T>
void sort_by_place(std::vector<T>& items) {
  std::stable_sort(items.begin(), items.end(), [](const T& a, const T& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.length > b.length;
  });
}

}  // namespace
}  // namespace tijdpad

Tijdpad parse_tijdpad(std::string_view text, const Date& reference) {
  using namespace tijdpad;
  Findings findings;
  const std::vector<Token> tokens = lex_tijdpad(text);
  const std::vector<Atom> atoms = read_atoms(text, tokens, reference, findings);
  StatementList list = build_statements(text, atoms, tokens, findings.pieces);
  std::vector<PartRange> ranges;
  for (const Statement& statement : list.statements) {
    if (statement.kind == StatementKind::kSpan)
      ranges.push_back(statement.parts);
  }
  const std::optional<size_t> assumed =
      resolve_years(list.parts, ranges, reference);
  std::vector<Outcome> outcomes = evaluate_statements(text, list, reference);
  if (move_borrowed_dates(list, outcomes)) {
    outcomes = evaluate_statements(text, list, reference);
  }
  Tijdpad result;
  Assembler assembler(text, findings);
  assembler.check_parts(list, assumed);
  assembler.decide(list, outcomes, result);
  sort_by_place(findings.pieces);
  sort_by_place(findings.not_understood);
  sort_by_place(findings.warnings);
  result.pieces = std::move(findings.pieces);
  result.not_understood = std::move(findings.not_understood);
  result.warnings = std::move(findings.warnings);
  return result;
}

}  // namespace pipkit
