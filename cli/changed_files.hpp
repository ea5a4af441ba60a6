// SPDX-License-Identifier: EUPL-1.2
// validate --changed: the case files git says were changed.
#pragma once

#include <string>
#include <vector>

#include "common.hpp"

namespace pipkit::cli {

/// Returns the *.yaml and *.yml files, outside hidden folders, that git
/// reports added, copied, modified or renamed: staged ones when `rev` is
/// empty (read them with staged_file), else those that differ between `rev`
/// and the working tree. Only
/// files under one of `paths` count (all when `paths` is empty); paths are
/// relative to the current folder, sorted. Throws CommandError when git
/// cannot be run, this is no git repository or `rev` is no revision.
std::vector<std::string> changed_case_files(
    const std::string& rev, const std::vector<std::string>& paths);

/// Returns the bytes the git index holds for `path` (what the next commit
/// will contain), as read_file does: at most `limit` + 1 bytes and the full
/// size; not ok, with the reason, when the index has no such file.
FileBytes staged_file(const std::string& path, std::size_t limit);

}  // namespace pipkit::cli
