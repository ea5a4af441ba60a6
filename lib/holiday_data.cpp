// SPDX-License-Identifier: EUPL-1.2
// Days decreed equal to a public holiday (Atw art. 3 lid 3): data, not code.
#include "holiday_data.hpp"

#include <algorithm>
#include <string>
#include <yaml-cpp/yaml.h>

namespace pipkit {

namespace {

Date require_date(const YAML::Node& node, std::string_view where) {
  const std::string text = node.IsScalar() ? node.Scalar() : std::string();
  if (auto date = parse_iso_date(text)) return *date;
  const std::string at(where);
  throw HolidayDataError(
      {"'" + text + "' bij '" + at +
           "' is geen bestaande datum: schrijf de datum als JJJJ-MM-DD",
       "'" + text + "' at '" + at +
           "' is not a real date: write the date as YYYY-MM-DD"});
}

YAML::Node load(std::string_view yaml_text) {
  try {
    return YAML::Load(std::string(yaml_text));
  } catch (const YAML::Exception& error) {
    throw HolidayDataError(
        {"het bestand met gelijkgestelde dagen is geen geldige YAML (" +
             error.msg + "): herstel het bestand of installeer pipkit opnieuw",
         "the file of gelijkgestelde dagen is not valid YAML (" + error.msg +
             "): repair the file or reinstall pipkit"});
  }
}

// Each decree lists its own days; only the days matter for the calendar,
// the decree's title stays in the file for the reader who checks it.
void read_decrees(const YAML::Node& decrees, HolidayData& data) {
  if (!decrees) return;
  if (!decrees.IsSequence()) {
    throw HolidayDataError(
        {"'besluiten' moet een lijst zijn: zet '- ' voor elk besluit",
         "'besluiten' must be a list: put '- ' before each decree"});
  }
  std::vector<Date> days;
  for (std::size_t i = 0; i < decrees.size(); ++i) {
    const std::string where = "besluiten[" + std::to_string(i) + "].dagen";
    const YAML::Node decree = decrees[i];
    const YAML::Node list = decree.IsMap() ? decree["dagen"] : YAML::Node();
    if (!list.IsSequence()) {
      throw HolidayDataError(
          {"'" + where + "' ontbreekt of is geen lijst van datums: vul de "
                         "datums van het besluit in",
           "'" + where + "' is missing or not a list of dates: fill in the "
                         "decree's dates"});
    }
    for (const auto& day : list) days.push_back(require_date(day, where));
  }
  add_gelijkgestelde_dagen(data, days);
}

}  // namespace

bool HolidayData::is_gelijkgestelde_dag(const Date& date) const {
  return std::binary_search(gelijkgestelde_dagen.begin(),
                            gelijkgestelde_dagen.end(), date);
}

void add_gelijkgestelde_dagen(HolidayData& data,
                              const std::vector<Date>& days) {
  auto& list = data.gelijkgestelde_dagen;
  list.insert(list.end(), days.begin(), days.end());
  std::sort(list.begin(), list.end());
  list.erase(std::unique(list.begin(), list.end()), list.end());
}

HolidayData parse_holiday_data(std::string_view yaml_text) {
  const YAML::Node root = load(yaml_text);
  if (!root.IsMap()) {
    throw HolidayDataError(
        {"het bestand met gelijkgestelde dagen bevat geen sleutels: begin "
         "met 'bijgewerkt:' en 'besluiten:'",
         "the file of gelijkgestelde dagen holds no keys: start with "
         "'bijgewerkt:' and 'besluiten:'"});
  }
  if (!root["bijgewerkt"]) {
    throw HolidayDataError(
        {"'bijgewerkt' ontbreekt: zet de datum waarop de lijst is "
         "nagekeken bij 'bijgewerkt'",
         "'bijgewerkt' is missing: set it to the date the list was checked"});
  }
  HolidayData data;
  data.bijgewerkt = require_date(root["bijgewerkt"], "bijgewerkt");
  read_decrees(root["besluiten"], data);
  return data;
}

}  // namespace pipkit
