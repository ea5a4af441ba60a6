// SPDX-License-Identifier: EUPL-1.2
// Fuzz target: the ics writer on any titles, klantcodes and dates.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "deadlines_ics.hpp"
#include "source.hpp"

namespace {

pipkit::Date any_date(FuzzedDataProvider& in) {
  // Every day from year 1 to 9999, the range a case file can name.
  const long first = pipkit::to_days({1, 1, 1});
  const long last = pipkit::to_days({9999, 12, 31});
  return pipkit::from_days(in.ConsumeIntegralInRange<long>(first, last));
}

pipkit::Text any_text(FuzzedDataProvider& in) {
  std::string nl = in.ConsumeRandomLengthString(300);
  return {nl, in.ConsumeRandomLengthString(300)};
}

pipkit::DeadlineItem any_item(FuzzedDataProvider& in) {
  pipkit::DeadlineItem item;
  item.klantcode = in.ConsumeRandomLengthString(60);
  item.key = in.ConsumeRandomLengthString(40);
  item.kind =
      static_cast<pipkit::DeadlineKind>(in.ConsumeIntegralInRange(0, 4));
  item.title = any_text(in);
  item.rule = any_text(in);
  item.due = any_date(in);
  if (in.ConsumeBool()) {
    item.moved_from = any_date(in);
    item.moved_reasons.push_back(any_text(in));
  }
  return item;
}

// What RFC 5545 demands of every content line, whatever went in: CRLF
// endings and nothing else that ends a line, at most 75 octets, and a
// VEVENT per item, so that no title can smuggle in a property or event.
void check_calendar(std::string_view ics, std::size_t items, bool utf8_in) {
  std::size_t events = 0;
  std::size_t start = 0;
  while (start < ics.size()) {
    const std::size_t end = ics.find("\r\n", start);
    if (end == std::string_view::npos) std::abort();
    const std::string_view line = ics.substr(start, end - start);
    if (line.size() > 75) std::abort();
    if (line.find_first_of("\r\n") != std::string_view::npos) std::abort();
    if (line == "BEGIN:VEVENT") ++events;
    start = end + 2;
  }
  if (events != items) std::abort();
  if (utf8_in && pipkit::find_invalid_utf8(ics)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  FuzzedDataProvider in(data, size);
  const pipkit::Lang lang =
      in.ConsumeBool() ? pipkit::Lang::kNl : pipkit::Lang::kEn;
  const pipkit::Date today = any_date(in);
  std::vector<pipkit::DeadlineItem> items;
  const int count = in.ConsumeIntegralInRange(0, 4);
  bool utf8_in = true;
  for (int i = 0; i < count; ++i) {
    items.push_back(any_item(in));
    const auto& item = items.back();
    for (const std::string* s :
         {&item.klantcode, &item.title.nl, &item.title.en, &item.rule.nl,
          &item.rule.en}) {
      if (pipkit::find_invalid_utf8(*s)) utf8_in = false;
    }
    for (const pipkit::Text& t : item.moved_reasons) {
      if (pipkit::find_invalid_utf8(t.nl) || pipkit::find_invalid_utf8(t.en)) {
        utf8_in = false;
      }
    }
  }
  check_calendar(pipkit::deadlines_ics(items, today, lang), items.size(),
                 utf8_in);
  return 0;
}
