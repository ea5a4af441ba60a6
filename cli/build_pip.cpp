// SPDX-License-Identifier: EUPL-1.2
// pipkit build-pip: draft a plan from an intake, never over an existing one.
#include "build_pip.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <filesystem>
#include <iostream>

#include "case_file.hpp"
#include "data_dir.hpp"
#include "draft.hpp"
#include "draft_yaml.hpp"
#include "source.hpp"
#include "validate_pipeline.hpp"
#include "writers/validate_report.hpp"

namespace fs = std::filesystem;

namespace pipkit::cli {
namespace {

constexpr std::size_t kMaxBytes = SourceLimits{}.max_bytes;

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

std::string rules_path(const BuildPipOptions& o) {
  if (!o.rules.empty()) return o.rules;
  const std::string start =
      o.intake == "-" ? "." : fs::path(o.intake).parent_path().string();
  const auto caseload = o.config.empty()
                            ? find_caseload_file(start.empty() ? "." : start)
                            : std::optional<std::string>(o.config);
  if (caseload) {
    const fs::path own = fs::path(*caseload).parent_path() / "build-pip.yaml";
    std::error_code ec;
    if (fs::is_regular_file(own, ec)) return own.string();
  }
  return data_file("build-pip.yaml");
}

DraftRules load_rules(const std::string& path) {
  FileBytes bytes = read_file(path, kMaxBytes);
  if (!bytes.ok) {
    throw CommandError({fmt::format("kan het regelbestand '{}' niet lezen: {}",
                                    path, bytes.error),
                        fmt::format("cannot read the rules file '{}': {}", path,
                                    bytes.error)});
  }
  try {
    return parse_draft_rules(path, std::move(bytes.bytes));
  } catch (const DraftRulesError& e) {
    const std::string at =
        fmt::format("{}:{}:{}", path, e.position().line, e.position().column);
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

// Keeps every earlier plan: pip.yaml.bak, else pip.yaml.bak.1, .2, ...
std::string keep_backup(const std::string& path) {
  std::error_code ec;
  std::string backup = path + ".bak";
  for (int n = 1; fs::exists(backup, ec); ++n) {
    backup = fmt::format("{}.bak.{}", path, n);
  }
  fs::copy_file(path, backup, fs::copy_options::none, ec);
  if (ec) {
    throw CommandError(
        {fmt::format("kan geen reservekopie '{}' maken ({}); er is niets "
                     "veranderd",
                     backup, ec.message()),
         fmt::format("cannot make the backup '{}' ({}); nothing was changed",
                     backup, ec.message())});
  }
  return backup;
}

std::string write_plan(const BuildPipOptions& o, const Target& target,
                       const std::string& text, Lang lang) {
  std::error_code ec;
  std::string backup;
  if (fs::exists(target.path, ec)) {
    if (!o.force) {
      throw CommandError(
          {fmt::format("'{}' bestaat al en build-pip overschrijft geen plan; "
                       "kies een ander bestand met -o, of vervang het met "
                       "--force (het oude plan blijft bewaard als .bak)",
                       target.path),
           fmt::format("'{}' already exists and build-pip overwrites no "
                       "plan; choose another file with -o, or replace it "
                       "with --force (the old plan is kept as .bak)",
                       target.path)});
    }
    backup = keep_backup(target.path);
  }
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
