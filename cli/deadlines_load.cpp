// SPDX-License-Identifier: EUPL-1.2
// pipkit deadlines: read the case files, pair them, find their policy.
#include "deadlines_load.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <iostream>
#include <map>
#include <optional>
#include <set>

#include "case_facts.hpp"
#include "caseload_policy.hpp"
#include "common.hpp"
#include "validate_pipeline.hpp"

namespace fs = std::filesystem;

namespace pipkit::cli {
namespace {

std::string normal(const std::string& path) {
  return fs::path(path).lexically_normal().string();
}

bool has_errors(const CaseFile& file) {
  return count_severity(file.diagnostics, Severity::kError) > 0;
}

void report(const CaseFile& file, const TextStyle& style, bool warnings) {
  Diagnostics shown;
  for (const Diagnostic& d : file.diagnostics) {
    if (d.severity == Severity::kError || warnings) shown.push_back(d);
  }
  sort_diagnostics(shown);
  std::cerr << validate_text_file(file.source, shown, style);
}

void report_line(const std::string& path, const Text& message,
                 const TextStyle& style) {
  std::cerr << fmt::format("{}: error: {}\n", path, message.in(style.lang));
}

// Reads files once each, keeps intakes and plans, and knows the policy of
// every folder.
class Loader {
 public:
  Loader(const LoadSettings& settings, LoadedDeadlines& out)
      : settings_(settings),
        out_(out),
        preset_(default_policy(settings.shipped)) {
    if (settings.config.empty()) return;
    config_policy_ = load_policy(settings.config);
    if (!config_policy_) {
      throw CommandError(
          {fmt::format("kan --config '{}' niet gebruiken; verbeter het "
                       "bestand of kies een ander",
                       settings.config),
           fmt::format("cannot use --config '{}'; fix the file or choose "
                       "another",
                       settings.config)});
    }
  }

  void read(const std::string& path) {
    seen_.insert(normal(path));
    CaseFile file = read_case_file(path);
    if (!file.readable) {
      reported_.insert(normal(file.source.path()));
      report(file, settings_.style, false);
      out_.failed = true;
      return;
    }
    if (file.kind == FileKind::kCaseload) return;  // settings, no client
    if (has_errors(file)) ++out_.files_with_errors;
    if (file.intake) intakes_.push_back(std::move(*file.intake));
    if (file.pip) pips_.push_back(std::move(*file.pip));
  }

  // A plan given on its own still needs its intake for the intake term.
  void read_intakes_of_plans() {
    std::vector<std::string> wanted;
    for (const Pip& pip : pips_) {
      if (pip.path != "<stdin>") wanted.push_back(intake_path_for(pip));
    }
    for (const std::string& path : wanted) {
      std::error_code ec;
      if (seen_.contains(normal(path)) || !fs::is_regular_file(path, ec)) {
        continue;
      }
      read(path);
    }
  }

  void compute() {
    for (const CaseFiles& files : pair_case_files(intakes_, pips_)) {
      const std::string& path =
          files.pip != nullptr ? files.pip->path : files.intake->path;
      const CaseFacts facts = case_facts(files.intake, files.pip);
      out_.klantcodes.push_back(facts.klantcode);
      const Policy* policy = policy_for(path);
      if (policy == nullptr) continue;
      for (DeadlineItem& item : case_deadlines(facts, *policy, settings_.today,
                                               settings_.within_days)) {
        out_.items.push_back(std::move(item));
      }
    }
    sort_by_due(out_.items);
  }

 private:
  const Policy* policy_for(const std::string& case_path) {
    if (config_policy_) return &*config_policy_;
    const std::string dir = fs::path(case_path).parent_path().string();
    auto [where, fresh] = caseload_of_dir_.try_emplace(dir);
    if (fresh) where->second = find_caseload_file(dir.empty() ? "." : dir);
    if (!where->second) {
      out_.preset_used = true;
      return &preset_;
    }
    auto [policy, first] = policies_.try_emplace(*where->second);
    if (first) policy->second = load_policy(*where->second);
    return policy->second ? &*policy->second : nullptr;
  }

  // A caseload whose settings cannot be read gives no deadlines at all:
  // dates under a policy it did not choose would look right and be wrong.
  std::optional<Policy> load_policy(const std::string& found) {
    std::error_code ec;
    const std::string path = fs::proximate(found, ec).string();
    const CaseFile file = read_case_file(ec ? found : path);
    if (!reported_.contains(normal(file.source.path()))) {
      report(file, settings_.style, !settings_.quiet);
    }
    if (!file.readable || has_errors(file)) {
      out_.failed = true;
      return std::nullopt;
    }
    if (!file.caseload) {
      report_line(file.source.path(),
                  {"dit is geen caseload-bestand; begin het met 'soort: "
                   "caseload'",
                   "this is no caseload file; start it with 'soort: "
                   "caseload'"},
                  settings_.style);
      out_.failed = true;
      return std::nullopt;
    }
    try {
      return caseload_policy(*file.caseload, settings_.shipped);
    } catch (const PolicyError& error) {
      report_line(file.source.path(), error.message(), settings_.style);
      out_.failed = true;
      return std::nullopt;
    }
  }

  const LoadSettings& settings_;
  LoadedDeadlines& out_;
  Policy preset_;
  std::optional<Policy> config_policy_;
  std::vector<Intake> intakes_;
  std::vector<Pip> pips_;
  std::set<std::string> seen_;
  std::set<std::string> reported_;  // unreadable files already shown
  std::map<std::string, std::optional<std::string>> caseload_of_dir_;
  std::map<std::string, std::optional<Policy>> policies_;
};

}  // namespace

LoadedDeadlines load_deadlines(const std::vector<std::string>& paths,
                               const LoadSettings& settings) {
  LoadedDeadlines out;
  Loader loader(settings, out);
  FileList list = collect_files(paths);
  for (const std::string& path : list.files) loader.read(path);
  for (const std::string& path : list.missing) loader.read(path);
  loader.read_intakes_of_plans();
  loader.compute();
  return out;
}

}  // namespace pipkit::cli
