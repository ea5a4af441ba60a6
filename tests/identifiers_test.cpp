// SPDX-License-Identifier: EUPL-1.2
// Identifier checks against numbers worked out by hand.
#include <doctest/doctest.h>

#include <string>

#include "identifiers.hpp"

TEST_CASE("the elfproef accepts valid BSNs and refuses the rest") {
  struct Row { const char* bsn; bool valid; };
  // 999996708: 9·9+8·9+7·9+6·9+5·9+4·6+3·7+2·0 − 8 = 352 = 32·11.
  // 012345672: 0+8+14+18+20+20+18+14 − 2 = 110 = 10·11.
  // 111222333: 9+8+7+12+10+8+9+6 − 3 = 66 = 6·11.
  const Row rows[] = {
      {"999996708", true}, {"012345672", true}, {"111222333", true},
      {"999996709", false}, {"12345672", false}, {"0123456720", false},
      {"000000000", false}, {"99999670a", false}, {"", false},
  };
  for (const Row& row : rows) {
    CAPTURE(row.bsn);
    CHECK(pipkit::is_valid_bsn(row.bsn) == row.valid);
  }
}

TEST_CASE("IBAN mod-97 and the Dutch length") {
  CHECK(pipkit::is_valid_iban("NL91ABNA0417164300"));
  CHECK(pipkit::is_valid_iban("NL91 ABNA 0417 1643 00"));
  CHECK(pipkit::is_valid_iban("nl91abna0417164300"));
  CHECK_FALSE(pipkit::is_valid_iban("NL92ABNA0417164300"));
  CHECK_FALSE(pipkit::is_valid_iban("NL91ABNA041716430"));
  CHECK(pipkit::is_valid_iban("DE89370400440532013000"));
  CHECK_FALSE(pipkit::is_valid_iban("DE89370400440532013001"));
  CHECK_FALSE(pipkit::is_valid_iban(""));
}

TEST_CASE("e-mail shape and klantcode syntax") {
  CHECK(pipkit::is_email_shaped("sara@example.org"));
  CHECK_FALSE(pipkit::is_email_shaped("sara@example"));
  CHECK_FALSE(pipkit::is_email_shaped("@example.org"));
  CHECK_FALSE(pipkit::is_email_shaped("a@b@c.nl"));
  CHECK_FALSE(pipkit::is_email_shaped("sara @example.org"));
  CHECK(pipkit::is_valid_klantcode("AAL-2026-0042"));
  CHECK(pipkit::is_valid_klantcode("x_1"));
  CHECK_FALSE(pipkit::is_valid_klantcode("../x"));
  CHECK_FALSE(pipkit::is_valid_klantcode("a/b"));
  CHECK_FALSE(pipkit::is_valid_klantcode(""));
  CHECK_FALSE(pipkit::is_valid_klantcode(std::string(41, 'a')));
  CHECK(pipkit::is_valid_klantcode(std::string(40, 'a')));
  CHECK_FALSE(pipkit::is_valid_klantcode("é"));
}
