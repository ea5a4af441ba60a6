// SPDX-License-Identifier: EUPL-1.2
// Findings as data: what every check returns and every writer shows.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text.hpp"

namespace pipkit {

enum class Severity { kError, kWarning, kInfo };

/// Returns "error", "warning" or "info": the names scripts rely on.
std::string_view severity_name(Severity severity);

/// A place in a file: 1-based line and column (in characters, not bytes);
/// 0 means unknown.
struct Position {
  int line = 0;
  int column = 0;

  bool operator==(const Position&) const = default;
  bool known() const { return line > 0; }
};

/// One finding: a stable rule id, a severity, where, about which key, what.
struct Diagnostic {
  std::string rule;
  Severity severity = Severity::kError;
  Position position;
  std::string key;  // dotted key path such as `klant.bsn`; empty when none
  Text message;

  bool operator==(const Diagnostic&) const = default;
};

using Diagnostics = std::vector<Diagnostic>;

/// Counts the findings of one severity.
int count_severity(const Diagnostics& diagnostics, Severity severity);

/// Sorts findings by position, then rule, so output never depends on the
/// order in which checks ran.
void sort_diagnostics(Diagnostics& diagnostics);

}  // namespace pipkit
