// SPDX-License-Identifier: EUPL-1.2
// Checks on identifiers: BSN elfproef, IBAN mod-97, e-mail, klantcode.
#include "identifiers.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace pipkit {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

bool is_valid_bsn(std::string_view text) {
  if (text.size() != 9 || !std::all_of(text.begin(), text.end(), is_digit)) {
    return false;
  }
  int sum = 0;
  for (size_t i = 0; i < 8; ++i) sum += (9 - static_cast<int>(i)) *
                                        (text[i] - '0');
  sum -= text[8] - '0';
  return sum % 11 == 0 && text != "000000000";
}

bool is_valid_iban(std::string_view text) {
  std::string compact;
  for (char c : text) {
    if (c != ' ') compact += static_cast<char>(std::toupper(
                      static_cast<unsigned char>(c)));
  }
  if (compact.size() < 15 || compact.size() > 34) return false;
  if (!is_alpha(compact[0]) || !is_alpha(compact[1]) ||
      !is_digit(compact[2]) || !is_digit(compact[3])) {
    return false;
  }
  if (compact.rfind("NL", 0) == 0 && compact.size() != 18) return false;
  // Move the country code and check digits to the end, read letters as
  // 10..35, and take the remainder digit by digit so nothing overflows.
  const std::string moved = compact.substr(4) + compact.substr(0, 4);
  int remainder = 0;
  for (char c : moved) {
    if (is_digit(c)) {
      remainder = (remainder * 10 + (c - '0')) % 97;
    } else if (is_alpha(c)) {
      remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
    } else {
      return false;
    }
  }
  return remainder == 1;
}

bool is_email_shaped(std::string_view text) {
  const size_t at = text.find('@');
  if (at == std::string_view::npos || at == 0) return false;
  if (text.find('@', at + 1) != std::string_view::npos) return false;
  const std::string_view domain = text.substr(at + 1);
  const size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 ||
      dot + 2 > domain.size()) {
    return false;
  }
  return std::none_of(text.begin(), text.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == ',' || c == ';';
  });
}

bool is_valid_klantcode(std::string_view text) {
  if (text.empty() || text.size() > 40) return false;
  return std::all_of(text.begin(), text.end(), [](char c) {
    return is_alpha(c) || is_digit(c) || c == '-' || c == '_';
  });
}

}  // namespace pipkit
