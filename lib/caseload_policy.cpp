// SPDX-License-Identifier: EUPL-1.2
// The deadline policy a caseload's pipkit.yaml chooses and adjusts.
#include "caseload_policy.hpp"

#include <charconv>
#include <fmt/format.h>

namespace pipkit {
namespace {

// The value at `termijnen.<term>.<unit>`; YAML integers are plain digits
// here, as the schema allows nothing else.
std::optional<int> whole_number(const Node& termijnen, std::string_view term,
                                std::string_view unit) {
  const Node* block = termijnen.get(term);
  const Node* value = block != nullptr ? block->get(unit) : nullptr;
  if (value == nullptr || !value->is_scalar()) return std::nullopt;
  const std::string& text = value->text;
  int number = 0;
  const char* end = text.data() + text.size();
  const auto result = std::from_chars(text.data(), end, number);
  if (result.ec != std::errc() || result.ptr != end) return std::nullopt;
  return number;
}

}  // namespace

PolicyOverrides read_overrides(const Caseload& caseload) {
  const Node& t = caseload.termijnen;
  PolicyOverrides overrides;
  overrides.intake_pip_weken = whole_number(t, "intake_pip", "weken");
  overrides.derden_informatie_weken =
      whole_number(t, "derden_informatie", "weken");
  overrides.inburgeringstermijn_jaren =
      whole_number(t, "inburgeringstermijn", "jaren");
  overrides.leerroute_wissel_maanden =
      whole_number(t, "leerroute_wissel", "maanden");
  overrides.voortgang_aantal =
      whole_number(t, "voortgangsgesprekken", "aantal");
  overrides.voortgang_binnen_maanden =
      whole_number(t, "voortgangsgesprekken", "binnen_maanden");
  overrides.algemene_termijnenwet = caseload.algemene_termijnenwet;
  return overrides;
}

Policy caseload_policy(const Caseload& caseload, const HolidayData& shipped) {
  const auto name = parse_policy_name(caseload.beleid);
  if (!name) {
    throw PolicyError(
        {fmt::format("beleid '{}' is onbekend; kies pilot, advies of wi2021",
                     caseload.beleid),
         fmt::format("beleid '{}' is unknown; choose pilot, advies or wi2021",
                     caseload.beleid)});
  }
  Policy policy = with_overrides(preset(*name), read_overrides(caseload));
  policy.holidays = shipped;
  add_gelijkgestelde_dagen(policy.holidays, caseload.gelijkgestelde_dagen);
  return policy;
}

Policy default_policy(const HolidayData& shipped) {
  Policy policy = preset(PolicyName::kWi2021);
  policy.holidays = shipped;
  return policy;
}

}  // namespace pipkit
