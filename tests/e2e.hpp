// SPDX-License-Identifier: EUPL-1.2
// Runs the built pipkit binary for end-to-end tests.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace pipkit::test {

struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

/// Returns text as one shell word, whatever characters it holds.
inline std::string shell_quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return out + "'";
}

/// Runs a shell command in `dir` with standard input from `input`, and
/// captures its output and exit status.
inline RunResult run_shell(const std::string& command, const std::string& dir,
                           const std::string& input = "") {
  const std::string base = (std::filesystem::temp_directory_path() /
                            ("pipkit-e2e-" + std::to_string(::getpid())))
                               .string();
  const std::string in_file = base + ".in";
  std::ofstream(in_file, std::ios::binary) << input;
  const std::string full = "cd " + shell_quote(dir) + " && { " + command +
                           "; } <'" + in_file + "' >'" + base + ".out' 2>'" +
                           base + ".err'";
  const int raw = std::system(full.c_str());
  RunResult result;
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  result.out = slurp(base + ".out");
  result.err = slurp(base + ".err");
  std::filesystem::remove(in_file);
  std::filesystem::remove(base + ".out");
  std::filesystem::remove(base + ".err");
  return result;
}

/// Returns the command line that runs the built pipkit with colour off and
/// messages in English.
inline std::string pipkit_command(const std::string& args) {
  return std::string("NO_COLOR=1 LANG=C '") + PIPKIT_BINARY + "' " + args;
}

/// Runs `pipkit ARGS` through the shell in `dir` (default: the source
/// tree), with standard input from `input` when given.
inline RunResult run_pipkit(const std::string& args,
                            const std::string& dir = PIPKIT_SOURCE_DIR,
                            const std::string& input = "") {
  return run_shell(pipkit_command(args), dir, input);
}

/// A fresh temporary folder, removed when the object goes.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "pipkit-test-XXXXXX")
            .string();
    path_ = ::mkdtemp(pattern.data());
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }

  /// Writes a file below the folder, creating its parent folders.
  void write(const std::string& relative, const std::string& content) const {
    const auto file = std::filesystem::path(path_) / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
  }

 private:
  std::string path_;
};

}  // namespace pipkit::test
