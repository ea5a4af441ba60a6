// SPDX-License-Identifier: EUPL-1.2
// Where pipkit's own data files are: templates, rules, word lists.
#include "data_dir.hpp"

#include <cstdlib>
#include <filesystem>

namespace fs = std::filesystem;

namespace pipkit::cli {

std::string data_dir() {
  const char* set = std::getenv("PIPKIT_DATA_DIR");
  if (set != nullptr && *set != '\0') return set;
  std::error_code ec;
  // Linux names the running executable here; elsewhere the lookup fails
  // and the source tree's folder is used.
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = exe.parent_path() / ".." / "share" / "pipkit";
    if (fs::is_directory(installed, ec)) {
      return installed.lexically_normal().string();
    }
  }
  return PIPKIT_SOURCE_DATA_DIR;
}

std::string data_file(const std::string& name) {
  return (fs::path(data_dir()) / name).string();
}

}  // namespace pipkit::cli
