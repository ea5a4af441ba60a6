// SPDX-License-Identifier: EUPL-1.2
// The intake-and-plan deadline of a new intake, said as a comment in it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "deadlines.hpp"
#include "intake_template.hpp"
#include "policy.hpp"

namespace pipkit {

/// The deadline of a new intake: the item, when the dates its policy counts
/// from are known, and the comment lines (Dutch, like the template,
/// without '#') that say it or say which date is still needed.
struct IntakeDeadline {
  std::optional<DeadlineItem> item;
  std::vector<std::string> comment;
};

/// Returns the dates of a new intake as the deadline engine reads them.
CaseFacts intake_case_facts(const IntakeValues& values,
                            const std::string& intake_path);

/// Computes the intake_pip deadline with the deadline engine; a start date
/// that is not known gives no item and a comment naming the key to fill in.
/// Never fails.
IntakeDeadline intake_deadline(const IntakeValues& values,
                               const std::string& intake_path,
                               const Policy& policy, const Date& today);

/// Splits text into lines of at most `width` characters at spaces; a word
/// longer than `width` stands on its own line.
std::vector<std::string> wrap_words(const std::string& text, std::size_t width);

}  // namespace pipkit
