// SPDX-License-Identifier: EUPL-1.2
// The deadline policy a caseload's pipkit.yaml sets.
#include "caseload_policy.hpp"

#include <charconv>
#include <fmt/format.h>

namespace pipkit {
namespace {

std::optional<int> whole_number(const Node& termijnen, const char* term,
                                const char* unit) {
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

PolicyOverrides overrides_of(const Caseload& caseload) {
  const Node& t = caseload.termijnen;
  PolicyOverrides o;
  o.intake_pip_weken = whole_number(t, "intake_pip", "weken");
  o.derden_informatie_weken = whole_number(t, "derden_informatie", "weken");
  o.inburgeringstermijn_jaren =
      whole_number(t, "inburgeringstermijn", "jaren");
  o.leerroute_wissel_maanden = whole_number(t, "leerroute_wissel", "maanden");
  o.voortgang_aantal = whole_number(t, "voortgangsgesprekken", "aantal");
  o.voortgang_binnen_maanden =
      whole_number(t, "voortgangsgesprekken", "binnen_maanden");
  o.algemene_termijnenwet = caseload.algemene_termijnenwet;
  return o;
}

}  // namespace

Policy caseload_policy(const Caseload& caseload, const HolidayData& shipped) {
  const auto name = parse_policy_name(caseload.beleid);
  if (!name) {
    throw PolicyError(
        {fmt::format("'beleid' in '{}' moet pilot, advies of wi2021 zijn, "
                     "niet '{}'",
                     caseload.path, caseload.beleid),
         fmt::format("'beleid' in '{}' must be pilot, advies or wi2021, not "
                     "'{}'",
                     caseload.path, caseload.beleid)});
  }
  Policy policy = with_overrides(preset(*name), overrides_of(caseload));
  policy.holidays = shipped;
  add_gelijkgestelde_dagen(policy.holidays, caseload.gelijkgestelde_dagen);
  return policy;
}

}  // namespace pipkit
