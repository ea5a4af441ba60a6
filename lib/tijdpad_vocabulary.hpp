// SPDX-License-Identifier: EUPL-1.2
// The phrases that mark a timeline's start and end, and relative dates.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "date.hpp"
#include "tijdpad.hpp"
#include "tijdpad_atoms.hpp"
#include "tijdpad_cursor.hpp"

namespace pipkit::tijdpad {

/// A phrase found at a token, with what it means and the index after it.
template <typename T>
struct Found {
  T value;
  size_t end = 0;
};

/// Finds "start", "afronding", "start en afronding"... at token `i`.
std::optional<Found<Role>> find_role(const TokenView& view, size_t i);

/// Finds "vanaf", "uiterlijk", "voor", "na", "daarna"... at token `i`.
std::optional<Found<Relation>> find_relation(const TokenView& view, size_t i);

/// Finds the word operators "t/m", "tot", "en", "of" at token `i`.
std::optional<Found<Op>> find_operator(const TokenView& view, size_t i);

/// Finds "doorlopend", "n.t.b.", "nog niet bekend"...; the value is the
/// reason in its usual spelling ("ntb" gives "n.t.b.").
std::optional<Found<std::string_view>> find_open_end(const TokenView& view,
                                                     size_t i);

/// A date said relative to the plan's date.
struct Relative {
  DateWindow window;
  bool is_start = false;  // "direct", "z.s.m.": a start, never an end
};

/// Finds "direct", "volgend jaar", "deze week"... at token `i`.
std::optional<Found<Relative>> find_relative(const TokenView& view, size_t i,
                                             const Date& reference);

/// Returns the index after words that name a time no rule can read
/// ("binnenkort", "een paar maanden", a weekday without a date), or 0.
size_t find_vague(const TokenView& view, size_t i);

}  // namespace pipkit::tijdpad
