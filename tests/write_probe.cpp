// SPDX-License-Identifier: EUPL-1.2
// Test helper: writes a large file with write_file_atomic, to be killed.
#include <cstdlib>
#include <iostream>
#include <string>

#include "common.hpp"

// write_probe TARGET MEBIBYTES: writes MEBIBYTES MiB of "new\n" lines to
// TARGET the way every pipkit command writes; exit 0 when done, 2 with the
// error when the write failed.
int main(int argc, char** argv) {
  if (argc != 3) return 2;
  const std::size_t mib = std::strtoul(argv[2], nullptr, 10);
  std::string content;
  content.reserve(mib << 20);
  while (content.size() < (mib << 20)) content += "new\n";
  try {
    pipkit::cli::write_file_atomic(argv[1], content, pipkit::Lang::kEn);
  } catch (const pipkit::cli::CommandError& error) {
    std::cerr << error.message().en << "\n";
    return 2;
  }
  return 0;
}
