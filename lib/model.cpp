// SPDX-License-Identifier: EUPL-1.2
// Intake, Pip and Caseload: the case files as plain structs.
#include "model.hpp"

#include <charconv>
#include <fmt/format.h>

#include "rules/schema_check.hpp"

namespace pipkit {
namespace {

const Node kNull;

const Node& at(const Node& map, const char* key) {
  const Node* found = map.get(key);
  return found ? *found : kNull;
}

// Placeholders ("nog invullen") read as empty, so later checks treat them as
// not yet known rather than as content.
std::string text(const Node& map, const char* key) {
  const Node& node = at(map, key);
  if (!node.is_scalar() || is_placeholder(node.text)) return {};
  return node.text;
}

std::optional<Date> date(const Node& map, const char* key) {
  const Node& node = at(map, key);
  return node.is_scalar() ? parse_iso_date(node.text) : std::nullopt;
}

std::optional<bool> flag(const Node& map, const char* key) {
  const Node& node = at(map, key);
  return node.is_scalar() ? parse_bool(node.text) : std::nullopt;
}

std::optional<double> number(const Node& map, const char* key) {
  const Node& node = at(map, key);
  if (!node.is_scalar()) return std::nullopt;
  double value = 0;
  const char* end = node.text.data() + node.text.size();
  const auto result = std::from_chars(node.text.data(), end, value);
  if (result.ec != std::errc() || result.ptr != end) return std::nullopt;
  return value;
}

std::optional<int> integer(const Node& map, const char* key) {
  const auto value = number(map, key);
  if (!value || *value != static_cast<int>(*value)) return std::nullopt;
  return static_cast<int>(*value);
}

std::vector<std::string> texts(const Node& map, const char* key) {
  std::vector<std::string> out;
  for (const Node& item : at(map, key).items) {
    if (item.is_scalar()) out.push_back(item.text);
  }
  return out;
}

Places places_of(const Node& map, std::string path, Position position) {
  Places places{std::move(path), position, {}};
  for (const MapEntry& e : map.entries) {
    // A finding about a scalar points at the value; about a block or list,
    // at its key, where a person looks for it.
    places.keys[e.key] =
        e.value.is_scalar() ? e.value.position : e.key_position;
  }
  return places;
}

Places child_places(const Node& parent, const Places& owner,
                    const char* key) {
  const MapEntry* e = parent.entry(key);
  return places_of(e ? e->value : kNull, owner.key_path(key),
                   e ? e->key_position : owner.position);
}

void read_klant(const Node& klant, Intake& intake) {
  intake.klantcode = text(klant, "klantcode");
  intake.bsn = text(klant, "bsn");
  intake.voornamen = text(klant, "voornamen");
  intake.achternaam = text(klant, "achternaam");
  intake.geboortedatum = date(klant, "geboortedatum");
  intake.geslacht = text(klant, "geslacht");
  intake.doelgroep = text(klant, "doelgroep");
  intake.nieuwkomer = flag(klant, "nieuwkomer");
  intake.gemeente = text(klant, "gemeente");
  intake.telefoon = text(klant, "telefoon");
  intake.email = text(klant, "email");
  intake.iban = text(klant, "iban");
}

void read_traject(const Node& traject, Intake& intake) {
  intake.consulent = text(traject, "consulent");
  intake.organisatie = text(traject, "organisatie");
  intake.aanmelding = date(traject, "aanmelding");
  intake.kennisgeving = date(traject, "kennisgeving");
  intake.brp_inschrijving = date(traject, "brp_inschrijving");
  intake.vestiging = date(traject, "vestiging");
  intake.oproep = date(traject, "oproep");
  intake.derden_informatie = date(traject, "derden_informatie");
  intake.afgerond = date(traject, "afgerond");
  for (const Node& g : at(traject, "gesprekken").items) {
    intake.gesprekken.push_back(Gesprek{date(g, "datum"),
                                        integer(g, "duur_minuten"),
                                        text(g, "taalondersteuning"),
                                        text(g, "vorm")});
  }
}

void read_leefgebied_details(const Node& node, const std::string& key,
                             Intake& intake) {
  if (key == "opleiding") {
    for (const Node& d : at(node, "diplomas").items) {
      intake.diplomas.push_back(Diploma{text(d, "naam"), text(d, "land"),
                                        text(d, "niveau"),
                                        text(d, "waardering"),
                                        flag(d, "in_bezit")});
    }
  } else if (key == "werkervaring") {
    for (const Node& f : at(node, "functies").items) {
      intake.functies.push_back(
          Functie{text(f, "beroep"), text(f, "land"), number(f, "jaren")});
    }
  } else if (key == "taalniveau") {
    for (const MapEntry& e : at(node, "nederlands").entries) {
      if (e.value.is_scalar()) intake.nederlands[e.key] = e.value.text;
    }
    intake.alfabetisering = text(node, "alfabetisering");
  } else if (key == "zelfredzaamheid") {
    const Node& zrm = at(node, "zrm");
    intake.zrm_versie = integer(zrm, "versie");
    for (const MapEntry& e : at(zrm, "scores").entries) {
      if (auto score = integer(at(zrm, "scores"), e.key.c_str())) {
        intake.zrm_scores[e.key] = *score;
      }
    }
  } else if (key == "digitale_vaardigheden") {
    intake.digitale_niveau = text(node, "niveau");
  } else if (key == "gezinssituatie") {
    intake.gezinshereniging = text(node, "gezinshereniging");
  }
}

void read_leefgebieden(const Node& root, Intake& intake) {
  const MapEntry* block = root.entry("leefgebieden");
  if (block == nullptr) return;
  const Places owner = child_places(root, intake.places, "leefgebieden");
  for (const MapEntry& e : block->value.entries) {
    Leefgebied lg;
    lg.key = e.key;
    lg.bevindingen = text(e.value, "bevindingen");
    lg.actie_nodig = flag(e.value, "actie_nodig").value_or(false);
    lg.belemmeringen = texts(e.value, "belemmeringen");
    lg.places = places_of(e.value, owner.key_path(e.key), e.key_position);
    read_leefgebied_details(e.value, e.key, intake);
    intake.leefgebieden.push_back(std::move(lg));
  }
}

Goal read_goal(const Node& node, const std::string& section, int index,
               Position position) {
  Goal goal;
  goal.section = section;
  goal.index = index;
  goal.titel = text(node, "titel");
  goal.onderdeel = text(node, "onderdeel");
  goal.doelstelling = text(node, "doelstelling");
  goal.activiteiten = texts(node, "activiteiten");
  goal.partij = text(node, "partij");
  goal.tijdpad = text(node, "tijdpad");
  goal.start = date(node, "start");
  goal.eind = date(node, "eind");
  goal.uren_per_week = number(node, "uren_per_week");
  goal.leefgebieden = texts(node, "leefgebieden");
  goal.instrumenten = texts(node, "instrumenten");
  goal.status = text(node, "status");
  goal.overige = text(node, "overige");
  goal.places = places_of(node, fmt::format("{}[{}]", section, index),
                          position);
  return goal;
}

std::vector<Goal> read_goals(const Node& root, const char* section) {
  std::vector<Goal> goals;
  const Node& list = at(root, section);
  for (size_t i = 0; i < list.items.size(); ++i) {
    const Node& item = list.items[i];
    if (!item.is_mapping()) continue;
    goals.push_back(read_goal(item, section, static_cast<int>(i),
                              item.position));
  }
  return goals;
}

}  // namespace

Position Places::of(const std::string& key) const {
  const auto found = keys.find(key);
  return found == keys.end() ? position : found->second;
}

std::string Places::key_path(const std::string& key) const {
  return path.empty() ? key : fmt::format("{}.{}", path, key);
}

const Leefgebied* Intake::leefgebied(const std::string& key) const {
  for (const Leefgebied& lg : leefgebieden) {
    if (lg.key == key) return &lg;
  }
  return nullptr;
}

std::vector<const Goal*> Pip::goals() const {
  std::vector<const Goal*> out;
  for (const Goal& g : inburgering) out.push_back(&g);
  for (const Goal& g : participatie) out.push_back(&g);
  return out;
}

FileKind document_kind(const Node& root) {
  const Node* soort = root.get("soort");
  return soort && soort->is_scalar() ? file_kind_from_soort(soort->text)
                                     : FileKind::kUnknown;
}

Intake read_intake(const Node& root, std::string path) {
  Intake intake;
  intake.path = std::move(path);
  intake.places = places_of(root, "", Position{1, 1});
  intake.klant_places = child_places(root, intake.places, "klant");
  intake.traject_places = child_places(root, intake.places, "traject");
  read_klant(at(root, "klant"), intake);
  read_traject(at(root, "traject"), intake);
  const Node& toets = at(at(root, "coa"), "leerbaarheidstoets");
  intake.leerbaarheidstoets_datum = date(toets, "datum");
  intake.leerbaarheidstoets_uitkomst = text(toets, "uitkomst");
  intake.voorinburgering = flag(at(root, "coa"), "voorinburgering");
  read_leefgebieden(root, intake);
  intake.leerroute = text(at(root, "advies"), "leerroute");
  intake.advies_toelichting = text(at(root, "advies"), "toelichting");
  return intake;
}

Pip read_pip(const Node& root, std::string path) {
  Pip pip;
  pip.path = std::move(path);
  pip.places = places_of(root, "", Position{1, 1});
  pip.klantcode = text(at(root, "klant"), "klantcode");
  pip.naam = text(at(root, "klant"), "naam");
  pip.intake = text(root, "intake");
  pip.consulent = text(root, "consulent");
  pip.opgesteld = date(root, "opgesteld");
  pip.vastgesteld = date(root, "vastgesteld");
  pip.eerste_vastgesteld = date(root, "eerste_vastgesteld");
  pip.akkoord_klant = date(at(root, "akkoord"), "klant");
  pip.akkoord_consulent = date(at(root, "akkoord"), "consulent");
  pip.leerroute = text(root, "leerroute");
  pip.inburgering = read_goals(root, "inburgering");
  pip.participatie = read_goals(root, "participatie");
  for (const Node& v : at(root, "voortgang").items) {
    pip.voortgang.push_back(Voortgang{date(v, "datum"), text(v, "verslag")});
  }
  for (const Node& w : at(root, "wijzigingen").items) {
    pip.wijzigingen.push_back(Wijziging{date(w, "datum"),
                                        text(w, "omschrijving"),
                                        text(w, "leerroute_wissel")});
  }
  return pip;
}

Caseload read_caseload(const Node& root, std::string path) {
  Caseload caseload;
  caseload.path = std::move(path);
  caseload.places = places_of(root, "", Position{1, 1});
  caseload.gemeente = text(root, "gemeente");
  caseload.consulent = text(root, "consulent");
  caseload.beleid = text(root, "beleid");
  caseload.algemene_termijnenwet = flag(root, "algemene_termijnenwet");
  for (const Node& d : at(root, "gelijkgestelde_dagen").items) {
    if (auto day = parse_iso_date(d.text)) {
      caseload.gelijkgestelde_dagen.push_back(*day);
    }
  }
  caseload.termijnen = at(root, "termijnen");
  return caseload;
}

}  // namespace pipkit
