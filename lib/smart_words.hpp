// SPDX-License-Identifier: EUPL-1.2
// Finds word-list phrases, CEFR levels and counted amounts in plan text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.hpp"
#include "source.hpp"

namespace pipkit {

/// One phrase found in a text: where it stands (bytes into the text) and
/// which list entry it matched.
struct WordMatch {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string phrase;  // the list entry, as written in the data

  bool operator==(const WordMatch&) const = default;
};

/// Returns the first place where `phrase` stands in `text` as whole words,
/// ignoring case; in the phrase, `x*` matches any word starting with x,
/// `*x` any word ending in x, and a lone `*` any one word. Returns nullopt
/// when it does not occur or the phrase has no words.
std::optional<WordMatch> find_phrase(std::string_view text,
                                     std::string_view phrase);

/// Returns the first occurrence of every phrase that occurs, sorted by
/// place; a phrase lying inside an earlier, longer match is left out.
std::vector<WordMatch> find_phrases(std::string_view text,
                                    const std::vector<std::string>& phrases);

/// Returns every CEFR level (A1 to C2) named in the text, in text order;
/// `A0` is no goal and is not returned.
std::vector<WordMatch> find_cefr_levels(std::string_view text);

/// Returns the first amount counted in units, such as "12 uur", "drie
/// ochtenden" or "10-12 uur": a number (digits, or one of `number_words`)
/// followed within two words by one of `units`; nullopt when there is none.
std::optional<WordMatch> find_amount(
    std::string_view text, const std::vector<std::string>& units,
    const std::vector<std::string>& number_words);

/// Returns the rank of a CEFR level (A1 = 1 .. C2 = 6, A0 = 0), or nullopt
/// for anything else.
std::optional<int> cefr_rank(std::string_view level);

/// Returns the level with this rank, such as "B1" for 3.
std::string cefr_name(int rank);

/// Returns where `excerpt` (taken from a YAML scalar's value) stands in the
/// file, searching from the scalar's own position `from`; runs of white
/// space in the excerpt match any white space, line breaks and indentation
/// included. Returns `from` when it cannot be found nearby.
Position locate_in_source(const Source& source, Position from,
                          std::string_view excerpt);

}  // namespace pipkit
