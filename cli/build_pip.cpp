// SPDX-License-Identifier: EUPL-1.2
// pipkit build-pip: draft a plan from an intake, never over an existing one.
#include "build_pip.hpp"

#include <fmt/format.h>
#include <filesystem>
#include <iostream>

#include "case_file.hpp"
#include "draft.hpp"
#include "draft_yaml.hpp"
#include "template_files.hpp"
#include "validate_pipeline.hpp"
#include "writers/validate_report.hpp"

namespace fs = std::filesystem;

namespace pipkit::cli {
namespace {

constexpr const char* kRulesName = "build-pip.yaml";

struct Target {
  std::string path;        // "-" for standard output
  std::string intake_ref;  // the plan's `intake` key
  std::string checked_as;  // the path the draft is checked under
};

// The plan names its intake relative to its own folder, as validate reads
// it; on standard output it is taken to land beside the intake.
Target target_of(const BuildPipOptions& o) {
  const fs::path intake(o.intake);
  const fs::path beside = intake.parent_path() / "pip.yaml";
  if (o.output == "-" || o.intake == "-") {
    const std::string name =
        o.intake == "-" ? "intake.yaml" : intake.filename().string();
    return {"-", name, beside.string()};
  }
  const fs::path out = o.output.empty() ? beside : fs::path(o.output);
  std::error_code ec;
  const fs::path from = fs::absolute(out, ec).parent_path().lexically_normal();
  const fs::path to = fs::absolute(intake, ec).lexically_normal();
  const fs::path ref = to.lexically_relative(from);
  return {out.string(), ref.empty() ? to.string() : ref.string(), out.string()};
}

// The caseload's own rules, beside its pipkit.yaml as smart-check's own
// settings are, come before the shipped ones.
std::string rules_path(const BuildPipOptions& o) {
  if (!o.rules.empty()) return o.rules;
  const std::string start =
      o.intake == "-" ? "." : fs::path(o.intake).parent_path().string();
  const auto caseload = o.config.empty()
                            ? find_caseload_file(start.empty() ? "." : start)
                            : std::optional<std::string>(o.config);
  std::error_code ec;
  const fs::path own =
      caseload ? fs::path(*caseload).parent_path() / kRulesName : fs::path();
  if (caseload && fs::is_regular_file(own, ec)) return own.string();
  return require_data_file(kRulesName);
}

DraftRules load_rules(const std::string& path) {
  try {
    return parse_draft_rules(path, read_data_file(path));
  } catch (const DraftRulesError& e) {
    const std::string at = fmt::format("{}:{}:{}", path, e.position().line,
                                       e.position().column);
    throw CommandError({fmt::format("{}: {}", at, e.message().nl),
                        fmt::format("{}: {}", at, e.message().en)});
  }
}

void print_findings(CaseFile& file, Lang lang) {
  sort_diagnostics(file.diagnostics);
  TextStyle style;
  style.lang = lang;
  std::cerr << validate_text_file(file.source, file.diagnostics, style);
}

Intake load_intake(const std::string& path, Lang lang) {
  CaseFile file = load_and_check(path);
  if (!file.readable || file.kind == FileKind::kUnknown) {
    print_findings(file, lang);
    throw CommandError({fmt::format("kan '{}' niet als intake lezen", path),
                        fmt::format("cannot read '{}' as an intake", path)});
  }
  if (!file.intake) {
    throw CommandError(
        {fmt::format("'{}' is geen intake; build-pip maakt een plan uit een "
                     "bestand met 'soort: intake'",
                     path),
         fmt::format("'{}' is not an intake; build-pip drafts a plan from a "
                     "file with 'soort: intake'",
                     path)});
  }
  if (count_severity(file.diagnostics, Severity::kError) > 0) {
    print_findings(file, lang);
    throw CommandError(
        {fmt::format("de intake '{}' heeft fouten; los ze op en maak het "
                     "plan daarna",
                     path),
         fmt::format("the intake '{}' has errors; fix them, then draft the "
                     "plan",
                     path)},
        1);
  }
  return std::move(*file.intake);
}

// The draft is checked as validate would check it; a rules file can make
// goals that the format refuses, and such a plan is not written.
int count_open_items(const std::string& text, const Target& target,
                     const Intake& intake, Lang lang) {
  CaseFile plan = check_case_file(target.checked_as, text);
  check_against_intake(plan, &intake, intake.path);
  if (count_severity(plan.diagnostics, Severity::kError) > 0) {
    print_findings(plan, lang);
    throw CommandError(
        {"het concept-plan heeft fouten en is niet geschreven; controleer "
         "het regelbestand",
         "the draft plan has errors and was not written; check the rules "
         "file"},
        1);
  }
  int open = 0;
  for (const Diagnostic& d : plan.diagnostics) open += d.rule == "PK120";
  return open;
}

// Without --force an existing plan is refused before anything is done;
// the write itself never replaces a file either, should one appear.
std::string write_plan(const BuildPipOptions& o, const Target& target,
                       const std::string& text, Lang lang) {
  std::error_code ec;
  const bool exists = fs::exists(fs::symlink_status(target.path, ec));
  if (exists && !o.force) {
    throw CommandError(
        {fmt::format("'{}' bestaat al en build-pip overschrijft geen plan; "
                     "kies een ander bestand met -o, of vervang het met "
                     "--force (het oude plan wordt bewaard)",
                     target.path),
         fmt::format("'{}' exists already and build-pip overwrites no plan; "
                     "choose another file with -o, or replace it with "
                     "--force (the old plan is kept)",
                     target.path)},
        1);
  }
  if (!exists) {
    write_file_atomic(target.path, text, lang, WriteMode{false});
    return {};
  }
  std::string backup = keep_backup(target.path);
  write_file_atomic(target.path, text, lang);
  return backup;
}

Text summary(const Target& target, const DraftPlan& plan, int open,
             const std::string& backup) {
  const auto n = plan.inburgering.size();
  const auto m = plan.participatie.size();
  Text text{
      fmt::format("pipkit: '{}' geschreven: {} doelen inburgering en {} "
                  "doelen participatie; nog open: {} plaatsen met 'nog "
                  "invullen' en het akkoord van de klant\n",
                  target.path, n, m, open),
      fmt::format("pipkit: wrote '{}': {} integration goals and {} "
                  "participation goals; still open: {} places marked 'nog "
                  "invullen' and the client's agreement\n",
                  target.path, n, m, open)};
  if (!backup.empty()) {
    text.nl += fmt::format("pipkit: het oude plan staat in '{}'\n", backup);
    text.en += fmt::format("pipkit: the old plan is kept in '{}'\n", backup);
  }
  return text;
}

}  // namespace

CLI::App* register_build_pip(CLI::App& app, BuildPipOptions& options) {
  CLI::App* cmd = app.add_subcommand("build-pip", "draft a PIP from an intake");
  cmd->add_option("intake", options.intake, "the intake.yaml to draft from")
      ->required();
  cmd->add_option("-o,--output", options.output,
                  "where to write (default: pip.yaml beside the intake); - "
                  "writes to standard output");
  cmd->add_flag("--force", options.force,
                "replace an existing plan, keeping it as .bak");
  cmd->add_option("--date,--today", options.date,
                  "date the plan is drawn up, YYYY-MM-DD (default: today)");
  cmd->add_option("--rules", options.rules,
                  "rules file (default: build-pip.yaml beside pipkit.yaml, "
                  "else pipkit's own)");
  cmd->add_option("--config", options.config, "the caseload's pipkit.yaml");
  return cmd;
}

int run_build_pip(const BuildPipOptions& options, const GlobalOptions& global) {
  const Lang lang = resolve_lang(global);
  const Date date = resolve_today(options.date, lang);
  const DraftRules rules = load_rules(rules_path(options));
  const Intake intake = load_intake(options.intake, lang);
  const Target target = target_of(options);
  DraftPlan plan;
  try {
    plan = draft_plan(intake, rules, date, target.intake_ref);
  } catch (const DraftError& e) {
    throw CommandError(e.message(), 1);
  }
  const std::string text = draft_yaml(plan);
  const int open = count_open_items(text, target, intake, lang);
  if (target.path == "-") {
    std::cout << text << std::flush;
    return 0;
  }
  const std::string backup = write_plan(options, target, text, lang);
  if (!global.quiet) std::cerr << summary(target, plan, open, backup).in(lang);
  return 0;
}

}  // namespace pipkit::cli
