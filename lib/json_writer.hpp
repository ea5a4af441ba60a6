// SPDX-License-Identifier: EUPL-1.2
// A small streaming JSON writer: enough for pipkit's documented shapes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pipkit {

/// Builds one JSON document as text, two-space indented, keys in the order
/// written; misuse (a value where a key is due) is a programming error and
/// is not checked.
class JsonWriter {
 public:
  /// `depth` indents the whole output, for a fragment that is placed inside
  /// a document written elsewhere.
  explicit JsonWriter(int depth = 0) : base_depth_(depth) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) {
    return value(std::string_view(text));
  }
  JsonWriter& value(long number);
  JsonWriter& value(int number) { return value(static_cast<long>(number)); }
  JsonWriter& value(double number);
  JsonWriter& value(bool flag);
  JsonWriter& null();
  /// Writes the string, or null when absent.
  JsonWriter& value(const std::optional<std::string>& text);

  /// Returns the document with a final newline.
  std::string str() const { return out_ + "\n"; }

 private:
  void before_value();
  JsonWriter& close(char bracket);
  void newline();

  int base_depth_ = 0;
  std::string out_;
  // One entry per open container: whether it has a member yet.
  std::vector<bool> has_member_;
  bool after_key_ = false;
};

/// Returns `text` as a JSON string literal, quotes included.
std::string json_quote(std::string_view text);

}  // namespace pipkit
