// SPDX-License-Identifier: EUPL-1.2
// Where pipkit finds its data files (templates, gelijkgestelde dagen).
#include "data_dir.hpp"

#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>

#include "common.hpp"

namespace fs = std::filesystem;

namespace pipkit::cli {
namespace {

// Data files are small; anything larger is not one of ours.
constexpr std::size_t kMaxDataBytes = 1024 * 1024;

}  // namespace

std::string read_data_file(const std::string& path) {
  const FileBytes file = read_file(path, kMaxDataBytes);
  if (!file.ok) {
    throw CommandError(
        {fmt::format("kan '{}' niet lezen ({}); controleer de installatie "
                     "of zet PIPKIT_DATA_DIR",
                     path, file.error),
         fmt::format("cannot read '{}' ({}); check the installation or set "
                     "PIPKIT_DATA_DIR",
                     path, file.error)});
  }
  if (file.size > kMaxDataBytes) {
    throw CommandError(
        {fmt::format("'{}' is te groot voor een sjabloon ({} bytes)", path,
                     file.size),
         fmt::format("'{}' is too large for a template ({} bytes)", path,
                     file.size)});
  }
  return file.bytes;
}

std::string data_dir() {
  const char* env = std::getenv("PIPKIT_DATA_DIR");
  if (env != nullptr && *env != '\0') return env;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed =
        (exe.parent_path() / ".." / "share" / "pipkit").lexically_normal();
    if (fs::is_directory(installed, ec)) return installed.string();
  }
  return PIPKIT_SOURCE_DATA_DIR;
}

std::string find_template(const std::string& caseload_dir,
                          const std::string& name) {
  std::error_code ec;
  const fs::path own = fs::path(caseload_dir) / kCaseloadTemplates / name;
  if (fs::is_regular_file(own, ec)) return own.string();
  const fs::path shipped = fs::path(data_dir()) / name;
  if (fs::is_regular_file(shipped, ec)) return shipped.string();
  throw CommandError(
      {fmt::format("sjabloon '{}' niet gevonden in '{}' of '{}'; controleer "
                   "de installatie of zet PIPKIT_DATA_DIR",
                   name, own.parent_path().string(), data_dir()),
       fmt::format("template '{}' not found in '{}' or '{}'; check the "
                   "installation or set PIPKIT_DATA_DIR",
                   name, own.parent_path().string(), data_dir())});
}

}  // namespace pipkit::cli
