// SPDX-License-Identifier: EUPL-1.2
// Fuzz target: the Dutch timeline parser on any text and plan date.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "tijdpad.hpp"

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

// A piece or warning must point into the text it came from.
void check_span(std::string_view text, std::size_t offset, std::size_t length) {
  require(offset <= text.size() && length <= text.size() - offset);
}

void check_window(const std::optional<pipkit::DateWindow>& window) {
  if (!window) return;
  for (const pipkit::Date& d : {window->earliest, window->latest}) {
    require(pipkit::make_date(d.year, d.month, d.day).has_value());
  }
  require(window->earliest <= window->latest);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  FuzzedDataProvider in(data, size);
  // A plan date between 1990 and 2100, the years a plan can be made in.
  const long first = pipkit::to_days({1990, 1, 1});
  const long last = pipkit::to_days({2100, 12, 31});
  const pipkit::Date reference =
      pipkit::from_days(in.ConsumeIntegralInRange<long>(first, last));
  const std::string text = in.ConsumeRemainingBytesAsString();

  const pipkit::Tijdpad tijdpad = pipkit::parse_tijdpad(text, reference);
  for (const auto* list : {&tijdpad.pieces, &tijdpad.not_understood}) {
    for (const pipkit::TijdpadPiece& piece : *list) {
      check_span(text, piece.offset, piece.length);
      require(piece.text == text.substr(piece.offset, piece.length));
    }
  }
  for (const pipkit::TijdpadWarning& warning : tijdpad.warnings) {
    check_span(text, warning.offset, warning.length);
  }
  check_window(tijdpad.start);
  check_window(tijdpad.end);
  return 0;
}
