// SPDX-License-Identifier: EUPL-1.2
// Bilingual message text: every sentence pipkit shows exists in nl and en.
#pragma once

#include <string>

namespace pipkit {

enum class Lang { kNl, kEn };

/// A message in both languages; the writer picks one at the last moment so
/// that lib/ never needs to know the user's language.
struct Text {
  std::string nl;
  std::string en;

  const std::string& in(Lang lang) const {
    return lang == Lang::kNl ? nl : en;
  }
  bool operator==(const Text&) const = default;
};

}  // namespace pipkit
