// SPDX-License-Identifier: EUPL-1.2
// Splits timeline text into words, numbers and punctuation with positions.
#include "tijdpad_lexer.hpp"

#include <algorithm>
#include <array>

namespace pipkit::tijdpad {
namespace {

enum class Glyph { kSpace, kDash, kApostrophe, kOther, kLetter };

struct Char {
  Glyph glyph = Glyph::kOther;
  size_t length = 1;
  char folded = 0;  // the ASCII letter an accented letter reads as, or 0
};

unsigned char byte_at(std::string_view s, size_t i) {
  return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
}

// Folds the Latin-1 letters of UTF-8 (lead byte C3) to their ASCII base, so
// that "één" and "vóór" read as "een" and "voor".
char fold_latin1(unsigned char second) {
  static constexpr std::array<char, 32> kBase = {
      'a', 'a', 'a', 'a', 'a', 'a', 0,   'c', 'e', 'e', 'e',
      'e', 'i', 'i', 'i', 'i', 0,   'n', 'o', 'o', 'o', 'o',
      'o', 'x', 0,   'u', 'u', 'u', 'u', 'y', 0,   0};
  if (second < 0x80 || second > 0xBF || second == 0xB7) return 0;
  return kBase[(second - 0x80) % 32];
}

Char classify_e2(std::string_view s, size_t i) {
  const unsigned char b1 = byte_at(s, i + 1);
  const unsigned char b2 = byte_at(s, i + 2);
  if (b1 == 0x80 && (b2 <= 0x8B || b2 == 0xAF || b2 == 0xA8 || b2 == 0xA9)) {
    return {Glyph::kSpace, 3};
  }
  if (b1 == 0x80 && b2 >= 0x90 && b2 <= 0x95) return {Glyph::kDash, 3};
  if (b1 == 0x88 && b2 == 0x92) return {Glyph::kDash, 3};
  if (b1 == 0x80 && (b2 == 0x98 || b2 == 0x99 || b2 == 0x9B || b2 == 0xB2)) {
    return {Glyph::kApostrophe, 3};
  }
  if (b1 == 0x81 && b2 == 0x9F) return {Glyph::kSpace, 3};
  return {Glyph::kOther, 3};
}

Char classify(std::string_view s, size_t i) {
  const unsigned char c = byte_at(s, i);
  if (c < 0x80) {
    if (c <= ' ' || c == 0x7F) return {Glyph::kSpace, 1};
    if (c == '-') return {Glyph::kDash, 1};
    if (c == '\'' || c == '`') return {Glyph::kApostrophe, 1};
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (alpha) return {Glyph::kLetter, 1, static_cast<char>(c | 0x20)};
    return {Glyph::kOther, 1};
  }
  if (c == 0xC2) {
    if (byte_at(s, i + 1) == 0xA0) return {Glyph::kSpace, 2};
    return {Glyph::kOther, i + 1 < s.size() ? 2u : 1u};
  }
  if (c == 0xC3 && i + 1 < s.size()) {
    const char folded = fold_latin1(byte_at(s, i + 1));
    return {Glyph::kLetter, 2, folded};
  }
  if (c == 0xE2 && i + 2 < s.size()) return classify_e2(s, i);
  if (c == 0xEF && byte_at(s, i + 1) == 0xBB && byte_at(s, i + 2) == 0xBF) {
    return {Glyph::kSpace, 3};
  }
  return {Glyph::kLetter, 1};
}

bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// A period after one of these belongs to the abbreviation, not to the end
// of a sentence: "12 feb. 2020".
bool takes_abbreviation_dot(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "jan", "feb", "febr", "mrt", "apr",  "jun", "jul", "aug", "sep", "sept",
      "okt", "oct", "nov",  "dec", "ma",   "di",  "wo",  "do",  "vr",  "za",
      "zo",  "din", "woe",  "don", "vrij", "zat", "zon", "ca",  "max", "min",
      "ong", "wk",  "mnd",  "jr",  "bijv", "evt", "nr"};
  return std::find(std::begin(kWords), std::end(kWords), word) !=
         std::end(kWords);
}

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  std::vector<Token> run() {
    while (pos_ < text_.size()) step();
    return std::move(tokens_);
  }

 private:
  void step() {
    const Char ch = classify(text_, pos_);
    if (ch.glyph == Glyph::kSpace) {
      pos_ += ch.length;
    } else if (is_digit(byte_at(text_, pos_))) {
      lex_number();
    } else if (ch.glyph == Glyph::kLetter) {
      lex_word();
    } else if (ch.glyph == Glyph::kDash) {
      push(TokenKind::kDash, pos_, ch.length);
    } else if (ch.glyph == Glyph::kApostrophe) {
      push(TokenKind::kApostrophe, pos_, ch.length);
    } else {
      lex_punctuation(ch.length);
    }
  }

  void push(TokenKind kind, size_t offset, size_t length) {
    Token token;
    token.kind = kind;
    token.offset = offset;
    token.length = length;
    tokens_.push_back(std::move(token));
    pos_ = offset + length;
  }

  void lex_punctuation(size_t length) {
    switch (text_[pos_]) {
      case '/':
        return push(TokenKind::kSlash, pos_, 1);
      case ',':
        return push(TokenKind::kComma, pos_, 1);
      case ':':
        return push(TokenKind::kColon, pos_, 1);
      case '.':
        if (absorb_abbreviation_dot()) return;
        return push(TokenKind::kStop, pos_, 1);
      case '!':
      case '?':
      case ';':
        return push(TokenKind::kStop, pos_, 1);
      default:
        push(TokenKind::kOther, pos_, length);
        tokens_.back().text = std::string(text_.substr(pos_ - length, length));
        return;
    }
  }

  bool absorb_abbreviation_dot() {
    if (tokens_.empty()) return false;
    Token& last = tokens_.back();
    if (last.kind != TokenKind::kWord || last.end() != pos_) return false;
    if (!takes_abbreviation_dot(last.text)) return false;
    last.length += 1;
    pos_ += 1;
    return true;
  }

  // Reads digits at pos_, returns the value capped at 99999 and the count.
  std::pair<int, int> read_digits() {
    int value = 0;
    int count = 0;
    while (is_digit(byte_at(text_, pos_))) {
      value = std::min(value * 10 + (text_[pos_] - '0'), 99999);
      ++count;
      ++pos_;
    }
    return {value, count};
  }

  // Returns the separator joining two digit groups at pos_, and its length,
  // or 0 when no digit follows it.
  std::pair<char, size_t> group_separator() const {
    const unsigned char c = byte_at(text_, pos_);
    char sep = 0;
    size_t length = 1;
    if (c == '-' || c == '/' || c == '.' || c == ':' || c == ',') {
      sep = static_cast<char>(c);
    } else if (classify(text_, pos_).glyph == Glyph::kDash) {
      sep = '-';
      length = classify(text_, pos_).length;
    }
    if (sep == 0 || !is_digit(byte_at(text_, pos_ + length))) return {0, 0};
    return {sep, length};
  }

  void lex_number() {
    Token token;
    token.kind = TokenKind::kNumber;
    token.offset = pos_;
    int count = 0;
    bool overflow = false;
    while (true) {
      const auto [value, digits] = read_digits();
      if (count < kMaxGroupParts) {
        token.parts[count] = value;
        token.digits[count] = digits;
      } else {
        overflow = true;
      }
      ++count;
      const auto [sep, length] = group_separator();
      if (length == 0) break;
      if (count <= kMaxGroupParts - 1) token.seps[count - 1] = sep;
      pos_ += length;
    }
    token.count = overflow ? 0 : count;
    token.length = pos_ - token.offset;
    tokens_.push_back(std::move(token));
  }

  bool continues_word(size_t segment_length) const {
    const Char ch = classify(text_, pos_);
    if (ch.glyph == Glyph::kLetter) return true;
    const Char next = classify(text_, pos_ + ch.length);
    if (next.glyph != Glyph::kLetter || pos_ + ch.length >= text_.size()) {
      return false;
    }
    // "zo'n" keeps its apostrophe; "t.a.v." and "n.t.b." keep their dots,
    // but "mei.In" (a missing space) does not become one word.
    if (ch.glyph == Glyph::kApostrophe) return true;
    return text_[pos_] == '.' && segment_length <= 2;
  }

  void lex_word() {
    Token token;
    token.kind = TokenKind::kWord;
    token.offset = pos_;
    size_t segment = 0;
    while (pos_ < text_.size() && continues_word(segment)) {
      const Char ch = classify(text_, pos_);
      if (ch.glyph == Glyph::kLetter) {
        if (ch.folded != 0) {
          token.text += ch.folded;
        } else {
          token.text.append(text_.substr(pos_, ch.length));
        }
        ++segment;
      } else {
        token.text += ch.glyph == Glyph::kApostrophe ? '\'' : '.';
        segment = 0;
      }
      pos_ += ch.length;
    }
    const bool dotted = token.text.find('.') != std::string::npos;
    if (dotted && byte_at(text_, pos_) == '.') {
      token.text += '.';
      ++pos_;
    }
    token.length = pos_ - token.offset;
    tokens_.push_back(std::move(token));
  }

  std::string_view text_;
  size_t pos_ = 0;
  std::vector<Token> tokens_;
};

}  // namespace

std::vector<Token> lex_tijdpad(std::string_view text) {
  return Lexer(text).run();
}

}  // namespace pipkit::tijdpad
