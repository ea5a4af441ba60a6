// SPDX-License-Identifier: EUPL-1.2
// pipkit validate: check case files, for people and for scripts.
#include "validate.hpp"

#include <fmt/format.h>
#include <iostream>
#include <thread>
#include <unistd.h>

#include "changed_files.hpp"
#include "rule_catalogue.hpp"
#include "validate_pipeline.hpp"
#include "writers/validate_report.hpp"

namespace pipkit::cli {
namespace {

struct Report {
  std::string output;        // this file's part of the chosen format
  Diagnostics shown;         // after --quiet filtering; counted
  bool unreadable = false;
};

class ReportBuilder {
 public:
  ReportBuilder(const ValidateOptions& options, const GlobalOptions& global)
      : options_(options), global_(global), lang_(resolve_lang(global)) {
    style_.lang = lang_;
    style_.color = options.format == "text" && use_color(global, STDOUT_FILENO);
    // A pre-commit hook must judge what will be committed: the staged
    // version, and the staged intake beside a plan, not the working tree.
    if (options.changed && options.changed->empty()) read_ = staged_file;
  }

  Report build(const std::string& path) const {
    CaseFile file = load_and_check(path, read_);
    Report report;
    report.unreadable = !file.readable;
    sort_diagnostics(file.diagnostics);
    for (Diagnostic& d : file.diagnostics) {
      if (!global_.quiet || d.severity == Severity::kError) {
        report.shown.push_back(std::move(d));
      }
    }
    report.output = render(file, report.shown);
    return report;
  }

  Lang lang() const { return lang_; }

 private:
  std::string render(const CaseFile& file, const Diagnostics& shown) const {
    const std::string& path = file.source.path();
    if (options_.format == "json") {
      return validate_json_file(path, file.kind, shown, lang_);
    }
    if (options_.format == "sarif") {
      std::string joined;
      for (const std::string& r : validate_sarif_results(path, shown, lang_)) {
        joined += (joined.empty() ? "" : ",\n") + r;
      }
      return joined;
    }
    std::string text = validate_text_file(file.source, shown, style_);
    if (text.empty() && global_.verbose) {
      text = fmt::format("{}: ok ({})\n", path, file_kind_name(file.kind));
    }
    return text;
  }

  const ValidateOptions& options_;
  const GlobalOptions& global_;
  Lang lang_;
  TextStyle style_;
  FileReader read_ = read_file;
};

int list_rules(Lang lang) {
  for (const RuleInfo& rule : rule_catalogue()) {
    std::cout << fmt::format("{}  {:<7}  {}\n         {}\n", rule.id,
                             severity_name(rule.severity),
                             rule.title.in(lang), rule.fix.in(lang));
  }
  return 0;
}

int exit_status(const ValidateSummary& summary, bool strict) {
  if (summary.unreadable > 0) return 2;
  if (summary.errors > 0 || (strict && summary.warnings > 0)) return 1;
  return 0;
}

FileList files_to_check(const ValidateOptions& options) {
  if (options.changed) {
    return FileList{changed_case_files(*options.changed, options.paths), {}};
  }
  std::vector<std::string> paths = options.paths;
  if (paths.empty()) paths.push_back(".");
  return collect_files(paths);
}

}  // namespace

CLI::App* register_validate(CLI::App& app, ValidateOptions& options) {
  CLI::App* cmd = app.add_subcommand("validate", "check case files");
  cmd->add_option("paths", options.paths,
                  "files or folders (default: .); - reads standard input");
  cmd->add_option("--format", options.format, "text, json or sarif")
      ->check(CLI::IsMember({"text", "json", "sarif"}));
  cmd->add_flag("--strict", options.strict, "warnings also fail (exit 1)");
  cmd->add_option("-j,--jobs", options.jobs,
                  "files checked at once (default: one per core)");
  cmd->add_flag("--list-rules", options.list_rules,
                "list every rule with what it means and how to fix it");
  cmd->add_option("--changed", options.changed,
                  "only files git reports changed since REV (default: "
                  "the staged files), within the paths given")
      ->expected(0, 1)
      ->type_name("REV");
  return cmd;
}

int run_validate(const ValidateOptions& options, const GlobalOptions& global) {
  const ReportBuilder builder(options, global);
  if (options.list_rules) return list_rules(builder.lang());
  FileList list = files_to_check(options);
  for (const std::string& missing : list.missing) {
    list.files.push_back(missing);  // reported as PK001 in its turn
  }
  const unsigned jobs = options.jobs > 0
                            ? options.jobs
                            : std::max(1u, std::thread::hardware_concurrency());
  ValidateSummary summary;
  bool first = true;
  if (options.format == "json") std::cout << validate_json_begin();
  if (options.format == "sarif")
    std::cout << validate_sarif_begin(builder.lang());
  run_ordered<Report>(
      list.files.size(), jobs,
      [&](std::size_t i) { return builder.build(list.files[i]); },
      [&](Report& report) {
        summary.add(report.shown);
        if (report.unreadable) ++summary.unreadable;
        if (options.format != "text" && !report.output.empty()) {
          std::cout << (first ? "\n" : ",\n");
          first = false;
        }
        std::cout << report.output;
      });
  if (options.format == "json") {
    std::cout << validate_json_end(summary, !first);
  } else if (options.format == "sarif") {
    std::cout << validate_sarif_end(!first);
  } else if (!global.quiet) {
    std::cout << validate_text_summary(summary, builder.lang());
  }
  std::cout.flush();
  return exit_status(summary, options.strict);
}

}  // namespace pipkit::cli
