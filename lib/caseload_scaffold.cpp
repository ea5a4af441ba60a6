// SPDX-License-Identifier: EUPL-1.2
// The files pipkit init puts in a new caseload folder.
#include "caseload_scaffold.hpp"

#include <fmt/format.h>

#include "yaml_quote.hpp"

namespace pipkit {
namespace {

// validate reports a value starting with these words as still to be
// filled in (PK120), so the consultant is reminded of the gemeente.
constexpr std::string_view kNotYetFilled = "nog invullen";

}  // namespace

std::string caseload_settings_yaml(const CaseloadSettings& settings) {
  const std::string gemeente =
      yaml_quote(settings.gemeente.empty() ? std::string(kNotYetFilled)
                                           : settings.gemeente);
  const std::string consulent =
      settings.consulent.empty()
          ? "# consulent: \"J. de Vries\""
          : "consulent: " + yaml_quote(settings.consulent);
  // The beleid is written as given: the command line has already checked
  // it, and validate reports any other value with the choices.
  return fmt::format(
      R"(# Instellingen van deze caseload (formaat: pipkit-case(5)).
soort: caseload
versie: 1
gemeente: {}
# De naam die pipkit new-intake als consulent invult als --consulent
# ontbreekt.
{}
# beleid: de regels voor de termijn van intake en PIP.
#   wi2021  PIP vastgesteld binnen 10 weken na de kennisgeving van DUO, of
#           na de inschrijving in de BRP als die later is (Wet inburgering
#           2021)
#   pilot   intake en PIP gereed binnen 6 weken na de aanmelding
#           (nieuwkomers) of na de oproep (gevestigde klanten)
#   advies  intake en PIP gereed binnen 6 weken na de vestiging in de
#           gemeente
beleid: {}
# De Algemene termijnenwet schuift een termijn die op een zaterdag, zondag
# of feestdag eindigt door naar de eerstvolgende dag die dat niet is.
# Standaard aan bij wi2021, uit bij pilot en advies.
# algemene_termijnenwet: true
# Eigen termijnen in plaats van die van het beleid, bijvoorbeeld:
# termijnen:
#   intake_pip: {{ weken: 10 }}
#   voortgangsgesprekken: {{ aantal: 2, binnen_maanden: 10 }}
# Dagen die bij koninklijk besluit met een feestdag gelijkgesteld zijn en
# die pipkit nog niet kent:
# gelijkgestelde_dagen: [JJJJ-MM-DD]
)",
      gemeente, consulent, settings.beleid);
}

std::string_view gitattributes_text() {
  return "# Vaste regeleinden (LF) op elke computer, zodat de regelnummers\n"
         "# in de meldingen van pipkit en de verschillen in git kloppen.\n"
         "*.yaml text eol=lf\n"
         "*.yml text eol=lf\n"
         ".githooks/* text eol=lf\n";
}

std::string_view pre_commit_hook_text() {
  return R"(#!/bin/sh
# pipkit: controleer de dossierbestanden voordat ze in een commit komen.
# Check the case files before they go into a commit.
#
# Zet de hook eenmalig aan in elke kloon van deze caseload:
#   git config core.hooksPath .githooks
# De hook controleert wat in de commit komt (de staging area), niet wat in
# de map staat. Een ander pipkit-programma: PIPKIT=/pad/naar/pipkit.
set -eu
pipkit=${PIPKIT:-pipkit}
if ! command -v "$pipkit" >/dev/null 2>&1; then
  echo "pre-commit: '$pipkit' niet gevonden;" \
    "installeer pipkit of zet PIPKIT" >&2
  echo "pre-commit: '$pipkit' not found; install pipkit or set PIPKIT" >&2
  exit 1
fi
case $pipkit in
  /*) ;;
  */*) pipkit=$PWD/$pipkit ;;  # ook na de cd hieronder te vinden
esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git diff --cached --name-only -z --diff-filter=ACMR -- '*.yaml' '*.yml' \
  >"$tmp/files"
[ -s "$tmp/files" ] || exit 0
# De hele staging area, zodat een plan zijn intake vindt en een dossier
# zijn pipkit.yaml.
git checkout-index --all --prefix="$tmp/index/"
cd "$tmp/index"
# Only errors stop a commit; a draft's open warnings would only be noise.
if ! xargs -0 "$pipkit" validate --quiet <"$tmp/files"; then
  echo "pre-commit: herstel de fouten hierboven en probeer het opnieuw" >&2
  echo "pre-commit: fix the errors above and try again" >&2
  exit 1
fi
)";
}

}  // namespace pipkit
