// SPDX-License-Identifier: EUPL-1.2
// One case file from bytes to findings and typed model: validate's pipeline.
#include "case_file.hpp"

#include <filesystem>
#include <string_view>
#include <fmt/format.h>

#include "draft_rules.hpp"
#include "rules/intake_rules.hpp"
#include "rules/pip_rules.hpp"
#include "rules/privacy_rules.hpp"
#include "rules/schema_check.hpp"
#include "smart_config.hpp"

namespace pipkit {
namespace {

void append(Diagnostics& to, Diagnostics from) {
  for (Diagnostic& d : from) to.push_back(std::move(d));
}

// pipkit's own settings (soort: smart) and build-pip's rules (soort:
// build-pip) may sit in a caseload, where validate reads every *.yaml; they
// are checked against their own format rather than reported as an unknown
// kind.
bool has_soort(const Node& root, std::string_view soort) {
  const Node* value = root.get("soort");
  return value != nullptr && value->scalar() == soort;
}

bool is_smart_settings(const Node& root) { return has_soort(root, "smart"); }

bool is_build_pip_rules(const Node& root) {
  return has_soort(root, "build-pip");
}

// Only the first problem is found: build-pip stops reading there too.
void check_build_pip_rules(CaseFile& file) {
  if (count_severity(file.diagnostics, Severity::kError) > 0) return;
  try {
    parse_draft_rules(file.source.path(), file.source.text());
  } catch (const DraftRulesError& e) {
    file.diagnostics.push_back(
        Diagnostic{"PK700", Severity::kError, e.position(), "", e.message()});
  }
}

// `soort` and `versie` decide how the rest is read, so they are checked
// before the schema of a kind can apply.
FileKind check_header(const Node& root, Diagnostics& out) {
  if (!root.is_mapping()) {
    out.push_back(Diagnostic{
        "PK110", Severity::kError, root.position, "",
        {"een dossierbestand begint met sleutels, zoals 'soort: intake'",
         "a case file starts with keys, such as 'soort: intake'"}});
    return FileKind::kUnknown;
  }
  const MapEntry* soort = root.entry("soort");
  const FileKind kind = document_kind(root);
  if (soort == nullptr) {
    out.push_back(Diagnostic{
        "PK110", Severity::kError, Position{1, 1}, "soort",
        {"sleutel 'soort' ontbreekt; schrijf 'soort: intake', 'soort: pip' "
         "of 'soort: caseload'",
         "key 'soort' is missing; write 'soort: intake', 'soort: pip' or "
         "'soort: caseload'"}});
  } else if (kind == FileKind::kUnknown && !is_build_pip_rules(root) &&
             !is_smart_settings(root)) {
    out.push_back(Diagnostic{
        "PK110", Severity::kError, soort->value.position, "soort",
        {fmt::format("onbekende soort '{}'; kies intake, pip of caseload",
                     soort->value.text),
         fmt::format("unknown soort '{}'; choose intake, pip or caseload",
                     soort->value.text)}});
  }
  const MapEntry* versie = root.entry("versie");
  if (versie == nullptr) {
    out.push_back(Diagnostic{
        "PK111", Severity::kError, Position{1, 1}, "versie",
        {"sleutel 'versie' ontbreekt; schrijf 'versie: 1'",
         "key 'versie' is missing; write 'versie: 1'"}});
  }
  return kind;
}

void build_model(CaseFile& file) {
  const std::string& path = file.source.path();
  switch (file.kind) {
    case FileKind::kIntake:
      file.intake = read_intake(file.root, path);
      append(file.diagnostics, check_intake(*file.intake));
      break;
    case FileKind::kPip:
      file.pip = read_pip(file.root, path);
      append(file.diagnostics, check_pip(*file.pip));
      break;
    case FileKind::kCaseload:
      file.caseload = read_caseload(file.root, path);
      break;
    case FileKind::kUnknown:
      break;
  }
}

}  // namespace

CaseFile check_case_file(std::string path, std::string bytes,
                         std::optional<std::size_t> total_size) {
  CaseFile file;
  LoadedSource loaded = load_source(std::move(path), std::move(bytes), {},
                                    total_size);
  file.source = std::move(loaded.source);
  file.diagnostics = std::move(loaded.diagnostics);
  if (!loaded.readable) return file;
  YamlDoc doc = parse_yaml(file.source);
  append(file.diagnostics, std::move(doc.diagnostics));
  file.readable = doc.parsed;
  if (!doc.parsed || (doc.root.is_null() && !file.diagnostics.empty())) {
    return file;
  }
  file.root = std::move(doc.root);
  file.kind = check_header(file.root, file.diagnostics);
  if (file.kind == FileKind::kUnknown) {
    if (is_build_pip_rules(file.root)) check_build_pip_rules(file);
    if (is_smart_settings(file.root)) {
      SmartConfig unused;
      append(file.diagnostics, read_smart_config(file.root, unused));
    }
    return file;
  }
  append(file.diagnostics, check_schema(file.root, file.kind));
  append(file.diagnostics,
         check_privacy(file.root, file.kind, file.source));
  build_model(file);
  return file;
}

void check_against_intake(CaseFile& plan, const Intake* intake,
                          const std::string& intake_path) {
  if (!plan.pip) return;
  if (intake == nullptr) {
    plan.diagnostics.push_back(missing_intake_finding(*plan.pip, intake_path));
    return;
  }
  append(plan.diagnostics, check_pip_against_intake(*plan.pip, *intake));
}

std::string intake_path_for(const Pip& pip) {
  const std::filesystem::path folder =
      std::filesystem::path(pip.path).parent_path();
  const std::string name = pip.intake.empty() ? "intake.yaml" : pip.intake;
  return (folder / name).lexically_normal().string();
}

}  // namespace pipkit
