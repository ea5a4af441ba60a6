// SPDX-License-Identifier: EUPL-1.2
// The files pipkit init puts in a new caseload folder.
#pragma once

#include <string>
#include <string_view>

namespace pipkit {

/// What a new caseload's pipkit.yaml says; empty text is not known yet.
struct CaseloadSettings {
  std::string gemeente;
  std::string beleid = "wi2021";  // pilot | advies | wi2021
  std::string consulent;
};

/// Returns the text of a new pipkit.yaml, with comments that explain each
/// key; an unknown gemeente is written as "nog invullen" and an unknown
/// consulent as a commented-out example. Never fails.
std::string caseload_settings_yaml(const CaseloadSettings& settings);

/// Returns the text of the .gitattributes that keeps line endings LF.
std::string_view gitattributes_text();

/// Where the pre-commit hook goes, relative to the caseload folder.
inline constexpr std::string_view kHooksFolder = ".githooks";

/// Returns the text of the pre-commit hook (POSIX sh) that runs pipkit
/// validate on the staged case files.
std::string_view pre_commit_hook_text();

}  // namespace pipkit
