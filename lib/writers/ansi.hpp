// SPDX-License-Identifier: EUPL-1.2
// Terminal colours shared by the text reports.
#pragma once

#include <fmt/format.h>
#include <string>
#include <string_view>

namespace pipkit::ansi {

inline constexpr std::string_view kBold = "\x1b[1m";
inline constexpr std::string_view kRed = "\x1b[1;31m";
inline constexpr std::string_view kYellow = "\x1b[1;33m";
inline constexpr std::string_view kCyan = "\x1b[1;36m";
inline constexpr std::string_view kGreen = "\x1b[32m";
inline constexpr std::string_view kReset = "\x1b[0m";

/// Returns `text` in the colour `code` when `on`, else unchanged.
inline std::string paint(std::string_view text, std::string_view code,
                         bool on) {
  return on ? fmt::format("{}{}{}", code, text, kReset) : std::string(text);
}

}  // namespace pipkit::ansi
