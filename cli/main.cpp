// SPDX-License-Identifier: EUPL-1.2
// pipkit: the list of subcommands, nothing else.
#include <CLI/CLI.hpp>
#include <exception>
#include <functional>
#include <iostream>
#include <utility>
#include <vector>

#include "build_pip.hpp"
#include "common.hpp"
#include "deadlines_command.hpp"
#include "init.hpp"
#include "new_intake.hpp"
#include "smart_check.hpp"
#include "validate.hpp"
#include "version.hpp"

int main(int argc, char** argv) {
  using namespace pipkit::cli;
  CLI::App app{"pipkit: brede intake en PIP voor klantmanagers inburgering"};
  GlobalOptions global;
  add_global_options(app, global);
  // After the global options, so that --lang is known when it answers.
  app.set_version_flag(
      "--version", [&global] { return version_text(resolve_lang(global)); });
  app.require_subcommand(1);

  InitOptions init;
  NewIntakeOptions new_intake;
  ValidateOptions validate;
  SmartCheckOptions smart_check;
  BuildPipOptions build_pip;
  DeadlinesOptions deadlines;
  std::vector<std::pair<CLI::App*, std::function<int()>>> commands = {
      {register_init(app, init), [&] { return run_init(init, global); }},
      {register_new_intake(app, new_intake),
       [&] { return run_new_intake(new_intake, global); }},
      {register_validate(app, validate),
       [&] { return run_validate(validate, global); }},
      {register_smart_check(app, smart_check),
       [&] { return run_smart_check(smart_check, global); }},
      {register_build_pip(app, build_pip),
       [&] { return run_build_pip(build_pip, global); }},
      {register_deadlines(app, deadlines),
       [&] { return run_deadlines(deadlines, global); }},
  };
  for (auto& [command, run] : commands) add_global_options(*command, global);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int status = app.exit(error);
    return status == 0 ? 0 : 2;
  }
  try {
    for (auto& [command, run] : commands) {
      if (command->parsed()) return run();
    }
  } catch (const CommandError& error) {
    print_error(error.message(), resolve_lang(global));
    return error.status();
  } catch (const std::exception& error) {
    std::cerr << "pipkit: error: " << error.what() << "\n";
    return 2;
  }
  return 2;
}
