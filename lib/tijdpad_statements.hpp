// SPDX-License-Identifier: EUPL-1.2
// Groups timeline atoms into statements: "start eind mei 2019" is one.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "tijdpad_atoms.hpp"
#include "tijdpad_lexer.hpp"
#include "tijdpad_years.hpp"

namespace pipkit::tijdpad {

enum class StatementKind { kSpan, kDuration, kOpen };

/// One thing a sentence says about time, with what it is marked as.
struct Statement {
  StatementKind kind = StatementKind::kSpan;
  Role role = Role::kNone;
  Relation relation = Relation::kNone;
  size_t relation_offset = 0;  // where the relation word starts
  PartRange parts;             // kSpan: the joined parts
  std::vector<Op> ops;         // kSpan: ops[k] joins part k and k + 1
  std::vector<size_t> op_offsets;
  Period shortest;               // kDuration
  Period longest;                // kDuration
  std::string_view open_reason;  // kOpen
  size_t sentence = 0;
  size_t offset = 0;
  size_t length = 0;
};

struct StatementList {
  std::vector<Part> parts;
  std::vector<Statement> statements;
};

/// Groups `atoms` into statements; records a "range" or "union" piece for
/// every span of more than one part. Never fails.
StatementList build_statements(std::string_view text,
                               const std::vector<Atom>& atoms,
                               const std::vector<Token>& tokens,
                               std::vector<TijdpadPiece>& pieces);

}  // namespace pipkit::tijdpad
