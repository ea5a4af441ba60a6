// SPDX-License-Identifier: EUPL-1.2
// The deadline policy a caseload's pipkit.yaml chooses and adjusts.
#pragma once

#include "model.hpp"
#include "policy.hpp"

namespace pipkit {

/// Returns the overrides under `termijnen`; a key that is absent or not a
/// whole number stays unset (the schema check reports it). Never fails.
PolicyOverrides read_overrides(const Caseload& caseload);

/// Returns the preset `beleid` names with the caseload's overrides and its
/// gelijkgestelde dagen added to `shipped`; throws PolicyError for an
/// unknown `beleid` or an override that makes no sense.
Policy caseload_policy(const Caseload& caseload, const HolidayData& shipped);

/// Returns the wi2021 preset with the shipped gelijkgestelde dagen, for a
/// folder without pipkit.yaml; never fails.
Policy default_policy(const HolidayData& shipped);

}  // namespace pipkit
