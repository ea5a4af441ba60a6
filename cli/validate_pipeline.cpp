// SPDX-License-Identifier: EUPL-1.2
// Checks many files in parallel and hands the results back in path order.
#include "validate_pipeline.hpp"

#include <fmt/format.h>

#include "common.hpp"
#include "source.hpp"

namespace pipkit::cli {
namespace {

constexpr std::size_t kMaxBytes = SourceLimits{}.max_bytes;

CaseFile unreadable(const std::string& path, const std::string& why) {
  CaseFile file;
  file.source = Source(path, "");
  file.diagnostics.push_back(Diagnostic{
      "PK001", Severity::kError, Position{}, "",
      {fmt::format("kan het bestand niet lezen: {}", why),
       fmt::format("cannot read the file: {}", why)}});
  return file;
}

}  // namespace

CaseFile read_case_file(const std::string& path) {
  FileBytes bytes = read_file(path, kMaxBytes);
  if (!bytes.ok) return unreadable(path, bytes.error);
  const std::string shown = path == "-" ? "<stdin>" : path;
  return check_case_file(shown, std::move(bytes.bytes), bytes.size);
}

CaseFile load_and_check(const std::string& path) {
  CaseFile file = read_case_file(path);
  if (!file.pip || path == "-") return file;
  const std::string intake_path = intake_path_for(*file.pip);
  FileBytes bytes = read_file(intake_path, kMaxBytes);
  if (!bytes.ok) {
    check_against_intake(file, nullptr, intake_path);
    return file;
  }
  const CaseFile intake =
      check_case_file(intake_path, std::move(bytes.bytes), bytes.size);
  check_against_intake(file, intake.intake ? &*intake.intake : nullptr,
                       intake_path);
  return file;
}

}  // namespace pipkit::cli
