// SPDX-License-Identifier: EUPL-1.2
// pipkit new-intake: the values from the options and from questions.
#include <fmt/format.h>
#include <iostream>

#include "new_intake.hpp"
#include "person_name.hpp"
#include "prompt.hpp"
#include "source.hpp"

namespace pipkit::cli {
namespace {

std::optional<Text> check_date(const std::string& answer) {
  if (parse_iso_date(answer)) return std::nullopt;
  return Text{
      fmt::format("'{}' is geen bestaande datum; schrijf JJJJ-MM-DD", answer),
      fmt::format("'{}' is not a date that exists; write YYYY-MM-DD", answer)};
}

// Names go into the file and into terminals: they must be text, without
// the control characters that could play tricks on either.
std::optional<Text> check_name(const std::string& answer) {
  const bool control = std::any_of(answer.begin(), answer.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
  });
  if (!control && !find_invalid_utf8(answer)) return std::nullopt;
  return Text{
      "een naam mag geen stuurtekens of ongeldige UTF-8 bevatten; "
      "typ hem opnieuw",
      "a name may not hold control characters or invalid UTF-8; "
      "type it again"};
}

std::optional<Text> check_doelgroep(const std::string& answer) {
  if (answer == "asielstatushouder" || answer == "gezinsmigrant" ||
      answer == "overig") {
    return std::nullopt;
  }
  return Text{"kies asielstatushouder, gezinsmigrant of overig",
              "choose asielstatushouder, gezinsmigrant or overig"};
}

std::optional<bool> yes_no(const std::string& answer) {
  if (answer == "ja" || answer == "j" || answer == "yes" || answer == "y") {
    return true;
  }
  if (answer == "nee" || answer == "n" || answer == "no") return false;
  return std::nullopt;
}

std::optional<Text> check_yes_no(const std::string& answer) {
  if (yes_no(answer)) return std::nullopt;
  return Text{"antwoord ja of nee", "answer yes or no"};
}

std::optional<Date> date_option(const std::string& name,
                                const std::string& value) {
  if (value.empty()) return std::nullopt;
  if (auto date = parse_iso_date(value)) return date;
  const Text problem = *check_date(value);
  throw CommandError({fmt::format("--{} {}", name, problem.nl),
                      fmt::format("--{} {}", name, problem.en)});
}

std::string name_option(const std::string& name, const std::string& value) {
  if (const auto problem = check_name(value)) {
    throw CommandError({fmt::format("--{}: {}", name, problem->nl),
                        fmt::format("--{}: {}", name, problem->en)});
  }
  return value;
}

void ask_date(Prompter& prompt, std::optional<Date>& date,
              const Text& question) {
  if (date) return;
  if (const auto answer = prompt.ask(question, check_date)) {
    date = parse_iso_date(*answer);
  }
}

// The date the policy's term counts from, when it is not the aanmelding.
void ask_start_date(Prompter& prompt, IntakeValues& values,
                    const Policy& policy) {
  switch (policy.intake_start) {
    case IntakeStart::kKennisgevingOfBrp:
      return ask_date(prompt, values.kennisgeving,
                      {"Datum van de kennisgeving van DUO (JJJJ-MM-DD)",
                       "Date of DUO's notice (YYYY-MM-DD)"});
    case IntakeStart::kVestiging:
      return ask_date(prompt, values.vestiging,
                      {"Datum van vestiging in de gemeente (JJJJ-MM-DD)",
                       "Date the client moved into the municipality "
                       "(YYYY-MM-DD)"});
    case IntakeStart::kAanmeldingOfOproep:
      if (values.nieuwkomer == false) {
        ask_date(prompt, values.oproep,
                 {"Datum van de oproep voor de intake (JJJJ-MM-DD)",
                  "Date of the invitation to the intake (YYYY-MM-DD)"});
      }
      return;
  }
}

}  // namespace

IntakeValues intake_values(const NewIntakeOptions& options,
                           const Caseload& caseload) {
  IntakeValues values;
  values.klantcode = options.klantcode;
  const PersonName name = split_person_name(name_option("naam", options.naam));
  values.voornamen = name.voornamen;
  values.achternaam = name.achternaam;
  values.doelgroep = options.doelgroep;
  if (options.nieuwkomer) values.nieuwkomer = true;
  if (options.gevestigd) values.nieuwkomer = false;
  values.consulent = name_option("consulent", options.consulent);
  if (values.consulent.empty()) values.consulent = caseload.consulent;
  values.gemeente = caseload.gemeente;
  values.geboortedatum = date_option("geboortedatum", options.geboortedatum);
  values.aanmelding = date_option("aanmelding", options.aanmelding);
  values.kennisgeving = date_option("kennisgeving", options.kennisgeving);
  values.vestiging = date_option("vestiging", options.vestiging);
  values.oproep = date_option("oproep", options.oproep);
  return values;
}

void ask_missing_values(IntakeValues& values, const Policy& policy, Lang lang) {
  Prompter prompt(std::cin, std::cerr, lang);
  if (values.voornamen.empty() && values.achternaam.empty()) {
    if (const auto answer =
            prompt.ask({"Naam van de klant (voornamen en achternaam)",
                        "Name of the client (given names and surname)"},
                       check_name)) {
      const PersonName name = split_person_name(*answer);
      values.voornamen = name.voornamen;
      values.achternaam = name.achternaam;
    }
  }
  if (values.doelgroep.empty()) {
    values.doelgroep =
        prompt
            .ask({"Doelgroep (asielstatushouder, gezinsmigrant of overig)",
                  "Target group (asielstatushouder, gezinsmigrant or "
                  "overig)"},
                 check_doelgroep)
            .value_or("");
  }
  if (!values.nieuwkomer) {
    if (const auto answer =
            prompt.ask({"Nieuwkomer, net vanuit het AZC? (ja of nee)",
                        "Newcomer, just from the asylum centre? (yes or no)"},
                       check_yes_no)) {
      values.nieuwkomer = yes_no(*answer);
    }
  }
  ask_date(prompt, values.aanmelding,
           {"Datum van aanmelding bij de gemeente (JJJJ-MM-DD)",
            "Date of registration with the municipality (YYYY-MM-DD)"});
  ask_start_date(prompt, values, policy);
  if (values.consulent.empty()) {
    values.consulent =
        prompt
            .ask({"Naam van de consulent", "Name of the consultant"},
                 check_name)
            .value_or("");
  }
}

}  // namespace pipkit::cli
