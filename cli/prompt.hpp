// SPDX-License-Identifier: EUPL-1.2
// Questions for a person at a terminal, one answer per line.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

#include "text.hpp"

namespace pipkit::cli {

/// Adds --no-input and --interactive, which exclude each other, to a
/// subcommand.
void add_question_options(CLI::App& command, bool& no_input, bool& interactive);

/// Returns whether to ask questions: always with --interactive, never with
/// --no-input, otherwise only when standard input is a terminal.
bool should_ask(bool interactive, bool no_input);

/// Asks questions on one stream and reads answers from another, so that
/// answers can be piped in and questions never mix with standard output.
class Prompter {
 public:
  /// Returns an error message for an answer that will not do, or nullopt.
  using Check = std::function<std::optional<Text>(const std::string&)>;

  Prompter(std::istream& in, std::ostream& out, Lang lang)
      : in_(in), out_(out), lang_(lang) {}

  /// Asks until `check` accepts the answer, which is returned without
  /// surrounding spaces; an empty answer skips the question and end of
  /// input ends all questions, both returning nullopt.
  std::optional<std::string> ask(const Text& question, const Check& check = {});

 private:
  std::istream& in_;
  std::ostream& out_;
  Lang lang_;
  bool ended_ = false;
};

}  // namespace pipkit::cli
