// SPDX-License-Identifier: EUPL-1.2
// A file's text made safe to parse: size bound, BOM, line endings, UTF-8.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.hpp"

namespace pipkit {

/// The text of one file, normalised to LF line endings without a BOM, with
/// the table that turns byte offsets into lines and columns.
class Source {
 public:
  Source() = default;
  Source(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }

  /// Returns the 1-based line and character column of a byte offset.
  Position position_at(std::size_t offset) const;

  /// Returns the text of a 1-based line without its newline; empty when out
  /// of range.
  std::string_view line_text(int line) const;

  int line_count() const { return static_cast<int>(line_starts_.size()); }

 private:
  std::string path_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

/// Bounds on what one file may be.
struct SourceLimits {
  std::size_t max_bytes = 1024 * 1024;
  // A paragraph typed on one line stays far below this; minified or
  // binary data does not.
  std::size_t max_line_chars = 10000;
};

/// What loading gives: the source, and findings; `readable` is false when
/// the text cannot be handed to the YAML parser at all.
struct LoadedSource {
  Source source;
  Diagnostics diagnostics;
  bool readable = true;
};

/// Checks and normalises raw file bytes: refuses files over the size bound
/// and invalid UTF-8, strips a BOM, turns CRLF and CR into LF (no line or
/// column moves), and reports tabs used for indentation and the first line
/// longer than the bound (still readable). `total_size` is the
/// file's real size when the caller read only part of it.
LoadedSource load_source(std::string path, std::string bytes,
                         const SourceLimits& limits = {},
                         std::optional<std::size_t> total_size = {});

/// Returns the byte offset of the first invalid UTF-8 sequence, or nullopt
/// when the text is valid (overlong forms and surrogates are invalid).
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

/// Returns the number of characters (code points) in valid UTF-8 text.
std::size_t utf8_length(std::string_view text);

}  // namespace pipkit
