// SPDX-License-Identifier: EUPL-1.2
// pipkit --version: the program's version and the date of its policy data.
#include "version.hpp"

#include <fmt/format.h>

#include "common.hpp"
#include "holiday_data.hpp"
#include "template_files.hpp"

namespace pipkit::cli {
namespace {

constexpr const char* kHolidayFile = "gelijkgestelde_dagen.yaml";

// The deadlines depend on this list; a consultant who asks which pipkit
// she runs also needs to know how current its data is.
Text data_line() {
  try {
    const std::string path = require_data_file(kHolidayFile);
    const HolidayData data = parse_holiday_data(read_data_file(path));
    if (!data.bijgewerkt) {
      return {fmt::format("beleidsgegevens zonder datum ({})", path),
              fmt::format("policy data without a date ({})", path)};
    }
    const std::string date = to_iso(*data.bijgewerkt);
    return {fmt::format("beleidsgegevens bijgewerkt: {} ({})", date, path),
            fmt::format("policy data updated: {} ({})", date, path)};
  } catch (const HolidayDataError& error) {
    return {fmt::format("beleidsgegevens onbruikbaar: {}", error.message().nl),
            fmt::format("policy data unusable: {}", error.message().en)};
  } catch (const CommandError& error) {
    return {fmt::format("beleidsgegevens: {}", error.message().nl),
            fmt::format("policy data: {}", error.message().en)};
  }
}

}  // namespace

std::string version_text(Lang lang) {
  return fmt::format("pipkit {}\n{}", PIPKIT_VERSION, data_line().in(lang));
}

}  // namespace pipkit::cli
