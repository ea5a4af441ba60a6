// SPDX-License-Identifier: EUPL-1.2
// Templates and data files: a caseload's own first, then the shipped ones.
#include "template_files.hpp"

#include <filesystem>
#include <fmt/format.h>

#include "common.hpp"
#include "data_dir.hpp"

namespace fs = std::filesystem;

namespace pipkit::cli {
namespace {

// Data files are small; anything larger is not one of ours.
constexpr std::size_t kMaxDataBytes = 1024 * 1024;

[[noreturn]] void not_found(const std::string& name,
                            const std::vector<std::string>& places) {
  const std::string where = fmt::format("'{}'", fmt::join(places, "', '"));
  throw CommandError(
      {fmt::format("'{}' niet gevonden in {}; controleer de installatie of "
                   "zet PIPKIT_DATA_DIR",
                   name, where),
       fmt::format("'{}' not found in {}; check the installation or set "
                   "PIPKIT_DATA_DIR",
                   name, where)});
}

}  // namespace

std::string find_template(const std::string& caseload_dir,
                          const std::string& name) {
  std::error_code ec;
  const fs::path own_dir =
      (fs::path(caseload_dir) / kCaseloadTemplates).lexically_normal();
  if (fs::is_regular_file(own_dir / name, ec)) {
    return (own_dir / name).string();
  }
  if (auto shipped = find_data_file(name)) return *shipped;
  std::vector<std::string> places = {own_dir.string()};
  for (const std::string& dir : data_dirs()) places.push_back(dir);
  not_found(name, places);
}

std::string require_data_file(const std::string& name) {
  if (auto found = find_data_file(name)) return *found;
  not_found(name, data_dirs());
}

std::string read_data_file(const std::string& path) {
  const FileBytes file = read_file(path, kMaxDataBytes);
  if (!file.ok) {
    throw CommandError(
        {fmt::format("kan '{}' niet lezen ({})", path, file.error),
         fmt::format("cannot read '{}' ({})", path, file.error)});
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

}  // namespace pipkit::cli
