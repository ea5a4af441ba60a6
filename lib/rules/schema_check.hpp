// SPDX-License-Identifier: EUPL-1.2
// Checks a document's keys and value types against the case format.
#pragma once

#include <string_view>

#include "diagnostic.hpp"
#include "schema.hpp"
#include "yaml_doc.hpp"

namespace pipkit {

/// Returns the findings on required keys, types, enumerations, dates,
/// numbers, booleans, unknown keys and placeholders for a document of the
/// given kind. An empty required value is a warning (PK120) in a draft and
/// an error (PK100) once the file says it is complete.
Diagnostics check_schema(const Node& root, FileKind kind);

/// Returns whether a file is still a draft: an intake without
/// `traject.afgerond`, a plan without `vastgesteld`.
bool is_draft(const Node& root, FileKind kind);

/// Returns whether a text is a placeholder still to be filled in: it starts
/// with "nog invullen" (any case).
bool is_placeholder(std::string_view text);

/// Reads a boolean as the format allows: true/false and ja/nee; nullopt for
/// anything else (yes/no/on/off included: they are not silently booleans).
std::optional<bool> parse_bool(std::string_view text);

/// Returns whether text is a YAML 1.1 spelling of a boolean that YAML 1.2
/// does not have (yes, no, on, off, y, n in any case).
bool is_yaml11_bool(std::string_view text);

}  // namespace pipkit
