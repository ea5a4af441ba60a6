// SPDX-License-Identifier: EUPL-1.2
// Read-only questions about a token list that the timeline readers share.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "tijdpad_lexer.hpp"

namespace pipkit::tijdpad {

class TokenView {
 public:
  explicit TokenView(const std::vector<Token>& tokens) : tokens_(tokens) {}

  size_t size() const { return tokens_.size(); }

  const Token* at(size_t i) const {
    return i < tokens_.size() ? &tokens_[i] : nullptr;
  }

  bool is(size_t i, TokenKind kind) const {
    return i < tokens_.size() && tokens_[i].kind == kind;
  }

  /// Returns the folded word at `i`, or "" when token `i` is not a word.
  std::string_view word(size_t i) const {
    return is(i, TokenKind::kWord) ? std::string_view(tokens_[i].text) : "";
  }

  /// Returns the value of a plain number at `i`, or -1 for anything else.
  int number(size_t i) const {
    return i < tokens_.size() && tokens_[i].is_plain_number()
               ? tokens_[i].parts[0]
               : -1;
  }

  /// Returns how many digits the plain number at `i` has, or 0.
  int digits(size_t i) const {
    return number(i) >= 0 ? tokens_[i].digits[0] : 0;
  }

  /// Returns whether token `i` starts exactly where token `i - 1` ends.
  bool touches(size_t i) const {
    return i > 0 && i < tokens_.size() &&
           tokens_[i].offset == tokens_[i - 1].end();
  }

  /// Returns how many tokens from `i` spell `phrase` (words and the marks
  /// / - , : ' separated by spaces), or 0 when they do not.
  size_t match(size_t i, std::string_view phrase) const {
    // Most phrases fail on their first letter: check that before splitting.
    if (phrase.empty() || first_char(i) != phrase.front()) return 0;
    size_t count = 0;
    while (!phrase.empty()) {
      const size_t space = phrase.find(' ');
      const std::string_view item = phrase.substr(0, space);
      if (!matches(i + count, item)) return 0;
      ++count;
      phrase = space == std::string_view::npos ? "" : phrase.substr(space + 1);
    }
    return count;
  }

  struct PhraseMatch {
    size_t index = 0;   // which of the phrases
    size_t length = 0;  // how many tokens it spans
  };

  /// Returns the first of `phrases` that matches at `i`, or nullopt.
  template <size_t N>
  std::optional<PhraseMatch> find_any(
      size_t i, const std::string_view (&phrases)[N]) const {
    const char first = first_char(i);
    for (size_t k = 0; k < N; ++k) {
      if (phrases[k].front() != first) continue;
      if (const size_t n = match(i, phrases[k])) return PhraseMatch{k, n};
    }
    return std::nullopt;
  }

  /// Returns how many tokens the first of `phrases` that matches at `i`
  /// spans, or 0 when none does.
  template <size_t N>
  size_t match_any(size_t i, const std::string_view (&phrases)[N]) const {
    const std::optional<PhraseMatch> found = find_any(i, phrases);
    return found ? found->length : 0;
  }

  /// Returns the first character of token `i` as a phrase would spell it,
  /// or 0 for tokens no phrase contains.
  char first_char(size_t i) const {
    if (i >= tokens_.size()) return 0;
    switch (tokens_[i].kind) {
      case TokenKind::kWord:
        return tokens_[i].text.front();
      case TokenKind::kSlash:
        return '/';
      case TokenKind::kDash:
        return '-';
      case TokenKind::kComma:
        return ',';
      case TokenKind::kApostrophe:
        return '\'';
      default:
        return 0;
    }
  }

  /// Returns the index after any of `words` that follow `i`, in any order.
  template <size_t N>
  size_t skip(size_t i, const std::string_view (&words)[N]) const {
    for (bool moved = true; moved;) {
      moved = false;
      for (std::string_view w : words) {
        if (word(i) == w) {
          ++i;
          moved = true;
        }
      }
    }
    return i;
  }

 private:
  bool matches(size_t i, std::string_view item) const {
    if (i >= tokens_.size()) return false;
    const Token& token = tokens_[i];
    if (item == "/") return token.kind == TokenKind::kSlash;
    if (item == "-") return token.kind == TokenKind::kDash;
    if (item == ",") return token.kind == TokenKind::kComma;
    if (item == "'") return token.kind == TokenKind::kApostrophe;
    return token.kind == TokenKind::kWord && token.text == item;
  }

  const std::vector<Token>& tokens_;
};

}  // namespace pipkit::tijdpad
