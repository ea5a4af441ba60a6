// SPDX-License-Identifier: EUPL-1.2
// Deadline items as JSON (cli.md's shape), CSV and a plain text table.
#pragma once

#include <string>
#include <vector>

#include "date.hpp"
#include "deadlines.hpp"
#include "deadlines_view.hpp"
#include "text.hpp"

namespace pipkit {

/// Returns the document of `deadlines --format json` exactly as cli.md
/// shapes it, title and rule in `lang`; never fails.
std::string deadlines_json(const std::vector<DeadlineItem>& items,
                           const Date& today, Lang lang);

/// Returns RFC 4180 CSV (CRLF, a header row, UTF-8 without BOM) with the
/// JSON fields plus moved_from and moved_reasons; a title or path that a
/// spreadsheet would run as a formula gets a leading apostrophe. Never
/// fails.
std::string deadlines_csv(const std::vector<DeadlineItem>& items, Lang lang);

/// Returns the note on a date the Atw moved ("verschoven van za 2026-11-21
/// (zaterdag, zondag)"), or an empty string when it did not move.
std::string moved_note(const DeadlineItem& item, Lang lang);

/// Returns a table with one line per item in the given order: due date,
/// days left, a mark ('!' overdue, '*' due soon), the status in words,
/// klantcode, kind, title and the Atw note; never fails.
std::string deadlines_text(const std::vector<DeadlineItem>& items,
                           Lang lang);

/// Returns the same table with each group's heading before its lines and
/// columns aligned across groups; `color` adds ANSI colour to the header,
/// the headings and the overdue and due-soon lines. Never fails.
std::string deadlines_text(const std::vector<DeadlineGroup>& groups,
                           Lang lang, bool color);

}  // namespace pipkit
