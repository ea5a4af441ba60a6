// SPDX-License-Identifier: EUPL-1.2
// validate --changed: the case files git says were changed.
#pragma once

#include <string>
#include <vector>

namespace pipkit::cli {

/// Returns the *.yaml and *.yml files, outside hidden folders, that git
/// reports added, copied, modified or renamed: staged ones when `rev` is
/// empty, else those that differ between `rev` and the working tree. Only
/// files under one of `paths` count (all when `paths` is empty); paths are
/// relative to the current folder, sorted. Throws CommandError when git
/// cannot be run, this is no git repository or `rev` is no revision.
std::vector<std::string> changed_case_files(
    const std::string& rev, const std::vector<std::string>& paths);

}  // namespace pipkit::cli
