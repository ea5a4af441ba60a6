// SPDX-License-Identifier: EUPL-1.2
// Reading the JSON of `pipkit deadlines` in end-to-end tests.
#pragma once

#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

#include "e2e.hpp"

namespace pipkit::test {

/// One item of the JSON output, every field as text ("null" for null).
using Item = std::map<std::string, std::string>;

/// Returns the items of a `deadlines --format json` document; JSON is YAML
/// too, so the library that reads case files reads the output.
inline std::vector<Item> json_items(const std::string& json) {
  std::vector<Item> items;
  for (const auto& node : YAML::Load(json)["items"]) {
    Item item;
    for (const auto& field : node) {
      item[field.first.as<std::string>()] =
          field.second.IsNull() ? "null" : field.second.as<std::string>();
    }
    items.push_back(item);
  }
  return items;
}

/// Returns the one item `pipkit ARGS --format json` gives in `dir`.
inline Item only_item(const std::string& args, const std::string& dir) {
  const auto items =
      json_items(run_pipkit(args + " --format json --lang en", dir).out);
  REQUIRE(items.size() == 1);
  return items[0];
}

}  // namespace pipkit::test
