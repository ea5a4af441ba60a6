// SPDX-License-Identifier: EUPL-1.2
// The files of a new caseload: settings that validate, a hook that runs.
#include <doctest/doctest.h>

#include <string>

#include "case_file.hpp"
#include "caseload_scaffold.hpp"
#include "test_support.hpp"

TEST_CASE("a new pipkit.yaml reads back as the settings it was given") {
  struct Row {
    pipkit::CaseloadSettings settings;
    std::string rules;  // the findings' rules, in order
  };
  const Row rows[] = {
      {{"Aalten", "wi2021", "J. de Vries"}, ""},
      {{"Den \"Haag\": # x", "pilot", "O'Brien"}, ""},
      {{"Berkelland", "advies", ""}, ""},
      {{"", "wi2021", ""}, "PK120 "},
  };
  for (const Row& row : rows) {
    CAPTURE(row.settings.gemeente);
    const std::string text = pipkit::caseload_settings_yaml(row.settings);
    const pipkit::CaseFile file = pipkit::check_case_file("pipkit.yaml", text);
    std::string rules;
    for (const auto& d : file.diagnostics) rules += d.rule + " ";
    CAPTURE(pipkit::test::describe_all(file.diagnostics));
    CHECK(rules == row.rules);
    REQUIRE(file.caseload);
    const bool unknown = row.settings.gemeente.empty();
    CHECK(file.caseload->gemeente == (unknown ? "" : row.settings.gemeente));
    CHECK(file.caseload->beleid == row.settings.beleid);
    CHECK(file.caseload->consulent == row.settings.consulent);
    CHECK_FALSE(file.caseload->algemene_termijnenwet);
  }
}

TEST_CASE("the hook and .gitattributes are the files git expects") {
  const std::string hook(pipkit::pre_commit_hook_text());
  CHECK(hook.rfind("#!/bin/sh\n", 0) == 0);
  CHECK(hook.find("validate --quiet") != std::string::npos);
  const std::string attributes(pipkit::gitattributes_text());
  CHECK(attributes.find("\n*.yaml text eol=lf\n") != std::string::npos);
  CHECK(attributes.find("\n*.yml text eol=lf\n") != std::string::npos);
  CHECK(attributes.back() == '\n');
}
