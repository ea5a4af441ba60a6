// SPDX-License-Identifier: EUPL-1.2
// pipkit init: create a caseload folder ready for git.
#include "init.hpp"

#include <fmt/format.h>
#include <filesystem>
#include <iostream>

#include "case_file.hpp"
#include "caseload_scaffold.hpp"
#include "policy.hpp"
#include "prompt.hpp"

namespace fs = std::filesystem;

namespace pipkit::cli {
namespace {

std::optional<Text> check_policy(const std::string& answer) {
  if (parse_policy_name(answer)) return std::nullopt;
  return Text{"kies wi2021, pilot of advies", "choose wi2021, pilot or advies"};
}

void refuse_existing_caseload(const fs::path& dir) {
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) {
    throw CommandError(
        {fmt::format("'{}' is geen map; kies een andere naam", dir.string()),
         fmt::format("'{}' is not a folder; choose another name",
                     dir.string())});
  }
  const auto found = find_caseload_file(dir.string());
  if (!found) return;
  const bool here = fs::exists(dir / "pipkit.yaml", ec);
  const fs::path settings = here ? dir / "pipkit.yaml" : fs::path(*found);
  throw CommandError(
      here ? Text{fmt::format("'{}' is al een caseload ('{}' bestaat); er is "
                              "niets veranderd",
                              dir.string(), settings.string()),
                  fmt::format("'{}' is a caseload already ('{}' exists); "
                              "nothing was changed",
                              dir.string(), settings.string())}
           : Text{fmt::format("'{}' ligt in de caseload van '{}'; maak een "
                              "nieuwe caseload buiten die map",
                              dir.string(), settings.string()),
                  fmt::format("'{}' lies inside the caseload of '{}'; create "
                              "a new caseload outside that folder",
                              dir.string(), settings.string())},
      1);
}

CaseloadSettings gather_settings(const InitOptions& options, Lang lang) {
  CaseloadSettings settings;
  settings.gemeente = options.gemeente;
  settings.consulent = options.consulent;
  if (!options.beleid.empty()) settings.beleid = options.beleid;
  if (!should_ask(options.interactive, options.no_input)) return settings;
  Prompter prompt(std::cin, std::cerr, lang);
  if (settings.gemeente.empty()) {
    settings.gemeente = prompt.ask({"Gemeente", "Municipality"}).value_or("");
  }
  if (options.beleid.empty()) {
    settings.beleid =
        prompt
            .ask({"Beleid voor de termijnen (wi2021, pilot of advies; leeg: "
                  "wi2021)",
                  "Deadline policy (wi2021, pilot or advies; empty: "
                  "wi2021)"},
                 check_policy)
            .value_or("wi2021");
  }
  if (settings.consulent.empty()) {
    settings.consulent =
        prompt
            .ask({"Naam van de consulent (leeg: per intake)",
                  "Name of the consultant (empty: per intake)"})
            .value_or("");
  }
  return settings;
}

// Proves the settings file reads back as a valid caseload before it is
// written: a value that broke the YAML would be caught here, not later.
void check_settings(const std::string& path, const std::string& text) {
  const CaseFile file = check_case_file(path, text);
  if (file.readable && file.caseload &&
      count_severity(file.diagnostics, Severity::kError) == 0) {
    return;
  }
  throw CommandError({fmt::format("'{}' zou fouten bevatten; er is niets "
                                  "geschreven",
                                  path),
                      fmt::format("'{}' would hold errors; nothing was "
                                  "written",
                                  path)});
}

// Writes a file only if it is not there yet; an existing one is kept and
// reported, since it may be the user's own.
bool write_if_absent(const fs::path& path, std::string_view text,
                     unsigned permissions, Lang lang) {
  std::error_code ec;
  if (fs::exists(fs::symlink_status(path, ec))) return false;
  write_file_atomic(path.string(), std::string(text), lang,
                    WriteMode{false, permissions});
  return true;
}

void report(const fs::path& dir, const std::vector<std::string>& written,
            const std::vector<std::string>& kept, Lang lang) {
  for (const std::string& file : written) {
    std::cout << (lang == Lang::kNl ? "aangemaakt: " : "created: ") << file
              << "\n";
  }
  for (const std::string& file : kept) {
    std::cout << (lang == Lang::kNl ? "bestond al, niet veranderd: "
                                    : "existed already, not changed: ")
              << file << "\n";
  }
  std::cout << (lang == Lang::kNl ? "zet de controle bij elke commit aan met: "
                                  : "turn on the check at every commit with: ")
            << fmt::format(
                   "cd '{}' && git init && git config core.hooksPath "
                   "{}\n",
                   dir.string(), kHooksFolder);
}

}  // namespace

CLI::App* register_init(CLI::App& app, InitOptions& options) {
  CLI::App* cmd = app.add_subcommand("init", "create a caseload folder");
  cmd->add_option("dir", options.dir, "the folder (default: .)");
  cmd->add_option("--gemeente", options.gemeente, "the municipality");
  cmd->add_option("--beleid", options.beleid,
                  "deadline policy: wi2021 (default), pilot or advies")
      ->check(CLI::IsMember({"wi2021", "pilot", "advies"}));
  cmd->add_option("--consulent", options.consulent,
                  "the consultant new intakes name by default");
  add_question_options(*cmd, options.no_input, options.interactive);
  return cmd;
}

int run_init(const InitOptions& options, const GlobalOptions& global) {
  const Lang lang = resolve_lang(global);
  const fs::path dir(options.dir);
  refuse_existing_caseload(dir);
  const CaseloadSettings settings = gather_settings(options, lang);
  const std::string settings_text = caseload_settings_yaml(settings);
  check_settings((dir / "pipkit.yaml").string(), settings_text);

  std::error_code ec;
  fs::create_directories(dir / "cases", ec);
  if (!ec) fs::create_directories(dir / kHooksFolder, ec);
  if (ec) {
    throw CommandError({fmt::format("kan de map '{}' niet maken ({})",
                                    dir.string(), ec.message()),
                        fmt::format("cannot create the folder '{}' ({})",
                                    dir.string(), ec.message())});
  }
  std::vector<std::string> written, kept;
  auto add = [&](const fs::path& path, std::string_view text,
                 unsigned permissions) {
    const bool done = write_if_absent(path, text, permissions, lang);
    (done ? written : kept).push_back(path.string());
  };
  write_file_atomic((dir / "pipkit.yaml").string(), settings_text, lang,
                    WriteMode{false});
  written.push_back((dir / "pipkit.yaml").string());
  add(dir / "cases" / ".gitkeep", "", 0644);
  add(dir / ".gitattributes", gitattributes_text(), 0644);
  add(dir / kHooksFolder / "pre-commit", pre_commit_hook_text(), 0755);
  if (!global.quiet) report(dir, written, kept, lang);
  return 0;
}

}  // namespace pipkit::cli
