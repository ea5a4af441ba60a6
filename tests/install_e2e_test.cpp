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
using pipkit::test::run_shell;
using pipkit::test::RunResult;
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

// Whether a command is unfinished: its last line ends in a backslash, or
// it has opened a single quote that it has not closed.
bool continues(const std::string& command) {
  return (!command.empty() && command.back() == '\\') ||
         std::count(command.begin(), command.end(), '\'') % 2 == 1;
}

// The commands of one example block. With '$ ' prompts, the lines after a
// prompt are output unless they continue its command; without, a block that
// may be a script is run whole when it starts with a command of pipkit or
// a #!/bin/sh.
std::string block_script(const std::vector<std::string>& lines,
                         bool may_be_script) {
  const bool prompts =
      std::any_of(lines.begin(), lines.end(),
                  [](const std::string& l) { return l.rfind("$ ", 0) == 0; });
  std::string script;
  std::string command;  // the one being read, after its prompt
  for (const std::string& line : lines) {
    const bool open = prompts && continues(command);
    if (prompts && !open && line.rfind("$ ", 0) == 0) {
      command = line.substr(2);
      script += command + "\n";
    } else if (!prompts || open) {
      command += "\n" + line;
      script += line + "\n";
    }
  }
  const bool runs =
      script.rfind("pipkit ", 0) == 0 || script.rfind("#!/bin/sh\n", 0) == 0;
  return runs && (prompts || may_be_script) ? script : "";
}

struct Block {
  std::vector<std::string> lines;
  bool may_be_script = true;
};

// The example blocks of the README (fenced; only ```sh ones may be scripts,
// the others show a synopsis or output) and of the man pages (.EX to .EE),
// with the man escapes undone, as shell scripts.
std::vector<std::string> documented_examples() {
  std::vector<Block> blocks;
  std::istringstream readme(slurp(kSource + "/README.md"));
  bool in_block = false;
  for (std::string line; std::getline(readme, line);) {
    if (line.rfind("```", 0) == 0) {
      in_block = !in_block;
      if (in_block) blocks.push_back({{}, line == "```sh"});
    } else if (in_block) {
      blocks.back().lines.push_back(line);
    }
  }
  for (const auto& page : fs::directory_iterator(kSource + "/man")) {
    std::istringstream in(slurp(page.path().string()));
    in_block = false;
    for (std::string line; std::getline(in, line);) {
      if (line == ".EX" || line == ".EE") {
        in_block = line == ".EX";
        if (in_block) blocks.emplace_back();
      } else if (in_block) {
        line = std::regex_replace(line, std::regex(R"(\\-)"), "-");
        blocks.back().lines.push_back(
            std::regex_replace(line, std::regex(R"(\\e)"), "\\"));
      }
    }
  }
  std::vector<std::string> scripts;
  for (const Block& block : blocks) {
    const std::string script = block_script(block.lines, block.may_be_script);
    if (!script.empty()) {
      scripts.push_back(script);
    }
  }
  return scripts;
}

// A caseload like the example one, under git, with a branch origin/main,
// so that every documented command has what it needs.
void make_caseload(const std::string& dir) {
  must("cp -r '" + kSource +
           "/examples' . && cp -r examples/cases "
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

  for (const auto& page :
       fs::recursive_directory_iterator(prefix + "/share/man")) {
    if (!page.is_regular_file()) continue;
    const std::string file = page.path().string();
    CAPTURE(file);
    const RunResult lint = must("groff -man -ww -z '" + file + "'", prefix);
    CHECK(lint.err.empty());
    const RunResult shown =
        must("MANWIDTH=80 man -P cat -l '" + file + "'", prefix);
    CHECK(shown.out.find("NAME") != std::string::npos);
  }

  // Each example where a reader would try it: init in an empty folder,
  // build-pip in a caseload whose plans are still to be drafted, the others
  // in a copy of the example caseload.
  for (const std::string& script : documented_examples()) {
    CAPTURE(script);
    TempDir work;
    if (script.find("pipkit init") == std::string::npos) {
      make_caseload(work.path());
    }
    if (script.find("pipkit build-pip") != std::string::npos) {
      must("rm cases/*/pip.yaml", work.path());
    }
    std::ofstream(work.path() + "/example.sh") << "set -e\n" << script;
    const RunResult result = run_shell(path + "sh example.sh", work.path());
    CAPTURE(result.out);
    CAPTURE(result.err);
    // Two examples show a failing check, as documented: the example
    // caseload has overdue items and goals below four criteria.
    const bool fails = script.find("--fail-on overdue") != std::string::npos ||
                       script.find("--min-score 4") != std::string::npos;
    CHECK(result.status == (fails ? 1 : 0));
  }
}

}  // namespace

TEST_CASE("the documented examples are found: README and man pages") {
  const std::vector<std::string> scripts = documented_examples();
  const auto has = [&](const std::string& script) {
    return std::find(scripts.begin(), scripts.end(), script) != scripts.end();
  };
  CHECK(has("pipkit validate examples/\n"));
  CHECK(has("pipkit validate --changed=origin/main\n"));
  CHECK(
      has("#!/bin/sh\n# Refuse a commit whose staged case files have "
          "errors.\nexec pipkit validate --changed --quiet\n"));
  CHECK(
      has("pipkit validate --format json cases/ | jq '.files[] | "
          "[.path,\n    (.diagnostics | map(select(.severity == "
          "\"error\")) | length)]'\n"));
  CHECK(
      has("pipkit new-intake AAL-2026-0042 --naam \"Sara Ahmadi\" \\\n"
          "    --doelgroep asielstatushouder --nieuwkomer \\\n"
          "    --aanmelding 2026-09-01 --kennisgeving 2026-09-03\n"));
}

TEST_CASE("installed under a temporary prefix, pipkit works from there") {
  TempDir prefix;
  must(
      "cmake --install '" PIPKIT_BUILD_DIR "' --prefix '" + prefix.path() + "'",
      kSource);
  check_installed(prefix.path());

  // Moved elsewhere as a whole, it finds its data at the new place.
  TempDir moved;
  must("cp -r '" + prefix.path() + "/.' '" + moved.path() + "'", kSource);
  const RunResult version = must("env -u PIPKIT_DATA_DIR '" + moved.path() +
                                     "/bin/pipkit' "
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
  const std::string deb =
      must("ls " + out.path() + "/pipkit_*.deb", out.path()).out;
  const std::string file = deb.substr(0, deb.find('\n'));
  const RunResult fields = must("dpkg-deb -f '" + file +
                                    "' Package "
                                    "Depends Maintainer Description",
                                out.path());
  CAPTURE(fields.out);
  CHECK(fields.out.find("Package: pipkit\n") != std::string::npos);
  CHECK(fields.out.find("libyaml-cpp0.7") != std::string::npos);
  CHECK(fields.out.find("libfmt9") != std::string::npos);
  CHECK(fields.out.find("Maintainer: ") != std::string::npos);

  const RunResult contents =
      must("dpkg-deb --contents '" + file + "'", out.path());
  for (const std::string& installed : kInstalledFiles) {
    CAPTURE(installed);
    CHECK(contents.out.find("./usr/" + installed + "\n") != std::string::npos);
  }
  const RunResult dry = must("dpkg --dry-run -i '" + file + "'", out.path());
  CHECK(dry.err.find("dependency problems") == std::string::npos);
  must("dpkg-deb -x '" + file + "' root", out.path());
  check_installed(out.path() + "/root/usr");
}
