// SPDX-License-Identifier: EUPL-1.2
// Fuzz target: any bytes as a case file, through reading, YAML and rules.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "case_file.hpp"
#include "writers/validate_report.hpp"

namespace {

// A path inside a client's folder, so that the rule comparing klantcode and
// folder name runs too.
constexpr const char* kPath = "cases/AAL-2026-0001/intake.yaml";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  pipkit::CaseFile file = pipkit::check_case_file(kPath, bytes);
  if (file.pip) {
    // The comparison with an intake reads both models; without one it must
    // still report, not fail.
    pipkit::check_against_intake(file, nullptr, "intake.yaml");
  }
  for (const pipkit::Diagnostic& d : file.diagnostics) {
    // Every finding points into the file, or at no line at all.
    if (d.position.line < 0 || d.position.line > file.source.line_count() + 1) {
      std::abort();
    }
  }
  pipkit::TextStyle style;
  const std::string text =
      pipkit::validate_text_file(file.source, file.diagnostics, style);
  for (char c : text) {
    // Nothing from the file may reach a terminal as a control character.
    if ((static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7F) {
      std::abort();
    }
  }
  (void)pipkit::validate_json_file(kPath, file.kind, file.diagnostics,
                                   pipkit::Lang::kNl);
  (void)pipkit::validate_sarif_results(kPath, file.diagnostics,
                                       pipkit::Lang::kEn);
  return 0;
}
