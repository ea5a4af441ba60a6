// SPDX-License-Identifier: EUPL-1.2
// validate --changed checks exactly the case files git reports changed.
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "e2e.hpp"

using pipkit::test::run_pipkit;
using pipkit::test::slurp;
using pipkit::test::TempDir;

namespace {

// A valid intake of the example caseload, whose klantcode matches the
// folder it is written to.
std::string intake(const std::string& klantcode) {
  return slurp(PIPKIT_SOURCE_DIR "/examples/cases/" + klantcode +
               "/intake.yaml");
}

// A repository with one commit holding two clients' intakes and a README.
class Repository {
 public:
  Repository() {
    dir_.write("cases/AAL-2026-0019/intake.yaml", intake("AAL-2026-0019"));
    dir_.write("cases/AAL-2026-0044/intake.yaml", intake("AAL-2026-0044"));
    dir_.write("README.md", "caseload\n");
    git("init -q && git add -A && git commit -qm first");
  }

  const std::string& path() const { return dir_.path(); }
  void write(const std::string& file, const std::string& text) const {
    dir_.write(file, text);
  }

  // The test's own commands go through the shell; pipkit does not.
  void git(const std::string& command) const {
    const std::string line =
        "cd '" + dir_.path() +
        "' && git -c user.name=Test -c user.email=test@example.org "
        "-c init.defaultBranch=main " +
        command + " >/dev/null 2>&1";
    REQUIRE(std::system(line.c_str()) == 0);
  }

 private:
  TempDir dir_;
};

// Returns the "path" values of a validate --format json document.
std::vector<std::string> checked_paths(const std::string& json) {
  std::vector<std::string> paths;
  const std::string key = "\"path\": \"";
  for (std::size_t at = json.find(key); at != std::string::npos;
       at = json.find(key, at + 1)) {
    const std::size_t start = at + key.size();
    paths.push_back(json.substr(start, json.find('"', start) - start));
  }
  return paths;
}

}  // namespace

TEST_CASE("validate --changed checks only the staged case files") {
  Repository repo;
  repo.write("cases/AAL-2026-0044/intake.yaml",
             intake("AAL-2026-0044") + "# herzien\n");
  repo.write("cases/AAL-2026-0057/intake.yaml",
             intake("AAL-2026-0057"));           // never staged
  repo.write("cases/.concept/intake.yaml", "");  // hidden folder
  repo.write("notes.txt", "not a case file\n");
  repo.git(
      "add cases/AAL-2026-0044 cases/.concept notes.txt && "
      "git rm -q cases/AAL-2026-0019/intake.yaml");
  const auto result =
      run_pipkit("validate --changed --format json", repo.path());
  CHECK(result.status == 0);
  CHECK(checked_paths(result.out) ==
        std::vector<std::string>{"cases/AAL-2026-0044/intake.yaml"});
}

TEST_CASE("validate --changed judges the staged version, not the folder's") {
  Repository repo;
  const std::string good = intake("AAL-2026-0044") + "# herzien\n";
  const std::string bad = "soort: intake\nversie: 1\n";  // lacks klant
  repo.write("cases/AAL-2026-0044/intake.yaml", bad);
  repo.git("add -A");
  repo.write("cases/AAL-2026-0044/intake.yaml", good);  // fixed, unstaged
  const auto staged_bad = run_pipkit("validate --changed -q", repo.path());
  CHECK(staged_bad.status == 1);
  CHECK(staged_bad.out.rfind("cases/AAL-2026-0044/intake.yaml:", 0) == 0);

  repo.git("add -A");
  repo.write("cases/AAL-2026-0044/intake.yaml", bad);  // broken, unstaged
  const auto staged_good = run_pipkit("validate --changed", repo.path());
  CHECK(staged_good.status == 0);
  CHECK(staged_good.out ==
        "1 file checked: 0 errors, 0 warnings, 0 infos\n");

  // Staged and then removed from the folder: still what gets committed.
  repo.write("cases/AAL-2026-0044/intake.yaml", good + "# nogmaals\n");
  repo.git("add -A && rm cases/AAL-2026-0044/intake.yaml");
  CHECK(run_pipkit("validate --changed", repo.path()).status == 0);
}

TEST_CASE("validate --changed REV checks what differs from that revision") {
  Repository repo;
  repo.write("cases/AAL-2026-0019/intake.yaml",
             intake("AAL-2026-0019") + "# herzien\n");
  repo.git("commit -qam second");
  repo.write("cases/AAL-2026-0044/intake.yaml", "soort: intake\n");
  const auto result =
      run_pipkit("validate --format json --changed HEAD~1", repo.path());
  CHECK(result.status == 1);  // the second file lacks required keys
  CHECK(checked_paths(result.out) ==
        std::vector<std::string>{"cases/AAL-2026-0019/intake.yaml",
                                 "cases/AAL-2026-0044/intake.yaml"});
}

TEST_CASE("validate --changed keeps to the paths given, relative to here") {
  Repository repo;
  repo.write("cases/AAL-2026-0019/intake.yaml", "");
  repo.write("cases/AAL-2026-0044/intake.yaml", "");
  repo.git("add -A");
  const auto result = run_pipkit(
      "validate --format json AAL-2026-0044 --changed", repo.path() + "/cases");
  CHECK(checked_paths(result.out) ==
        std::vector<std::string>{"AAL-2026-0044/intake.yaml"});
}

TEST_CASE("validate --changed refuses outside git and an option as REV") {
  TempDir plain;
  const auto outside = run_pipkit("validate --changed", plain.path());
  CHECK(outside.status == 2);
  CHECK(outside.err ==
        "pipkit: error: --changed works only inside a git repository; go to "
        "the caseload's folder\n");

  Repository repo;
  const auto option = run_pipkit("validate --changed=--output=x", repo.path());
  CHECK(option.status == 2);
  CHECK(option.err ==
        "pipkit: error: '--output=x' is not a git revision; "
        "name a commit, branch or tag\n");
  const auto unknown = run_pipkit("validate --changed nonesuch", repo.path());
  CHECK(unknown.status == 2);
  CHECK(unknown.err.rfind("pipkit: error: git does not know the revision "
                          "'nonesuch'",
                          0) == 0);
}
