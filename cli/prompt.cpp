// SPDX-License-Identifier: EUPL-1.2
// Questions for a person at a terminal, one answer per line.
#include "prompt.hpp"

#include <unistd.h>
#include <istream>
#include <ostream>

namespace pipkit::cli {
namespace {

std::string trimmed(const std::string& text) {
  const std::size_t first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return "";
  const std::size_t last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

}  // namespace

void add_question_options(CLI::App& command, bool& no_input,
                          bool& interactive) {
  auto* never = command.add_flag("--no-input", no_input, "never ask questions");
  command
      .add_flag("--interactive", interactive,
                "ask questions even when input is not a terminal")
      ->excludes(never);
}

bool should_ask(bool interactive, bool no_input) {
  if (interactive) return true;
  return !no_input && isatty(STDIN_FILENO) != 0;
}

std::optional<std::string> Prompter::ask(const Text& question,
                                         const Check& check) {
  while (!ended_) {
    out_ << question.in(lang_) << ": " << std::flush;
    std::string line;
    if (!std::getline(in_, line)) {
      ended_ = true;
      out_ << "\n";
      break;
    }
    const std::string answer = trimmed(line);
    if (answer.empty()) return std::nullopt;
    const std::optional<Text> problem = check ? check(answer) : std::nullopt;
    if (!problem) return answer;
    out_ << "  " << problem->in(lang_) << "\n";
  }
  return std::nullopt;
}

}  // namespace pipkit::cli
