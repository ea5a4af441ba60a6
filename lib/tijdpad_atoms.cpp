// SPDX-License-Identifier: EUPL-1.2
// Turns timeline tokens into atoms: dates, durations, markers, operators.
#include "tijdpad_atoms.hpp"

#include "dutch_words.hpp"
#include "tijdpad_cursor.hpp"
#include "tijdpad_dates.hpp"
#include "tijdpad_durations.hpp"
#include "tijdpad_rhythm.hpp"
#include "tijdpad_vocabulary.hpp"
#include "tijdpad_warnings.hpp"

namespace pipkit::tijdpad {
namespace {

class AtomReader {
 public:
  AtomReader(std::string_view text, const std::vector<Token>& tokens,
             const Date& reference, Findings& findings)
      : text_(text),
        tokens_(tokens),
        view_(tokens),
        reference_(reference),
        findings_(findings) {}

  std::vector<Atom> run() {
    size_t i = 0;
    while (i < view_.size()) {
      const size_t next = read_at(i);
      i = next > i ? next : i + 1;
    }
    return std::move(atoms_);
  }

 private:
  using Reader = size_t (AtomReader::*)(size_t);

  size_t read_at(size_t i) {
    static constexpr Reader kReaders[] = {
        &AtomReader::read_punctuation, &AtomReader::read_rhythm_or_time,
        &AtomReader::read_open,        &AtomReader::read_relative,
        &AtomReader::read_date,        &AtomReader::read_span_of_time,
        &AtomReader::read_marker,      &AtomReader::read_vague,
        &AtomReader::read_leftover};
    for (Reader reader : kReaders) {
      if (const size_t end = (this->*reader)(i)) return end;
    }
    return i + 1;
  }

  Atom& push(AtomKind kind, size_t first, size_t end) {
    Atom atom;
    atom.kind = kind;
    atom.first_token = first;
    atom.end_token = end;
    atom.offset = tokens_[first].offset;
    atom.length = tokens_[end - 1].end() - atom.offset;
    atoms_.push_back(atom);
    return atoms_.back();
  }

  void piece(std::string_view kind, size_t offset, size_t length) {
    const Slice slice = slice_of(text_, offset, length);
    findings_.pieces.push_back(TijdpadPiece{slice.offset, slice.length,
                                            std::string(kind),
                                            std::string(slice.text)});
  }

  void piece_of(const Atom& atom, std::string_view kind) {
    piece(kind, atom.offset, atom.length);
  }

  void unread(std::string_view kind, size_t first, size_t end) {
    const size_t offset = tokens_[first].offset;
    const Slice slice =
        slice_of(text_, offset, tokens_[end - 1].end() - offset);
    findings_.not_understood.push_back(TijdpadPiece{slice.offset, slice.length,
                                                    std::string(kind),
                                                    std::string(slice.text)});
    findings_.warnings.push_back(not_understood(slice));
  }

  size_t read_punctuation(size_t i) {
    switch (tokens_[i].kind) {
      case TokenKind::kStop:
        push(AtomKind::kStop, i, i + 1);
        break;
      case TokenKind::kComma:
      case TokenKind::kSlash:
        push(AtomKind::kOp, i, i + 1).op = Op::kUnion;
        break;
      case TokenKind::kDash:
        push(AtomKind::kOp, i, i + 1).op = Op::kThrough;
        break;
      case TokenKind::kColon:
        break;
      default:
        return 0;
    }
    return i + 1;
  }

  size_t read_rhythm_or_time(size_t i) {
    if (const size_t end = read_rhythm(view_, i, reference_)) {
      piece_of(push(AtomKind::kTimeOrRhythm, i, end), "rhythm");
      return end;
    }
    if (const size_t end = read_time_of_day(view_, i)) {
      piece_of(push(AtomKind::kTimeOrRhythm, i, end), "time_of_day");
      return end;
    }
    return 0;
  }

  size_t read_open(size_t i) {
    const auto found = find_open_end(view_, i);
    if (!found) return 0;
    Atom& atom = push(AtomKind::kOpen, i, found->end);
    atom.open_reason = found->value;
    piece_of(atom, "open_ended");
    return found->end;
  }

  size_t read_relative(size_t i) {
    const auto found = find_relative(view_, i, reference_);
    if (!found) return 0;
    Atom& atom = push(AtomKind::kPart, i, found->end);
    atom.part.kind = PartKind::kFixed;
    atom.part.fixed = found->value.window;
    atom.part.offset = atom.offset;
    atom.part.length = atom.length;
    if (found->value.is_start) atom.role = Role::kStart;
    piece_of(atom, "relative");
    return found->end;
  }

  size_t read_date(size_t i) {
    std::optional<PartMatch> match = read_part(view_, i, reference_);
    if (!match) return 0;
    if (match->impossible) {
      findings_.warnings.push_back(impossible_date(
          slice_of(text_, match->part.offset, match->part.length)));
      return match->end;
    }
    push_part(i, match->end, match->part);
    if (match->second) {
      Atom& op = push(AtomKind::kOp, i, match->end);
      op.op = match->op;
      op.offset = match->op_offset;
      push_part(i, match->end, *match->second);
    }
    return match->end;
  }

  void push_part(size_t first, size_t end, const Part& part) {
    Atom& atom = push(AtomKind::kPart, first, end);
    atom.part = part;
    atom.offset = part.offset;
    atom.length = part.length;
    piece_of(atom, part_piece_kind(part.kind));
  }

  size_t read_span_of_time(size_t i) {
    const std::optional<DurationMatch> match = read_duration(view_, i);
    if (!match) return 0;
    Atom& atom = push(AtomKind::kDuration, i, match->end);
    atom.shortest = match->shortest;
    atom.longest = match->longest;
    piece_of(atom, "duration");
    return match->end;
  }

  size_t read_marker(size_t i) {
    if (const auto role = find_role(view_, i)) {
      push(AtomKind::kRole, i, role->end).role = role->value;
      return role->end;
    }
    if (const auto relation = find_relation(view_, i)) {
      push(AtomKind::kRelation, i, relation->end).relation = relation->value;
      return relation->end;
    }
    if (const auto op = find_operator(view_, i)) {
      push(AtomKind::kOp, i, op->end).op = op->value;
      return op->end;
    }
    return 0;
  }

  size_t read_vague(size_t i) {
    const size_t end = find_vague(view_, i);
    if (end != 0) unread("word", i, end);
    return end;
  }

  bool is_money(size_t i) const {
    const Token* before = i > 0 ? view_.at(i - 1) : nullptr;
    const std::string_view after = view_.word(i + 1);
    return (before && before->text == "€") || after == "euro" || after == "eur";
  }

  // A number no rule took: a count when a word follows ("3 workshops"),
  // otherwise something the consultant meant as a date.
  size_t read_leftover(size_t i) {
    if (!view_.is(i, TokenKind::kNumber) || is_money(i)) return 0;
    const bool counted =
        tokens_[i].is_plain_number() && view_.is(i + 1, TokenKind::kWord);
    if (!counted) unread("number", i, i + 1);
    return i + 1;
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  TokenView view_;
  Date reference_;
  Findings& findings_;
  std::vector<Atom> atoms_;
};

}  // namespace

std::vector<Atom> read_atoms(std::string_view text,
                             const std::vector<Token>& tokens,
                             const Date& reference, Findings& findings) {
  return AtomReader(text, tokens, reference, findings).run();
}

}  // namespace pipkit::tijdpad
