// SPDX-License-Identifier: EUPL-1.2
// Shared test helpers: read fixture files, look for a whole diagnostic.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "diagnostic.hpp"

namespace pipkit::test {

/// Returns the bytes of a file under the source tree, e.g. "tests/bad/x".
inline std::string read_fixture(const std::string& relative) {
  std::ifstream in(std::string(PIPKIT_SOURCE_DIR) + "/" + relative,
                   std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

/// Returns a one-line rendering of a diagnostic, for readable failures.
inline std::string describe(const Diagnostic& d) {
  std::ostringstream out;
  out << d.rule << " " << severity_name(d.severity) << " " << d.position.line
      << ":" << d.position.column << " key='" << d.key << "' " << d.message.en;
  return out.str();
}

/// Returns whether the findings hold this one, compared whole (the Dutch
/// text too when `expected.message.nl` is not empty).
inline bool holds(const Diagnostics& all, const Diagnostic& expected) {
  for (const Diagnostic& d : all) {
    const bool nl_ok =
        expected.message.nl.empty() || d.message.nl == expected.message.nl;
    if (d.rule == expected.rule && d.severity == expected.severity &&
        d.position == expected.position && d.key == expected.key &&
        d.message.en == expected.message.en && nl_ok) {
      return true;
    }
  }
  return false;
}

/// Returns all findings, one per line, for CAPTURE.
inline std::string describe_all(const Diagnostics& all) {
  std::string out;
  for (const Diagnostic& d : all) out += describe(d) + "\n";
  return out;
}

}  // namespace pipkit::test
