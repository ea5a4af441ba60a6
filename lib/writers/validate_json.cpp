// SPDX-License-Identifier: EUPL-1.2
// validate's JSON and SARIF reports, in the shapes scripts rely on.
#include <fmt/format.h>

#include "json_writer.hpp"
#include "rule_catalogue.hpp"
#include "writers/validate_report.hpp"

namespace pipkit {
namespace {

std::string_view sarif_level(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "note";
  }
  return "error";
}

// SARIF wants a URI; relative paths stay relative, with '%' and spaces
// escaped, so code-scanning services resolve them against the checkout.
std::string to_uri(std::string_view path) {
  std::string out;
  for (char c : path) {
    if (c == ' ') out += "%20";
    else if (c == '%') out += "%25";
    else if (c == '\\') out += '/';
    else out += c;
  }
  if (out.rfind("./", 0) == 0) out.erase(0, 2);
  return out;
}

void write_rules(JsonWriter& w, Lang lang) {
  w.key("rules").begin_array();
  for (const RuleInfo& rule : rule_catalogue()) {
    w.begin_object();
    w.key("id").value(rule.id);
    w.key("shortDescription").begin_object();
    w.key("text").value(rule.title.in(lang)).end_object();
    w.key("help").begin_object();
    w.key("text").value(rule.fix.in(lang)).end_object();
    w.key("defaultConfiguration").begin_object();
    w.key("level").value(sarif_level(rule.severity)).end_object();
    w.end_object();
  }
  w.end_array();
}

// The writer adds a newline after the document; fragments sit inside
// another document and must not end with one.
std::string fragment(const JsonWriter& w) {
  std::string text = w.str();
  text.pop_back();
  return text;
}

}  // namespace

void write_diagnostic_json(JsonWriter& w, const Diagnostic& d, Lang lang) {
  w.begin_object();
  w.key("rule").value(d.rule);
  w.key("severity").value(severity_name(d.severity));
  w.key("line");
  d.position.known() ? w.value(d.position.line) : w.null();
  w.key("column");
  d.position.known() ? w.value(d.position.column) : w.null();
  w.key("key");
  d.key.empty() ? w.null() : w.value(d.key);
  w.key("message").value(d.message.in(lang));
  w.end_object();
}

std::string validate_json_file(std::string_view path, FileKind kind,
                               const Diagnostics& diagnostics, Lang lang) {
  JsonWriter w(2);
  w.begin_object();
  w.key("path").value(path);
  w.key("kind").value(file_kind_name(kind));
  w.key("diagnostics").begin_array();
  for (const Diagnostic& d : diagnostics) write_diagnostic_json(w, d, lang);
  w.end_array().end_object();
  return "    " + fragment(w);
}

std::string validate_json_begin() {
  return "{\n  \"version\": 1,\n  \"files\": [";
}

std::string validate_json_end(const ValidateSummary& s, bool any_files) {
  return fmt::format(
      "{}],\n  \"summary\": {{\n    \"files\": {},\n    \"errors\": {},\n"
      "    \"warnings\": {},\n    \"infos\": {}\n  }}\n}}\n",
      any_files ? "\n  " : "", s.files, s.errors, s.warnings, s.infos);
}

std::vector<std::string> validate_sarif_results(
    std::string_view path, const Diagnostics& diagnostics, Lang lang) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) {
    JsonWriter w(4);
    w.begin_object();
    w.key("ruleId").value(d.rule);
    w.key("level").value(sarif_level(d.severity));
    w.key("message").begin_object().key("text").value(d.message.in(lang));
    w.end_object();
    w.key("locations").begin_array().begin_object();
    w.key("physicalLocation").begin_object();
    w.key("artifactLocation").begin_object().key("uri").value(to_uri(path));
    w.end_object();
    if (d.position.known()) {
      w.key("region").begin_object();
      w.key("startLine").value(d.position.line);
      w.key("startColumn").value(d.position.column).end_object();
    }
    w.end_object().end_object().end_array();
    w.end_object();
    out.push_back("        " + fragment(w));
  }
  return out;
}

std::string validate_sarif_begin(Lang lang) {
  JsonWriter w(3);
  w.begin_object();
  w.key("name").value("pipkit");
  w.key("version").value(PIPKIT_VERSION);
  write_rules(w, lang);
  w.end_object();
  return fmt::format(
      "{{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
      "  \"version\": \"2.1.0\",\n  \"runs\": [\n    {{\n      \"tool\": {{\n"
      "        \"driver\": {}\n      }},\n      \"results\": [",
      fragment(w).substr(6));
}

std::string validate_sarif_end(bool any_results) {
  return fmt::format("{}]\n    }}\n  ]\n}}\n", any_results ? "\n      " : "");
}

}  // namespace pipkit
