// SPDX-License-Identifier: EUPL-1.2
// Where the data that ships with pipkit lies: installed, or in the sources.
#include "data_dir.hpp"

#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;

namespace pipkit::cli {

std::vector<std::string> data_dirs() {
  // A folder named on purpose replaces the others, so that a wrong name
  // shows up as a missing file instead of quietly reading other data.
  const char* from_env = std::getenv("PIPKIT_DATA_DIR");
  if (from_env != nullptr && *from_env != '\0') return {from_env};
  std::vector<std::string> dirs;
  // An installed pipkit finds its data beside it, wherever the prefix is;
  // /proc/self/exe names the binary even when it was started from PATH.
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    dirs.push_back((exe.parent_path().parent_path() / "share" / "pipkit")
                       .lexically_normal()
                       .string());
  }
#ifdef PIPKIT_SOURCE_DATA_DIR
  dirs.emplace_back(PIPKIT_SOURCE_DATA_DIR);
#endif
  return dirs;
}

std::optional<std::string> find_data_file(const std::string& name) {
  for (const std::string& dir : data_dirs()) {
    std::error_code ec;
    const fs::path candidate = fs::path(dir) / name;
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
  }
  return std::nullopt;
}

}  // namespace pipkit::cli
