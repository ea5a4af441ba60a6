// SPDX-License-Identifier: EUPL-1.2
// Findings as data: what every check returns and every writer shows.
#include "diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace pipkit {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "info";
  }
  return "error";
}

int count_severity(const Diagnostics& diagnostics, Severity severity) {
  return static_cast<int>(std::count_if(
      diagnostics.begin(), diagnostics.end(),
      [&](const Diagnostic& d) { return d.severity == severity; }));
}

void sort_diagnostics(Diagnostics& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.position.line, a.position.column,
                                     a.rule, a.key) <
                            std::tie(b.position.line, b.position.column,
                                     b.rule, b.key);
                   });
}

}  // namespace pipkit
