// SPDX-License-Identifier: EUPL-1.2
// What every subcommand shares: global options, files in and out.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "date.hpp"
#include "text.hpp"

namespace pipkit::cli {

/// Options that stand before or after any subcommand.
struct GlobalOptions {
  std::string color = "auto";  // auto | always | never
  bool quiet = false;
  bool verbose = false;
  std::string lang;  // nl | en; empty: from LANG
};

/// A failure that ends a command: printed once in main as
/// `pipkit: error: ...`, exit status `status`.
class CommandError : public std::runtime_error {
 public:
  CommandError(const Text& message, int status = 2)
      : std::runtime_error(message.en), message_(message), status_(status) {}
  const Text& message() const { return message_; }
  int status() const { return status_; }

 private:
  Text message_;
  int status_;
};

/// Adds the global options to an app or subcommand.
void add_global_options(CLI::App& app, GlobalOptions& options);

/// Returns the message language: --lang, else nl when LANG starts with nl,
/// else en.
Lang resolve_lang(const GlobalOptions& options);

/// Returns whether to colour output on the stream with this file
/// descriptor: --color, NO_COLOR and whether it is a terminal.
bool use_color(const GlobalOptions& options, int fd);

/// Returns today's local date, or --today when given; throws CommandError
/// for a bad --today.
Date resolve_today(const std::string& today_option, Lang lang);

/// The most files one command reads: a caseload of many thousand clients
/// fits, a walk through a whole disk by mistake does not.
inline constexpr std::size_t kMaxFiles = 100'000;

/// The files a list of PATH arguments names: files as given, folders
/// searched for *.yaml and *.yml (hidden folders skipped), sorted; `-` for
/// standard input. Paths that do not exist are returned in `missing`.
/// Throws CommandError when there are more than `max_files`, without
/// searching further.
struct FileList {
  std::vector<std::string> files;
  std::vector<std::string> missing;
};
FileList collect_files(const std::vector<std::string>& paths,
                       std::size_t max_files = kMaxFiles);

/// The bytes of a file, read up to `limit` + 1 bytes, and its full size.
struct FileBytes {
  std::string bytes;
  std::size_t size = 0;
  bool ok = false;
  std::string error;  // why it could not be read
};
FileBytes read_file(const std::string& path, std::size_t limit);

/// How write_file_atomic treats the target.
struct WriteMode {
  bool replace = true;         // false: fail when the target exists
  unsigned permissions = 0644;
};

/// Writes a file atomically: a temporary file beside it, flushed, then
/// renamed over the target (or, when `mode.replace` is false, linked to a
/// name that must not exist yet, so nothing is ever overwritten); on
/// failure the target is untouched and the temporary removed. Throws
/// CommandError, with status 1 when the target exists and may not be
/// replaced.
void write_file_atomic(const std::string& path, const std::string& content,
                       Lang lang, WriteMode mode = {});

/// Keeps the file at `path` as `path`.bak, or .bak.2, .bak.3 and so on when
/// that is taken, and returns the name used; the file itself stays until it
/// is replaced. Throws CommandError when no backup can be made.
std::string keep_backup(const std::string& path);

/// Returns the path of the nearest pipkit.yaml at or above `start`, or
/// nullopt.
std::optional<std::string> find_caseload_file(const std::string& start);

/// Prints a message in the user's language to standard error as
/// `pipkit: error: ...`.
void print_error(const Text& message, Lang lang);

}  // namespace pipkit::cli
