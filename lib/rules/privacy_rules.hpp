// SPDX-License-Identifier: EUPL-1.2
// Data minimisation: personal data and diagnoses that crept into free text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.hpp"
#include "schema.hpp"
#include "source.hpp"
#include "yaml_doc.hpp"

namespace pipkit {

/// A piece of personal data found in a text: what kind, and where (byte
/// offset and length in the text).
struct PersonalDataHit {
  std::string kind;  // "bsn", "email", "telefoon", "diagnose"
  size_t offset = 0;
  size_t length = 0;
};

/// Returns the valid BSNs, e-mail addresses and Dutch phone numbers in text.
std::vector<PersonalDataHit> find_personal_data(std::string_view text);

/// Returns the diagnosis words in text (whole words, any case).
std::vector<PersonalDataHit> find_diagnoses(std::string_view text);

/// Returns PK500-PK503 warnings for every free text of a document.
Diagnostics check_privacy(const Node& root, FileKind kind,
                          const Source& source);

}  // namespace pipkit
