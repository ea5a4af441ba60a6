// SPDX-License-Identifier: EUPL-1.2
// yaml-cpp's English syntax errors, said in words a consultant understands.
#include "yaml_errors.hpp"

#include <fmt/format.h>

namespace pipkit {
namespace {

struct Translation {
  const char* prefix;  // the start of yaml-cpp's message
  const char* nl;
  const char* en;
};

// The messages people actually meet when editing by hand; the rest fall
// through to the general text with yaml-cpp's words kept.
constexpr Translation kTranslations[] = {
    {"illegal map value",
     "hier kan geen waarde staan; controleer de dubbele punt en het "
     "inspringen op deze regel en de regel erboven",
     "a value cannot stand here; check the colon and the indentation on "
     "this line and the one above"},
    {"end of map flow not found",
     "de accolade '{' wordt niet gesloten; voeg '}' toe",
     "the brace '{' is never closed; add '}'"},
    {"end of sequence flow not found",
     "de blokhaak '[' wordt niet gesloten; voeg ']' toe",
     "the bracket '[' is never closed; add ']'"},
    {"end of map not found",
     "het inspringen klopt niet: een sleutel staat niet onder de vorige",
     "the indentation is off: a key does not line up with the one before"},
    {"end of sequence not found",
     "het inspringen van de lijst klopt niet",
     "the indentation of the list is off"},
    {"illegal EOF in scalar",
     "het bestand eindigt midden in een tekst; sluit de aanhalingstekens",
     "the file ends inside a text; close the quotes"},
    {"illegal block entry",
     "een lijstregel ('- ') staat op een plek waar geen lijst kan beginnen",
     "a list entry ('- ') stands where no list can begin"},
    {"illegal map key",
     "hier kan geen sleutel staan; controleer het inspringen",
     "a key cannot stand here; check the indentation"},
    {"unknown escape character",
     "onbekende escape met '\\' tussen dubbele aanhalingstekens; gebruik "
     "enkele aanhalingstekens of schrijf '\\\\'",
     "unknown escape with '\\' inside double quotes; use single quotes or "
     "write '\\\\'"},
    {"illegal flow end",
     "een sluitend haakje zonder openend haakje",
     "a closing bracket without an opening one"},
    {"unknown token",
     "onverwacht teken; zet tekst met bijzondere tekens tussen "
     "aanhalingstekens",
     "unexpected character; put text with special characters in quotes"},
    {"the referenced anchor is not defined",
     "verwijzing naar een anker dat niet bestaat; aliassen zijn hoe dan ook "
     "niet toegestaan",
     "reference to an anchor that does not exist; aliases are not allowed "
     "anyway"},
    {"illegal character in scalar",
     "ongeldig teken in een tekst; zet de tekst tussen aanhalingstekens",
     "invalid character in a text; put the text in quotes"},
};

}  // namespace

Text yaml_error_text(const std::string& message) {
  for (const Translation& t : kTranslations) {
    if (message.rfind(t.prefix, 0) == 0) return Text{t.nl, t.en};
  }
  if (message.rfind("deep recursion", 0) == 0 ||
      message.find("depth") != std::string::npos) {
    return Text{"te diep genest; het dossierformaat kent zo'n structuur niet",
                "nested too deeply; the case format has no such structure"};
  }
  return Text{fmt::format("dit is geen geldige YAML ({})", message),
              fmt::format("this is not valid YAML ({})", message)};
}

}  // namespace pipkit
