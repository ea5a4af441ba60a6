// SPDX-License-Identifier: EUPL-1.2
// What every subcommand shares: global options, files in and out.
#include "common.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <iterator>
#include <unistd.h>

#include "temp_files.hpp"

namespace fs = std::filesystem;

namespace pipkit::cli {

void add_global_options(CLI::App& app, GlobalOptions& options) {
  app.add_option("--color", options.color,
                 "colour: auto, always or never (NO_COLOR is honoured)")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("-q,--quiet", options.quiet, "print only errors");
  app.add_flag("-v,--verbose", options.verbose, "print more detail");
  app.add_option("--lang", options.lang, "message language: nl or en")
      ->check(CLI::IsMember({"nl", "en"}));
}

Lang resolve_lang(const GlobalOptions& options) {
  if (options.lang == "nl") return Lang::kNl;
  if (options.lang == "en") return Lang::kEn;
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') continue;
    return std::string_view(value).rfind("nl", 0) == 0 ? Lang::kNl
                                                       : Lang::kEn;
  }
  return Lang::kEn;
}

bool use_color(const GlobalOptions& options, int fd) {
  if (options.color == "always") return true;
  if (options.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::string_view(term) == "dumb") return false;
  return isatty(fd) != 0;
}

Date resolve_today(const std::string& today_option, Lang lang) {
  if (!today_option.empty()) {
    if (auto date = parse_iso_date(today_option)) return *date;
    throw CommandError(
        {fmt::format("--today '{}' is geen datum; schrijf JJJJ-MM-DD",
                     today_option),
         fmt::format("--today '{}' is not a date; write YYYY-MM-DD",
                     today_option)});
  }
  (void)lang;
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

namespace {

bool is_yaml_name(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

void collect_folder(const fs::path& root, std::vector<std::string>& out,
                    std::size_t max_files) {
  std::error_code ec;
  fs::recursive_directory_iterator it(
      root, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator() &&
         out.size() <= max_files;
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (it->is_directory(ec)) {
      if (name.size() > 1 && name[0] == '.') it.disable_recursion_pending();
      continue;
    }
    if (name.empty() || name[0] == '.') continue;
    if (it->is_regular_file(ec) && is_yaml_name(it->path())) {
      out.push_back(it->path().string());
    }
  }
}

void refuse_too_many(const std::string& path, std::size_t max_files) {
  throw CommandError(
      {fmt::format("meer dan {} bestanden bij '{}'; noem een kleinere map "
                   "of minder paden",
                   max_files, path),
       fmt::format("more than {} files at '{}'; name a smaller folder or "
                   "fewer paths",
                   max_files, path)});
}

}  // namespace

FileList collect_files(const std::vector<std::string>& paths,
                       std::size_t max_files) {
  FileList list;
  bool stdin_taken = false;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-") {
      // Standard input can be read once; a second '-' would read nothing.
      if (!stdin_taken) list.files.push_back(path);
      stdin_taken = true;
    } else if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      collect_folder(path, found,
                     max_files - list.files.size() - list.missing.size());
      std::sort(found.begin(), found.end());
      list.files.insert(list.files.end(), found.begin(), found.end());
    } else if (fs::exists(path, ec)) {
      list.files.push_back(path);
    } else {
      list.missing.push_back(path);
    }
    if (list.files.size() + list.missing.size() > max_files) {
      refuse_too_many(path, max_files);
    }
  }
  return list;
}

FileBytes read_file(const std::string& path, std::size_t limit) {
  FileBytes result;
  if (path == "-") {
    std::string data(std::istreambuf_iterator<char>(std::cin), {});
    result.size = data.size();
    result.bytes = std::move(data);
    result.ok = true;
    return result;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    result.error = std::strerror(errno);
    return result;
  }
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  result.size = ec ? 0 : static_cast<std::size_t>(size);
  result.bytes.resize(std::min(result.size, limit + 1));
  in.read(result.bytes.data(), static_cast<std::streamsize>(
                                   result.bytes.size()));
  result.bytes.resize(static_cast<std::size_t>(in.gcount()));
  result.ok = !in.bad();
  if (!result.ok) result.error = std::strerror(errno);
  return result;
}

void write_file_atomic(const std::string& path, const std::string& content,
                       Lang lang, WriteMode mode) {
  (void)lang;
  const fs::path target(path);
  const fs::path folder = target.parent_path().empty()
                              ? fs::path(".")
                              : target.parent_path();
  // A hidden name: should pipkit be killed outright (SIGKILL, power loss),
  // the leftover is skipped by validate and by folder listings.
  std::string temp =
      (folder / ("." + target.filename().string() + ".XXXXXX")).string();
  TempFileGuard guard;  // removes the file on Ctrl-C
  const int fd = guard.create(temp);
  auto fail = [&](const char* step) {
    const std::string why = std::strerror(errno);
    if (fd >= 0) ::unlink(temp.c_str());
    throw CommandError(
        {fmt::format("kan '{}' niet schrijven ({}: {}); er is niets "
                     "veranderd",
                     path, step, why),
         fmt::format("cannot write '{}' ({}: {}); nothing was changed", path,
                     step, why)});
  };
  if (fd < 0) fail("mkstemp");
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(fd);
      fail("write");
    }
    done += static_cast<std::size_t>(n);
  }
  ::fchmod(fd, static_cast<mode_t>(mode.permissions));
  if (::fsync(fd) != 0 || ::close(fd) != 0) fail("fsync");
  if (mode.replace) {
    if (std::rename(temp.c_str(), path.c_str()) != 0) fail("rename");
    guard.release();
    return;
  }
  // link() refuses an existing name, so a file that appeared after the
  // caller looked is still never overwritten.
  if (::link(temp.c_str(), path.c_str()) != 0) {
    if (errno != EEXIST) fail("link");
    ::unlink(temp.c_str());
    throw CommandError(
        {fmt::format("'{}' bestaat al; er is niets veranderd", path),
         fmt::format("'{}' exists already; nothing was changed", path)},
        1);
  }
  ::unlink(temp.c_str());
}

// Keeps the old file under a name that is not taken yet. A hard link keeps
// the old content in place until the new file is renamed over it, so there
// is no moment without either.
std::string keep_backup(const std::string& path) {
  constexpr int kMaxBackups = 100;
  for (int n = 1; n <= kMaxBackups; ++n) {
    const std::string name =
        n == 1 ? path + ".bak" : fmt::format("{}.bak.{}", path, n);
    if (::link(path.c_str(), name.c_str()) == 0) return name;
    if (errno != EEXIST) break;
  }
  const std::string why = std::strerror(errno);
  throw CommandError(
      {fmt::format("kan geen reservekopie van '{}' maken ({}); er is niets "
                   "veranderd",
                   path, why),
       fmt::format("cannot keep a backup of '{}' ({}); nothing was changed",
                   path, why)});
}

std::optional<std::string> find_caseload_file(const std::string& start) {
  std::error_code ec;
  fs::path here = fs::absolute(start, ec);
  if (ec) return std::nullopt;
  if (!fs::is_directory(here, ec)) here = here.parent_path();
  for (; !here.empty(); here = here.parent_path()) {
    const fs::path candidate = here / "pipkit.yaml";
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (here == here.parent_path()) break;
  }
  return std::nullopt;
}

void print_error(const Text& message, Lang lang) {
  // "error" stays English, like the severity in diagnostics: scripts
  // look for it whatever the language.
  std::cerr << "pipkit: error: " << message.in(lang) << "\n";
}

}  // namespace pipkit::cli
