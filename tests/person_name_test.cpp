// SPDX-License-Identifier: EUPL-1.2
// split_person_name: --naam as consultants type it.
#include <doctest/doctest.h>

#include <string>

#include "person_name.hpp"

TEST_CASE("split_person_name keeps tussenvoegsels with the achternaam") {
  struct Row {
    std::string naam, voornamen, achternaam;
  };
  const Row rows[] = {
      {"Sara Ahmadi", "Sara", "Ahmadi"},
      {"Jan de Vries", "Jan", "de Vries"},
      {"Anna Maria van der Berg", "Anna Maria", "van der Berg"},
      {"Omar bin Khalid", "Omar", "bin Khalid"},
      {"Mohammed Ali Hassan", "Mohammed Ali", "Hassan"},
      {"Ahmadi, Sara", "Sara", "Ahmadi"},
      {"de Vries, Jan Pieter", "Jan Pieter", "de Vries"},
      {"  Sara   Ahmadi  ", "Sara", "Ahmadi"},
      {"Ahmadi", "", "Ahmadi"},
      {"sara de vries", "sara", "de vries"},
      {"de Vries", "", "de Vries"},
      {"van der Berg", "", "van der Berg"},
      {"sara ahmadi", "sara", "ahmadi"},
      {"Núñez Jiménez", "Núñez", "Jiménez"},
      {"", "", ""},
      {" , ", "", ""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.naam);
    const pipkit::PersonName name = pipkit::split_person_name(row.naam);
    CHECK(name.voornamen == row.voornamen);
    CHECK(name.achternaam == row.achternaam);
  }
}
