// SPDX-License-Identifier: EUPL-1.2
// validate's text report: compiler-form findings with the line and a caret.
#include <fmt/format.h>

#include "writers/ansi.hpp"
#include "writers/validate_report.hpp"

namespace pipkit {
namespace {

using namespace ansi;

// The severity word stays English in both languages, as gcc's does: it is
// what editors' problem matchers and scripts look for.
std::string_view severity_word(Severity severity) {
  return severity_name(severity);
}

std::string_view severity_color(Severity severity) {
  switch (severity) {
    case Severity::kError: return kRed;
    case Severity::kWarning: return kYellow;
    case Severity::kInfo: return kCyan;
  }
  return kRed;
}

// Tabs would shift the caret; the line is shown with each tab as one space
// so that columns, counted in characters, line up.
std::string caret_lines(const Source& source, Position where, bool color) {
  const std::string_view line = source.line_text(where.line);
  if (line.empty() || line.size() > 300) return {};
  std::string shown(line);
  for (char& c : shown) {
    if (c == '\t') c = ' ';
  }
  const std::string number = std::to_string(where.line);
  const std::string gutter(number.size(), ' ');
  return fmt::format("{:>5} | {}\n{:>5} | {}{}\n", number, shown, gutter,
                     std::string(static_cast<size_t>(
                                     std::max(0, where.column - 1)),
                                 ' '),
                     paint("^", kGreen, color));
}

// The line under these findings holds a BSN, IBAN, e-mail address, phone
// number or diagnosis: the location is enough, the value stays unprinted.
bool shows_personal_data(const Diagnostic& d) {
  return d.rule == "PK200" || d.rule == "PK201" || d.rule == "PK202" ||
         d.rule.rfind("PK50", 0) == 0;
}

}  // namespace

void ValidateSummary::add(const Diagnostics& diagnostics) {
  ++files;
  errors += count_severity(diagnostics, Severity::kError);
  warnings += count_severity(diagnostics, Severity::kWarning);
  infos += count_severity(diagnostics, Severity::kInfo);
}

std::string format_diagnostic_text(const Diagnostic& d, const Source& source,
                                   const TextStyle& style) {
  const std::string place =
      d.position.known()
          ? fmt::format("{}:{}:{}:", source.path(), d.position.line,
                        d.position.column)
          : fmt::format("{}:", source.path());
  std::string out = fmt::format(
      "{} {} {} [{}]\n", paint(place, kBold, style.color),
      paint(fmt::format("{}:", severity_word(d.severity)),
            severity_color(d.severity), style.color),
      d.message.in(style.lang), d.rule);
  if (style.show_source && d.position.known() && !shows_personal_data(d)) {
    out += caret_lines(source, d.position, style.color);
  }
  return out;
}

std::string validate_text_file(const Source& source,
                               const Diagnostics& diagnostics,
                               const TextStyle& style) {
  std::string out;
  for (const Diagnostic& d : diagnostics) {
    out += format_diagnostic_text(d, source, style);
  }
  return out;
}

std::string validate_text_summary(const ValidateSummary& s, Lang lang) {
  if (lang == Lang::kEn) {
    return fmt::format("{} file{} checked: {} error{}, {} warning{}, {} "
                       "info{}\n",
                       s.files, s.files == 1 ? "" : "s", s.errors,
                       s.errors == 1 ? "" : "s", s.warnings,
                       s.warnings == 1 ? "" : "s", s.infos,
                       s.infos == 1 ? "" : "s");
  }
  return fmt::format("{} bestand{} gecontroleerd: {} fout{}, {} "
                     "waarschuwing{}, {} info\n",
                     s.files, s.files == 1 ? "" : "en", s.errors,
                     s.errors == 1 ? "" : "en", s.warnings,
                     s.warnings == 1 ? "" : "en", s.infos);
}

}  // namespace pipkit
