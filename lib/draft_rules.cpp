// SPDX-License-Identifier: EUPL-1.2
// build-pip's suggestions as data: when an intake shows X, propose goal Y.
#include "draft_rules.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <charconv>

#include "draft_conditions.hpp"
#include "rules/schema_check.hpp"
#include "schema.hpp"
#include "source.hpp"
#include "yaml_doc.hpp"

namespace pipkit {
namespace {

using Keys = std::vector<std::string_view>;

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

std::string child(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : fmt::format("{}.{}", path, key);
}

// Reads the rules file strictly: a typo in a rule would otherwise switch
// it off without anyone noticing, so every unknown key and value stops
// the reading with the place it stands.
class RulesReader {
 public:
  [[noreturn]] static void fail(Position where, Text message) {
    throw DraftRulesError(where, std::move(message));
  }

  static void expect_mapping(const Node& node, const std::string& path) {
    if (node.is_mapping()) return;
    fail(node.position, {fmt::format("'{}' moet een blok sleutels zijn", path),
                         fmt::format("'{}' must be a block of keys", path)});
  }

  static void expect_keys(const Node& map, const Keys& allowed,
                          const std::string& path) {
    expect_mapping(map, path);
    for (const MapEntry& e : map.entries) {
      if (std::find(allowed.begin(), allowed.end(), e.key) != allowed.end()) {
        continue;
      }
      std::vector<std::string> names(allowed.begin(), allowed.end());
      fail(e.key_position, {fmt::format("onbekende sleutel '{}'; kies uit {}",
                                        child(path, e.key), join(names)),
                            fmt::format("unknown key '{}'; choose from {}",
                                        child(path, e.key), join(names))});
    }
  }

  static const Node& required(const Node& map, std::string_view key,
                              const std::string& path) {
    const Node* value = map.get(key);
    if (value != nullptr && !value->is_null()) return *value;
    fail(map.position,
         {fmt::format("'{}' ontbreekt; vul hem in", child(path, key)),
          fmt::format("'{}' is missing; fill it in", child(path, key))});
  }

  static std::string text(const Node& node, const std::string& path) {
    if (node.is_scalar()) return node.text;
    fail(node.position, {fmt::format("'{}' moet tekst zijn", path),
                         fmt::format("'{}' must be text", path)});
  }

  static std::string optional_text(const Node& map, std::string_view key,
                                   const std::string& path) {
    const Node* value = map.get(key);
    if (value == nullptr || value->is_null()) return {};
    return text(*value, child(path, key));
  }

  static void check_word(Position where, const std::string& word,
                         const std::vector<std::string>& allowed,
                         const std::string& path) {
    if (allowed.empty() ||
        std::find(allowed.begin(), allowed.end(), word) != allowed.end()) {
      return;
    }
    fail(where,
         {fmt::format("'{}' is geen geldige waarde voor '{}'; kies uit {}",
                      word, path, join(allowed)),
          fmt::format("'{}' is not a valid value for '{}'; choose from {}",
                      word, path, join(allowed))});
  }

  // One word, or a list of them; each must be one of `allowed` when that
  // is not empty.
  static std::vector<std::string> words(
      const Node& node, const std::string& path,
      const std::vector<std::string>& allowed = {}) {
    if (!node.is_scalar() && !node.is_sequence()) {
      fail(node.position,
           {fmt::format("'{}' moet een waarde of een lijst zijn", path),
            fmt::format("'{}' must be a value or a list", path)});
    }
    std::vector<std::string> out;
    for (const Node& item : node.is_scalar() ? std::vector<Node>{node}
                                             : node.items) {
      out.push_back(text(item, path));
      check_word(item.position, out.back(), allowed, path);
    }
    return out;
  }

  // Exactly one word, one of `allowed`.
  static std::string word(const Node& node, const std::string& path,
                          const std::vector<std::string>& allowed) {
    const std::string out = text(node, path);
    check_word(node.position, out, allowed, path);
    return out;
  }

  static bool flag(const Node& node, const std::string& path) {
    if (auto value = parse_bool(node.scalar())) return *value;
    fail(node.position, {fmt::format("'{}' moet true of false zijn", path),
                         fmt::format("'{}' must be true or false", path)});
  }

  static double number(const Node& node, const std::string& path, double min,
                       double max) {
    double value = 0;
    const std::string_view s = node.scalar();
    const auto [end, error] =
        std::from_chars(s.data(), s.data() + s.size(), value);
    if (!s.empty() && error == std::errc() && end == s.data() + s.size() &&
        value >= min && value <= max) {
      return value;
    }
    fail(node.position,
         {fmt::format("'{}' moet een getal van {} tot en met {} zijn", path,
                      min, max),
          fmt::format("'{}' must be a number from {} to {}", path, min, max)});
  }

  static int whole(const Node& node, const std::string& path, int min,
                   int max) {
    const double value = number(node, path, min, max);
    if (value == static_cast<int>(value)) return static_cast<int>(value);
    fail(node.position, {fmt::format("'{}' moet een heel getal zijn", path),
                         fmt::format("'{}' must be a whole number", path)});
  }
};

using R = RulesReader;

ItemFilter read_filter(const Node& node, const std::string& path,
                       bool diploma) {
  const std::string base = "leefgebieden.opleiding.diplomas.";
  R::expect_keys(node,
                 diploma
                     ? Keys{"niveau", "waardering", "in_bezit", "buitenland"}
                     : Keys{"buitenland", "jaren_minimaal"},
                 path);
  ItemFilter f;
  for (const MapEntry& e : node.entries) {
    const std::string at = child(path, e.key);
    if (e.key == "niveau" || e.key == "waardering") {
      auto& list = e.key == "niveau" ? f.niveau : f.waardering;
      list = R::words(e.value, at,
                      format_choices(FileKind::kIntake, base + e.key));
    } else if (e.key == "in_bezit") {
      f.in_bezit = R::flag(e.value, at);
    } else if (e.key == "buitenland") {
      f.buitenland = R::flag(e.value, at);
    } else {
      f.jaren_minimaal = R::number(e.value, at, 0, 60);
    }
  }
  return f;
}

Condition read_condition(const Node& node, const std::string& path);

void read_condition_entry(const MapEntry& e, const std::string& path,
                          Condition& c) {
  const std::string at = child(path, e.key);
  for (const ChoiceField& field : choice_fields()) {
    if (e.key != field.key) continue;
    c.choices[e.key] = R::words(
        e.value, at, format_choices(FileKind::kIntake, field.schema_path));
    return;
  }
  if (e.key == "nieuwkomer") {
    c.nieuwkomer = R::flag(e.value, at);
  } else if (e.key == "belemmeringen") {
    c.belemmeringen = R::flag(e.value, at);
  } else if (e.key == "actie_nodig" || e.key == "onbeantwoord") {
    auto& list = e.key == "actie_nodig" ? c.actie_nodig : c.onbeantwoord;
    list = R::words(e.value, at, leefgebied_keys());
  } else if (e.key == "nederlands_onder") {
    R::expect_mapping(e.value, at);
    const std::string skills = "leefgebieden.taalniveau.nederlands.";
    for (const MapEntry& skill : e.value.entries) {
      R::check_word(skill.key_position, skill.key,
                    {"spreken", "luisteren", "lezen", "schrijven"}, at);
      c.nederlands_onder[skill.key] =
          R::word(skill.value, child(at, skill.key),
                  format_choices(FileKind::kIntake, skills + skill.key));
    }
  } else if (e.key == "diploma" || e.key == "functie") {
    (e.key == "diploma" ? c.diploma : c.functie) =
        read_filter(e.value, at, e.key == "diploma");
  } else if (e.key == "niet") {
    c.niet.push_back(read_condition(e.value, at));
  }
}

Condition read_condition(const Node& node, const std::string& path) {
  Keys keys = {
      "nieuwkomer",       "belemmeringen", "actie_nodig", "onbeantwoord",
      "nederlands_onder", "diploma",       "functie",     "niet"};
  for (const ChoiceField& field : choice_fields()) keys.push_back(field.key);
  R::expect_keys(node, keys, path);
  Condition c;
  for (const MapEntry& e : node.entries) read_condition_entry(e, path, c);
  return c;
}

GoalTemplate read_goal(const Node& node, const std::string& path,
                       const std::string& deel) {
  R::expect_keys(node,
                 {"titel", "onderdeel", "doelstelling", "activiteiten",
                  "partij", "leefgebieden", "instrumenten", "overige"},
                 path);
  GoalTemplate g;
  g.titel = R::text(R::required(node, "titel", path), child(path, "titel"));
  g.doelstelling = R::text(R::required(node, "doelstelling", path),
                           child(path, "doelstelling"));
  const Node& activities = R::required(node, "activiteiten", path);
  g.activiteiten = R::words(activities, child(path, "activiteiten"));
  if (g.activiteiten.empty()) {
    R::fail(activities.position,
            {fmt::format("'{}' noemt geen enkele activiteit; noem er ten "
                         "minste één",
                         child(path, "activiteiten")),
             fmt::format("'{}' names no activity; name at least one",
                         child(path, "activiteiten"))});
  }
  g.partij = R::optional_text(node, "partij", path);
  g.overige = R::optional_text(node, "overige", path);
  if (const Node* o = node.get("onderdeel")) {
    g.onderdeel = R::word(*o, child(path, "onderdeel"),
                          format_choices(FileKind::kPip, deel + ".onderdeel"));
  }
  if (const Node* l = node.get("leefgebieden")) {
    g.leefgebieden =
        R::words(*l, child(path, "leefgebieden"), leefgebied_keys());
  }
  if (const Node* i = node.get("instrumenten")) {
    g.instrumenten =
        R::words(*i, child(path, "instrumenten"), instrument_keys());
  }
  return g;
}

Planning read_planning(const Node& node, const std::string& path,
                       bool vast_by_default) {
  R::expect_keys(node,
                 {"start_na_maanden", "na", "maanden", "uren_per_week", "vast"},
                 path);
  Planning p;
  p.vast = vast_by_default;
  p.maanden = R::whole(R::required(node, "maanden", path),
                       child(path, "maanden"), 1, 36);
  if (const Node* s = node.get("start_na_maanden")) {
    p.start_na_maanden = R::whole(*s, child(path, "start_na_maanden"), 0, 35);
  }
  if (const Node* n = node.get("na")) p.na = R::words(*n, child(path, "na"));
  if (const Node* u = node.get("uren_per_week")) {
    p.uren_per_week = R::number(*u, child(path, "uren_per_week"), 0.5, 60);
  }
  if (const Node* v = node.get("vast")) {
    p.vast = R::flag(*v, child(path, "vast"));
  }
  return p;
}

DraftRule read_rule(const Node& node, const std::string& path, bool vangnet) {
  R::expect_keys(
      node,
      vangnet ? Keys{"waarom", "doel", "planning"}
              : Keys{"id", "wanneer", "deel", "waarom", "doel", "planning"},
      path);
  DraftRule rule;
  rule.position = node.position;
  rule.deel = "participatie";
  if (!vangnet) {
    rule.id = R::text(R::required(node, "id", path), child(path, "id"));
    rule.deel = R::word(R::required(node, "deel", path), child(path, "deel"),
                        {"inburgering", "participatie"});
    rule.wanneer = read_condition(R::required(node, "wanneer", path),
                                  child(path, "wanneer"));
  }
  rule.waarom = R::optional_text(node, "waarom", path);
  rule.doel = read_goal(R::required(node, "doel", path), child(path, "doel"),
                        rule.deel);
  rule.planning =
      read_planning(R::required(node, "planning", path),
                    child(path, "planning"), rule.deel == "inburgering");
  return rule;
}

// Every {name} in a text must be a variable that has a value for this
// rule: {diplomas} only where the rule picked diplomas, and so on.
void check_variables(const std::string& text, const DraftRule& rule,
                     bool vangnet) {
  for (std::size_t open = text.find('{'); open != std::string::npos;
       open = text.find('{', open + 1)) {
    const std::size_t close = text.find('}', open);
    const std::string name = close == std::string::npos
                                 ? ""
                                 : text.substr(open + 1, close - open - 1);
    const auto& known = draft_variables();
    bool usable = std::find(known.begin(), known.end(), name) != known.end();
    if (name == "diplomas" || name == "diplomalanden") {
      usable = rule.wanneer.diploma.has_value();
    } else if (name == "beroepen" || name == "werklanden") {
      usable = rule.wanneer.functie.has_value();
    } else if (name == "uren") {
      usable = rule.planning.uren_per_week.has_value();
    } else if (name == "leefgebied") {
      usable = vangnet;
    }
    if (usable) continue;
    R::fail(rule.position,
            {fmt::format("variabele '{{{}}}' is hier niet te gebruiken; zie "
                         "pipkit-build-pip(1) voor de variabelen en wanneer "
                         "ze een waarde hebben",
                         name),
             fmt::format("variable '{{{}}}' cannot be used here; see "
                         "pipkit-build-pip(1) for the variables and when "
                         "they have a value",
                         name)});
  }
}

void check_rule_texts(const DraftRule& rule, bool vangnet) {
  const GoalTemplate& g = rule.doel;
  for (const std::string* t :
       {&rule.waarom, &g.titel, &g.doelstelling, &g.partij, &g.overige}) {
    check_variables(*t, rule, vangnet);
  }
  for (const std::string& a : g.activiteiten) {
    check_variables(a, rule, vangnet);
  }
}

// A rule may only wait for rules above it, so goals can be placed in file
// order and no two rules can wait for each other.
void check_order(const std::vector<DraftRule>& rules) {
  for (std::size_t i = 0; i < rules.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (rules[j].id != rules[i].id) continue;
      R::fail(rules[i].position,
              {fmt::format("id '{}' komt twee keer voor; geef elke regel een "
                           "eigen id",
                           rules[i].id),
               fmt::format("id '{}' is used twice; give every rule an id of "
                           "its own",
                           rules[i].id)});
    }
    for (const std::string& after : rules[i].planning.na) {
      const bool above =
          std::any_of(rules.begin(), rules.begin() + static_cast<long>(i),
                      [&](const DraftRule& r) { return r.id == after; });
      if (above) continue;
      R::fail(rules[i].position,
              {fmt::format("'na: {}' noemt geen regel hierboven; een regel "
                           "kan alleen wachten op een eerdere regel",
                           after),
               fmt::format("'na: {}' names no rule above; a rule can only "
                           "wait for an earlier rule",
                           after)});
    }
  }
}

Loosening read_loosening(const Node& node) {
  const std::string path = "belemmeringen";
  R::expect_keys(node, {"uren_factor", "duur_factor", "opmerking"}, path);
  Loosening l;
  if (const Node* u = node.get("uren_factor")) {
    l.uren_factor = R::number(*u, child(path, "uren_factor"), 0.1, 1);
  }
  if (const Node* d = node.get("duur_factor")) {
    l.duur_factor = R::number(*d, child(path, "duur_factor"), 1, 3);
  }
  l.opmerking = R::optional_text(node, "opmerking", path);
  return l;
}

DraftRules read_rules(const Node& root) {
  R::expect_keys(root,
                 {"soort", "versie", "belemmeringen", "regels", "vangnet"}, "");
  if (R::text(R::required(root, "soort", ""), "soort") != "build-pip") {
    R::fail(root.get("soort")->position,
            {"dit is geen regelbestand van build-pip; het begint met "
             "'soort: build-pip'",
             "this is not a build-pip rules file; it starts with "
             "'soort: build-pip'"});
  }
  R::whole(R::required(root, "versie", ""), "versie", 1, 1);
  DraftRules rules;
  if (const Node* b = root.get("belemmeringen")) {
    rules.belemmeringen = read_loosening(*b);
  }
  const Node& list = R::required(root, "regels", "");
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    const std::string path = fmt::format("regels[{}]", i);
    rules.regels.push_back(read_rule(list.items[i], path, false));
    check_rule_texts(rules.regels.back(), false);
  }
  check_order(rules.regels);
  rules.vangnet = read_rule(R::required(root, "vangnet", ""), "vangnet", true);
  check_rule_texts(rules.vangnet, true);
  return rules;
}

}  // namespace

const std::vector<std::string>& draft_variables() {
  static const std::vector<std::string> kNames = {
      "klant",      "Klant", "diplomas", "diplomalanden", "beroepen",
      "werklanden", "uren",  "maanden",  "leefgebied"};
  return kNames;
}

DraftRules parse_draft_rules(const std::string& path, std::string text) {
  LoadedSource loaded = load_source(path, std::move(text));
  YamlDoc doc;
  if (loaded.readable) doc = parse_yaml(loaded.source);
  Diagnostics problems = std::move(loaded.diagnostics);
  for (Diagnostic& d : doc.diagnostics) problems.push_back(std::move(d));
  for (const Diagnostic& d : problems) {
    if (d.severity == Severity::kError) R::fail(d.position, d.message);
  }
  if (!doc.parsed) {
    R::fail(Position{1, 1}, {"het regelbestand is geen leesbare YAML",
                             "the rules file is not readable YAML"});
  }
  return read_rules(doc.root);
}

}  // namespace pipkit
