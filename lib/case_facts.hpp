// SPDX-License-Identifier: EUPL-1.2
// One client's deadline facts from its intake and plan, and which go together.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "deadlines.hpp"
#include "model.hpp"

namespace pipkit {

/// A change of leerroute as `wijzigingen[].leerroute_wissel` writes it.
struct LeerrouteChange {
  std::string from;  // b1 | onderwijs | z
  std::string to;

  bool operator==(const LeerrouteChange&) const = default;
};

/// Reads "onderwijs -> b1" (also with "→", in any case, with any spacing
/// and with "route" after the name); nullopt when the text does not name
/// two leerroutes.
std::optional<LeerrouteChange> parse_leerroute_wissel(std::string_view text);

/// Returns one client's facts from an intake, a plan or both (either may be
/// null); a goal's end is its `eind`, else the end of its `tijdpad` read
/// against the plan's date. Never fails: what is missing or unreadable
/// stays empty, and the items that need it are left out.
CaseFacts case_facts(const Intake* intake, const Pip* pip);

/// One client's files; at least one of the two is set.
struct CaseFiles {
  const Intake* intake = nullptr;
  const Pip* pip = nullptr;
};

/// Pairs every plan with its intake: the file its `intake` key names (or
/// intake.yaml beside it), else the one intake left with the same klantcode;
/// intakes no plan claims stand alone. Plans come first in the order given,
/// then the lone intakes; never fails.
std::vector<CaseFiles> pair_case_files(const std::vector<Intake>& intakes,
                                       const std::vector<Pip>& pips);

}  // namespace pipkit
