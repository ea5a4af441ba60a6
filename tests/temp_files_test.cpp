// SPDX-License-Identifier: EUPL-1.2
// Nothing is ever lost: a write killed midway leaves the old file or the
// new one, never a partial one, and Ctrl-C leaves no temporary file.
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "e2e.hpp"

namespace fs = std::filesystem;
using pipkit::test::slurp;
using pipkit::test::TempDir;

namespace {

constexpr const char* kMebibytes = "64";
const std::string kOld = "soort: intake\nversie: 1\n";

std::vector<std::string> names_in(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    names.push_back(entry.path().filename().string());
  }
  return names;
}

bool has_temp(const std::string& dir) {
  for (const std::string& name : names_in(dir)) {
    if (name.rfind(".intake.yaml.", 0) == 0) return true;
  }
  return false;
}

// The new content, built as the probe builds it.
bool is_new(const std::string& text) {
  if (text.size() != (std::stoul(kMebibytes) << 20)) return false;
  for (std::size_t i = 0; i < text.size(); i += 4) {
    if (text.compare(i, 4, "new\n") != 0) return false;
  }
  return true;
}

struct Outcome {
  bool killed_midway = false;  // the signal came while the temp existed
  int signal = 0;              // the signal that ended the probe, or 0
  int status = -1;             // its exit status when it ended normally
};

// Starts the probe writing `target`, waits until its temporary file
// appears, sends `signal` and waits for the probe to end.
Outcome write_and_kill(const std::string& target, int signal) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::execl(PIPKIT_WRITE_PROBE, PIPKIT_WRITE_PROBE, target.c_str(), kMebibytes,
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  const std::string dir = fs::path(target).parent_path().string();
  Outcome outcome;
  int raw = 0;
  for (;;) {
    if (has_temp(dir)) {
      outcome.killed_midway = true;
      ::kill(pid, signal);
      break;
    }
    if (::waitpid(pid, &raw, WNOHANG) == pid) {
      outcome.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
      return outcome;
    }
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  ::waitpid(pid, &raw, 0);
  if (WIFSIGNALED(raw)) outcome.signal = WTERMSIG(raw);
  if (WIFEXITED(raw)) outcome.status = WEXITSTATUS(raw);
  return outcome;
}

}  // namespace

TEST_CASE("Ctrl-C during a write keeps the old file and leaves no temp") {
  int midway = 0;
  for (int attempt = 0; attempt < 5 && midway == 0; ++attempt) {
    TempDir dir;
    dir.write("intake.yaml", kOld);
    const std::string target = dir.path() + "/intake.yaml";
    const Outcome outcome = write_and_kill(target, SIGINT);
    CAPTURE(attempt);
    const std::string text = slurp(target);
    CHECK((text == kOld || is_new(text)));
    CHECK(names_in(dir.path()) == std::vector<std::string>{"intake.yaml"});
    if (outcome.killed_midway && outcome.signal == SIGINT) {
      ++midway;
      CHECK(text == kOld);  // the rename had not happened yet
    }
  }
  CHECK(midway == 1);  // the race was won at least once
}

TEST_CASE("SIGTERM and SIGHUP also remove the temporary file") {
  for (int signal : {SIGTERM, SIGHUP}) {
    CAPTURE(signal);
    TempDir dir;
    dir.write("intake.yaml", kOld);
    write_and_kill(dir.path() + "/intake.yaml", signal);
    CHECK(names_in(dir.path()) == std::vector<std::string>{"intake.yaml"});
  }
}

TEST_CASE("SIGKILL midway leaves the old file whole; only a hidden temp") {
  TempDir dir;
  dir.write("intake.yaml", kOld);
  const std::string target = dir.path() + "/intake.yaml";
  const Outcome outcome = write_and_kill(target, SIGKILL);
  const std::string text = slurp(target);
  CHECK((text == kOld || is_new(text)));
  if (outcome.signal == SIGKILL) {
    CHECK(text == kOld);
    // Nothing can clean up after SIGKILL; the leftover is hidden, so
    // validate and folder listings pass it by.
    for (const std::string& name : names_in(dir.path())) {
      CAPTURE(name);
      CHECK((name == "intake.yaml" || name.rfind(".intake.yaml.", 0) == 0));
    }
  }
}

TEST_CASE("a write that fails leaves the target and no temporary file") {
  TempDir dir;
  // rename(2) cannot put a file in place of a folder.
  fs::create_directory(dir.path() + "/intake.yaml");
  const pid_t pid = ::fork();
  if (pid == 0) {
    const std::string target = dir.path() + "/intake.yaml";
    ::execl(PIPKIT_WRITE_PROBE, PIPKIT_WRITE_PROBE, target.c_str(), "1",
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int raw = 0;
  ::waitpid(pid, &raw, 0);
  CHECK(WEXITSTATUS(raw) == 2);
  CHECK(fs::is_directory(dir.path() + "/intake.yaml"));
  CHECK(names_in(dir.path()) == std::vector<std::string>{"intake.yaml"});
}
