// SPDX-License-Identifier: EUPL-1.2
// Whether a build-pip rule's `wanneer` holds for an intake, and for what.
#include "draft_conditions.hpp"

#include <algorithm>
#include <cctype>

#include "rules/schema_check.hpp"
#include "schema.hpp"

namespace pipkit {
namespace {

bool contains(const std::vector<std::string>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

const FieldSpec* find_spec(const std::vector<FieldSpec>& fields,
                           std::string_view key) {
  for (const FieldSpec& f : fields) {
    if (f.key == key) return &f;
  }
  return nullptr;
}

// A country written any way as "Nederland" is at home; an empty one is
// not known to be abroad either.
std::optional<bool> abroad(const std::string& land) {
  if (land.empty()) return std::nullopt;
  std::string lower = land;
  for (char& c : lower) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return lower != "nederland";
}

bool flag_matches(const std::optional<bool>& want,
                  const std::optional<bool>& have) {
  return !want || (have && *have == *want);
}

bool diploma_matches(const ItemFilter& f, const Diploma& d) {
  // The format's default for a diploma not yet put forward for
  // recognition is `geen`; an empty value means the same.
  const std::string waardering = d.waardering.empty() ? "geen" : d.waardering;
  return (f.niveau.empty() || contains(f.niveau, d.niveau)) &&
         (f.waardering.empty() || contains(f.waardering, waardering)) &&
         flag_matches(f.in_bezit, d.in_bezit) &&
         flag_matches(f.buitenland, abroad(d.land));
}

bool functie_matches(const ItemFilter& f, const Functie& fn) {
  const bool long_enough =
      !f.jaren_minimaal || (fn.jaren && *fn.jaren >= *f.jaren_minimaal);
  return long_enough && flag_matches(f.buitenland, abroad(fn.land));
}

bool needs_action(const Intake& intake, const std::string& key) {
  const Leefgebied* lg = intake.leefgebied(key);
  return lg != nullptr && lg->actie_nodig;
}

int cefr_rank(const std::string& level) {
  static const std::vector<std::string> kLevels = format_choices(
      FileKind::kIntake, "leefgebieden.taalniveau.nederlands.spreken");
  const auto at = std::find(kLevels.begin(), kLevels.end(), level);
  return at == kLevels.end() ? -1 : static_cast<int>(at - kLevels.begin());
}

// A skill with no level recorded is not known to be below anything.
bool below(const Intake& intake, const std::string& skill,
           const std::string& level) {
  const auto have = intake.nederlands.find(skill);
  if (have == intake.nederlands.end()) return false;
  const int rank = cefr_rank(have->second);
  return rank >= 0 && rank < cefr_rank(level);
}

bool choices_hold(const Condition& c, const Intake& intake) {
  for (const ChoiceField& field : choice_fields()) {
    const auto wanted = c.choices.find(std::string(field.key));
    if (wanted == c.choices.end()) continue;
    if (!contains(wanted->second, intake.*field.member)) return false;
  }
  return true;
}

bool leefgebieden_hold(const Condition& c, const Intake& intake,
                       const std::set<std::string>& answered) {
  const auto any_action = std::any_of(
      c.actie_nodig.begin(), c.actie_nodig.end(),
      [&](const std::string& key) { return needs_action(intake, key); });
  if (!c.actie_nodig.empty() && !any_action) return false;
  const auto any_open = std::any_of(
      c.onbeantwoord.begin(), c.onbeantwoord.end(),
      [&](const std::string& key) {
        return needs_action(intake, key) && answered.count(key) == 0;
      });
  return c.onbeantwoord.empty() || any_open;
}

bool facts_hold(const Condition& c, const Intake& intake) {
  if (c.nieuwkomer && intake.nieuwkomer != c.nieuwkomer) return false;
  if (c.belemmeringen && has_health_limitations(intake) != *c.belemmeringen) {
    return false;
  }
  for (const auto& [skill, level] : c.nederlands_onder) {
    if (!below(intake, skill, level)) return false;
  }
  return true;
}

template <typename Item, typename Matches>
std::vector<const Item*> matching(const std::vector<Item>& items,
                                  const ItemFilter& filter, Matches matches) {
  std::vector<const Item*> out;
  for (const Item& item : items) {
    if (matches(filter, item)) out.push_back(&item);
  }
  return out;
}

bool items_hold(const Condition& c, const Intake& intake,
                ConditionMatch& match) {
  if (c.diploma) {
    match.diplomas = matching(intake.diplomas, *c.diploma, diploma_matches);
    if (match.diplomas.empty()) return false;
  }
  if (c.functie) {
    match.functies = matching(intake.functies, *c.functie, functie_matches);
    if (match.functies.empty()) return false;
  }
  return true;
}

}  // namespace

const std::vector<ChoiceField>& choice_fields() {
  static const std::vector<ChoiceField> kFields = {
      {"leerroute", "advies.leerroute", &Intake::leerroute},
      {"doelgroep", "klant.doelgroep", &Intake::doelgroep},
      {"alfabetisering", "leefgebieden.taalniveau.alfabetisering",
       &Intake::alfabetisering},
      {"digitale_vaardigheden", "leefgebieden.digitale_vaardigheden.niveau",
       &Intake::digitale_niveau},
      {"leerbaarheidstoets", "coa.leerbaarheidstoets.uitkomst",
       &Intake::leerbaarheidstoets_uitkomst},
      {"gezinshereniging", "leefgebieden.gezinssituatie.gezinshereniging",
       &Intake::gezinshereniging},
  };
  return kFields;
}

std::vector<std::string> format_choices(FileKind kind, std::string_view path) {
  const std::vector<FieldSpec>* fields = &schema_for(kind);
  const FieldSpec* spec = nullptr;
  while (!path.empty()) {
    const auto dot = path.find('.');
    spec = find_spec(*fields, path.substr(0, dot));
    if (spec == nullptr) return {};
    // A list's items are mappings or values of their own: step into them.
    const FieldSpec* inner =
        spec->type == ValueType::kList && !spec->items.empty()
            ? &spec->items.front()
            : spec;
    fields = &inner->fields;
    spec = inner;
    path = dot == std::string_view::npos ? "" : path.substr(dot + 1);
  }
  return spec ? spec->choices : std::vector<std::string>{};
}

bool condition_holds(const Condition& condition, const Intake& intake,
                     const std::set<std::string>& answered,
                     ConditionMatch& match) {
  if (!choices_hold(condition, intake) || !facts_hold(condition, intake) ||
      !leefgebieden_hold(condition, intake, answered)) {
    return false;
  }
  ConditionMatch found;
  if (!items_hold(condition, intake, found)) return false;
  for (const Condition& negated : condition.niet) {
    ConditionMatch ignored;
    if (condition_holds(negated, intake, answered, ignored)) return false;
  }
  match = std::move(found);
  return true;
}

bool has_health_limitations(const Intake& intake) {
  for (const char* key : {"fysieke_gezondheid", "mentale_gezondheid"}) {
    const Leefgebied* lg = intake.leefgebied(key);
    if (lg == nullptr) continue;
    for (const std::string& b : lg->belemmeringen) {
      const bool blank = b.find_first_not_of(" \t\n") == std::string::npos;
      if (!blank && !is_placeholder(b)) return true;
    }
  }
  return false;
}

}  // namespace pipkit
