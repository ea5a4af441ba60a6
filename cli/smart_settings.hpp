// SPDX-License-Identifier: EUPL-1.2
// smart-check's settings: the shipped smart.yaml and a caseload's own.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "smart_config.hpp"
#include "text.hpp"

namespace pipkit::cli {

/// The name of the settings file, in pipkit's data folder and beside a
/// caseload's pipkit.yaml.
inline constexpr const char* kSmartFile = "smart.yaml";

/// The settings in force for each plan: the shipped smart.yaml, extended
/// by the smart.yaml beside the pipkit.yaml of the plan's caseload (found
/// by walking up from the plan, or named with --config). Each file is read
/// once. Not thread-safe: resolve every plan's settings before working in
/// parallel.
class SmartSettings {
 public:
  /// Reads the shipped smart.yaml; throws CommandError (status 2) when it
  /// cannot be read or holds errors. Warnings go to standard error.
  SmartSettings(Lang lang, std::string config_option);

  /// Returns the settings for the file at `path`; throws CommandError when
  /// its caseload's smart.yaml cannot be read or holds errors.
  std::shared_ptr<const SmartConfig> for_path(const std::string& path);

 private:
  std::shared_ptr<const SmartConfig> extended(const std::string& file);

  Lang lang_;
  std::string config_option_;
  std::shared_ptr<const SmartConfig> shipped_;
  std::map<std::string, std::shared_ptr<const SmartConfig>> by_caseload_;
};

}  // namespace pipkit::cli
