// SPDX-License-Identifier: EUPL-1.2
// The case format as data: which keys each kind of file has, and of what type.
#include "schema.hpp"

namespace pipkit {
namespace {

using Fields = std::vector<FieldSpec>;

FieldSpec text(std::string key, bool required = false) {
  FieldSpec f{std::move(key), ValueType::kText, required};
  f.free_text = true;
  return f;
}

FieldSpec code(std::string key, bool required = false) {
  return FieldSpec{std::move(key), ValueType::kCode, required};
}

FieldSpec date(std::string key, bool required = false) {
  return FieldSpec{std::move(key), ValueType::kDate, required};
}

FieldSpec flag(std::string key) {
  return FieldSpec{std::move(key), ValueType::kBool};
}

FieldSpec number(std::string key, ValueType type, double min, double max) {
  FieldSpec f{std::move(key), type};
  f.min = min;
  f.max = max;
  return f;
}

FieldSpec choice(std::string key, std::vector<std::string> choices,
                 bool required = false) {
  FieldSpec f{std::move(key), ValueType::kChoice, required};
  f.choices = std::move(choices);
  return f;
}

FieldSpec mapping(std::string key, Fields fields, bool required = false) {
  FieldSpec f{std::move(key), ValueType::kMapping, required};
  f.fields = std::move(fields);
  return f;
}

FieldSpec list_of(std::string key, FieldSpec item, bool required = false) {
  FieldSpec f{std::move(key), ValueType::kList, required};
  f.items.push_back(std::move(item));
  return f;
}

FieldSpec list_of_fields(std::string key, Fields fields,
                         bool required = false) {
  return list_of(std::move(key), mapping("", std::move(fields)), required);
}

const std::vector<std::string> kCefr = {"A0", "A1", "A2", "B1",
                                        "B2", "C1", "C2"};
const std::vector<std::string> kLeerroutes = {"b1", "onderwijs", "z"};

FieldSpec header_soort() { return code("soort", true); }

FieldSpec header_versie() {
  return number("versie", ValueType::kInteger, 1, 1);
}

Fields klant_fields() {
  return {
      code("klantcode", true),
      code("bsn"),
      text("voornamen"),
      text("achternaam"),
      date("geboortedatum"),
      choice("geslacht", {"v", "m", "x", "onbekend"}),
      choice("doelgroep", {"asielstatushouder", "gezinsmigrant", "overig"}),
      flag("nieuwkomer"),
      text("gemeente"),
      code("telefoon"),
      code("email"),
      code("iban"),
  };
}

Fields traject_fields() {
  return {
      text("consulent"),
      text("organisatie"),
      date("aanmelding"),
      date("kennisgeving"),
      date("brp_inschrijving"),
      date("vestiging"),
      date("oproep"),
      date("derden_informatie"),
      list_of_fields(
          "gesprekken",
          {date("datum", true),
           number("duur_minuten", ValueType::kInteger, 1, 600),
           choice("taalondersteuning",
                  {"geen", "tolk", "tolkentelefoon", "cultuurverbinder"}),
           choice("vorm", {"open", "vragenlijst"})}),
      date("afgerond"),
  };
}

Fields leefgebied_common() {
  return {text("bevindingen", true), flag("actie_nodig")};
}

Fields with(Fields base, Fields extra) {
  for (FieldSpec& f : extra) base.push_back(std::move(f));
  return base;
}

FieldSpec leefgebied(std::string key, Fields extra = {}) {
  // Not required here: a missing leefgebied gets its own rule (PK300) that
  // names it the way the pilot's evaluators did.
  return mapping(std::move(key), with(leefgebied_common(), std::move(extra)));
}

FieldSpec belemmeringen() {
  FieldSpec item = text("");
  return list_of("belemmeringen", item);
}

FieldSpec zrm() {
  FieldSpec scores{"scores", ValueType::kMapping};
  // The domains differ between ZRM versions, so the intake rules check
  // them against the version; the schema only knows the scale.
  scores.any_keys = true;
  scores.items.push_back(number("", ValueType::kInteger, 1, 5));
  return mapping("zrm", {number("versie", ValueType::kInteger, 2000, 2100),
                         scores});
}

FieldSpec taalniveau() {
  return leefgebied(
      "taalniveau",
      {mapping("nederlands",
               {choice("spreken", kCefr), choice("luisteren", kCefr),
                choice("lezen", kCefr), choice("schrijven", kCefr)}),
       list_of_fields("andere_talen",
                      {text("taal", true), choice("niveau", kCefr)}),
       choice("alfabetisering",
              {"gealfabetiseerd", "analfabeet", "ander_schrift"})});
}

FieldSpec leefgebieden() {
  return mapping(
      "leefgebieden",
      {
          leefgebied("leerbaarheid"),
          leefgebied("opleiding",
                     {list_of_fields(
                         "diplomas",
                         {text("naam", true), text("land"),
                          choice("niveau",
                                 {"geen", "basis", "vo", "mbo", "hbo", "wo"}),
                          flag("in_bezit"),
                          choice("waardering",
                                 {"geen", "aangevraagd", "ontvangen"})})}),
          leefgebied("werkervaring",
                     {list_of_fields(
                         "functies",
                         {text("beroep", true), text("land"),
                          number("jaren", ValueType::kNumber, 0, 60)})}),
          leefgebied("praktische_competenties"),
          leefgebied("werknemersvaardigheden"),
          taalniveau(),
          leefgebied("motivatie_interesses"),
          leefgebied("zelfredzaamheid", {zrm()}),
          leefgebied("digitale_vaardigheden",
                     {choice("niveau", {"geen", "basis", "gevorderd"})}),
          leefgebied("gezinssituatie",
                     {choice("gezinshereniging",
                             {"nee", "lopend", "afgerond"})}),
          leefgebied("fysieke_gezondheid", {belemmeringen()}),
          leefgebied("mentale_gezondheid", {belemmeringen()}),
          leefgebied("sociaal_netwerk"),
      },
      true);
}

Fields intake_schema() {
  return {
      header_soort(),
      header_versie(),
      mapping("klant", klant_fields(), true),
      mapping("traject", traject_fields()),
      mapping("coa",
              {mapping("leerbaarheidstoets",
                       {date("datum"),
                        choice("uitkomst", {"hoog", "gemiddeld", "laag",
                                            "niet_afgenomen"}),
                        text("toelichting")}),
               flag("voorinburgering")}),
      leefgebieden(),
      mapping("advies",
              {choice("leerroute", kLeerroutes), text("toelichting")}),
  };
}

FieldSpec goal_list(std::string key) {
  FieldSpec leefgebied_ref = choice("", leefgebied_keys());
  FieldSpec instrument = choice("", instrument_keys());
  FieldSpec activity = text("");
  return list_of_fields(
      std::move(key),
      {
          text("titel"),
          choice("onderdeel", {"taal", "knm", "pvt", "map", "ona",
                               "alfabetisering", "overig"}),
          text("doelstelling", true),
          list_of("activiteiten", activity, true),
          text("partij", true),
          text("tijdpad"),
          date("start"),
          date("eind"),
          number("uren_per_week", ValueType::kNumber, 0, 60),
          list_of("leefgebieden", leefgebied_ref),
          list_of("instrumenten", instrument),
          choice("status", {"gepland", "lopend", "afgerond", "gestaakt"}),
          text("overige"),
      },
      true);
}

Fields pip_schema() {
  return {
      header_soort(),
      header_versie(),
      mapping("klant", {code("klantcode", true), text("naam")}, true),
      code("intake"),
      text("consulent"),
      date("opgesteld", true),
      date("vastgesteld"),
      date("eerste_vastgesteld"),
      mapping("akkoord", {date("klant"), date("consulent")}),
      choice("leerroute", kLeerroutes, true),
      goal_list("inburgering"),
      goal_list("participatie"),
      list_of_fields("voortgang", {date("datum", true), text("verslag")}),
      list_of_fields("wijzigingen",
                     {date("datum", true), text("omschrijving"),
                      text("leerroute_wissel")}),
  };
}

// Terms that may be 0 are switched off by it; the intake term may not.
Fields termijnen_fields() {
  return {
      mapping("intake_pip", {number("weken", ValueType::kInteger, 1, 52)}),
      mapping("derden_informatie",
              {number("weken", ValueType::kInteger, 0, 52)}),
      mapping("inburgeringstermijn",
              {number("jaren", ValueType::kInteger, 0, 10)}),
      mapping("leerroute_wissel",
              {number("maanden", ValueType::kInteger, 0, 60)}),
      mapping("voortgangsgesprekken",
              {number("aantal", ValueType::kInteger, 0, 24),
               number("binnen_maanden", ValueType::kInteger, 1, 36)}),
  };
}

Fields caseload_schema() {
  return {
      header_soort(),
      header_versie(),
      text("gemeente"),
      text("consulent"),
      choice("beleid", {"pilot", "advies", "wi2021"}, true),
      mapping("termijnen", termijnen_fields()),
      flag("algemene_termijnenwet"),
      list_of("gelijkgestelde_dagen", date("")),
  };
}

}  // namespace

std::string_view file_kind_name(FileKind kind) {
  switch (kind) {
    case FileKind::kIntake: return "intake";
    case FileKind::kPip: return "pip";
    case FileKind::kCaseload: return "caseload";
    case FileKind::kUnknown: return "unknown";
  }
  return "unknown";
}

FileKind file_kind_from_soort(std::string_view soort) {
  if (soort == "intake") return FileKind::kIntake;
  if (soort == "pip") return FileKind::kPip;
  if (soort == "caseload") return FileKind::kCaseload;
  return FileKind::kUnknown;
}

const std::vector<FieldSpec>& schema_for(FileKind kind) {
  static const Fields kIntake = intake_schema();
  static const Fields kPip = pip_schema();
  static const Fields kCaseload = caseload_schema();
  static const Fields kNone;
  switch (kind) {
    case FileKind::kIntake: return kIntake;
    case FileKind::kPip: return kPip;
    case FileKind::kCaseload: return kCaseload;
    case FileKind::kUnknown: return kNone;
  }
  return kNone;
}

const std::vector<std::string>& leefgebied_keys() {
  static const std::vector<std::string> kKeys = {
      "leerbaarheid",          "opleiding",
      "werkervaring",          "praktische_competenties",
      "werknemersvaardigheden", "taalniveau",
      "motivatie_interesses",  "zelfredzaamheid",
      "digitale_vaardigheden", "gezinssituatie",
      "fysieke_gezondheid",    "mentale_gezondheid",
      "sociaal_netwerk"};
  return kKeys;
}

std::string_view leefgebied_name(std::string_view key) {
  struct Name { std::string_view key, name; };
  static constexpr Name kNames[] = {
      {"leerbaarheid", "Leerbaarheid"},
      {"opleiding", "Opleiding"},
      {"werkervaring", "Werkervaring en/of vrijwilligerswerk"},
      {"praktische_competenties", "Praktische competenties"},
      {"werknemersvaardigheden", "Werknemersvaardigheden"},
      {"taalniveau", "Taalniveau"},
      {"motivatie_interesses", "Motivatie/interesses"},
      {"zelfredzaamheid", "Mate van zelfredzaamheid"},
      {"digitale_vaardigheden", "Digitale vaardigheden"},
      {"gezinssituatie", "Gezinssituatie"},
      {"fysieke_gezondheid", "Fysieke gezondheid"},
      {"mentale_gezondheid", "Mentale gezondheid"},
      {"sociaal_netwerk", "Sociaal netwerk"}};
  for (const Name& n : kNames) {
    if (n.key == key) return n.name;
  }
  return key;
}

const std::vector<std::string>& zrm_2017_domains() {
  static const std::vector<std::string> kDomains = {
      "financien",          "werk_opleiding",
      "tijdsbesteding",     "huisvesting",
      "huiselijke_relaties", "geestelijke_gezondheid",
      "lichamelijke_gezondheid", "middelengebruik",
      "basale_adl",         "instrumentele_adl",
      "sociaal_netwerk",    "maatschappelijke_participatie",
      "justitie"};
  return kDomains;
}

const std::vector<std::string>& instrument_keys() {
  static const std::vector<std::string> kKeys = {
      "diplomawaardering", "evc",           "assessment",
      "beroepskwalificatie", "stage",       "proefplaatsing",
      "werkfit",           "leerwerktraject", "vrijwilligerswerk",
      "loopbaanadvies",    "taalmaatje",    "werkervaringsplaats",
      "scholing",          "overig"};
  return kKeys;
}

}  // namespace pipkit

namespace pipkit {
namespace {

using Visit = std::function<void(const Node&, const std::string&)>;

void visit_value(const Node& node, const FieldSpec& spec,
                 const std::string& path, const Visit& visit);

void visit_fields(const Node& map, const std::vector<FieldSpec>& fields,
                  const std::string& path, const Visit& visit) {
  for (const MapEntry& entry : map.entries) {
    for (const FieldSpec& spec : fields) {
      if (spec.key != entry.key) continue;
      visit_value(entry.value,
                  spec, path.empty() ? entry.key : path + "." + entry.key,
                  visit);
    }
  }
}

void visit_value(const Node& node, const FieldSpec& spec,
                 const std::string& path, const Visit& visit) {
  if (node.is_scalar() && spec.free_text) {
    visit(node, path);
  } else if (node.is_mapping() && spec.type == ValueType::kMapping &&
             !spec.any_keys) {
    visit_fields(node, spec.fields, path, visit);
  } else if (node.is_sequence() && spec.type == ValueType::kList) {
    for (size_t i = 0; i < node.items.size(); ++i) {
      visit_value(node.items[i], spec.items.front(),
                  path + "[" + std::to_string(i) + "]", visit);
    }
  }
}

}  // namespace

void for_each_free_text(const Node& root, FileKind kind, const Visit& visit) {
  if (root.is_mapping()) visit_fields(root, schema_for(kind), "", visit);
}

}  // namespace pipkit
