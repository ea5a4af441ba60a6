// SPDX-License-Identifier: EUPL-1.2
// A full name as typed split into voornamen and achternaam.
#pragma once

#include <string>
#include <string_view>

namespace pipkit {

struct PersonName {
  std::string voornamen;
  std::string achternaam;
};

/// Splits a full name: "Achternaam, Voornamen" as in a register, otherwise
/// the last word with the lowercase words before it (de, van der, bin) is
/// the achternaam and the rest the voornamen; one word, or a name that
/// starts with a tussenvoegsel, is all achternaam. Spaces are tidied; an
/// empty name gives two empty parts.
PersonName split_person_name(std::string_view naam);

}  // namespace pipkit
