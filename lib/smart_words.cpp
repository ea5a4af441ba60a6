// SPDX-License-Identifier: EUPL-1.2
// Finds word-list phrases, CEFR levels and counted amounts in plan text.
#include "smart_words.hpp"

#include <algorithm>

namespace pipkit {
namespace {

struct Token {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string lower;
};

// U+2000..U+203F (dashes, typographic quotes, ellipsis) and the no-break
// space separate words although their bytes are not ASCII.
std::size_t separator_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) {
    return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u;
  };
  if (byte(i) == 0xE2 && byte(i + 1) == 0x80) return 3;
  if (byte(i) == 0xC2 && byte(i + 1) == 0xA0) return 2;
  return 0;
}

bool is_word_byte(unsigned char c, bool pattern) {
  if (c >= 0x80) return true;
  if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
      (c >= 'A' && c <= 'Z')) {
    return true;
  }
  return c == '.' || c == '-' || c == '\'' || (pattern && c == '*');
}

// Latin-1 capitals (U+00C0..U+00DE) are lowered too, so that "Één" and
// "één" match; other scripts are compared as written.
std::string lowered(std::string_view word) {
  std::string out(word);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      const auto next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) {
        out[i + 1] = static_cast<char>(next + 0x20);
      }
    }
  }
  return out;
}

bool is_trim(char c) { return c == '.' || c == '-' || c == '\''; }

void push_token(std::string_view text, std::size_t begin, std::size_t end,
                std::vector<Token>& out) {
  while (begin < end && is_trim(text[begin])) ++begin;
  while (end > begin && is_trim(text[end - 1])) --end;
  if (begin < end) {
    out.push_back(
        {begin, end - begin, lowered(text.substr(begin, end - begin))});
  }
}

std::vector<Token> tokenize(std::string_view text, bool pattern = false) {
  std::vector<Token> out;
  std::size_t start = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t sep = separator_length(text, i);
    const bool word =
        sep == 0 && is_word_byte(static_cast<unsigned char>(text[i]), pattern);
    if (word && !in_word) start = i;
    if (!word && in_word) push_token(text, start, i, out);
    in_word = word;
    i += sep > 0 ? sep : 1;
  }
  if (in_word) push_token(text, start, text.size(), out);
  return out;
}

bool word_matches(std::string_view pattern, std::string_view word) {
  if (pattern == "*") return true;
  const bool head = pattern.front() == '*';
  const bool tail = pattern.back() == '*';
  if (head && tail) {
    return word.find(pattern.substr(1, pattern.size() - 2)) !=
           std::string_view::npos;
  }
  if (head) return word.ends_with(pattern.substr(1));
  if (tail) return word.starts_with(pattern.substr(0, pattern.size() - 1));
  return word == pattern;
}

bool matches_at(const std::vector<Token>& words, std::size_t at,
                const std::vector<Token>& pattern) {
  if (at + pattern.size() > words.size()) return false;
  for (std::size_t k = 0; k < pattern.size(); ++k) {
    if (!word_matches(pattern[k].lower, words[at + k].lower)) return false;
  }
  return true;
}

std::optional<WordMatch> first_match(std::string_view text,
                                     const std::vector<Token>& words,
                                     std::string_view phrase) {
  const std::vector<Token> pattern = tokenize(phrase, true);
  if (pattern.empty()) return std::nullopt;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!matches_at(words, i, pattern)) continue;
    const Token& last = words[i + pattern.size() - 1];
    std::size_t end = last.offset + last.length;
    // Tokens lose a final full stop, which ends sentences; an abbreviation
    // such as "z.s.m." keeps its own when the phrase has one.
    if (phrase.back() == '.' && end < text.size() && text[end] == '.') ++end;
    return WordMatch{words[i].offset, end - words[i].offset,
                     std::string(phrase)};
  }
  return std::nullopt;
}

bool is_number(const Token& token, const std::vector<std::string>& words) {
  if (token.lower[0] >= '0' && token.lower[0] <= '9') {
    return std::all_of(token.lower.begin(), token.lower.end(), [](char c) {
      return (c >= '0' && c <= '9') || c == '-';
    });
  }
  return std::find(words.begin(), words.end(), token.lower) != words.end();
}

bool is_unit(const Token& token, const std::vector<std::string>& units) {
  return std::any_of(units.begin(), units.end(), [&](const std::string& u) {
    return !u.empty() && word_matches(lowered(u), token.lower);
  });
}

std::size_t byte_offset(const Source& source, Position where) {
  const std::string_view line = source.line_text(where.line);
  std::size_t offset =
      static_cast<std::size_t>(line.data() - source.text().data());
  // Columns count characters; continuation bytes of UTF-8 do not.
  int column = 1;
  std::size_t i = 0;
  while (i < line.size() && column < where.column) {
    ++i;
    while (i < line.size() &&
           (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) {
      ++i;
    }
    ++column;
  }
  return offset + i;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// Matches the excerpt's words at `at`, any white space between them.
bool matches_loosely(std::string_view text, std::size_t at,
                     const std::vector<std::string_view>& words) {
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (text.substr(at, words[k].size()) != words[k]) return false;
    at += words[k].size();
    if (k + 1 == words.size()) break;
    const std::size_t before = at;
    while (at < text.size() && is_space(text[at])) ++at;
    if (at == before) return false;
  }
  return true;
}

std::vector<std::string_view> split_spaces(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    const std::size_t start = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    if (i > start) out.push_back(text.substr(start, i - start));
  }
  return out;
}

}  // namespace

std::optional<WordMatch> find_phrase(std::string_view text,
                                     std::string_view phrase) {
  return first_match(text, tokenize(text), phrase);
}

std::vector<WordMatch> find_phrases(std::string_view text,
                                    const std::vector<std::string>& phrases) {
  const std::vector<Token> words = tokenize(text);
  std::vector<WordMatch> found;
  for (const std::string& phrase : phrases) {
    if (auto match = first_match(text, words, phrase)) {
      found.push_back(*match);
    }
  }
  // Longer first at the same place, so "zo snel mogelijk" hides "mogelijk".
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.length > b.length;
  });
  std::vector<WordMatch> out;
  for (WordMatch& match : found) {
    if (!out.empty() &&
        match.offset + match.length <= out.back().offset + out.back().length) {
      continue;
    }
    out.push_back(std::move(match));
  }
  return out;
}

std::vector<WordMatch> find_cefr_levels(std::string_view text) {
  std::vector<WordMatch> out;
  for (const Token& token : tokenize(text)) {
    const std::string_view word = token.lower;
    if (word.size() < 2 || (word.size() > 2 && word[2] != '-')) continue;
    const auto rank = cefr_rank(word.substr(0, 2));
    if (!rank || *rank == 0) continue;
    out.push_back({token.offset, 2, cefr_name(*rank)});
  }
  return out;
}

std::optional<WordMatch> find_amount(
    std::string_view text, const std::vector<std::string>& units,
    const std::vector<std::string>& number_words) {
  const std::vector<Token> words = tokenize(text);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!is_number(words[i], number_words)) continue;
    for (std::size_t k = i + 1; k < words.size() && k <= i + 2; ++k) {
      if (!is_unit(words[k], units)) continue;
      const std::size_t end = words[k].offset + words[k].length;
      return WordMatch{
          words[i].offset, end - words[i].offset,
          std::string(text.substr(words[i].offset, end - words[i].offset))};
    }
  }
  return std::nullopt;
}

std::optional<int> cefr_rank(std::string_view level) {
  if (level.size() != 2) return std::nullopt;
  const char letter = static_cast<char>(level[0] | 0x20);
  const char digit = level[1];
  if (letter == 'a' && digit == '0') return 0;
  if (letter < 'a' || letter > 'c' || digit < '1' || digit > '2') {
    return std::nullopt;
  }
  return (letter - 'a') * 2 + (digit - '0');
}

std::string cefr_name(int rank) {
  if (rank <= 0) return "A0";
  const char letter = static_cast<char>('A' + (rank - 1) / 2);
  return std::string{letter, static_cast<char>('1' + (rank - 1) % 2)};
}

Position locate_in_source(const Source& source, Position from,
                          std::string_view excerpt) {
  const std::vector<std::string_view> words = split_spaces(excerpt);
  if (!from.known() || words.empty()) return from;
  const std::string_view text = source.text();
  const std::size_t start = byte_offset(source, from);
  // A scalar is never far from its key; stopping early keeps a phrase from
  // being found in the next goal when the value was written with escapes.
  const std::size_t limit =
      std::min(text.size(), start + 8 * excerpt.size() + 4096);
  for (std::size_t at = text.find(words[0], start);
       at != std::string_view::npos && at < limit;
       at = text.find(words[0], at + 1)) {
    if (matches_loosely(text, at, words)) return source.position_at(at);
  }
  return from;
}

}  // namespace pipkit
