// SPDX-License-Identifier: EUPL-1.2
// pipkit installed under any prefix, and as a Debian package, works: it
// finds its data, its man pages render, and the documented examples run.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "e2e.hpp"

namespace fs = std::filesystem;
using pipkit::test::RunResult;
using pipkit::test::run_shell;
using pipkit::test::slurp;
using pipkit::test::TempDir;

namespace {

const std::string kSource = PIPKIT_SOURCE_DIR;

RunResult must(const std::string& command, const std::string& dir) {
  const RunResult result = run_shell(command, dir);
  CAPTURE(command);
  CAPTURE(result.err);
  REQUIRE(result.status == 0);
  return result;
}

const std::vector<std::string> kInstalledFiles = {
    "bin/pipkit",
    "share/pipkit/intake.yaml.in",
    "share/pipkit/pip.yaml.in",
    "share/pipkit/gelijkgestelde_dagen.yaml",
    "share/man/man1/pipkit.1",
    "share/man/man1/pipkit-validate.1",
    "share/man/man5/pipkit-case.5",
    "share/bash-completion/completions/pipkit",
    "share/zsh/vendor-completions/_pipkit",
};

// The commands of the examples: lines starting with '$ ' in the README's
// code blocks and in the man pages' EXAMPLES (a line that does not start
// with '$ ' continues the one before), with the man escapes undone.
std::vector<std::string> documented_commands() {
  std::vector<std::string> commands;
  const std::string readme = slurp(kSource + "/README.md");
  const std::regex prompt(R"(\n\$ (pipkit[^\n]*))");
  for (std::sregex_iterator it(readme.begin(), readme.end(), prompt), end;
       it != end; ++it) {
    commands.push_back((*it)[1]);
  }
  for (const auto& page : fs::directory_iterator(kSource + "/man")) {
    bool in_example = false;
    std::istringstream in(slurp(page.path().string()));
    for (std::string line; std::getline(in, line);) {
      if (line == ".EX") in_example = true;
      if (line == ".EE") in_example = false;
      if (!in_example || line == ".EX") continue;
      line = std::regex_replace(line, std::regex(R"(\\-)"), "-");
      if (line.rfind("$ pipkit", 0) == 0) {
        commands.push_back(line.substr(2));
      } else if (!commands.empty() && line.rfind("$ ", 0) != 0 &&
                 commands.back().find('\'') != std::string::npos &&
                 std::count(commands.back().begin(), commands.back().end(),
                            '\'') % 2 == 1) {
        commands.back() += "\n" + line;  // inside a quoted argument
      }
    }
  }
  return commands;
}

// A caseload like the example one, under git, with a branch origin/main,
// so that every documented command has what it needs.
void make_caseload(const std::string& dir) {
  must("cp -r '" + kSource + "/examples' . && cp -r examples/cases "
       "examples/pipkit.yaml . && git init -q && git add -A && "
       "git -c user.name=Test -c user.email=test@example.org commit -qm "
       "first && git update-ref refs/remotes/origin/main HEAD",
       dir);
}

// Checks an installed tree at `prefix`: files in place, data found beside
// the executable, man pages clean, documented examples passing.
void check_installed(const std::string& prefix) {
  for (const std::string& file : kInstalledFiles) {
    CAPTURE(file);
    CHECK(fs::is_regular_file(prefix + "/" + file));
  }
  const std::string path = "env -u PIPKIT_DATA_DIR PATH='" + prefix +
                           "/bin':\"$PATH\" LANG=C NO_COLOR=1 ";
  const RunResult version = must(path + "pipkit --version", prefix);
  CHECK(version.out.find("(" + prefix +
                         "/share/pipkit/gelijkgestelde_dagen.yaml)\n") !=
        std::string::npos);

  for (const auto& page : fs::recursive_directory_iterator(prefix +
                                                            "/share/man")) {
    if (!page.is_regular_file()) continue;
    const std::string file = page.path().string();
    CAPTURE(file);
    const RunResult lint = must("groff -man -ww -z '" + file + "'", prefix);
    CHECK(lint.err.empty());
    const RunResult shown =
        must("MANWIDTH=80 man -P cat -l '" + file + "'", prefix);
    CHECK(shown.out.find("NAME") != std::string::npos);
  }

  TempDir work;
  make_caseload(work.path());
  for (const std::string& command : documented_commands()) {
    CAPTURE(command);
    const RunResult result = run_shell(path + command, work.path());
    CAPTURE(result.err);
    CHECK(result.status == 0);
  }
  const RunResult hook = must(
      "sed -n '/^#!\\/bin\\/sh/,/^```/p' '" + kSource + "/README.md' | "
      "grep -v '```' > hook && " + path + "sh hook",
      work.path());
  CHECK(hook.out.empty());  // --quiet, and nothing staged
}

}  // namespace

TEST_CASE("the documented examples are found: README and man pages") {
  const std::vector<std::string> commands = documented_commands();
  CHECK(std::find(commands.begin(), commands.end(),
                  "pipkit validate examples/") != commands.end());
  CHECK(std::find(commands.begin(), commands.end(),
                  "pipkit validate --changed=origin/main") != commands.end());
  CHECK(commands.size() >= 5);
}

TEST_CASE("installed under a temporary prefix, pipkit works from there") {
  TempDir prefix;
  must("cmake --install '" PIPKIT_BUILD_DIR "' --prefix '" + prefix.path() +
           "'",
       kSource);
  check_installed(prefix.path());

  // Moved elsewhere as a whole, it finds its data at the new place.
  TempDir moved;
  must("cp -r '" + prefix.path() + "/.' '" + moved.path() + "'", kSource);
  const RunResult version =
      must("env -u PIPKIT_DATA_DIR '" + moved.path() + "/bin/pipkit' "
           "--version",
           kSource);
  CHECK(version.out.find("(" + moved.path() + "/share/pipkit/") !=
        std::string::npos);
}

// The package is checked by unpacking it and by a dry run of dpkg -i,
// which checks that its dependencies are met, but never installed: CI runs
// as root on a machine that is not ours to change, and a test must leave
// no trace.
TEST_CASE("the Debian package declares its dependencies and works unpacked") {
  TempDir out;
  must("cpack --config '" PIPKIT_BUILD_DIR "/CPackConfig.cmake' -G DEB -B '" +
           out.path() + "'",
       out.path());
  const std::string deb = must("ls " + out.path() + "/pipkit_*.deb",
                               out.path()).out;
  const std::string file = deb.substr(0, deb.find('\n'));
  const RunResult fields = must("dpkg-deb -f '" + file + "' Package "
                                "Depends Maintainer Description", out.path());
  CAPTURE(fields.out);
  CHECK(fields.out.find("Package: pipkit\n") != std::string::npos);
  CHECK(fields.out.find("libyaml-cpp0.7") != std::string::npos);
  CHECK(fields.out.find("libfmt9") != std::string::npos);
  CHECK(fields.out.find("Maintainer: ") != std::string::npos);

  const RunResult contents = must("dpkg-deb --contents '" + file + "'",
                                  out.path());
  for (const std::string& installed : kInstalledFiles) {
    CAPTURE(installed);
    CHECK(contents.out.find("./usr/" + installed + "\n") !=
          std::string::npos);
  }
  const RunResult dry = must("dpkg --dry-run -i '" + file + "'", out.path());
  CHECK(dry.err.find("dependency problems") == std::string::npos);
  must("dpkg-deb -x '" + file + "' root", out.path());
  check_installed(out.path() + "/root/usr");
}
