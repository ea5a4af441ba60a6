// SPDX-License-Identifier: EUPL-1.2
// pipkit deadlines: legal deadlines and plan dates of a caseload.
#include "deadlines_command.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <iostream>
#include <unistd.h>

#include "data_dir.hpp"
#include "deadlines_ics.hpp"
#include "deadlines_load.hpp"
#include "deadlines_view.hpp"
#include "deadlines_writers.hpp"
#include "source.hpp"

namespace pipkit::cli {
namespace {

constexpr int kDefaultWithin = 14;
constexpr const char* kHolidayFile = "gelijkgestelde_dagen.yaml";

HolidayData shipped_holidays() {
  const auto path = find_data_file(kHolidayFile);
  if (!path) {
    throw CommandError(
        {fmt::format("kan '{}' niet vinden; zet PIPKIT_DATA_DIR op de map "
                     "waarin het staat",
                     kHolidayFile),
         fmt::format("cannot find '{}'; set PIPKIT_DATA_DIR to the folder "
                     "that holds it",
                     kHolidayFile)});
  }
  const FileBytes bytes = read_file(*path, SourceLimits{}.max_bytes);
  try {
    if (!bytes.ok) throw HolidayDataError({bytes.error, bytes.error});
    return parse_holiday_data(bytes.bytes);
  } catch (const HolidayDataError& error) {
    throw CommandError({fmt::format("'{}': {}", *path, error.message().nl),
                        fmt::format("'{}': {}", *path, error.message().en)});
  }
}

DeadlineFilter filter_of(const DeadlinesOptions& options) {
  DeadlineFilter filter;
  filter.clients = options.clients;
  for (const std::string& id : options.kinds) {
    filter.kinds.push_back(*parse_kind(id));  // CLI11 checked the names
  }
  filter.overdue_only = options.overdue;
  filter.due_only = options.within.has_value();
  return filter;
}

Grouping grouping_of(const std::string& group) {
  if (group == "client") return Grouping::kClient;
  if (group == "week") return Grouping::kWeek;
  return Grouping::kNone;
}

// A plan kept beside an older one makes a second case of the same client.
std::vector<std::string> twice(std::vector<std::string> codes) {
  std::sort(codes.begin(), codes.end());
  std::vector<std::string> out;
  for (std::size_t i = 1; i < codes.size(); ++i) {
    if (codes[i] == codes[i - 1] && !codes[i].empty() &&
        (out.empty() || out.back() != codes[i])) {
      out.push_back(codes[i]);
    }
  }
  return out;
}

void note(const Text& message, Lang lang) {
  std::cerr << "pipkit: info: " << message.in(lang) << "\n";
}

void file_notes(const LoadedDeadlines& loaded, Lang lang) {
  if (loaded.preset_used) {
    note({"geen pipkit.yaml gevonden; pipkit rekent met beleid 'wi2021' "
          "(Wet inburgering 2021): leg het beleid vast in pipkit.yaml of "
          "geef een bestand op met --config",
          "no pipkit.yaml found; pipkit counts with beleid 'wi2021' (Wet "
          "inburgering 2021): set the policy in pipkit.yaml or name a file "
          "with --config"},
         lang);
  }
  if (const int n = loaded.files_with_errors; n > 0) {
    note({fmt::format("{} bestand{} met fouten; termijnen die daarop steunen "
                      "kunnen ontbreken: controleer met 'pipkit validate'",
                      n, n == 1 ? "" : "en"),
          fmt::format("{} file{} with errors; deadlines that depend on them "
                      "may be missing: check with 'pipkit validate'",
                      n, n == 1 ? "" : "s")},
         lang);
  }
}

void client_notes(const LoadedDeadlines& loaded,
                  const DeadlinesOptions& options, Lang lang) {
  for (const std::string& code : twice(loaded.klantcodes)) {
    note({fmt::format("klant '{}' heeft meer dan één dossier; de termijnen "
                      "staan er dubbel in: houd één intake en één PIP per "
                      "klant",
                      code),
          fmt::format("client '{}' has more than one case; its deadlines "
                      "show twice: keep one intake and one PIP per client",
                      code)},
         lang);
  }
  for (const std::string& code : options.clients) {
    const auto& all = loaded.klantcodes;
    if (std::find(all.begin(), all.end(), code) != all.end()) continue;
    note(
        {fmt::format("klant '{}' niet gevonden; controleer de klantcode", code),
         fmt::format("client '{}' not found; check the klantcode", code)},
        lang);
  }
}

// Said only in text mode: a script that asked for json, csv or ics reads
// standard error as failure more often than not.
void text_notes(const LoadedDeadlines& loaded, const DeadlinesOptions& options,
                Lang lang) {
  file_notes(loaded, lang);
  client_notes(loaded, options, lang);
}

std::string text_summary(const std::vector<DeadlineItem>& items, int within,
                         Lang lang) {
  if (items.empty()) {
    return Text{"geen termijnen om te tonen\n", "no deadlines to show\n"}.in(
        lang);
  }
  const auto count = [&](DeadlineStatus status) {
    return std::count_if(items.begin(), items.end(), [&](const auto& item) {
      return item.status == status;
    });
  };
  const std::size_t n = items.size();
  const long overdue = count(DeadlineStatus::kOverdue);
  const long soon = count(DeadlineStatus::kDueSoon);
  if (lang == Lang::kNl) {
    return fmt::format("{} termijn{}: {} verlopen, {} binnen {} dagen\n", n,
                       n == 1 ? "" : "en", overdue, soon, within);
  }
  return fmt::format("{} deadline{}: {} overdue, {} due within {} days\n", n,
                     n == 1 ? "" : "s", overdue, soon, within);
}

struct Rendering {
  Lang lang = Lang::kEn;
  Date today;
  int within = kDefaultWithin;
  bool color = false;
  bool quiet = false;
};

std::string render(const std::vector<DeadlineItem>& items,
                   const DeadlinesOptions& options, const Rendering& how) {
  if (options.format == "json") {
    return deadlines_json(items, how.today, how.lang);
  }
  if (options.format == "csv") return deadlines_csv(items, how.lang);
  if (options.format == "ics") {
    return deadlines_ics(items, how.today, how.lang);
  }
  std::string out;
  if (!items.empty()) {
    out = deadlines_text(group_deadlines(items, grouping_of(options.group)),
                         how.lang, how.color);
  }
  if (!how.quiet) {
    out +=
        (items.empty() ? "" : "\n") + text_summary(items, how.within, how.lang);
  }
  return out;
}

bool any_overdue(const std::vector<DeadlineItem>& items) {
  return std::any_of(items.begin(), items.end(), [](const auto& item) {
    return item.status == DeadlineStatus::kOverdue;
  });
}

// One value per flag, so that `--client X examples/` keeps its path.
CLI::Option* repeatable(CLI::Option* option) {
  return option->expected(1)->allow_extra_args(false)->multi_option_policy(
      CLI::MultiOptionPolicy::TakeAll);
}

}  // namespace

CLI::App* register_deadlines(CLI::App& app, DeadlinesOptions& options) {
  CLI::App* cmd =
      app.add_subcommand("deadlines", "legal deadlines and plan dates");
  cmd->add_option("paths", options.paths,
                  "files or folders (default: .); - reads standard input");
  cmd->add_option("--format", options.format, "text, json, csv or ics")
      ->check(CLI::IsMember({"text", "json", "csv", "ics"}));
  cmd->add_option("--today", options.today,
                  "count from this date, YYYY-MM-DD (default: today)");
  cmd->add_option("--within", options.within,
                  "due soon means within DAYS (default 14); given, shows "
                  "only overdue and due-soon items")
      ->check(CLI::Range(0, 3650));
  cmd->add_flag("--overdue", options.overdue, "show only overdue items");
  repeatable(cmd->add_option("--client", options.clients,
                             "show only this klantcode (repeatable)"));
  repeatable(cmd->add_option("--kind", options.kinds,
                             "show only this kind (repeatable): intake_pip, "
                             "inburgeringstermijn, leerroute_wissel, "
                             "voortgangsgesprek, doel"))
      ->check(CLI::IsMember({"intake_pip", "inburgeringstermijn",
                             "leerroute_wissel", "voortgangsgesprek", "doel"}));
  cmd->add_option("--group", options.group, "text table: none, client or week")
      ->check(CLI::IsMember({"none", "client", "week"}));
  cmd->add_option("--fail-on", options.fail_on,
                  "exit 1 when an overdue item is shown")
      ->check(CLI::IsMember({"overdue"}));
  cmd->add_option("--config", options.config,
                  "the caseload's pipkit.yaml (default: found above each "
                  "file)");
  cmd->add_option("-o,--output", options.output,
                  "write to FILE instead of standard output");
  return cmd;
}

int run_deadlines(const DeadlinesOptions& options,
                  const GlobalOptions& global) {
  Rendering how;
  how.lang = resolve_lang(global);
  how.today = resolve_today(options.today, how.lang);
  how.within = options.within.value_or(kDefaultWithin);
  how.quiet = global.quiet;
  how.color = options.format == "text" && options.output.empty() &&
              use_color(global, STDOUT_FILENO);

  LoadSettings settings;
  settings.config = options.config;
  settings.shipped = shipped_holidays();
  settings.style.lang = how.lang;
  settings.style.color = use_color(global, STDERR_FILENO);
  settings.style.show_source = false;
  settings.quiet = global.quiet;
  settings.today = how.today;
  settings.within_days = how.within;
  std::vector<std::string> paths = options.paths;
  if (paths.empty()) paths.push_back(".");
  LoadedDeadlines loaded = load_deadlines(paths, settings);

  const std::vector<DeadlineItem> shown =
      filter_deadlines(std::move(loaded.items), filter_of(options));
  if (options.format == "text" && !global.quiet) {
    text_notes(loaded, options, how.lang);
  }
  const std::string output = render(shown, options, how);
  if (options.output.empty()) {
    std::cout << output << std::flush;
  } else {
    write_file_atomic(options.output, output, how.lang);
  }
  if (loaded.failed) return 2;
  return options.fail_on == "overdue" && any_overdue(shown) ? 1 : 0;
}

}  // namespace pipkit::cli
