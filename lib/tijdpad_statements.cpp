// SPDX-License-Identifier: EUPL-1.2
// Groups timeline atoms into statements: "start eind mei 2019" is one.
#include "tijdpad_statements.hpp"

#include <algorithm>
#include <optional>

#include "tijdpad_warnings.hpp"

namespace pipkit::tijdpad {
namespace {

// Words that may stand between a relation and its date without breaking
// the link: "uiterlijk in juni", "vanaf de zomer", "start: mei".
bool is_bridge(const Token& token) {
  if (token.kind == TokenKind::kColon) return true;
  if (token.kind != TokenKind::kWord) return false;
  const std::string_view w = token.text;
  return w == "de" || w == "het" || w == "in" || w == "op" || w == "van";
}

Relation relation_of(const Atom& atom) {
  if (atom.kind == AtomKind::kRelation) return atom.relation;
  return atom.op == Op::kUntil ? Relation::kUntil : Relation::kThrough;
}

struct PendingRole {
  Role role = Role::kNone;
  size_t atom = 0;
  size_t statements_before = 0;  // statements that existed when it was read
};

class Builder {
 public:
  Builder(std::string_view text, const std::vector<Atom>& atoms,
          const std::vector<Token>& tokens, std::vector<TijdpadPiece>& pieces)
      : text_(text), atoms_(atoms), tokens_(tokens), pieces_(pieces) {}

  StatementList run() {
    for (size_t i = 0; i < atoms_.size();) i = step(i);
    flush_role();
    return std::move(out_);
  }

 private:
  size_t step(size_t i) {
    const Atom& atom = atoms_[i];
    switch (atom.kind) {
      case AtomKind::kStop:
        flush_role();
        ++sentence_;
        sentence_first_ = out_.statements.size();
        relation_.reset();
        break;
      case AtomKind::kRole:
        flush_role();
        role_ = PendingRole{atom.role, i, out_.statements.size()};
        break;
      case AtomKind::kRelation:
        relation_ = i;
        break;
      case AtomKind::kOp:
        // "tot juni" with nothing before it: an end of its own.
        if (atom.op != Op::kUnion) relation_ = i;
        break;
      case AtomKind::kPart:
        return add_span(i);
      case AtomKind::kDuration:
        add_single(i, StatementKind::kDuration);
        break;
      case AtomKind::kOpen:
        add_single(i, StatementKind::kOpen);
        break;
      case AtomKind::kTimeOrRhythm:
        relation_.reset();
        break;
    }
    return i + 1;
  }

  bool linked(size_t a, size_t b) const {
    for (size_t t = atoms_[a].end_token; t < atoms_[b].first_token; ++t) {
      if (!is_bridge(tokens_[t])) return false;
    }
    return true;
  }

  bool joins(size_t j) const {
    return j + 1 < atoms_.size() && atoms_[j].kind == AtomKind::kOp &&
           atoms_[j + 1].kind == AtomKind::kPart && linked(j - 1, j) &&
           linked(j, j + 1);
  }

  size_t add_span(size_t i) {
    Statement statement;
    statement.parts.first = out_.parts.size();
    out_.parts.push_back(atoms_[i].part);
    size_t j = i + 1;
    for (; joins(j); j += 2) {
      statement.ops.push_back(atoms_[j].op);
      statement.op_offsets.push_back(atoms_[j].offset);
      out_.parts.push_back(atoms_[j + 1].part);
    }
    statement.parts.end = out_.parts.size();
    const Atom& last = atoms_[j - 1];
    statement.offset = atoms_[i].offset;
    statement.length = last.offset + last.length - statement.offset;
    attach(statement, i, atoms_[i].role);
    add_span_piece(out_.statements.back());
    return j;
  }

  void add_span_piece(const Statement& statement) {
    if (statement.ops.empty()) return;
    bool ranged = statement.relation == Relation::kBetween;
    for (Op op : statement.ops) ranged = ranged || op != Op::kUnion;
    const Slice slice = slice_of(text_, statement.offset, statement.length);
    pieces_.push_back(TijdpadPiece{slice.offset, slice.length,
                                   ranged ? "range" : "union",
                                   std::string(slice.text)});
  }

  // A duration or an open end: one atom, one statement.
  void add_single(size_t i, StatementKind kind) {
    Statement statement;
    statement.kind = kind;
    statement.shortest = atoms_[i].shortest;
    statement.longest = atoms_[i].longest;
    statement.open_reason = atoms_[i].open_reason;
    statement.offset = atoms_[i].offset;
    statement.length = atoms_[i].length;
    attach(statement, i, Role::kNone);
  }

  // Markers become pieces only once they bind to a date: the "voor" of
  // "voor gesprekken" is no marker.
  void add_marker_piece(size_t atom) {
    const Slice slice =
        slice_of(text_, atoms_[atom].offset, atoms_[atom].length);
    pieces_.push_back(TijdpadPiece{slice.offset, slice.length, "marker",
                                   std::string(slice.text)});
  }

  void attach(Statement& statement, size_t atom, Role implied) {
    if (relation_ && linked(*relation_, atom)) {
      statement.relation = relation_of(atoms_[*relation_]);
      statement.relation_offset = atoms_[*relation_].offset;
      add_marker_piece(*relation_);
    }
    relation_.reset();
    statement.role = implied;
    if (role_) {
      statement.role = role_->role;
      last_bound_ = out_.statements.size() + 1;
      add_marker_piece(role_->atom);
      role_.reset();
    }
    statement.sentence = sentence_;
    out_.statements.push_back(std::move(statement));
  }

  // A marker with no date after it in its sentence belongs to the date
  // just before it: "in juni 2020 afgerond".
  void flush_role() {
    if (!role_) return;
    const size_t k = role_->statements_before;
    if (k > std::max(sentence_first_, last_bound_)) {
      Statement& candidate = out_.statements[k - 1];
      if (candidate.role == Role::kNone) {
        candidate.role = role_->role;
        last_bound_ = k;
        add_marker_piece(role_->atom);
      }
    }
    role_.reset();
  }

  std::string_view text_;
  const std::vector<Atom>& atoms_;
  const std::vector<Token>& tokens_;
  std::vector<TijdpadPiece>& pieces_;
  StatementList out_;
  std::optional<PendingRole> role_;
  std::optional<size_t> relation_;
  size_t sentence_ = 0;
  size_t sentence_first_ = 0;
  size_t last_bound_ = 0;  // statements before this have had their role
};

}  // namespace

StatementList build_statements(std::string_view text,
                               const std::vector<Atom>& atoms,
                               const std::vector<Token>& tokens,
                               std::vector<TijdpadPiece>& pieces) {
  return Builder(text, atoms, tokens, pieces).run();
}

}  // namespace pipkit::tijdpad
