// SPDX-License-Identifier: EUPL-1.2
// A small streaming JSON writer: enough for pipkit's documented shapes.
#include "json_writer.hpp"

#include <cmath>
#include <fmt/format.h>

#include "source.hpp"

namespace pipkit {

std::string json_quote(std::string_view raw) {
  // JSON is UTF-8: a file name or text that is not (a Latin-1 file name,
  // say) gets U+FFFD for each bad byte rather than breaking the document.
  std::string valid;
  while (auto bad = find_invalid_utf8(raw)) {
    valid.append(raw.substr(0, *bad));
    valid.append("\xEF\xBF\xBD");
    raw.remove_prefix(*bad + 1);
  }
  valid.append(raw);
  const std::string_view text(valid);
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += fmt::format("\\u{:04x}", c);
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

void JsonWriter::newline() {
  out_ += '\n';
  out_.append(2 * (has_member_.size() + base_depth_), ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_member_.empty()) return;
  if (has_member_.back()) out_ += ',';
  has_member_.back() = true;
  newline();
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_ += '{';
  has_member_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::end_object() { return close('}'); }

JsonWriter& JsonWriter::close(char bracket) {
  const bool had = has_member_.back();
  has_member_.pop_back();
  if (had) newline();
  out_ += bracket;
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_ += '[';
  has_member_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::end_array() { return close(']'); }

JsonWriter& JsonWriter::key(std::string_view name) {
  before_value();
  out_ += json_quote(name);
  out_ += ": ";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
  before_value();
  out_ += json_quote(text);
  return *this;
}

JsonWriter& JsonWriter::value(long number) {
  before_value();
  out_ += std::to_string(number);
  return *this;
}

JsonWriter& JsonWriter::value(double number) {
  before_value();
  // Scores are shown with at most two decimals; JSON has no NaN.
  if (!std::isfinite(number)) {
    out_ += "null";
  } else {
    out_ += fmt::format("{}", std::round(number * 100.0) / 100.0);
  }
  return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
  before_value();
  out_ += flag ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::value(const std::optional<std::string>& text) {
  return text ? value(*text) : null();
}

}  // namespace pipkit
