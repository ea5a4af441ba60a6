// SPDX-License-Identifier: EUPL-1.2
// The deadline policy a caseload's pipkit.yaml sets.
#pragma once

#include "holiday_data.hpp"
#include "model.hpp"
#include "policy.hpp"

namespace pipkit {

/// Returns the caseload's policy: the preset its `beleid` names, with its
/// `termijnen` and `algemene_termijnenwet` applied, and the shipped
/// gelijkgestelde dagen plus its own. Values the schema check refuses are
/// ignored here; throws PolicyError for a missing or unknown `beleid` or an
/// override that makes no sense.
Policy caseload_policy(const Caseload& caseload, const HolidayData& shipped);

}  // namespace pipkit
