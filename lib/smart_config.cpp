// SPDX-License-Identifier: EUPL-1.2
// smart-check's word lists and thresholds, read from a parsed smart.yaml.
#include "smart_config.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <charconv>
#include <initializer_list>

#include "smart_words.hpp"

namespace pipkit {
namespace {

std::string join_path(const std::string& path, const std::string& key) {
  return path.empty() ? key : path + "." + key;
}

// Reads one file into the config, collecting what does not fit instead of
// stopping: a municipality sees every mistake in its file at once.
class ConfigReader {
 public:
  explicit ConfigReader(SmartConfig& config) : config_(config) {}

  Diagnostics read(const Node& root) {
    if (!kind(root, NodeKind::kMapping, "", "een blok met sleutels",
              "a block of keys")) {
      return std::move(out_);
    }
    known(root, "",
          {"soort", "versie", "vaag", "meetbaar", "leerroutes", "telt_als",
           "taal", "belasting", "arbeidsmarktinstrumenten"});
    for (const Node& item : list(root.get("vaag"), "vaag")) read_vague(item);
    read_measurable(root.get("meetbaar"));
    read_routes(root.get("leerroutes"));
    for (const MapEntry& e : map(root.get("telt_als"), "telt_als")) {
      if (auto text = scalar(e.value, "telt_als." + e.key)) {
        config_.counts_as[e.key] = *text;
      }
    }
    read_language(root.get("taal"));
    read_load(root.get("belasting"));
    append(config_.instruments, root.get("arbeidsmarktinstrumenten"),
           "arbeidsmarktinstrumenten");
    return std::move(out_);
  }

 private:
  void error(const Node& node, const std::string& path, Text message) {
    out_.push_back(
        {"PK690", Severity::kError, node.position, path, std::move(message)});
  }

  bool kind(const Node& node, NodeKind want, const std::string& path,
            const char* nl, const char* en) {
    if (node.kind == want) return true;
    error(node, path,
          {fmt::format("'{}' moet {} zijn", path.empty() ? "smart.yaml" : path,
                       nl),
           fmt::format("'{}' must be {}", path.empty() ? "smart.yaml" : path,
                       en)});
    return false;
  }

  void known(const Node& map, const std::string& path,
             std::initializer_list<const char*> keys) {
    for (const MapEntry& e : map.entries) {
      if (std::find_if(keys.begin(), keys.end(), [&](const char* k) {
            return e.key == k;
          }) != keys.end()) {
        continue;
      }
      out_.push_back({"PK691",
                      Severity::kWarning,
                      e.key_position,
                      join_path(path, e.key),
                      {fmt::format("onbekende sleutel '{}' in smart.yaml; "
                                   "controleer de spelling",
                                   join_path(path, e.key)),
                       fmt::format("unknown key '{}' in smart.yaml; check "
                                   "the spelling",
                                   join_path(path, e.key))}});
    }
  }

  const std::vector<Node>& list(const Node* node, const std::string& path) {
    static const std::vector<Node> kNone;
    if (node == nullptr || node->is_null()) return kNone;
    if (!kind(*node, NodeKind::kSequence, path, "een lijst", "a list")) {
      return kNone;
    }
    return node->items;
  }

  const std::vector<MapEntry>& map(const Node* node, const std::string& path) {
    static const std::vector<MapEntry> kNone;
    if (node == nullptr || node->is_null()) return kNone;
    if (!kind(*node, NodeKind::kMapping, path, "een blok met sleutels",
              "a block of keys")) {
      return kNone;
    }
    return node->entries;
  }

  // A block of settings: null when absent or of the wrong kind, its
  // unknown keys reported.
  const Node* block(const Node* node, const std::string& path,
                    std::initializer_list<const char*> keys) {
    if (node == nullptr || node->is_null()) return nullptr;
    if (!kind(*node, NodeKind::kMapping, path, "een blok met sleutels",
              "a block of keys")) {
      return nullptr;
    }
    known(*node, path, keys);
    return node;
  }

  std::optional<std::string> scalar(const Node& node, const std::string& path) {
    if (!kind(node, NodeKind::kScalar, path, "één waarde", "a single value")) {
      return std::nullopt;
    }
    return node.text;
  }

  std::optional<double> number(const Node* node, const std::string& path) {
    if (node == nullptr || node->is_null()) return std::nullopt;
    double value = 0;
    const std::string& text = node->text;
    const auto result =
        std::from_chars(text.data(), text.data() + text.size(), value);
    if (node->is_scalar() && result.ec == std::errc() &&
        result.ptr == text.data() + text.size() && value >= 0) {
      return value;
    }
    error(*node, path,
          {fmt::format("'{}' moet een getal van 0 of meer zijn", path),
           fmt::format("'{}' must be a number of 0 or more", path)});
    return std::nullopt;
  }

  void append(std::vector<std::string>& to, const Node* node,
              const std::string& path) {
    for (const Node& item : list(node, path)) {
      if (auto text = scalar(item, path)) to.push_back(*text);
    }
  }

  void read_vague(const Node& item) {
    const std::string path = "vaag";
    if (!kind(item, NodeKind::kMapping, path,
              "een blok met 'woorden' en "
              "'voorstel'",
              "a block with 'woorden' and 'voorstel'")) {
      return;
    }
    known(item, path, {"woorden", "tenzij", "criterium", "voorstel"});
    VagueWords entry;
    append(entry.words, item.get("woorden"), path + ".woorden");
    append(entry.unless, item.get("tenzij"), path + ".tenzij");
    if (const Node* c = item.get("criterium")) {
      if (c->is_scalar() && (c->text == "S" || c->text == "M")) {
        entry.criterion = c->text[0];
      } else {
        error(*c, path + ".criterium",
              {"'vaag.criterium' moet S of M zijn",
               "'vaag.criterium' must be S or M"});
      }
    }
    for (const MapEntry& e : map(item.get("voorstel"), path + ".voorstel")) {
      auto text = scalar(e.value, path + ".voorstel." + e.key);
      if (text && e.key == "nl") entry.suggestion.nl = *text;
      if (text && e.key == "en") entry.suggestion.en = *text;
    }
    // A suggestion written only in Dutch is still better than none.
    if (entry.suggestion.en.empty()) entry.suggestion.en = entry.suggestion.nl;
    if (!entry.words.empty()) config_.vague.push_back(std::move(entry));
  }

  void read_measurable(const Node* found) {
    const Node* node =
        block(found, "meetbaar", {"woorden", "eenheden", "getallen"});
    if (node == nullptr) return;
    append(config_.measurable, node->get("woorden"), "meetbaar.woorden");
    append(config_.units, node->get("eenheden"), "meetbaar.eenheden");
    append(config_.number_words, node->get("getallen"), "meetbaar.getallen");
  }

  void read_route(const MapEntry& e) {
    const std::string path = "leerroutes." + e.key;
    const Node* node = block(&e.value, path,
                             {"verplicht", "niet_in_route",
                              "hoogste_taalniveau", "max_uren_per_week"});
    if (node == nullptr) return;
    RouteRules& route = config_.routes[e.key];
    if (const Node* n = node->get("verplicht")) {
      route.required.clear();
      append(route.required, n, path + ".verplicht");
    }
    if (const Node* n = node->get("niet_in_route")) {
      route.not_allowed.clear();
      append(route.not_allowed, n, path + ".niet_in_route");
    }
    if (const Node* n = node->get("hoogste_taalniveau")) {
      const auto rank = cefr_rank(n->scalar());
      if (rank && *rank > 0) {
        route.highest_level = rank;
      } else {
        error(*n, path + ".hoogste_taalniveau",
              {"'hoogste_taalniveau' moet een ERK-niveau zijn, A1 tot C2",
               "'hoogste_taalniveau' must be a CEFR level, A1 to C2"});
      }
    }
    if (auto hours = number(node->get("max_uren_per_week"),
                            path + ".max_uren_per_week")) {
      route.max_hours = hours;
    }
  }

  void read_routes(const Node* node) {
    for (const MapEntry& e : map(node, "leerroutes")) read_route(e);
  }

  void read_numbers(const Node* node, const std::string& path,
                    std::map<std::string, double>& to) {
    for (const MapEntry& e : map(node, path)) {
      if (auto value = number(&e.value, path + "." + e.key)) to[e.key] = *value;
    }
  }

  void read_language(const Node* found) {
    const Node* node =
        block(found, "taal",
              {"maanden_per_niveau", "extra_maanden", "alfabetisering_nodig"});
    if (node == nullptr) return;
    read_numbers(node->get("maanden_per_niveau"), "taal.maanden_per_niveau",
                 config_.months_per_level);
    read_numbers(node->get("extra_maanden"), "taal.extra_maanden",
                 config_.extra_months);
    append(config_.needs_literacy, node->get("alfabetisering_nodig"),
           "taal.alfabetisering_nodig");
  }

  void read_clash(const Node& item) {
    const std::string path = "belasting.botsingen";
    if (!kind(item, NodeKind::kMapping, path,
              "een blok met 'belemmering' "
              "en 'activiteit'",
              "a block with 'belemmering' and "
              "'activiteit'")) {
      return;
    }
    known(item, path, {"belemmering", "activiteit"});
    Clash clash;
    append(clash.limitation, item.get("belemmering"), path + ".belemmering");
    append(clash.activity, item.get("activiteit"), path + ".activiteit");
    if (!clash.limitation.empty() && !clash.activity.empty()) {
      config_.clashes.push_back(std::move(clash));
    }
  }

  void read_load(const Node* found) {
    const Node* node = block(found, "belasting",
                             {"max_uren_per_week_bij_belemmering",
                              "dagen_per_week", "doorlopend", "botsingen"});
    if (node == nullptr) return;
    if (auto hours = number(node->get("max_uren_per_week_bij_belemmering"),
                            "belasting.max_uren_per_week_bij_belemmering")) {
      config_.max_hours_with_limitation = hours;
    }
    if (auto days =
            number(node->get("dagen_per_week"), "belasting.dagen_per_week")) {
      config_.days_per_week = static_cast<int>(*days);
    }
    append(config_.ongoing, node->get("doorlopend"), "belasting.doorlopend");
    for (const Node& item :
         list(node->get("botsingen"), "belasting.botsingen")) {
      read_clash(item);
    }
  }

  SmartConfig& config_;
  Diagnostics out_;
};

}  // namespace

std::string SmartConfig::part_of(const std::string& onderdeel) const {
  const auto found = counts_as.find(onderdeel);
  return found == counts_as.end() ? onderdeel : found->second;
}

Diagnostics read_smart_config(const Node& root, SmartConfig& config) {
  return ConfigReader(config).read(root);
}

}  // namespace pipkit
