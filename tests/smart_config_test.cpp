// SPDX-License-Identifier: EUPL-1.2
// smart.yaml: the shipped file reads cleanly, a caseload's file extends it.
#include <doctest/doctest.h>

#include "smart_config.hpp"
#include "smart_support.hpp"

using pipkit::Diagnostic;
using pipkit::Diagnostics;
using pipkit::Severity;
using pipkit::SmartConfig;

namespace {

Diagnostics read(const std::string& text, SmartConfig& config) {
  const pipkit::Source source("smart.yaml", text);
  const pipkit::YamlDoc doc = pipkit::parse_yaml(source);
  REQUIRE(doc.parsed);
  return pipkit::read_smart_config(doc.root, config);
}

}  // namespace

TEST_CASE("the shipped smart.yaml reads without findings and fills it all") {
  const SmartConfig& config = pipkit::test::shipped_smart_config();
  CHECK(config.vague.size() == 9);
  CHECK(config.routes.at("z").highest_level == 2);
  CHECK(config.routes.at("z").max_hours == 32);
  CHECK(config.routes.at("onderwijs").not_allowed ==
        std::vector<std::string>{"map"});
  CHECK(config.part_of("ona") == "map");
  CHECK(config.part_of("taal") == "taal");
  CHECK(config.months_per_level.at("laag") == 8);
  CHECK(config.extra_months.at("ander_schrift") == 6);
  CHECK(config.max_hours_with_limitation == 20);
  CHECK(config.days_per_week == 5);
  CHECK(config.clashes.size() == 3);
}

TEST_CASE("a caseload's smart.yaml adds to lists and replaces numbers") {
  SmartConfig config = pipkit::test::shipped_smart_config();
  const std::size_t vague = config.vague.size();
  const std::size_t instruments = config.instruments.size();
  const Diagnostics findings = read(R"(soort: smart
versie: 1
vaag:
  - woorden: ["t.z.t."]
    voorstel: { nl: "noem een datum" }
arbeidsmarktinstrumenten: [jobcoach]
leerroutes:
  z: { max_uren_per_week: 24 }
belasting:
  max_uren_per_week_bij_belemmering: 16
)",
                                    config);
  CHECK(findings.empty());
  REQUIRE(config.vague.size() == vague + 1);
  CHECK(config.vague.back().suggestion.nl == "noem een datum");
  CHECK(config.vague.back().suggestion.en == "noem een datum");
  CHECK(config.instruments.size() == instruments + 1);
  CHECK(config.routes.at("z").max_hours == 24);
  // Only the key given is replaced; the rest of the route stays.
  CHECK(config.routes.at("z").highest_level == 2);
  CHECK(config.max_hours_with_limitation == 16);
}

TEST_CASE("wrong values are errors and unknown keys warnings, with places") {
  SmartConfig config;
  const Diagnostics findings = read(R"(soort: smart
versie: 1
vaag:
  - woorden: [x]
    criterium: Q
taal:
  maanden_per_niveau: { laag: veel }
leerroutes:
  z: { hoogste_taalniveau: Z9 }
belasting: [1]
onbekend: 1
)",
                                    config);
  const Diagnostic expected[] = {
      {"PK690",
       Severity::kError,
       {5, 16},
       "vaag.criterium",
       {"'vaag.criterium' moet S of M zijn",
        "'vaag.criterium' must be S or M"}},
      {"PK690",
       Severity::kError,
       {7, 31},
       "taal.maanden_per_niveau.laag",
       {"'taal.maanden_per_niveau.laag' moet een getal van 0 of meer zijn",
        "'taal.maanden_per_niveau.laag' must be a number of 0 or more"}},
      {"PK690",
       Severity::kError,
       {9, 28},
       "leerroutes.z.hoogste_taalniveau",
       {"'hoogste_taalniveau' moet een ERK-niveau zijn, A1 tot C2",
        "'hoogste_taalniveau' must be a CEFR level, A1 to C2"}},
      {"PK690",
       Severity::kError,
       {10, 12},
       "belasting",
       {"'belasting' moet een blok met sleutels zijn",
        "'belasting' must be a block of keys"}},
      {"PK691",
       Severity::kWarning,
       {11, 1},
       "onbekend",
       {"onbekende sleutel 'onbekend' in smart.yaml; controleer de spelling",
        "unknown key 'onbekend' in smart.yaml; check the spelling"}},
  };
  CAPTURE(pipkit::test::describe_all(findings));
  CHECK(findings.size() == std::size(expected));
  for (const Diagnostic& d : expected) {
    CAPTURE(pipkit::test::describe(d));
    CHECK(pipkit::test::holds(findings, d));
  }
  // The entry with a bad criterium is still read, as an S entry.
  REQUIRE(config.vague.size() == 1);
  CHECK(config.vague[0].criterion == 'S');
}
