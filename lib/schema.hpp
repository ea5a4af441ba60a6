// SPDX-License-Identifier: EUPL-1.2
// The case format as data: which keys each kind of file has, and of what type.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pipkit {

enum class ValueType {
  kText,      // any string; free text that people write
  kCode,      // a short identifier-like string (BSN, phone, klantcode)
  kDate,      // ISO YYYY-MM-DD that exists
  kBool,      // true/false, ja/nee
  kInteger,   // whole number within [min, max]
  kNumber,    // decimal number within [min, max] (hours, years)
  kChoice,    // one of `choices`
  kMapping,   // `fields`, or (any_keys) any key mapping to `items`
  kList,      // a list of `items`
};

/// One key of the format and what its value must be.
struct FieldSpec {
  std::string key;
  ValueType type = ValueType::kText;
  bool required = false;
  bool free_text = false;   // scanned for personal data
  std::vector<std::string> choices;
  std::vector<FieldSpec> fields;       // kMapping with fixed keys
  bool any_keys = false;               // kMapping whose keys are data
  std::vector<FieldSpec> items;        // kList item, or value of any key
  double min = 0;
  double max = 1e9;
};

enum class FileKind { kUnknown, kIntake, kPip, kCaseload };

/// Returns "intake", "pip", "caseload" or "unknown".
std::string_view file_kind_name(FileKind kind);

/// Returns the kind named by a `soort` value; kUnknown for anything else.
FileKind file_kind_from_soort(std::string_view soort);

/// Returns the top-level fields of a kind of file (empty for kUnknown).
const std::vector<FieldSpec>& schema_for(FileKind kind);

/// The keys of the 13 leefgebieden, in the order of case-format.md.
const std::vector<std::string>& leefgebied_keys();

/// The Dutch name of a leefgebied key, as the pilot wrote it.
std::string_view leefgebied_name(std::string_view key);

/// The ZRM 2017 domain keys.
const std::vector<std::string>& zrm_2017_domains();

/// Labour-market instruments allowed in `instrumenten`.
const std::vector<std::string>& instrument_keys();

}  // namespace pipkit

#include <functional>

#include "yaml_doc.hpp"

namespace pipkit {

/// Calls `visit` with every scalar of `root` that the schema marks as free
/// text, with its dotted key path and the name of its field.
void for_each_free_text(
    const Node& root, FileKind kind,
    const std::function<void(const Node&, const std::string&)>& visit);

}  // namespace pipkit
