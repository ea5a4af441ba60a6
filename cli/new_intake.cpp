// SPDX-License-Identifier: EUPL-1.2
// pipkit new-intake: scaffold cases/KLANTCODE/intake.yaml from the template.
#include "new_intake.hpp"

#include <fmt/format.h>
#include <filesystem>
#include <iostream>

#include "case_file.hpp"
#include "caseload_policy.hpp"
#include "identifiers.hpp"
#include "intake_deadline.hpp"
#include "prompt.hpp"
#include "template_files.hpp"
#include "writers/validate_report.hpp"
#include "yaml_quote.hpp"

namespace fs = std::filesystem;

namespace pipkit::cli {
namespace {

constexpr const char* kIntakeName = "intake.yaml";
// Templates end in .in so that validate, which reads *.yaml, leaves them be.
constexpr const char* kTemplateName = "intake.yaml.in";
constexpr const char* kHolidayFile = "gelijkgestelde_dagen.yaml";

// A value typed by the user, shown without control characters that could
// play tricks on a terminal.
std::string shown(const std::string& value) {
  const std::string quoted = yaml_quote(value);
  return quoted.substr(1, quoted.size() - 2);
}

void check_klantcode(const std::string& klantcode) {
  if (is_valid_klantcode(klantcode)) return;
  throw CommandError(
      {fmt::format("klantcode '{}' kan geen mapnaam worden: gebruik 1 tot 40 "
                   "letters, cijfers, '-' of '_'; er is niets geschreven",
                   shown(klantcode)),
       fmt::format("klantcode '{}' cannot be a folder name: use 1 to 40 "
                   "letters, digits, '-' or '_'; nothing was written",
                   shown(klantcode))});
}

struct LoadedCaseload {
  fs::path dir;
  Caseload settings;
};

LoadedCaseload load_caseload(const std::string& start) {
  const std::string from = start.empty() ? "." : start;
  const auto found = find_caseload_file(from);
  if (!found) {
    throw CommandError(
        {fmt::format("geen caseload gevonden: er staat geen pipkit.yaml in "
                     "'{}' of een map daarboven; maak er een met pipkit "
                     "init of geef --dir",
                     from),
         fmt::format("no caseload found: there is no pipkit.yaml in '{}' or "
                     "a folder above it; create one with pipkit init or "
                     "give --dir",
                     from)});
  }
  CaseFile file = check_case_file(*found, read_data_file(*found));
  if (!file.caseload ||
      count_severity(file.diagnostics, Severity::kError) > 0) {
    throw CommandError(
        {fmt::format("'{}' bevat fouten; herstel ze eerst (pipkit validate "
                     "'{}')",
                     *found, *found),
         fmt::format("'{}' has errors; fix them first (pipkit validate "
                     "'{}')",
                     *found, *found)});
  }
  // Paths in messages read best relative to where the user stands.
  std::error_code ec;
  fs::path dir = fs::proximate(fs::path(*found).parent_path(), ec);
  if (ec) dir = fs::path(*found).parent_path();
  return {dir, std::move(*file.caseload)};
}

Policy load_policy(const Caseload& caseload) {
  const std::string holidays_path = require_data_file(kHolidayFile);
  try {
    const HolidayData shipped =
        parse_holiday_data(read_data_file(holidays_path));
    return caseload_policy(caseload, shipped);
  } catch (const HolidayDataError& error) {
    throw CommandError(
        {fmt::format("'{}': {}", holidays_path, error.message().nl),
         fmt::format("'{}': {}", holidays_path, error.message().en)});
  } catch (const PolicyError& error) {
    throw CommandError(error.message());
  }
}

// Where the intake goes, and the path it is checked as: an intake on
// standard output is checked as if it stood in its case folder.
struct Target {
  std::string path;
  bool to_stdout = false;
};

Target target_for(const NewIntakeOptions& options,
                  const LoadedCaseload& caseload) {
  const fs::path in_case =
      (caseload.dir / "cases" / options.klantcode / kIntakeName)
          .lexically_normal();
  if (options.output == "-") return {in_case.string(), true};
  return {options.output.empty() ? in_case.string() : options.output, false};
}

void refuse_existing(const Target& target, bool force) {
  std::error_code ec;
  if (target.to_stdout || force) return;
  if (!fs::exists(fs::symlink_status(target.path, ec))) return;
  throw CommandError(
      {fmt::format("'{}' bestaat al en blijft zoals het is; gebruik --force "
                   "om het te vervangen (het oude bestand wordt bewaard)",
                   target.path),
       fmt::format("'{}' exists already and is left as it is; use --force "
                   "to replace it (the old file is kept)",
                   target.path)},
      1);
}

std::string fill_template(const std::string& path, const IntakeValues& values) {
  const LoadedSource loaded = load_source(path, read_data_file(path));
  if (!loaded.readable) {
    throw CommandError(
        {fmt::format("sjabloon '{}' is geen leesbare UTF-8-tekst", path),
         fmt::format("template '{}' is not readable UTF-8 text", path)});
  }
  FilledTemplate filled = fill_intake_template(loaded.source.text(), values);
  if (!filled.unknown.empty()) {
    const UnknownPlaceholder& first = filled.unknown.front();
    throw CommandError(
        {fmt::format("{}:{}: onbekende plaatshouder '{{{{{}}}}}'; gebruik "
                     "een van: {}",
                     path, first.line, first.name,
                     fmt::join(intake_placeholder_names(), ", ")),
         fmt::format("{}:{}: unknown placeholder '{{{{{}}}}}'; use one of: "
                     "{}",
                     path, first.line, first.name,
                     fmt::join(intake_placeholder_names(), ", "))});
  }
  return std::move(filled.text);
}

// A template is only as good as the intake it gives: one with errors is
// refused, so no invalid intake is ever written.
void check_intake(const std::string& check_path, const std::string& text,
                  const std::string& template_path, Lang lang) {
  CaseFile file = check_case_file(check_path, text);
  if (file.readable &&
      count_severity(file.diagnostics, Severity::kError) == 0) {
    return;
  }
  Diagnostics errors;
  for (Diagnostic& d : file.diagnostics) {
    if (d.severity == Severity::kError) errors.push_back(std::move(d));
  }
  sort_diagnostics(errors);
  TextStyle style;
  style.lang = lang;
  std::cerr << validate_text_file(file.source, errors, style);
  throw CommandError(
      {fmt::format("het sjabloon '{}' geeft een intake met fouten (hierboven); "
                   "herstel het sjabloon; er is niets geschreven",
                   template_path),
       fmt::format("the template '{}' gives an intake with errors (above); "
                   "fix the template; nothing was written",
                   template_path)},
      1);
}

struct Written {
  std::string backup;  // empty when nothing was replaced
};

Written write_intake(const Target& target, const std::string& text, bool force,
                     Lang lang) {
  if (target.to_stdout) {
    std::cout << text << std::flush;
    return {};
  }
  std::error_code ec;
  const fs::path folder = fs::path(target.path).parent_path();
  if (!folder.empty()) fs::create_directories(folder, ec);
  Written written;
  if (force && fs::exists(fs::symlink_status(target.path, ec))) {
    written.backup = keep_backup(target.path);
    write_file_atomic(target.path, text, lang);
  } else {
    write_file_atomic(target.path, text, lang, WriteMode{false});
  }
  return written;
}

void report(const Target& target, const Written& written,
            const IntakeDeadline& deadline, const Date& today, Lang lang) {
  std::ostream& out = target.to_stdout ? std::cerr : std::cout;
  const bool nl = lang == Lang::kNl;
  if (!target.to_stdout) {
    out << (nl ? "aangemaakt: " : "created: ") << target.path << "\n";
  }
  if (!written.backup.empty()) {
    out << (nl ? "het oude bestand is bewaard als: "
               : "the old file is kept as: ")
        << written.backup << "\n";
  }
  if (!deadline.item) {
    out << (nl ? "termijn: nog niet te berekenen; zie het commentaar in de "
                 "intake\n"
               : "deadline: cannot be computed yet; see the comment in the "
                 "intake\n");
    return;
  }
  const DeadlineItem& item = *deadline.item;
  out << (nl ? fmt::format("termijn: {} uiterlijk {}\n", item.title.nl,
                           to_iso(item.due))
             : fmt::format("deadline: {} by {}\n", item.title.en,
                           to_iso(item.due)));
  if (item.due < today) {
    out << (nl ? "let op: deze termijn is al verstreken\n"
               : "note: this deadline has passed already\n");
  }
}

}  // namespace

CLI::App* register_new_intake(CLI::App& app, NewIntakeOptions& o) {
  CLI::App* cmd =
      app.add_subcommand("new-intake", "scaffold cases/KLANTCODE/intake.yaml");
  cmd->add_option("klantcode", o.klantcode,
                  "the client's code: 1-40 letters, digits, '-' or '_'")
      ->required();
  cmd->add_option("--dir", o.dir,
                  "find the caseload from this folder (default: .)");
  cmd->add_option("-o,--output", o.output,
                  "write here instead; - writes to standard output");
  for (auto [name, field] : {std::pair{"--aanmelding", &o.aanmelding},
                             std::pair{"--kennisgeving", &o.kennisgeving},
                             std::pair{"--vestiging", &o.vestiging},
                             std::pair{"--oproep", &o.oproep},
                             std::pair{"--geboortedatum", &o.geboortedatum}}) {
    cmd->add_option(name, *field, "date, YYYY-MM-DD");
  }
  cmd->add_option("--doelgroep", o.doelgroep,
                  "asielstatushouder, gezinsmigrant or overig")
      ->check(CLI::IsMember({"asielstatushouder", "gezinsmigrant", "overig"}));
  auto* nieuwkomer = cmd->add_flag("--nieuwkomer", o.nieuwkomer,
                                   "newly assigned from the asylum centre");
  cmd->add_flag("--gevestigd", o.gevestigd, "already living here")
      ->excludes(nieuwkomer);
  cmd->add_option("--consulent", o.consulent,
                  "the consultant (default: from pipkit.yaml)");
  cmd->add_option("--naam", o.naam,
                  "the client's name: 'Voornamen Achternaam' or "
                  "'Achternaam, Voornamen'");
  cmd->add_option("--today", o.today, "the date of today, YYYY-MM-DD");
  cmd->add_flag("--force", o.force,
                "replace an existing intake, keeping it as .bak");
  add_question_options(*cmd, o.no_input, o.interactive);
  return cmd;
}

int run_new_intake(const NewIntakeOptions& options,
                   const GlobalOptions& global) {
  const Lang lang = resolve_lang(global);
  check_klantcode(options.klantcode);
  const Date today = resolve_today(options.today, lang);
  const LoadedCaseload caseload = load_caseload(options.dir);
  IntakeValues values = intake_values(options, caseload.settings);
  const Target target = target_for(options, caseload);
  refuse_existing(target, options.force);
  const Policy policy = load_policy(caseload.settings);
  if (should_ask(options.interactive, options.no_input)) {
    ask_missing_values(values, policy, lang);
  }
  const IntakeDeadline deadline =
      intake_deadline(values, target.path, policy, today);
  values.deadline_comment = deadline.comment;
  const std::string template_path =
      find_template(caseload.dir.string(), kTemplateName);
  const std::string text = fill_template(template_path, values);
  check_intake(target.path, text, template_path, lang);
  const Written written = write_intake(target, text, options.force, lang);
  if (!global.quiet) report(target, written, deadline, today, lang);
  return 0;
}

}  // namespace pipkit::cli
