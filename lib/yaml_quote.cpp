// SPDX-License-Identifier: EUPL-1.2
// Text made safe to put in a YAML file as one double-quoted scalar.
#include "yaml_quote.hpp"

#include <fmt/format.h>

#include "source.hpp"

namespace pipkit {
namespace {

std::string escape_ascii(char c) {
  switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\0': return "\\0";
    case '\a': return "\\a";
    case '\b': return "\\b";
    case '\t': return "\\t";
    case '\n': return "\\n";
    case '\v': return "\\v";
    case '\f': return "\\f";
    case '\r': return "\\r";
    case '\x1B': return "\\e";
  }
  const auto byte = static_cast<unsigned char>(c);
  if (byte < 0x20 || byte == 0x7F) return fmt::format("\\x{:02X}", byte);
  return std::string(1, c);
}

// YAML allows only printable characters inside quotes; these are the
// UTF-8 forms of the other ones above U+00FF, with their escapes.
struct Sequence {
  std::string_view bytes;
  std::string_view escaped;
};
constexpr Sequence kUnprintable[] = {
    {"\xE2\x80\xA8", "\\L"},      {"\xE2\x80\xA9", "\\P"},
    {"\xEF\xBB\xBF", "\\uFEFF"}, {"\xEF\xBF\xBE", "\\uFFFE"},
    {"\xEF\xBF\xBF", "\\uFFFF"},
};

// Appends valid UTF-8 text, escaped; returns nothing because every input
// has an escaped form.
void append_escaped(std::string_view text, std::string& out) {
  for (std::size_t at = 0; at < text.size();) {
    const std::string_view rest = text.substr(at);
    const auto byte = static_cast<unsigned char>(text[at]);
    // The C1 controls, U+0085 included: yaml-cpp reads the short escape
    // \N as a lone byte 0x85, which is not UTF-8, so \x85 is written.
    if (byte == 0xC2 && rest.size() > 1 &&
        static_cast<unsigned char>(rest[1]) < 0xA0) {
      out += fmt::format("\\x{:02X}", static_cast<unsigned char>(rest[1]));
      at += 2;
      continue;
    }
    bool matched = false;
    for (const Sequence& s : kUnprintable) {
      if (rest.substr(0, s.bytes.size()) != s.bytes) continue;
      out += s.escaped;
      at += s.bytes.size();
      matched = true;
      break;
    }
    if (matched) continue;
    out += byte < 0x80 ? escape_ascii(text[at]) : std::string(1, text[at]);
    ++at;
  }
}

}  // namespace

std::string yaml_quote(std::string_view text) {
  std::string out = "\"";
  // Each invalid byte becomes U+FFFD, so the file written stays UTF-8.
  while (const auto bad = find_invalid_utf8(text)) {
    append_escaped(text.substr(0, *bad), out);
    out += "\\uFFFD";
    text.remove_prefix(*bad + 1);
  }
  append_escaped(text, out);
  return out + "\"";
}

}  // namespace pipkit
