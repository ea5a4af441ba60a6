// SPDX-License-Identifier: EUPL-1.2
// pipkit new-intake: scaffold cases/KLANTCODE/intake.yaml from the template.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "common.hpp"
#include "intake_template.hpp"
#include "model.hpp"
#include "policy.hpp"

namespace pipkit::cli {

struct NewIntakeOptions {
  std::string klantcode;
  std::string dir;     // where the search for pipkit.yaml starts; empty: .
  std::string output;  // -o: a file, or - for standard output
  std::string aanmelding, kennisgeving, vestiging, oproep, geboortedatum;
  std::string doelgroep;
  bool nieuwkomer = false;
  bool gevestigd = false;
  std::string consulent;
  std::string naam;
  std::string today;
  bool force = false;
  bool no_input = false;
  bool interactive = false;
};

/// Adds the new-intake subcommand and its options to the app.
CLI::App* register_new_intake(CLI::App& app, NewIntakeOptions& options);

/// Runs new-intake; returns 0, or throws CommandError: status 1 when the
/// intake exists already or the template gives an invalid intake, 2 for a
/// bad argument or a file that cannot be read or written.
int run_new_intake(const NewIntakeOptions& options,
                   const GlobalOptions& global);

/// Returns the values the options give, with the caseload's gemeente and
/// consulent where the options say nothing; throws CommandError for a date
/// that does not exist or a name that is not text.
IntakeValues intake_values(const NewIntakeOptions& options,
                           const Caseload& caseload);

/// Asks on standard error for the essential values still unknown: the
/// name, doelgroep, nieuwkomer, aanmelding, the date the policy's term
/// counts from, and the consultant.
void ask_missing_values(IntakeValues& values, const Policy& policy, Lang lang);

}  // namespace pipkit::cli
