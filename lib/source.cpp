// SPDX-License-Identifier: EUPL-1.2
// A file's text made safe to parse: size bound, BOM, line endings, UTF-8.
#include "source.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace pipkit {
namespace {

std::string normalise_line_endings(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] != '\r') {
      out += bytes[i];
    } else if (i + 1 >= bytes.size() || bytes[i + 1] != '\n') {
      out += '\n';  // a lone CR ends a line, as old Mac editors wrote
    }
  }
  return out;
}

Diagnostic reading_error(std::string rule, Position where, Text message) {
  return Diagnostic{std::move(rule), Severity::kError, where, "",
                    std::move(message)};
}

// YAML forbids tabs in indentation; yaml-cpp's own message for it is
// confusing ("illegal map value"), so we find them first.
void report_tab_indentation(const Source& source, Diagnostics& out) {
  for (int line = 1; line <= source.line_count(); ++line) {
    const std::string_view text = source.line_text(line);
    const std::size_t first = text.find_first_not_of(" \t");
    const std::size_t tab = text.find('\t');
    if (tab == std::string_view::npos || tab >= first) continue;
    if (first == std::string_view::npos || text[first] == '#') continue;
    out.push_back(reading_error(
        "PK005", {line, static_cast<int>(tab) + 1},
        {"tab gebruikt om in te springen; gebruik spaties",
         "tab used for indentation; indent with spaces"}));
  }
}

// Reported once, for the first such line: a file with one is usually
// full of them, and one finding says what to do.
void report_long_line(const Source& source, std::size_t max_chars,
                      Diagnostics& out) {
  for (int line = 1; line <= source.line_count(); ++line) {
    const std::size_t length = utf8_length(source.line_text(line));
    if (length <= max_chars) continue;
    out.push_back(reading_error(
        "PK011", {line, static_cast<int>(max_chars) + 1},
        {fmt::format("regel {} is {} tekens lang, hooguit {}; verdeel de "
                     "tekst over meer regels, met '|' of '>' na de sleutel",
                     line, length, max_chars),
         fmt::format("line {} is {} characters long, at most {}; spread the "
                     "text over more lines, with '|' or '>' after the key",
                     line, length, max_chars)}));
    return;
  }
}

}  // namespace

Source::Source(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

Position Source::position_at(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(),
                                     offset);
  const std::size_t index = static_cast<std::size_t>(
      next - line_starts_.begin() - 1);
  const std::string_view before(text_.data() + line_starts_[index],
                                offset - line_starts_[index]);
  return Position{static_cast<int>(index) + 1,
                  static_cast<int>(utf8_length(before)) + 1};
}

std::string_view Source::line_text(int line) const {
  if (line < 1 || line > line_count()) return {};
  const std::size_t start = line_starts_[static_cast<std::size_t>(line - 1)];
  std::size_t end = text_.find('\n', start);
  if (end == std::string::npos) end = text_.size();
  return std::string_view(text_).substr(start, end - start);
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t extra = 0;
    unsigned min = 0;
    unsigned code = 0;
    if (c < 0x80) { ++i; continue; }
    if ((c & 0xE0) == 0xC0) { extra = 1; min = 0x80; code = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { extra = 2; min = 0x800; code = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { extra = 3; min = 0x10000; code = c & 0x07; }
    else return i;
    if (i + extra >= text.size()) return i;  // cut off at the end
    for (std::size_t k = 1; k <= extra; ++k) {
      const auto cc = static_cast<unsigned char>(text[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      code = (code << 6) | (cc & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      return i;
    }
    i += extra + 1;
  }
  return std::nullopt;
}

std::size_t utf8_length(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(),
      [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

LoadedSource load_source(std::string path, std::string bytes,
                         const SourceLimits& limits,
                         std::optional<std::size_t> total_size) {
  LoadedSource loaded;
  const std::size_t size = total_size.value_or(bytes.size());
  if (size > limits.max_bytes) {
    loaded.source = Source(std::move(path), "");
    loaded.diagnostics.push_back(reading_error(
        "PK002", {},
        {fmt::format("bestand is te groot ({} bytes, hooguit {}); splits "
                     "het of controleer of dit wel een dossierbestand is",
                     size, limits.max_bytes),
         fmt::format("file is too large ({} bytes, at most {}); split it or "
                     "check that it is a case file",
                     size, limits.max_bytes)}));
    loaded.readable = false;
    return loaded;
  }
  std::string_view view(bytes);
  if (view.substr(0, 3) == "\xEF\xBB\xBF") view.remove_prefix(3);
  loaded.source = Source(std::move(path), normalise_line_endings(view));
  if (auto bad = find_invalid_utf8(loaded.source.text())) {
    loaded.diagnostics.push_back(reading_error(
        "PK004", loaded.source.position_at(*bad),
        {"ongeldige UTF-8; sla het bestand op als UTF-8",
         "invalid UTF-8; save the file as UTF-8"}));
    loaded.readable = false;
    return loaded;
  }
  report_tab_indentation(loaded.source, loaded.diagnostics);
  loaded.readable = loaded.diagnostics.empty();
  report_long_line(loaded.source, limits.max_line_chars, loaded.diagnostics);
  return loaded;
}

}  // namespace pipkit
