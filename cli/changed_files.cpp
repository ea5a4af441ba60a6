// SPDX-License-Identifier: EUPL-1.2
// validate --changed: the case files git says were changed.
#include "changed_files.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "common.hpp"
#include "run_process.hpp"

namespace fs = std::filesystem;

namespace pipkit::cli {
namespace {

std::string first_line(const std::string& text) {
  return text.substr(0, text.find('\n'));
}

ProcessResult git(std::vector<std::string> args) {
  args.insert(args.begin(), "git");
  ProcessResult result = run_process(args);
  if (result.status == -1 || result.status == 127) {
    throw CommandError(
        {fmt::format("kan git niet starten ({}); installeer git of laat "
                     "--changed weg",
                     first_line(result.err)),
         fmt::format("cannot run git ({}); install git or leave out "
                     "--changed",
                     first_line(result.err))});
  }
  return result;
}

std::string repository_top() {
  const ProcessResult top = git({"rev-parse", "--show-toplevel"});
  if (top.status != 0) {
    throw CommandError(
        {"--changed werkt alleen in een git-repository; ga naar de map van "
         "de caseload",
         "--changed works only inside a git repository; go to the "
         "caseload's folder"});
  }
  return first_line(top.out);
}

// A revision that starts with '-' would be read by git as an option.
std::vector<std::string> diff_command(const std::string& rev) {
  if (!rev.empty() && rev[0] == '-') {
    throw CommandError(
        {fmt::format("'{}' is geen git-revisie; noem een commit, tak of tag",
                     rev),
         fmt::format("'{}' is not a git revision; name a commit, branch or "
                     "tag",
                     rev)});
  }
  std::vector<std::string> args = {"diff", "--name-only", "-z", "--no-renames",
                                   "--diff-filter=ACMR"};
  if (rev.empty())
    args.push_back("--cached");
  else
    args.push_back(rev);
  args.push_back("--");
  return args;
}

std::vector<std::string> split_nul(const std::string& text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\0', start)) != std::string::npos;
       start = end + 1) {
    if (end > start) parts.push_back(text.substr(start, end - start));
  }
  return parts;
}

bool is_case_file_name(const fs::path& relative) {
  const std::string ext = relative.extension().string();
  if (ext != ".yaml" && ext != ".yml") return false;
  for (const fs::path& part : relative) {
    const std::string name = part.string();
    if (name.size() > 1 && name[0] == '.') return false;
  }
  return true;
}

bool under_any(const fs::path& file, const std::vector<fs::path>& roots) {
  if (roots.empty()) return true;
  return std::any_of(roots.begin(), roots.end(), [&](const fs::path& root) {
    const fs::path rest = file.lexically_relative(root);
    return !rest.empty() && *rest.begin() != "..";
  });
}

// `:./path` names a file of the index relative to the current folder.
std::string index_name(const std::string& path) {
  fs::path relative(path);
  if (relative.is_absolute()) {
    relative = relative.lexically_relative(fs::canonical(fs::current_path()));
  }
  return ":./" + relative.lexically_normal().string();
}

}  // namespace

FileBytes staged_file(const std::string& path, std::size_t limit) {
  // Runs in validate's worker threads: reports, never throws.
  FileBytes result;
  const std::string name = index_name(path);
  const ProcessResult size = run_process({"git", "cat-file", "-s", name});
  char* end = nullptr;
  const unsigned long long bytes = std::strtoull(size.out.c_str(), &end, 10);
  if (size.status != 0 || end == size.out.c_str()) {
    result.error = "not in the git index";
    return result;
  }
  result.size = static_cast<std::size_t>(bytes);
  result.ok = true;
  // The size bound holds for the index too: a huge blob is never read.
  if (result.size > limit) return result;
  const ProcessResult blob = run_process({"git", "cat-file", "blob", name});
  result.ok = blob.status == 0;
  result.bytes = blob.out;
  if (!result.ok) result.error = first_line(blob.err);
  return result;
}

std::vector<std::string> changed_case_files(
    const std::string& rev, const std::vector<std::string>& paths) {
  const fs::path top = repository_top();
  const ProcessResult diff = git(diff_command(rev));
  if (diff.status != 0) {
    throw CommandError({fmt::format("git kent de revisie '{}' niet ({})", rev,
                                    first_line(diff.err)),
                        fmt::format("git does not know the revision '{}' ({})",
                                    rev, first_line(diff.err))});
  }
  // git names the top folder with symbolic links resolved; so must we.
  const fs::path here = fs::canonical(fs::current_path());
  std::vector<fs::path> roots;
  for (const std::string& path : paths) {
    roots.push_back(fs::weakly_canonical(fs::absolute(path)));
  }
  std::vector<std::string> files;
  for (const std::string& name : split_nul(diff.out)) {
    const fs::path file = (top / name).lexically_normal();
    std::error_code ec;
    if (!is_case_file_name(name)) continue;
    // A staged file is read from the index, present in the folder or not.
    if (!rev.empty() && !fs::is_regular_file(file, ec)) continue;
    if (!under_any(file, roots)) continue;
    files.push_back(file.lexically_relative(here).string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace pipkit::cli
