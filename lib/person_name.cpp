// SPDX-License-Identifier: EUPL-1.2
// A full name as typed split into voornamen and achternaam.
#include "person_name.hpp"

#include <algorithm>
#include <vector>

namespace pipkit {
namespace {

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::size_t at = 0;
  while (true) {
    at = text.find_first_not_of(" \t", at);
    if (at == std::string_view::npos) break;
    const std::size_t end = text.find_first_of(" \t", at);
    words.emplace_back(text.substr(at, end - at));
    at = end;
  }
  return words;
}

std::string join(const std::vector<std::string>& words, std::size_t from,
                 std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  return out;
}

// Tussenvoegsels are written in lowercase inside a full name, so a name
// that starts with one ("de Vries") is all achternaam; a name typed all in
// lowercase still keeps its first word as a voornaam.
bool is_lowercase_word(const std::string& word) {
  return word[0] >= 'a' && word[0] <= 'z';
}

}  // namespace

PersonName split_person_name(std::string_view naam) {
  const std::size_t comma = naam.find(',');
  if (comma != std::string_view::npos) {
    const auto achternaam = words_of(naam.substr(0, comma));
    const auto voornamen = words_of(naam.substr(comma + 1));
    return {join(voornamen, 0, voornamen.size()),
            join(achternaam, 0, achternaam.size())};
  }
  const std::vector<std::string> words = words_of(naam);
  if (words.empty()) return {};
  std::size_t split = words.size() - 1;
  while (split > 0 && is_lowercase_word(words[split - 1])) --split;
  const bool all_lowercase =
      std::all_of(words.begin(), words.end(), is_lowercase_word);
  if (split == 0 && all_lowercase && words.size() > 1) split = 1;
  return {join(words, 0, split), join(words, split, words.size())};
}

}  // namespace pipkit
