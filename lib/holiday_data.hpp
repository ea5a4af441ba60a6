// SPDX-License-Identifier: EUPL-1.2
// Days decreed equal to a public holiday (Atw art. 3 lid 3): data, not code.
#pragma once

#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "date.hpp"
#include "text.hpp"

namespace pipkit {

/// The gelijkgestelde dagen pipkit knows of, sorted and without repeats.
struct HolidayData {
  std::vector<Date> gelijkgestelde_dagen;
  std::optional<Date> bijgewerkt;  // when the list was last checked

  /// Returns whether a royal decree made `date` equal to a feestdag.
  bool is_gelijkgestelde_dag(const Date& date) const;
};

/// A holiday data file that cannot be used; `message` says what to fix.
class HolidayDataError : public std::runtime_error {
 public:
  explicit HolidayDataError(Text message)
      : std::runtime_error(message.en), message_(std::move(message)) {}
  const Text& message() const { return message_; }

 private:
  Text message_;
};

/// Parses the text of templates/gelijkgestelde_dagen.yaml; throws
/// HolidayDataError when it is not YAML, lacks `bijgewerkt` or holds a date
/// that does not exist.
HolidayData parse_holiday_data(std::string_view yaml_text);

/// Adds days (for instance a caseload's `gelijkgestelde_dagen`) and keeps the
/// list sorted without repeats; never fails.
void add_gelijkgestelde_dagen(HolidayData& data, const std::vector<Date>& days);

}  // namespace pipkit
