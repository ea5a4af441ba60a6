// SPDX-License-Identifier: EUPL-1.2
// Checks many files in parallel and hands the results back in path order.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "case_file.hpp"
#include "common.hpp"

namespace pipkit::cli {

/// Where the bytes of a path come from: read_file (the disk) by default,
/// the git index for validate --changed; as read_file, at most `limit` + 1
/// bytes and the full size.
using FileReader =
    std::function<FileBytes(const std::string& path, std::size_t limit)>;

/// Reads and checks one path on its own; a path that cannot be read gives a
/// CaseFile with finding PK001, standard input is named `<stdin>`.
CaseFile read_case_file(const std::string& path,
                        const FileReader& read = read_file);

/// Reads and checks one path, a plan against its intake too (read the same
/// way). A path that cannot be read gives a CaseFile with finding PK001.
CaseFile load_and_check(const std::string& path,
                        const FileReader& read = read_file);

/// A file checked as load_and_check does, with the intake a plan was
/// checked against (null when it is not a plan or the intake was not
/// found).
struct CheckedFile {
  CaseFile file;
  std::shared_ptr<const Intake> intake;
};

/// Reads and checks one path as load_and_check does and keeps the intake.
CheckedFile load_with_intake(const std::string& path,
                             const FileReader& read = read_file);

/// Runs `work` on every index with `jobs` threads and calls `emit` with
/// each result in index order, holding at most a bounded window of results
/// so memory does not grow with the number of paths.
template <typename Result>
void run_ordered(std::size_t count, unsigned jobs,
                 const std::function<Result(std::size_t)>& work,
                 const std::function<void(Result&)>& emit);

}  // namespace pipkit::cli

#include "validate_pipeline_impl.hpp"
