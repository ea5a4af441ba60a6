// SPDX-License-Identifier: EUPL-1.2
// smart-check's findings about a plan as a whole rather than one goal.
#include "smart_plan.hpp"

#include <fmt/format.h>
#include <algorithm>

namespace pipkit {
namespace {

// A part missing, left empty or of the wrong kind is validate's PK100,
// PK120 or PK101; smart-check shows that finding rather than its own.
void check_parts_present(const PlanContext& plan, Diagnostics& out) {
  Diagnostics shared = shared_findings(plan, {"PK100", "PK101", "PK120"},
                                       {"inburgering", "participatie"});
  out.insert(out.end(), shared.begin(), shared.end());
}

void check_route_parts(const PlanContext& plan, Diagnostics& out) {
  const auto route = plan.config.routes.find(plan.pip.leerroute);
  if (route == plan.config.routes.end()) return;
  for (const std::string& part : route->second.required) {
    const bool present =
        std::any_of(plan.goals.begin(), plan.goals.end(), [&](auto* goal) {
          return plan.config.part_of(goal->onderdeel) == part;
        });
    if (present) continue;
    out.push_back(
        {"PK651",
         Severity::kWarning,
         plan.pip.places.of("inburgering"),
         "inburgering",
         {fmt::format("leerroute '{}' vraagt een doel met onderdeel '{}', "
                      "maar het plan heeft er geen; voeg het toe",
                      plan.pip.leerroute, part),
          fmt::format("leerroute '{}' asks for a goal with onderdeel '{}', "
                      "but the plan has none; add it",
                      plan.pip.leerroute, part)}});
  }
}

bool abroad(const std::string& land) {
  return !land.empty() && land != "Nederland";
}

// What the intake brings from abroad, as the message names it: the first
// foreign diploma and the first foreign job are enough to make the point.
Text foreign_assets(const Intake& intake) {
  Text out;
  const auto diploma =
      std::find_if(intake.diplomas.begin(), intake.diplomas.end(),
                   [](const Diploma& d) { return abroad(d.land); });
  if (diploma != intake.diplomas.end()) {
    out.nl = fmt::format("diploma '{}' ({})", diploma->naam, diploma->land);
    out.en = out.nl;
  }
  const auto job =
      std::find_if(intake.functies.begin(), intake.functies.end(),
                   [](const Functie& f) { return abroad(f.land); });
  if (job != intake.functies.end()) {
    out.nl += fmt::format("{}werkervaring als '{}' ({})",
                          out.nl.empty() ? "" : " en ", job->beroep, job->land);
    out.en +=
        fmt::format("{}work experience as '{}' ({})",
                    out.en.empty() ? "" : " and ", job->beroep, job->land);
  }
  return out;
}

void check_instruments(const PlanContext& plan, Diagnostics& out) {
  if (plan.intake == nullptr) return;
  const Text assets = foreign_assets(*plan.intake);
  if (assets.nl.empty()) return;
  const auto& known = plan.config.instruments;
  for (const Goal* goal : plan.goals) {
    if (goal->section != "participatie") continue;
    for (const std::string& used : goal->instrumenten) {
      if (std::find(known.begin(), known.end(), used) != known.end()) return;
    }
  }
  out.push_back(
      {"PK652",
       Severity::kWarning,
       plan.pip.places.of("participatie"),
       "participatie",
       {fmt::format("de intake noemt {} uit het buitenland, maar geen "
                    "participatiedoel zet een arbeidsmarktinstrument in; "
                    "overweeg bijvoorbeeld diplomawaardering, evc of "
                    "loopbaanadvies (sleutel 'instrumenten')",
                    assets.nl),
        fmt::format("the intake names {} from abroad, but no participation "
                    "goal uses a labour-market instrument; consider for "
                    "example diplomawaardering, evc or loopbaanadvies (key "
                    "'instrumenten')",
                    assets.en)}});
}

bool uses_instrument(const PlanContext& plan, const std::string& instrument) {
  return std::any_of(plan.goals.begin(), plan.goals.end(), [&](auto* goal) {
    const auto& used = goal->instrumenten;
    return std::find(used.begin(), used.end(), instrument) != used.end();
  });
}

// The pilot saw qualifications from the country of origin go unused; a
// diploma that nobody has had valued is the plainest case of it.
void check_recognition(const PlanContext& plan, Diagnostics& out) {
  if (plan.intake == nullptr || uses_instrument(plan, "diplomawaardering")) {
    return;
  }
  for (const Diploma& d : plan.intake->diplomas) {
    const bool valuable = d.niveau == "vo" || d.niveau == "mbo" ||
                          d.niveau == "hbo" || d.niveau == "wo";
    if (!abroad(d.land) || !valuable || d.waardering != "geen") continue;
    out.push_back(
        {"PK653",
         Severity::kWarning,
         plan.pip.places.of("participatie"),
         "participatie",
         {fmt::format("de intake noemt diploma '{}' ({}, {}) zonder "
                      "waardering, maar geen doel zet 'diplomawaardering' "
                      "in; laat het waarderen door IDW (hbo, wo, vo) of SBB "
                      "(mbo)",
                      d.naam, d.land, d.niveau),
          fmt::format("the intake names diploma '{}' ({}, {}) without a "
                      "valuation, but no goal uses 'diplomawaardering'; have "
                      "it valued by IDW (hbo, wo, vo) or SBB (mbo)",
                      d.naam, d.land, d.niveau)}});
    return;
  }
}

}  // namespace

Diagnostics judge_plan_as_whole(const PlanContext& plan) {
  Diagnostics out;
  check_parts_present(plan, out);
  check_route_parts(plan, out);
  check_instruments(plan, out);
  check_recognition(plan, out);
  for (const Diagnostic& d : plan.file_findings) {
    if (d.rule == "PK403" || d.rule == "PK404" || d.rule == "PK406") {
      out.push_back(d);
    }
  }
  sort_diagnostics(out);
  return out;
}

}  // namespace pipkit
