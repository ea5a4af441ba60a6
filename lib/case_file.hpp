// SPDX-License-Identifier: EUPL-1.2
// One case file from bytes to findings and typed model: validate's pipeline.
#pragma once

#include <optional>
#include <string>

#include "diagnostic.hpp"
#include "model.hpp"
#include "schema.hpp"
#include "source.hpp"
#include "yaml_doc.hpp"

namespace pipkit {

/// A case file read and checked on its own.
struct CaseFile {
  Source source;
  FileKind kind = FileKind::kUnknown;
  Diagnostics diagnostics;
  bool readable = false;  // false: not readable as YAML at all (exit 2)
  Node root;
  std::optional<Intake> intake;
  std::optional<Pip> pip;
  std::optional<Caseload> caseload;
};

/// Reads and checks one file from its bytes; `total_size` is the file's size
/// on disk when only part was read. Never throws on bad input.
CaseFile check_case_file(std::string path, std::string bytes,
                         std::optional<std::size_t> total_size = {});

/// Adds the findings that compare a plan with its intake; with no intake,
/// adds the finding that it was not found.
void check_against_intake(CaseFile& plan, const Intake* intake,
                          const std::string& intake_path);

/// Returns where a plan's intake is: its `intake` key relative to the plan's
/// folder, or `intake.yaml` beside it.
std::string intake_path_for(const Pip& pip);

}  // namespace pipkit
