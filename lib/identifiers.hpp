// SPDX-License-Identifier: EUPL-1.2
// Checks on identifiers: BSN elfproef, IBAN mod-97, e-mail, klantcode.
#pragma once

#include <string_view>

namespace pipkit {

/// Returns whether text is a 9-digit BSN that passes the elfproef
/// (9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11, and not all zeros).
bool is_valid_bsn(std::string_view text);

/// Returns whether text is an IBAN with a valid ISO 13616 mod-97 check;
/// spaces are allowed between groups; a Dutch IBAN must have 18 characters.
bool is_valid_iban(std::string_view text);

/// Returns whether text has the shape of an e-mail address (one '@', a
/// local part, and a domain with a dot); it does not prove it exists.
bool is_email_shaped(std::string_view text);

/// Returns whether text is a klantcode: 1 to 40 letters, digits, '-' or
/// '_', so that it is safe as a folder name.
bool is_valid_klantcode(std::string_view text);

}  // namespace pipkit
