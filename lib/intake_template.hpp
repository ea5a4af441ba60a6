// SPDX-License-Identifier: EUPL-1.2
// The intake template filled in with what is known about a new client.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.hpp"

namespace pipkit {

/// What is known about a new client when the intake is written; an empty
/// string or an absent date or flag is not known yet.
struct IntakeValues {
  std::string klantcode;
  std::string voornamen, achternaam, gemeente, consulent;
  std::string doelgroep;  // asielstatushouder | gezinsmigrant | overig
  std::optional<bool> nieuwkomer;
  std::optional<Date> geboortedatum, aanmelding, kennisgeving, vestiging,
      oproep;
  std::vector<std::string> deadline_comment;  // lines, without '#'
};

/// A placeholder the template uses that pipkit has no value for.
struct UnknownPlaceholder {
  std::string name;
  int line = 0;  // 1-based
};

struct FilledTemplate {
  std::string text;
  std::vector<UnknownPlaceholder> unknown;  // left in the text as they were
};

/// Fills a template: a value written `"{{name}}"` outside a comment
/// becomes a YAML value (quoted text, a date, true or false, a word of the
/// doelgroep list; "" for unknown text and null for any other unknown
/// value, as the shipped template documents), and a line
/// `# {{deadline_comment}}`
/// becomes the deadline comment lines at the same indentation. Placeholders
/// in comments are left alone; unknown names are left in place and listed.
FilledTemplate fill_intake_template(std::string_view text,
                                    const IntakeValues& values);

/// Returns the placeholder names fill_intake_template knows, in the order
/// of the template contract.
const std::vector<std::string>& intake_placeholder_names();

/// Returns where the comment of a YAML line starts: the first '#' at the
/// start of the line or after a space, outside quotes; npos when none.
std::size_t yaml_comment_start(std::string_view line);

}  // namespace pipkit
