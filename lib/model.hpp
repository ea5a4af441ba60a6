// SPDX-License-Identifier: EUPL-1.2
// Intake, Pip and Caseload: the case files as plain structs.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "date.hpp"
#include "diagnostic.hpp"
#include "schema.hpp"
#include "yaml_doc.hpp"

namespace pipkit {

/// Where each key of a record stood, so later checks can point at it.
struct Places {
  std::string path;  // dotted key path of the record itself
  Position position;
  std::map<std::string, Position> keys;

  /// Returns the position of a key of this record, or of the record.
  Position of(const std::string& key) const;
  /// Returns the dotted key path of a key of this record.
  std::string key_path(const std::string& key) const;
};

struct Gesprek {
  std::optional<Date> datum;
  std::optional<int> duur_minuten;
  std::string taalondersteuning;
  std::string vorm;
};

struct Diploma {
  std::string naam, land, niveau, waardering;
  std::optional<bool> in_bezit;
};

struct Functie {
  std::string beroep, land;
  std::optional<double> jaren;
};

struct Leefgebied {
  std::string key;
  std::string bevindingen;
  bool actie_nodig = false;
  std::vector<std::string> belemmeringen;
  Places places;
};

struct Intake {
  std::string path;
  Places places;
  // klant
  std::string klantcode, bsn, voornamen, achternaam, geslacht, doelgroep;
  std::string gemeente, telefoon, email, iban;
  std::optional<Date> geboortedatum;
  std::optional<bool> nieuwkomer;
  Places klant_places;
  // traject
  std::string consulent, organisatie;
  std::optional<Date> aanmelding, kennisgeving, brp_inschrijving, vestiging,
      oproep, derden_informatie, afgerond;
  std::vector<Gesprek> gesprekken;
  Places traject_places;
  // coa
  std::optional<Date> leerbaarheidstoets_datum;
  std::string leerbaarheidstoets_uitkomst;
  std::optional<bool> voorinburgering;
  // leefgebieden, in file order
  std::vector<Leefgebied> leefgebieden;
  std::vector<Diploma> diplomas;
  std::vector<Functie> functies;
  std::map<std::string, std::string> nederlands;  // skill -> CEFR level
  std::string alfabetisering;
  std::optional<int> zrm_versie;
  std::map<std::string, int> zrm_scores;
  std::string digitale_niveau, gezinshereniging;
  // advies
  std::string leerroute, advies_toelichting;

  /// Returns the leefgebied with this key, or nullptr when absent.
  const Leefgebied* leefgebied(const std::string& key) const;
};

struct Goal {
  std::string section;  // "inburgering" or "participatie"
  int index = 0;
  std::string titel, onderdeel, doelstelling, partij, tijdpad, status,
      overige;
  std::vector<std::string> activiteiten, leefgebieden, instrumenten;
  std::optional<Date> start, eind;
  std::optional<double> uren_per_week;
  Places places;
};

struct Voortgang {
  std::optional<Date> datum;
  std::string verslag;
};

struct Wijziging {
  std::optional<Date> datum;
  std::string omschrijving, leerroute_wissel;
};

struct Pip {
  std::string path;
  Places places;
  std::string klantcode, naam, intake, consulent, leerroute;
  std::optional<Date> opgesteld, vastgesteld, eerste_vastgesteld;
  std::optional<Date> akkoord_klant, akkoord_consulent;
  std::vector<Goal> inburgering, participatie;
  std::vector<Voortgang> voortgang;
  std::vector<Wijziging> wijzigingen;

  /// Returns every goal, inburgering first, in file order.
  std::vector<const Goal*> goals() const;
};

struct Caseload {
  std::string path;
  Places places;
  std::string gemeente, beleid;
  std::string consulent;  // new intakes take it when none is given
  std::optional<bool> algemene_termijnenwet;
  std::vector<Date> gelijkgestelde_dagen;
  Node termijnen;  // kept whole: the deadline policy reads its overrides
};

/// Returns the kind a document says it is by its `soort`.
FileKind document_kind(const Node& root);

/// Builds the typed view of a document; values that do not fit their type
/// are left empty (the schema check reports them).
Intake read_intake(const Node& root, std::string path);
Pip read_pip(const Node& root, std::string path);
Caseload read_caseload(const Node& root, std::string path);

}  // namespace pipkit
