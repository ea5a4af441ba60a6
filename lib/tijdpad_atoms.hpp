// SPDX-License-Identifier: EUPL-1.2
// The meaningful units of a timeline: dates, durations, markers, operators.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "tijdpad.hpp"
#include "tijdpad_lexer.hpp"
#include "tijdpad_parts.hpp"

namespace pipkit::tijdpad {

enum class AtomKind {
  kPart,
  kDuration,
  kOpen,
  kRole,
  kRelation,
  kOp,
  kStop,
  kTimeOrRhythm
};

enum class Role { kNone, kStart, kEnd, kStartEnd };

enum class Relation {
  kNone,
  kFrom,           // vanaf, per, met ingang van: the start
  kDeadline,       // uiterlijk: the end is on X
  kBefore,         // voor X: the end is the day before X
  kAfter,          // na X: the start is the day after X
  kUntil,          // bare tot: the end is X, or the day before it
  kThrough,        // t/m, tot en met: the end is X
  kBetween,        // tussen X en Y
  kThen,           // daarna: a duration counted from the previous end
  kFromReference,  // de komende: a duration counted from the plan's date
};

enum class Op { kThrough, kUntil, kUnion };

struct Atom {
  AtomKind kind = AtomKind::kStop;
  size_t first_token = 0;
  size_t end_token = 0;  // one past the last token
  size_t offset = 0;
  size_t length = 0;
  Part part;                // kPart
  Period shortest;          // kDuration
  Period longest;           // kDuration
  Role role = Role::kNone;  // kRole; kPart that implies a start
  Relation relation = Relation::kNone;
  Op op = Op::kUnion;
  std::string_view open_reason;  // kOpen
};

/// What reading the atoms found besides the atoms themselves.
struct Findings {
  std::vector<TijdpadPiece> pieces;
  std::vector<TijdpadPiece> not_understood;
  std::vector<TijdpadWarning> warnings;
};

/// Reads the atoms of a tokenised text; never fails: tokens that carry
/// meaning but fit no pattern go to findings.not_understood.
std::vector<Atom> read_atoms(std::string_view text,
                             const std::vector<Token>& tokens,
                             const Date& reference, Findings& findings);

}  // namespace pipkit::tijdpad
