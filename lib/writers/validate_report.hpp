// SPDX-License-Identifier: EUPL-1.2
// validate's output in text, JSON and SARIF, one file at a time.
#pragma once

#include <string>
#include <string_view>

#include "diagnostic.hpp"
#include "json_writer.hpp"
#include "schema.hpp"
#include "source.hpp"
#include "text.hpp"

namespace pipkit {

/// How the text report looks.
struct TextStyle {
  Lang lang = Lang::kNl;
  bool color = false;
  bool show_source = true;  // the offending line with a caret under it
};

/// Totals over a whole run.
struct ValidateSummary {
  int files = 0;
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  int unreadable = 0;

  void add(const Diagnostics& diagnostics);
};

/// Returns one diagnostic in compiler form, `path:line:col: severity:
/// message [rule]`, with the source line and a caret when known.
std::string format_diagnostic_text(const Diagnostic& d, const Source& source,
                                   const TextStyle& style);

/// Returns all findings of one file in text form, in the order given.
std::string validate_text_file(const Source& source,
                               const Diagnostics& diagnostics,
                               const TextStyle& style);

/// Returns the closing summary line of the text report.
std::string validate_text_summary(const ValidateSummary& summary, Lang lang);

/// Writes one diagnostic as the JSON object of cli.md (rule, severity,
/// line, column, key, message).
void write_diagnostic_json(JsonWriter& w, const Diagnostic& d, Lang lang);

/// Returns one element of the JSON `files` array, indented to sit inside
/// the document of cli.md.
std::string validate_json_file(std::string_view path, FileKind kind,
                               const Diagnostics& diagnostics, Lang lang);

/// Returns the JSON document's opening, up to the `files` array. Elements
/// are joined with `,\n` by the caller, so that output streams and memory
/// does not grow with the number of files.
std::string validate_json_begin();

/// Returns the JSON document's close, after the last file element.
std::string validate_json_end(const ValidateSummary& summary, bool any_files);

/// Returns the SARIF result objects of one file, indented for the document;
/// the caller joins them with `,\n`.
std::vector<std::string> validate_sarif_results(
    std::string_view path, const Diagnostics& diagnostics, Lang lang);

/// Returns the SARIF 2.1.0 document's opening, up to its results array.
std::string validate_sarif_begin(Lang lang);

/// Returns the SARIF document's close, after the last result.
std::string validate_sarif_end(bool any_results);

}  // namespace pipkit
