// SPDX-License-Identifier: EUPL-1.2
// Deadline items as an RFC 5545 calendar of all-day events.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "date.hpp"
#include "deadlines.hpp"
#include "text.hpp"

namespace pipkit {

/// Returns `text` as an RFC 5545 TEXT value: backslash, semicolon, comma
/// and newline escaped, other control characters dropped; never fails.
std::string ics_escape(std::string_view text);

/// Returns one content line folded at 75 octets (a fold is CRLF and a
/// space), never inside a UTF-8 character, ending in CRLF; never fails.
std::string ics_fold(std::string_view line);

/// Returns the UID of an item: a hash of klantcode and item key, the same
/// on every export and different for every client and item; never fails.
std::string ics_uid(const DeadlineItem& item);

/// Returns a VCALENDAR with one all-day VEVENT per item, DTSTAMP taken from
/// `today` so the output depends on nothing but its input; summary and
/// description hold klantcode, title and rule in `lang` and nothing more
/// about the client. Never fails.
std::string deadlines_ics(const std::vector<DeadlineItem>& items,
                          const Date& today, Lang lang);

}  // namespace pipkit
