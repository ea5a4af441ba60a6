// SPDX-License-Identifier: EUPL-1.2
// Splitting timeline text into tokens, and surviving any input at all.
#include "tijdpad_lexer.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "tijdpad.hpp"

namespace {

using pipkit::tijdpad::lex_tijdpad;
using pipkit::tijdpad::Token;
using pipkit::tijdpad::TokenKind;

struct Brief {
  TokenKind kind;
  size_t offset;
  size_t length;
  std::string text;  // words only
};

std::vector<Brief> brief(const std::vector<Token>& tokens) {
  std::vector<Brief> result;
  for (const Token& token : tokens) {
    result.push_back({token.kind, token.offset, token.length,
                      token.kind == TokenKind::kWord ? token.text : ""});
  }
  return result;
}

void check_tokens(const std::string& text, const std::vector<Brief>& want) {
  CAPTURE(text);
  const std::vector<Brief> got = brief(lex_tijdpad(text));
  REQUIRE(got.size() == want.size());
  for (size_t k = 0; k < want.size(); ++k) {
    CAPTURE(k);
    CHECK(got[k].kind == want[k].kind);
    CHECK(got[k].offset == want[k].offset);
    CHECK(got[k].length == want[k].length);
    CHECK(got[k].text == want[k].text);
  }
}

}  // namespace

TEST_CASE("the lexer keeps byte positions and folds words") {
  check_tokens("Start 12-02-20, t/m", {{TokenKind::kWord, 0, 5, "start"},
                                       {TokenKind::kNumber, 6, 8, ""},
                                       {TokenKind::kComma, 14, 1, ""},
                                       {TokenKind::kWord, 16, 1, "t"},
                                       {TokenKind::kSlash, 17, 1, ""},
                                       {TokenKind::kWord, 18, 1, "m"}});
  check_tokens("mei\u00a0\u2013\u00a0juni",
               {{TokenKind::kWord, 0, 3, "mei"},
                {TokenKind::kDash, 5, 3, ""},
                {TokenKind::kWord, 10, 4, "juni"}});
  check_tokens("één vóór", {{TokenKind::kWord, 0, 5, "een"},
                            {TokenKind::kWord, 6, 6, "voor"}});
  check_tokens("feb. 2020.", {{TokenKind::kWord, 0, 4, "feb"},
                              {TokenKind::kNumber, 5, 4, ""},
                              {TokenKind::kStop, 9, 1, ""}});
  check_tokens("n.t.b. t.a.v. juni.In", {{TokenKind::kWord, 0, 6, "n.t.b."},
                                         {TokenKind::kWord, 7, 6, "t.a.v."},
                                         {TokenKind::kWord, 14, 4, "juni"},
                                         {TokenKind::kStop, 18, 1, ""},
                                         {TokenKind::kWord, 19, 2, "in"}});
  check_tokens("'s zo'n", {{TokenKind::kApostrophe, 0, 1, ""},
                           {TokenKind::kWord, 1, 1, "s"},
                           {TokenKind::kWord, 3, 4, "zo'n"}});
}

TEST_CASE("digit groups keep their parts, separators and digit counts") {
  const std::vector<Token> clock = lex_tijdpad("9.00-12.00");
  REQUIRE(clock.size() == 1);
  CHECK(clock[0].count == 4);
  CHECK(clock[0].parts[0] == 9);
  CHECK(clock[0].parts[1] == 0);
  CHECK(clock[0].parts[2] == 12);
  CHECK(clock[0].digits[1] == 2);
  CHECK(clock[0].seps[0] == '.');
  CHECK(clock[0].seps[1] == '-');
  CHECK(clock[0].seps[2] == '.');

  const std::vector<Token> dashed = lex_tijdpad("2020\u20132021");
  REQUIRE(dashed.size() == 1);
  CHECK(dashed[0].count == 2);
  CHECK(dashed[0].seps[0] == '-');
  CHECK(dashed[0].length == 11);

  const std::vector<Token> huge = lex_tijdpad("12345678901234567890");
  REQUIRE(huge.size() == 1);
  CHECK(huge[0].parts[0] == 99999);
  CHECK(huge[0].digits[0] == 20);

  const std::vector<Token> long_group = lex_tijdpad("1-2-3-4-5-6-7");
  REQUIRE(long_group.size() == 1);
  CHECK(long_group[0].count == 0);
}

TEST_CASE("any input is read in bounded time without a crash") {
  static constexpr const char* kPieces[] = {
      "start",     "eind",        "mei",       "2020",       "t/m",
      "tot",       "-",           "\u2013",    "en",         ",",
      ".",         "12-02-20",    "woensdag",  "1",          "31",
      "q",         "kwartaal",    "eerste",    "helft",      "van",
      "het",       "jaar",        "een",       "drie",       "maanden",
      "per",       "week",        "x",         "uur",        "9.00",
      "10-12",     "'",           "'20",       "n.t.b.",     "na",
      "voor",      "uiterlijk",   "daarna",    "komende",    "winter",
      "2020/2021", "53",          "1,5",       "\xc3",       "\xe2\x80",
      "\xc2\xa0",  "99999999999", "0-0-0",     "29-02-2021", "begin",
      "direct",    "tussen",      "afronding", ":",          "\n",
      "doorlopend"};
  std::mt19937 random(20200115);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int words = static_cast<int>(random() % 24);
    for (int k = 0; k < words; ++k) {
      if (random() % 6 == 0) {
        text += static_cast<char>(random() % 256);
      } else {
        text += kPieces[random() % std::size(kPieces)];
        if (random() % 3 != 0) text += ' ';
      }
    }
    const pipkit::Date reference{static_cast<int>(1 + random() % 9998),
                                 static_cast<int>(1 + random() % 12),
                                 static_cast<int>(1 + random() % 28)};
    CAPTURE(text);
    const pipkit::Tijdpad tijdpad = pipkit::parse_tijdpad(text, reference);
    for (const auto& piece : tijdpad.pieces) {
      CHECK(piece.offset + piece.length <= text.size());
    }
    if (tijdpad.start) CHECK(tijdpad.start->earliest <= tijdpad.start->latest);
  }

  std::string long_text;
  while (long_text.size() < 200000) long_text += "mei en 1 tot start ";
  const pipkit::Tijdpad tijdpad =
      pipkit::parse_tijdpad(long_text, pipkit::Date{2020, 1, 15});
  CHECK(tijdpad.start_date() == pipkit::Date{2020, 5, 1});
}
