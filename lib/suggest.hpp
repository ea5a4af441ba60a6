// SPDX-License-Identifier: EUPL-1.2
// "Did you mean": the nearest known word to a misspelt one.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pipkit {

/// Returns `text` with the ASCII letters in lower case; other bytes, UTF-8
/// included, stay as they are. Never fails.
std::string ascii_lower(std::string_view text);

/// Returns the edit distance (insertions, deletions, substitutions and
/// swaps of neighbours) between two byte strings.
int edit_distance(std::string_view a, std::string_view b);

/// Returns the candidate closest to `word` when it is near enough to be a
/// likely typo (same word in other case, or at most a third of its letters
/// off), else nullopt.
std::optional<std::string> closest_match(
    std::string_view word, const std::vector<std::string>& candidates);

}  // namespace pipkit
