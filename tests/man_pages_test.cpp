// SPDX-License-Identifier: EUPL-1.2
// The man pages keep up with the code: every rule is documented.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "e2e.hpp"
#include "rule_catalogue.hpp"

TEST_CASE("every rule in the catalogue is documented in a man page") {
  std::string all;
  for (const auto& entry : std::filesystem::directory_iterator(
           std::string(PIPKIT_SOURCE_DIR) + "/man")) {
    all += pipkit::test::slurp(entry.path().string());
  }
  for (const pipkit::RuleInfo& rule : pipkit::rule_catalogue()) {
    CAPTURE(rule.id);
    CHECK(all.find(".B " + std::string(rule.id) + "\n") != std::string::npos);
  }
}
