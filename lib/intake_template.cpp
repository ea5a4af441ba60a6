// SPDX-License-Identifier: EUPL-1.2
// The intake template filled in with what is known about a new client.
#include "intake_template.hpp"

#include <functional>

#include "source.hpp"
#include "yaml_quote.hpp"

namespace pipkit {
namespace {

constexpr std::string_view kDeadlineLine = "# {{deadline_comment}}";

// An unknown value is left empty ("" or null), as the shipped template
// tells its reader: validate reports the empty values a draft still needs
// as warnings, and an unknown date may simply not apply to the client.
std::string date_value(const std::optional<Date>& value) {
  return value ? to_iso(*value) : "null";
}

std::string flag_value(const std::optional<bool>& value) {
  if (!value) return "null";
  return *value ? "true" : "false";
}

// A word of the key's list stands bare, as in the format's examples;
// anything else is quoted so that validate can name it.
std::string choice_value(const std::string& value,
                         std::initializer_list<std::string_view> choices) {
  if (value.empty()) return "null";
  for (std::string_view choice : choices) {
    if (value == choice) return value;
  }
  return yaml_quote(value);
}

using Renderer = std::function<std::string(const IntakeValues&)>;

struct Placeholder {
  std::string name;
  Renderer render;
};

const std::vector<Placeholder>& placeholders() {
  using V = const IntakeValues&;
  static const std::vector<Placeholder> kAll = {
      {"klantcode", [](V v) { return yaml_quote(v.klantcode); }},
      {"aanmelding", [](V v) { return date_value(v.aanmelding); }},
      {"kennisgeving", [](V v) { return date_value(v.kennisgeving); }},
      {"vestiging", [](V v) { return date_value(v.vestiging); }},
      {"oproep", [](V v) { return date_value(v.oproep); }},
      {"doelgroep",
       [](V v) {
         return choice_value(v.doelgroep,
                             {"asielstatushouder", "gezinsmigrant", "overig"});
       }},
      {"nieuwkomer", [](V v) { return flag_value(v.nieuwkomer); }},
      {"consulent", [](V v) { return yaml_quote(v.consulent); }},
      {"voornamen", [](V v) { return yaml_quote(v.voornamen); }},
      {"achternaam", [](V v) { return yaml_quote(v.achternaam); }},
      {"geboortedatum", [](V v) { return date_value(v.geboortedatum); }},
      {"gemeente", [](V v) { return yaml_quote(v.gemeente); }},
  };
  return kAll;
}

const Renderer* find_renderer(std::string_view name) {
  for (const Placeholder& p : placeholders()) {
    if (p.name == name) return &p.render;
  }
  return nullptr;
}

class Filler {
 public:
  explicit Filler(const IntakeValues& values) : values_(values) {}

  FilledTemplate fill(std::string_view text) {
    int number = 0;
    while (!text.empty()) {
      const std::size_t end = text.find('\n');
      const std::string_view line = text.substr(0, end);
      fill_line(line, ++number);
      if (end == std::string_view::npos) break;
      out_.text += '\n';
      text.remove_prefix(end + 1);
    }
    return std::move(out_);
  }

 private:
  void fill_line(std::string_view line, int number) {
    const std::size_t indent = line.find_first_not_of(' ');
    if (indent != std::string_view::npos &&
        line.substr(indent) == kDeadlineLine) {
      return fill_deadline(line.substr(0, indent));
    }
    const std::size_t comment = yaml_comment_start(line);
    const std::size_t line_start = out_.text.size();
    fill_values(line.substr(0, comment), number);
    if (comment == std::string_view::npos) return;
    if (comment > 0)
      align_comment(line_start, utf8_length(line.substr(0, comment)));
    out_.text += line.substr(comment);
  }

  // A filled value is longer or shorter than its placeholder; the comment
  // after it keeps its column where it can, so the template's columns of
  // comments stay straight.
  void align_comment(std::size_t line_start, std::size_t column) {
    const std::size_t code_end = out_.text.find_last_not_of(' ');
    const std::size_t kept =
        code_end == std::string::npos || code_end < line_start ? line_start
                                                               : code_end + 1;
    out_.text.resize(kept);
    const std::size_t width =
        utf8_length(std::string_view(out_.text).substr(line_start));
    out_.text.append(column > width + 1 ? column - width : 1, ' ');
  }

  void fill_deadline(std::string_view indent) {
    const auto& lines = values_.deadline_comment;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i > 0) out_.text += '\n';
      out_.text += indent;
      out_.text += lines[i].empty() ? "#" : "# " + lines[i];
    }
  }

  // Replaces each "{{name}}", quotes included, in the part of a line that
  // holds values.
  void fill_values(std::string_view code, int number) {
    std::size_t at = 0;
    while (true) {
      const std::size_t open = code.find("\"{{", at);
      if (open == std::string_view::npos) break;
      const std::size_t close = code.find("}}\"", open + 3);
      if (close == std::string_view::npos) break;
      const std::string_view name = code.substr(open + 3, close - open - 3);
      out_.text += code.substr(at, open - at);
      at = close + 3;
      const Renderer* render = find_renderer(name);
      const bool well_formed =
          !name.empty() &&
          name.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") ==
              std::string_view::npos;
      if (render != nullptr) {
        out_.text += (*render)(values_);
      } else {
        out_.text += code.substr(open, at - open);
        if (well_formed) out_.unknown.push_back({std::string(name), number});
      }
    }
    out_.text += code.substr(at);
  }

  const IntakeValues& values_;
  FilledTemplate out_;
};

}  // namespace

FilledTemplate fill_intake_template(std::string_view text,
                                    const IntakeValues& values) {
  return Filler(values).fill(text);
}

const std::vector<std::string>& intake_placeholder_names() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> names;
    for (const Placeholder& p : placeholders()) names.push_back(p.name);
    names.push_back("deadline_comment");
    return names;
  }();
  return kNames;
}

std::size_t yaml_comment_start(std::string_view line) {
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    const bool doubled = i + 1 < line.size() && line[i + 1] == c;
    if ((quote == '"' && c == '\\') ||
        (quote == '\'' && c == '\'' && doubled)) {
      ++i;  // an escaped character never ends the quote
    } else if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      // A quote only opens a scalar where one may start, not inside a
      // plain word such as O'Brien.
      if (i == 0 || line[i - 1] == ' ' || line[i - 1] == ':' ||
          line[i - 1] == '[' || line[i - 1] == '{' || line[i - 1] == ',' ||
          line[i - 1] == '-') {
        quote = c;
      }
    } else if (c == '#' && (i == 0 || line[i - 1] == ' ')) {
      return i;
    }
  }
  return std::string_view::npos;
}

}  // namespace pipkit
