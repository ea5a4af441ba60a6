// SPDX-License-Identifier: EUPL-1.2
// Checks a document's keys and value types against the case format.
#include "rules/schema_check.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fmt/format.h>

#include "date.hpp"
#include "suggest.hpp"

namespace pipkit {
namespace {

std::string join_path(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : fmt::format("{}.{}", path, key);
}

std::string quoted_list(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ", ";
    out += w;
  }
  return out;
}

class SchemaChecker {
 public:
  SchemaChecker(Diagnostics& out, bool draft) : out_(out), draft_(draft) {}

  void check_fields(const Node& map, const std::vector<FieldSpec>& fields,
                    const std::string& path, Position owner) {
    for (const MapEntry& entry : map.entries) {
      const auto spec = std::find_if(
          fields.begin(), fields.end(),
          [&](const FieldSpec& f) { return f.key == entry.key; });
      if (spec == fields.end()) {
        unknown_key(entry, fields, path);
      } else {
        check_value(entry.value, *spec, join_path(path, entry.key));
      }
    }
    for (const FieldSpec& spec : fields) {
      if (spec.required && map.entry(spec.key) == nullptr) {
        missing_key(spec.key, join_path(path, spec.key), owner);
      }
    }
  }

 private:
  void add(const char* rule, Severity severity, Position where,
           std::string key, Text message) {
    out_.push_back(Diagnostic{rule, severity, where, std::move(key),
                              std::move(message)});
  }

  void unknown_key(const MapEntry& entry, const std::vector<FieldSpec>& fields,
                   const std::string& path) {
    std::vector<std::string> known;
    for (const FieldSpec& f : fields) known.push_back(f.key);
    const auto guess = closest_match(entry.key, known);
    const std::string hint_nl =
        guess ? fmt::format("; bedoelt u '{}'?", *guess)
              : "; controleer de spelling of verwijder de sleutel";
    const std::string hint_en =
        guess ? fmt::format("; did you mean '{}'?", *guess)
              : "; check the spelling or remove the key";
    add("PK106", Severity::kWarning, entry.key_position,
        join_path(path, entry.key),
        {fmt::format("onbekende sleutel '{}'{}", entry.key, hint_nl),
         fmt::format("unknown key '{}'{}", entry.key, hint_en)});
  }

  void missing_key(const std::string& key, const std::string& path,
                   Position owner) {
    add("PK100", Severity::kError, owner, path,
        {fmt::format("verplichte sleutel '{}' ontbreekt; voeg hem toe", key),
         fmt::format("required key '{}' is missing; add it", key)});
  }

  void check_value(const Node& node, const FieldSpec& spec,
                   const std::string& path) {
    if (node.is_null()) {
      if (spec.required) empty_value(node.position, path);
      return;
    }
    switch (spec.type) {
      case ValueType::kMapping: return check_mapping(node, spec, path);
      case ValueType::kList: return check_list(node, spec, path);
      default: return check_scalar(node, spec, path);
    }
  }

  bool expect_kind(const Node& node, NodeKind kind, const std::string& path) {
    if (node.kind == kind) return true;
    static constexpr const char* kNl[] = {"leeg", "een enkele waarde",
                                          "een lijst", "een blok sleutels"};
    static constexpr const char* kEn[] = {"empty", "a single value", "a list",
                                          "a block of keys"};
    const auto want = static_cast<size_t>(kind);
    const auto got = static_cast<size_t>(node.kind);
    add("PK101", Severity::kError, node.position, path,
        {fmt::format("'{}' moet {} zijn, maar is {}", path, kNl[want],
                     kNl[got]),
         fmt::format("'{}' must be {}, but is {}", path, kEn[want],
                     kEn[got])});
    return false;
  }

  void check_mapping(const Node& node, const FieldSpec& spec,
                     const std::string& path) {
    if (!expect_kind(node, NodeKind::kMapping, path)) return;
    if (!spec.any_keys) {
      check_fields(node, spec.fields, path, node.position);
      return;
    }
    for (const MapEntry& entry : node.entries) {
      check_value(entry.value, spec.items.front(),
                  join_path(path, entry.key));
    }
  }

  void check_list(const Node& node, const FieldSpec& spec,
                  const std::string& path) {
    if (!expect_kind(node, NodeKind::kSequence, path)) return;
    if (spec.required && node.items.empty()) {
      empty_value(node.position, path);
    }
    const FieldSpec& item = spec.items.front();
    for (size_t i = 0; i < node.items.size(); ++i) {
      const std::string item_path = fmt::format("{}[{}]", path, i);
      const Node& value = node.items[i];
      if (item.type == ValueType::kMapping) {
        check_mapping(value, item, item_path);
      } else if (value.is_null()) {
        add("PK100", Severity::kError, value.position, item_path,
            {fmt::format("lege regel in de lijst '{}'; vul hem in of "
                         "verwijder hem",
                         path),
             fmt::format("empty entry in the list '{}'; fill it in or "
                         "remove it",
                         path)});
      } else {
        check_scalar(value, item, item_path);
      }
    }
  }

  void check_scalar(const Node& node, const FieldSpec& spec,
                    const std::string& path) {
    if (!expect_kind(node, NodeKind::kScalar, path)) return;
    const std::string& text = node.text;
    if (is_placeholder(text)) {
      add("PK120", Severity::kWarning, node.position, path,
          {fmt::format("'{}' is nog niet ingevuld", path),
           fmt::format("'{}' is still to be filled in", path)});
      return;
    }
    switch (spec.type) {
      case ValueType::kText:
      case ValueType::kCode: return check_text(node, spec, path);
      case ValueType::kDate: return check_date(node, path);
      case ValueType::kBool: return check_bool(node, path);
      case ValueType::kInteger:
      case ValueType::kNumber: return check_number(node, spec, path);
      case ValueType::kChoice: return check_choice(node, spec, path);
      default: return;
    }
  }

  void check_text(const Node& node, const FieldSpec& spec,
                  const std::string& path) {
    const std::string& text = node.text;
    const bool blank = text.find_first_not_of(" \t\n") == std::string::npos;
    if (spec.required && blank) empty_value(node.position, path);
    const bool digits = !text.empty() &&
        std::all_of(text.begin(), text.end(),
                    [](char c) { return c >= '0' && c <= '9'; });
    if (node.plain && digits && text.size() > 1 && text[0] == '0') {
      add("PK107", Severity::kWarning, node.position, path,
          {fmt::format("'{}' begint met een nul en staat niet tussen "
                       "aanhalingstekens; schrijf \"{}\" zodat geen "
                       "programma de nul weglaat",
                       text, text),
           fmt::format("'{}' starts with a zero and is not quoted; write "
                       "\"{}\" so that no program drops the zero",
                       text, text)});
    }
  }

  void check_date(const Node& node, const std::string& path) {
    if (parse_iso_date(node.text)) return;
    const bool shaped = node.text.size() == 10 && node.text[4] == '-' &&
                        node.text[7] == '-';
    add("PK103", Severity::kError, node.position, path,
        shaped ? Text{fmt::format("'{}' is geen bestaande datum", node.text),
                      fmt::format("'{}' is not a date that exists",
                                  node.text)}
               : Text{fmt::format("'{}' is geen datum; schrijf JJJJ-MM-DD, "
                                  "bijvoorbeeld 2026-09-01",
                                  node.text),
                      fmt::format("'{}' is not a date; write YYYY-MM-DD, "
                                  "for example 2026-09-01",
                                  node.text)});
  }

  void check_bool(const Node& node, const std::string& path) {
    if (parse_bool(node.text)) return;
    if (is_yaml11_bool(node.text)) {
      add("PK104", Severity::kWarning, node.position, path,
          {fmt::format("'{}' wordt niet als ja of nee gelezen; schrijf true "
                       "of false (of ja of nee)",
                       node.text),
           fmt::format("'{}' is not read as yes or no; write "
                       "true or false (or ja or nee)",
                       node.text)});
      return;
    }
    add("PK101", Severity::kError, node.position, path,
        {fmt::format("'{}' moet true of false zijn (of ja of nee), niet '{}'",
                     path, node.text),
         fmt::format("'{}' must be true or false (or ja or nee), not '{}'",
                     path, node.text)});
  }

  void check_number(const Node& node, const FieldSpec& spec,
                    const std::string& path) {
    const std::string& text = node.text;
    double value = 0;
    const auto [end, error] =
        std::from_chars(text.data(), text.data() + text.size(), value);
    const bool whole = text.find_first_of(".eE") == std::string::npos;
    const bool ok = error == std::errc() && end == text.data() + text.size() &&
                    (spec.type == ValueType::kNumber || whole);
    if (ok && value >= spec.min && value <= spec.max) return;
    add("PK105", Severity::kError, node.position, path,
        {fmt::format("'{}' moet een {}getal van {} tot en met {} zijn, niet "
                     "'{}'",
                     path, spec.type == ValueType::kInteger ? "heel " : "",
                     spec.min, spec.max, text),
         fmt::format("'{}' must be a {}number from {} to {}, not '{}'", path,
                     spec.type == ValueType::kInteger ? "whole " : "",
                     spec.min, spec.max, text)});
  }

  void check_choice(const Node& node, const FieldSpec& spec,
                    const std::string& path) {
    const auto& choices = spec.choices;
    if (std::find(choices.begin(), choices.end(), node.text) !=
        choices.end()) {
      return;
    }
    const auto guess = closest_match(node.text, choices);
    const std::string list = quoted_list(choices);
    add("PK102", Severity::kError, node.position, path,
        {guess ? fmt::format("'{}' is geen geldige waarde voor '{}'; bedoelt "
                             "u '{}'?",
                             node.text, spec.key.empty() ? path : spec.key,
                             *guess)
               : fmt::format("'{}' is geen geldige waarde voor '{}'; kies "
                             "uit {}",
                             node.text, spec.key.empty() ? path : spec.key,
                             list),
         guess ? fmt::format("'{}' is not a valid value for '{}'; did you "
                             "mean '{}'?",
                             node.text, spec.key.empty() ? path : spec.key,
                             *guess)
               : fmt::format("'{}' is not a valid value for '{}'; choose "
                             "from {}",
                             node.text, spec.key.empty() ? path : spec.key,
                             list)});
  }

  // An empty required value in a draft is work still to do, not a fault;
  // once the file says it is complete, the same gap is an error.
  void empty_value(Position where, const std::string& path) {
    if (draft_) {
      add("PK120", Severity::kWarning, where, path,
          {fmt::format("'{}' is nog niet ingevuld", path),
           fmt::format("'{}' is still to be filled in", path)});
      return;
    }
    add("PK100", Severity::kError, where, path,
        {fmt::format("'{}' is leeg; vul hem in", path),
         fmt::format("'{}' is empty; fill it in", path)});
  }

  Diagnostics& out_;
  bool draft_;
};

}  // namespace

bool is_placeholder(std::string_view text) {
  return ascii_lower(text.substr(0, 12)) == "nog invullen";
}

std::optional<bool> parse_bool(std::string_view text) {
  const std::string word = ascii_lower(text);
  if (word == "true" || word == "ja") return true;
  if (word == "false" || word == "nee") return false;
  return std::nullopt;
}

bool is_yaml11_bool(std::string_view text) {
  const std::string word = ascii_lower(text);
  return word == "yes" || word == "no" || word == "on" || word == "off" ||
         word == "y" || word == "n";
}

bool is_draft(const Node& root, FileKind kind) {
  const char* done = nullptr;
  const Node* block = &root;
  if (kind == FileKind::kIntake) {
    block = root.get("traject");
    done = "afgerond";
  } else if (kind == FileKind::kPip) {
    done = "vastgesteld";
  } else {
    return false;
  }
  const Node* value = block ? block->get(done) : nullptr;
  return value == nullptr || value->is_null();
}

Diagnostics check_schema(const Node& root, FileKind kind) {
  Diagnostics out;
  SchemaChecker checker(out, is_draft(root, kind));
  checker.check_fields(root, schema_for(kind), "", Position{1, 1});
  return out;
}

}  // namespace pipkit
