// SPDX-License-Identifier: EUPL-1.2
// Deadline presets (pilot, advies, wi2021) and a caseload's overrides.
#pragma once

#include <optional>
#include <stdexcept>
#include <string_view>

#include "holiday_data.hpp"
#include "text.hpp"

namespace pipkit {

/// The value of `beleid` in pipkit.yaml.
enum class PolicyName { kPilot, kAdvies, kWi2021 };

/// The event the intake and plan term counts from.
enum class IntakeStart {
  kAanmeldingOfOproep,     // pilot: aanmelding (nieuwkomer), else oproep
  kVestiging,              // the pilot's advice
  kKennisgevingOfBrp,      // Wi2021: kennisgeving or BRP, whichever is later
};

/// What makes the intake and plan deadline met.
enum class PlanDone {
  kOpgesteld,    // the plan exists: earliest of opgesteld and vastgesteld
  kVastgesteld,  // the plan is a decision: the first vastgesteld
};

/// The deadline rules for one caseload. A term of 0 switches its item off.
struct Policy {
  PolicyName name = PolicyName::kWi2021;
  IntakeStart intake_start = IntakeStart::kKennisgevingOfBrp;
  PlanDone plan_done = PlanDone::kVastgesteld;
  int intake_pip_weken = 10;
  int derden_informatie_weken = 2;
  int inburgeringstermijn_jaren = 3;
  int leerroute_wissel_maanden = 18;
  int voortgang_aantal = 2;
  int voortgang_binnen_maanden = 10;
  bool algemene_termijnenwet = true;
  HolidayData holidays;  // gelijkgestelde dagen, shipped plus the caseload's
};

/// The keys a caseload may set in pipkit.yaml; absent keys keep the preset.
/// Under `termijnen:` they read `intake_pip: {weken}`,
/// `derden_informatie: {weken}`, `inburgeringstermijn: {jaren}`,
/// `leerroute_wissel: {maanden}` and
/// `voortgangsgesprekken: {aantal, binnen_maanden}`; the last is the
/// top-level `algemene_termijnenwet`.
struct PolicyOverrides {
  std::optional<int> intake_pip_weken;
  std::optional<int> derden_informatie_weken;
  std::optional<int> inburgeringstermijn_jaren;
  std::optional<int> leerroute_wissel_maanden;
  std::optional<int> voortgang_aantal;
  std::optional<int> voortgang_binnen_maanden;
  std::optional<bool> algemene_termijnenwet;
};

/// An override that makes no sense; `message` says which key and what to do.
class PolicyError : public std::invalid_argument {
 public:
  explicit PolicyError(Text message)
      : std::invalid_argument(message.en), message_(std::move(message)) {}
  const Text& message() const { return message_; }

 private:
  Text message_;
};

/// Returns the preset's name as written in pipkit.yaml ("wi2021").
std::string_view policy_id(PolicyName name);

/// Reads a `beleid` value; returns nullopt for anything but pilot, advies
/// and wi2021.
std::optional<PolicyName> parse_policy_name(std::string_view text);

/// Returns the preset without gelijkgestelde dagen; never fails.
Policy preset(PolicyName name);

/// Returns `base` with the overrides applied; throws PolicyError for a
/// negative term, an intake term of 0 weeks, or conversations required in
/// 0 months.
Policy with_overrides(Policy base, const PolicyOverrides& overrides);

}  // namespace pipkit
