// SPDX-License-Identifier: EUPL-1.2
// smart-check's settings: the shipped smart.yaml and a caseload's own.
#include "smart_settings.hpp"

#include <fmt/format.h>
#include <filesystem>
#include <iostream>

#include "common.hpp"
#include "template_files.hpp"
#include "source.hpp"
#include "writers/validate_report.hpp"
#include "yaml_doc.hpp"

namespace fs = std::filesystem;

namespace pipkit::cli {
namespace {

// Reads one smart.yaml into `config`; its findings go to standard error
// in compiler form, and any error stops the command: judging plans by a
// half-read word list would give verdicts nobody asked for.
void read_into(const std::string& path, SmartConfig& config, Lang lang) {
  LoadedSource loaded = load_source(path, read_data_file(path));
  Diagnostics findings = std::move(loaded.diagnostics);
  if (loaded.readable) {
    YamlDoc doc = parse_yaml(loaded.source);
    for (Diagnostic& d : doc.diagnostics) findings.push_back(std::move(d));
    if (doc.parsed && count_severity(findings, Severity::kError) == 0) {
      for (Diagnostic& d : read_smart_config(doc.root, config)) {
        findings.push_back(std::move(d));
      }
    }
  }
  const TextStyle style{lang, false, true};
  for (const Diagnostic& d : findings) {
    std::cerr << format_diagnostic_text(d, loaded.source, style);
  }
  if (loaded.readable && count_severity(findings, Severity::kError) == 0) {
    return;
  }
  throw CommandError(
      {fmt::format("'{}' is niet te gebruiken; verbeter de fouten hierboven",
                   path),
       fmt::format("'{}' cannot be used; correct the errors above", path)});
}

}  // namespace

SmartSettings::SmartSettings(Lang lang, std::string config_option)
    : lang_(lang), config_option_(std::move(config_option)) {
  auto shipped = std::make_shared<SmartConfig>();
  read_into(require_data_file(kSmartFile), *shipped, lang_);
  shipped_ = std::move(shipped);
}

std::shared_ptr<const SmartConfig> SmartSettings::for_path(
    const std::string& path) {
  const auto caseload = config_option_.empty()
                            ? find_caseload_file(path == "-" ? "." : path)
                            : std::optional<std::string>(config_option_);
  if (!caseload) return shipped_;
  const fs::path own = fs::path(*caseload).parent_path() / kSmartFile;
  std::error_code ec;
  if (!fs::is_regular_file(own, ec)) return shipped_;
  return extended(own.lexically_normal().string());
}

std::shared_ptr<const SmartConfig> SmartSettings::extended(
    const std::string& file) {
  const auto found = by_caseload_.find(file);
  if (found != by_caseload_.end()) return found->second;
  auto config = std::make_shared<SmartConfig>(*shipped_);
  read_into(file, *config, lang_);
  by_caseload_.emplace(file, config);
  return config;
}

}  // namespace pipkit::cli
