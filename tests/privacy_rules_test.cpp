// SPDX-License-Identifier: EUPL-1.2
// Personal data and diagnoses found in free text, and only there.
#include <doctest/doctest.h>

#include "rules/privacy_rules.hpp"

using pipkit::find_diagnoses;
using pipkit::find_personal_data;

TEST_CASE("finds BSNs, phone numbers and e-mail addresses in prose") {
  struct Row { const char* text; const char* kind; size_t offset, length; };
  const Row rows[] = {
      {"BSN 999996708 staat hier", "bsn", 4, 9},
      {"bel 0612345678 na vijven", "telefoon", 4, 10},
      {"bel 06-12345678", "telefoon", 4, 11},
      {"bel +31 6 12345678", "telefoon", 4, 14},
      {"mail sara@example.org.", "email", 5, 16},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    const auto hits = find_personal_data(row.text);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == row.kind);
    CHECK(hits[0].offset == row.offset);
    CHECK(hits[0].length == row.length);
  }
}

TEST_CASE("dates, times, hours and invalid numbers are not personal data") {
  const char* texts[] = {
      "Start woensdag 12-02-20 tot uiterlijk 01-06-20",
      "Wekelijkse cursus van 10-12 uur",
      "kosten € 15,- per jaar, 800 uur taal",
      "nummer 999996709 haalt de elfproef niet",
      "postcode 7121 AB",
  };
  for (const char* text : texts) {
    CAPTURE(text);
    CHECK(find_personal_data(text).empty());
  }
}

TEST_CASE("diagnosis words are found as whole words in any case") {
  CHECK(find_diagnoses("Heeft PTSS en slaapt slecht").size() == 1);
  CHECK(find_diagnoses("diabetes type 2").size() == 1);
  CHECK(find_diagnoses("kan niet lang staan").empty());
  CHECK(find_diagnoses("diabetesvoorlichting").empty());
}
