// SPDX-License-Identifier: EUPL-1.2
// pipkit smart-check: judge every plan goal on S, M, A, R and T.
#include "smart_check.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <iostream>
#include <thread>

#include "smart.hpp"
#include "smart_settings.hpp"
#include "rules/pip_rules.hpp"
#include "validate_pipeline.hpp"
#include "writers/smart_report.hpp"

namespace pipkit::cli {
namespace {

struct Report {
  std::optional<PlanVerdict> verdict;  // set for a plan
  std::string output;                  // this plan's part of the report
  std::string problems;                // why a file could not be read
  bool unreadable = false;
};

class Judge {
 public:
  Judge(const SmartCheckOptions& options, const GlobalOptions& global)
      : options_(options),
        lang_(resolve_lang(global)),
        today_(resolve_today(options.today, lang_)) {
    style_.text.lang = lang_;
    style_.text.color =
        options.format == "text" && use_color(global, STDOUT_FILENO);
    style_.text.show_source = options.explain;
    style_.explain = options.explain;
    style_.quiet = global.quiet;
    verbose_ = global.verbose;
  }

  Report judge(const std::string& path, const SmartConfig& config) const {
    const CheckedFile checked = load_with_intake(path);
    const CaseFile& file = checked.file;
    Report report;
    if (!file.readable) {
      report.unreadable = true;
      const TextStyle plain{lang_, false, true};
      report.problems =
          validate_text_file(file.source, file.diagnostics, plain);
      return report;
    }
    if (!file.pip) {
      if (verbose_) report.output = skipped(file);
      return report;
    }
    // Judging R compares every goal with every other; past the bound that
    // validate already reports (PK407) a hostile plan would take minutes,
    // so it is refused like a file that cannot be read.
    if (file.pip->goals().size() > kMaxGoals) {
      report.unreadable = true;
      Diagnostics bound;
      for (const Diagnostic& d : file.diagnostics) {
        if (d.rule == "PK407") bound.push_back(d);
      }
      const TextStyle plain{lang_, false, true};
      report.problems = validate_text_file(file.source, bound, plain);
      return report;
    }
    report.verdict = judge_plan({file, checked.intake.get(), config, today_});
    report.output = options_.format == "json"
                        ? smart_json_plan(*report.verdict, lang_)
                        : smart_text_plan(*report.verdict, file.source, style_);
    return report;
  }

  Lang lang() const { return lang_; }

 private:
  std::string skipped(const CaseFile& file) const {
    if (options_.format == "json") return {};
    const std::string_view kind = file_kind_name(file.kind);
    if (lang_ == Lang::kNl) {
      return fmt::format("{}: geen plan ({}), overgeslagen\n",
                         file.source.path(), kind);
    }
    return fmt::format("{}: not a plan ({}), skipped\n", file.source.path(),
                       kind);
  }

  const SmartCheckOptions& options_;
  Lang lang_;
  Date today_;
  SmartTextStyle style_;
  bool verbose_ = false;
};

std::optional<int> threshold(const SmartCheckOptions& options) {
  return options.min_score > 0 ? std::optional<int>(options.min_score)
                               : std::nullopt;
}

}  // namespace

CLI::App* register_smart_check(CLI::App& app, SmartCheckOptions& options) {
  CLI::App* cmd = app.add_subcommand("smart-check",
                                     "judge each plan goal on S, M, A, R, T");
  cmd->add_option("paths", options.paths,
                  "files or folders (default: .); - reads standard input");
  cmd->add_option("--format", options.format, "text or json")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("--min-score", options.min_score,
                  "exit 1 when a goal passes fewer criteria (0-5)")
      ->check(CLI::Range(0, 5));
  cmd->add_flag("--explain", options.explain,
                "show the evidence: words found, dates read, the term");
  cmd->add_option("--today", options.today,
                  "the date to judge by, YYYY-MM-DD (default: today)");
  cmd->add_option("--config", options.config,
                  "the caseload's pipkit.yaml (default: found from each path)");
  cmd->add_option("-j,--jobs", options.jobs,
                  "files judged at once (default: one per core)");
  return cmd;
}

int run_smart_check(const SmartCheckOptions& options,
                    const GlobalOptions& global) {
  const Judge judge(options, global);
  std::vector<std::string> paths = options.paths;
  if (paths.empty()) paths.push_back(".");
  FileList list = collect_files(paths);
  for (const std::string& missing : list.missing) {
    list.files.push_back(missing);  // reported as PK001 in its turn
  }
  // Settings are resolved here, in one thread, so that a broken smart.yaml
  // stops the command before any verdict is printed.
  SmartSettings settings(judge.lang(), options.config);
  std::vector<std::shared_ptr<const SmartConfig>> configs;
  for (const std::string& file : list.files) {
    configs.push_back(settings.for_path(file));
  }
  const unsigned jobs = options.jobs > 0
                            ? options.jobs
                            : std::max(1u, std::thread::hardware_concurrency());
  const std::optional<int> min_score = threshold(options);
  SmartSummary summary;
  bool first = true;
  const bool json = options.format == "json";
  if (json) std::cout << smart_json_begin();
  run_ordered<Report>(
      list.files.size(), jobs,
      [&](std::size_t i) { return judge.judge(list.files[i], *configs[i]); },
      [&](Report& report) {
        std::cerr << report.problems;
        if (report.unreadable) ++summary.unreadable;
        if (report.verdict) summary.add(*report.verdict, min_score);
        if (json && !report.output.empty()) {
          std::cout << (first ? "\n" : ",\n");
          first = false;
        }
        std::cout << report.output;
      });
  if (json) {
    std::cout << smart_json_end(!first);
  } else if (!global.quiet) {
    std::cout << smart_text_summary(summary, min_score, judge.lang());
  }
  std::cout.flush();
  if (summary.unreadable > 0) return 2;
  return summary.below_min > 0 ? 1 : 0;
}

}  // namespace pipkit::cli
