// SPDX-License-Identifier: EUPL-1.2
// pipkit --version names the version and how current the policy data is.
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "e2e.hpp"

using pipkit::test::run_pipkit;
using pipkit::test::TempDir;

namespace {

// Sets PIPKIT_DATA_DIR for the commands run while it lives.
class DataDir {
 public:
  explicit DataDir(const std::string& path) {
    ::setenv("PIPKIT_DATA_DIR", path.c_str(), 1);
  }
  ~DataDir() { ::unsetenv("PIPKIT_DATA_DIR"); }
};

}  // namespace

TEST_CASE("--version names the version and the date the data was checked") {
  TempDir data;
  data.write("gelijkgestelde_dagen.yaml",
             "soort: gelijkgestelde_dagen\nversie: 1\n"
             "bijgewerkt: 2025-06-30\nbesluiten: []\n");
  const DataDir use(data.path());
  const std::string file = data.path() + "/gelijkgestelde_dagen.yaml";

  const auto en = run_pipkit("--version");
  CHECK(en.status == 0);
  CHECK(en.out == "pipkit " PIPKIT_VERSION
                  "\npolicy data updated: "
                  "2025-06-30 (" +
                      file + ")\n");
  const auto nl = run_pipkit("--lang nl --version");
  CHECK(nl.out == "pipkit " PIPKIT_VERSION
                  "\nbeleidsgegevens bijgewerkt: "
                  "2025-06-30 (" +
                      file + ")\n");
}

TEST_CASE("--version still answers, exit 0, when the data file is missing") {
  TempDir empty;
  const DataDir use(empty.path());
  const auto result = run_pipkit("--version");
  CHECK(result.status == 0);
  CHECK(result.out == "pipkit " PIPKIT_VERSION
                      "\npolicy data: 'gelijkgestelde_dagen.yaml' not found "
                      "in '" +
                          empty.path() +
                          "'; check the installation or set "
                          "PIPKIT_DATA_DIR\n");
}

TEST_CASE("without PIPKIT_DATA_DIR a build reads the data of its source tree") {
  const auto result = run_pipkit("--version");
  CHECK(result.out.find("(" PIPKIT_SOURCE_DIR
                        "/templates/gelijkgestelde_dagen.yaml)\n") !=
        std::string::npos);
}
