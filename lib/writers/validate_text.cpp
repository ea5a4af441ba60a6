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

// A file name, a value quoted in a message or the line shown may hold
// control characters; printed raw, an escape sequence would take over the
// terminal. Each becomes one '?' (a tab one space), so columns still line
// up. C1 controls (U+0080 to U+009F) are two bytes in UTF-8 and become one
// '?' too.
std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const bool c1 = c == 0xC2 && i + 1 < text.size() &&
                    static_cast<unsigned char>(text[i + 1]) < 0xA0 &&
                    static_cast<unsigned char>(text[i + 1]) >= 0x80;
    if (c1) ++i;
    if (c == '\t') {
      out += ' ';
    } else {
      out += (c < 0x20 || c == 0x7F || c1) ? '?' : text[i];
    }
  }
  return out;
}

// Tabs would shift the caret: printable() shows each as one space so that
// columns, counted in characters, line up.
std::string caret_lines(const Source& source, Position where, bool color) {
  const std::string_view line = source.line_text(where.line);
  if (line.empty() || line.size() > 300) return {};
  std::string shown = printable(line);
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
          ? fmt::format("{}:{}:{}:", printable(source.path()),
                        d.position.line, d.position.column)
          : fmt::format("{}:", printable(source.path()));
  std::string out = fmt::format(
      "{} {} {} [{}]\n", paint(place, kBold, style.color),
      paint(fmt::format("{}:", severity_word(d.severity)),
            severity_color(d.severity), style.color),
      printable(d.message.in(style.lang)), d.rule);
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
