// SPDX-License-Identifier: EUPL-1.2
// Splits timeline text into words, numbers and punctuation with positions.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pipkit::tijdpad {

enum class TokenKind {
  kWord,    // letters, lowercased, accents folded: "één" reads "een"
  kNumber,  // digits, or digit groups joined by - / . : , ("12-02-20")
  kDash,    // -, en dash, em dash, minus sign
  kSlash,
  kComma,
  kColon,
  kStop,        // . ! ? ; that end a sentence
  kApostrophe,  // ' and the curly single quotes
  kOther,
};

inline constexpr int kMaxGroupParts = 6;

struct Token {
  TokenKind kind = TokenKind::kOther;
  size_t offset = 0;
  size_t length = 0;
  std::string text;  // kWord: the folded word, inner dots kept; kOther: as is
  // kNumber only. A group with more parts than kMaxGroupParts has count 0.
  int count = 0;
  std::array<int, kMaxGroupParts> parts{};   // each capped at 99999
  std::array<int, kMaxGroupParts> digits{};  // digit count of each part
  std::array<char, kMaxGroupParts> seps{};   // seps[k] joins parts k, k+1

  size_t end() const { return offset + length; }
  bool is_plain_number() const {
    return kind == TokenKind::kNumber && count == 1;
  }
};

/// Splits `text` into tokens; never fails: bytes it cannot place become
/// kOther tokens or parts of words.
std::vector<Token> lex_tijdpad(std::string_view text);

}  // namespace pipkit::tijdpad
