// SPDX-License-Identifier: EUPL-1.2
// Rules on one intake: identifiers, the 13 leefgebieden, dates, the ZRM.
#include "rules/intake_rules.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>

#include "identifiers.hpp"
#include "rules/rule_helpers.hpp"
#include "schema.hpp"
#include "suggest.hpp"

namespace pipkit {
namespace {

void check_identifiers(const Intake& intake, Diagnostics& out) {
  const Places& klant = intake.klant_places;
  if (!intake.klantcode.empty() && !is_valid_klantcode(intake.klantcode)) {
    add_finding(out, "PK203", Severity::kError, klant, "klantcode",
                {fmt::format("klantcode '{}' mag alleen letters, cijfers, '-' "
                             "en '_' bevatten en hooguit 40 tekens lang zijn",
                             intake.klantcode),
                 fmt::format("klantcode '{}' may hold only letters, digits, "
                             "'-' and '_', at most 40 characters",
                             intake.klantcode)});
  }
  if (!intake.bsn.empty() && !is_valid_bsn(intake.bsn)) {
    // The value itself is not repeated: a BSN belongs in no output.
    add_finding(out, "PK200", Severity::kError, klant, "bsn",
                {"het BSN voldoet niet aan de elfproef; controleer de negen "
                 "cijfers (een BSN van acht cijfers krijgt een voorloopnul)",
                 "the BSN fails the elfproef; check the nine digits (an "
                 "eight-digit BSN gets a leading zero)"});
  }
  if (!intake.iban.empty() && !is_valid_iban(intake.iban)) {
    add_finding(out, "PK201", Severity::kError, klant, "iban",
                {"het IBAN klopt niet (controlegetal of lengte); neem het "
                 "opnieuw over van de bankpas",
                 "the IBAN is wrong (check digits or length); copy it again "
                 "from the bank card"});
  }
  if (!intake.email.empty() && !is_email_shaped(intake.email)) {
    add_finding(out, "PK202", Severity::kError, klant, "email",
                {fmt::format("'{}' is geen e-mailadres", intake.email),
                 fmt::format("'{}' is not an e-mail address", intake.email)});
  }
}

void check_leefgebieden(const Intake& intake, Diagnostics& out) {
  if (intake.places.keys.count("leefgebieden") == 0) return;
  for (const std::string& key : leefgebied_keys()) {
    if (intake.leefgebied(key) != nullptr) continue;
    add_finding(
        out, "PK300", Severity::kError, intake.places, "leefgebieden",
        {fmt::format("leefgebied '{}' ({}) ontbreekt; leg vast wat het "
                     "gesprek hierover opleverde",
                     key, leefgebied_name(key)),
         fmt::format("leefgebied '{}' ({}) is missing; record what the "
                     "conversation found on it",
                     key, leefgebied_name(key))});
  }
}

void check_dates(const Intake& intake, Diagnostics& out) {
  const Places& t = intake.traject_places;
  check_order(out, t, intake.aanmelding, "aanmelding", intake.afgerond,
              "afgerond");
  check_order(out, t, intake.oproep, "oproep", intake.afgerond, "afgerond");
  for (size_t i = 0; i < intake.gesprekken.size(); ++i) {
    const auto& datum = intake.gesprekken[i].datum;
    if (!datum || !intake.afgerond || *datum <= *intake.afgerond) continue;
    add_finding(out, "PK210", Severity::kError, t, "gesprekken",
                {fmt::format("gesprek op {} ligt na de afronding van de "
                             "intake ({})",
                             to_iso(*datum), to_iso(*intake.afgerond)),
                 fmt::format("conversation on {} is after the intake was "
                             "completed ({})",
                             to_iso(*datum), to_iso(*intake.afgerond))});
  }
  const auto& born = intake.geboortedatum;
  if (born && intake.aanmelding && *born >= *intake.aanmelding) {
    add_finding(out, "PK210", Severity::kError, intake.klant_places,
                "geboortedatum",
                {"de geboortedatum ligt na de aanmelding; controleer het jaar",
                 "the date of birth is after the registration; check the "
                 "year"});
  }
}

void check_zrm(const Intake& intake, Diagnostics& out) {
  const Leefgebied* lg = intake.leefgebied("zelfredzaamheid");
  if (lg == nullptr || intake.zrm_scores.empty()) return;
  if (intake.zrm_versie.value_or(2017) != 2017) return;
  for (const auto& [domain, score] : intake.zrm_scores) {
    const auto& domains = zrm_2017_domains();
    if (std::find(domains.begin(), domains.end(), domain) != domains.end()) {
      continue;
    }
    const auto guess = closest_match(domain, domains);
    add_finding(out, "PK302", Severity::kError, lg->places, "zrm",
                {fmt::format("'{}' is geen domein van de ZRM 2017{}", domain,
                             guess ? fmt::format("; bedoelt u '{}'?", *guess)
                                   : ""),
                 fmt::format("'{}' is not a domain of the ZRM 2017{}", domain,
                             guess ? fmt::format("; did you mean '{}'?",
                                                 *guess)
                                   : "")});
  }
}

}  // namespace

Diagnostics check_folder_name(const std::string& path,
                              const std::string& klantcode,
                              const Places& places, const std::string& key) {
  Diagnostics out;
  const std::filesystem::path file(path);
  const std::filesystem::path folder = file.parent_path();
  if (klantcode.empty() || folder.parent_path().filename() != "cases") {
    return out;
  }
  const std::string name = folder.filename().string();
  if (name == klantcode) return out;
  add_finding(out, "PK204", Severity::kError, places, key,
              {fmt::format("klantcode '{}' verschilt van de map '{}'; hernoem "
                           "de map of verbeter de klantcode",
                           klantcode, name),
               fmt::format("klantcode '{}' differs from its folder '{}'; "
                           "rename the folder or correct the klantcode",
                           klantcode, name)});
  return out;
}

Diagnostics check_intake(const Intake& intake) {
  Diagnostics out;
  check_identifiers(intake, out);
  check_leefgebieden(intake, out);
  check_dates(intake, out);
  check_zrm(intake, out);
  for (Diagnostic& d : check_folder_name(intake.path, intake.klantcode,
                                         intake.klant_places, "klantcode")) {
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace pipkit
