// SPDX-License-Identifier: EUPL-1.2
// Tab completion for bash and zsh offers what the built pipkit accepts.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "e2e.hpp"

using pipkit::test::run_pipkit;
using pipkit::test::slurp;
using pipkit::test::TempDir;

namespace {

const std::string kSource = PIPKIT_SOURCE_DIR;

// Runs a shell command line in `dir` and returns what it printed.
std::string shell(const std::string& command, const std::string& dir) {
  const auto result = pipkit::test::run_shell(command, dir);
  CAPTURE(command);
  CAPTURE(result.err);
  CHECK(result.status == 0);
  return result.out + result.err;
}

std::set<std::string> words_of(const std::string& text) {
  std::istringstream in(text);
  std::set<std::string> words;
  for (std::string w; in >> w;) words.insert(w);
  return words;
}

// What bash completion offers for `line`, the last word being the one
// typed (possibly empty), as bash fills COMP_WORDS and COMP_CWORD.
std::set<std::string> bash_complete(const std::string& line,
                                    const std::string& dir = kSource) {
  std::vector<std::string> words;
  std::istringstream in(line);
  for (std::string w; in >> w;) words.push_back(w);
  if (line.empty() || line.back() == ' ') words.push_back("");
  std::string array;
  for (const std::string& w : words) array += " '" + w + "'";
  TempDir scratch;
  scratch.write("complete.bash", "source '" + kSource +
                                     "/completions/pipkit.bash'\n"
                                     "COMP_WORDS=(" +
                                     array +
                                     ")\n"
                                     "COMP_CWORD=" +
                                     std::to_string(words.size() - 1) +
                                     "\n"
                                     "_pipkit\n"
                                     "printf '%s\\n' \"${COMPREPLY[@]}\"\n");
  return words_of(shell(
      "bash --norc --noprofile '" + scratch.path() + "/complete.bash'", dir));
}

using Words = std::set<std::string>;

struct Row {
  const char* line;
  Words expected;
};

// Worked out from cli.md, the man pages and examples/cases.
const Row kRows[] = {
    {"pipkit ",
     {"init", "new-intake", "validate", "smart-check", "build-pip",
      "deadlines"}},
    {"pipkit de", {"deadlines"}},
    {"pipkit validate --format ", {"text", "json", "sarif"}},
    {"pipkit --lang nl validate --format s", {"sarif"}},
    {"pipkit validate --format = j", {"json"}},
    {"pipkit smart-check --format ", {"text", "json"}},
    {"pipkit deadlines --format ", {"text", "json", "csv", "ics"}},
    {"pipkit deadlines --kind ",
     {"intake_pip", "inburgeringstermijn", "leerroute_wissel",
      "voortgangsgesprek", "doel"}},
    {"pipkit deadlines --group ", {"none", "client", "week"}},
    {"pipkit deadlines --fail-on ", {"overdue"}},
    {"pipkit --color ", {"auto", "always", "never"}},
    {"pipkit validate --lang ", {"nl", "en"}},
    {"pipkit init --beleid ", {"wi2021", "pilot", "advies"}},
    {"pipkit new-intake --doelgroep ",
     {"asielstatushouder", "gezinsmigrant", "overig"}},
    {"pipkit validate --st", {"--strict"}},
    {"pipkit validate -q --l", {"--list-rules", "--lang"}},
    {"pipkit --",
     {"--help", "--color", "--quiet", "--verbose", "--lang", "--version"}},
    {"pipkit deadlines --today ", {}},
};

}  // namespace

TEST_CASE("bash: sourcing the completion registers it for pipkit") {
  const std::string out = shell(
      "bash --norc --noprofile -c \"source completions/pipkit.bash; "
      "complete -p pipkit\"",
      kSource);
  CHECK(out == "complete -F _pipkit pipkit\n");
}

TEST_CASE("bash: commands, options and their values are completed") {
  for (const Row& row : kRows) {
    CAPTURE(row.line);
    CHECK(bash_complete(row.line) == row.expected);
  }
}

TEST_CASE("bash: klantcodes come from the nearest cases/ folder") {
  const Words all = {"AAL-2019-0031", "AAL-2026-0019", "AAL-2026-0044",
                     "AAL-2026-0057"};
  CHECK(bash_complete("pipkit deadlines --client ", kSource + "/examples") ==
        all);
  CHECK(bash_complete("pipkit new-intake AAL-2019",
                      kSource + "/examples/cases/AAL-2026-0044") ==
        Words{"AAL-2019-0031"});
  TempDir none;
  CHECK(bash_complete("pipkit deadlines --client ", none.path()).empty());
}

namespace {

// The options a command's --help lists, with the values of those that
// take one from a fixed set ("--format TEXT:{text,json}").
struct HelpOption {
  std::string name;
  Words values;
};

std::vector<HelpOption> help_options(const std::string& help) {
  std::vector<HelpOption> options;
  std::istringstream in(help);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("  -", 0) != 0) continue;
    std::istringstream fields(line);
    std::string names, type;
    fields >> names >> type;
    std::istringstream split(names);
    const auto open = type.find(":{");
    Words values;
    if (open != std::string::npos) {
      std::string list = type.substr(open + 2, type.size() - open - 3);
      std::replace(list.begin(), list.end(), ',', ' ');
      values = words_of(list);
    }
    for (std::string name; std::getline(split, name, ',');) {
      options.push_back({name, values});
    }
  }
  return options;
}

Words help_commands(const std::string& help) {
  const auto start = help.find("Subcommands:\n");
  REQUIRE(start != std::string::npos);
  std::istringstream in(help.substr(start));
  Words commands;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line) && line.rfind("  ", 0) == 0) {
    commands.insert(words_of(line.substr(0, 30)).begin()->c_str());
  }
  return commands;
}

}  // namespace

TEST_CASE("bash: every command, option and value the binary has is offered") {
  const Words commands = help_commands(run_pipkit("--help").out);
  const Words offered = bash_complete("pipkit ");
  for (const std::string& command : commands) {
    CAPTURE(command);
    CHECK(offered.count(command) == 1);
    const Words options = bash_complete("pipkit " + command + " -");
    for (const HelpOption& option :
         help_options(run_pipkit(command + " --help").out)) {
      CAPTURE(option.name);
      if (option.name == "-h") continue;  // --help is offered
      CHECK(options.count(option.name) == 1);
      if (!option.values.empty()) {
        CHECK(bash_complete("pipkit " + command + " " + option.name + " ") ==
              option.values);
      }
    }
  }
}

namespace {

// What an interactive zsh shows after typing `line` and a tab, with
// completions/_pipkit loaded.
std::string zsh_complete(const std::string& line,
                         const std::string& dir = kSource) {
  return shell("zsh -f '" + kSource + "/tests/zsh_complete.zsh' '" + kSource +
                   "/completions' '" + dir + "' '" + line + "'",
               kSource);
}

}  // namespace

TEST_CASE("zsh: commands, values and klantcodes are completed") {
  CHECK(zsh_complete("pipkit vali").find("pipkit validate") !=
        std::string::npos);
  CHECK(zsh_complete("pipkit validate --format ").find("json   sarif  text") !=
        std::string::npos);
  CHECK(
      zsh_complete("pipkit deadlines --group ").find("client  none    week") !=
      std::string::npos);
  // Four klantcodes share 'AAL-20', which zsh fills in at once.
  CHECK(zsh_complete("pipkit deadlines --client ", kSource + "/examples")
            .find("--client AAL-20") != std::string::npos);
  CHECK(
      zsh_complete("pipkit deadlines --client AAL-2019", kSource + "/examples")
          .find("--client AAL-2019-0031") != std::string::npos);
}
