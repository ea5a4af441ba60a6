// SPDX-License-Identifier: EUPL-1.2
// Every rule pipkit knows: id, default severity, what it means, how to fix.
#include "rule_catalogue.hpp"

#include <algorithm>

namespace pipkit {
namespace {

constexpr Severity kE = Severity::kError;
constexpr Severity kW = Severity::kWarning;
constexpr Severity kI = Severity::kInfo;

std::vector<RuleInfo> reading_rules() {
  return {
      {"PK001", kE, {"bestand niet te lezen", "file cannot be read"},
       {"controleer pad en rechten", "check the path and permissions"}},
      {"PK002", kE, {"bestand te groot", "file too large"},
       {"een dossierbestand is hooguit 1 MiB; splits of controleer het",
        "a case file is at most 1 MiB; split or check it"}},
      {"PK003", kE, {"bestand is leeg", "file is empty"},
       {"begin met 'soort:' en 'versie: 1'",
        "start with 'soort:' and 'versie: 1'"}},
      {"PK004", kE, {"ongeldige UTF-8", "invalid UTF-8"},
       {"sla het bestand op als UTF-8", "save the file as UTF-8"}},
      {"PK005", kE, {"tab in inspringing", "tab in indentation"},
       {"spring in met spaties", "indent with spaces"}},
      {"PK006", kE, {"YAML-syntaxisfout", "YAML syntax error"},
       {"verbeter de regel die genoemd wordt, of de regel erboven",
        "correct the line named, or the one above it"}},
      {"PK007", kE, {"dubbele sleutel", "duplicate key"},
       {"voeg de twee waarden samen onder één sleutel",
        "merge the two values under one key"}},
      {"PK008", kE, {"anker of alias", "anchor or alias"},
       {"schrijf elke waarde voluit; verwijzingen maken een dossier "
        "onleesbaar voor mensen",
        "write every value out; references make a case file hard to "
        "read"}},
      {"PK009", kE, {"te diep genest", "nested too deeply"},
       {"het formaat kent hooguit acht niveaus; controleer het inspringen",
        "the format has at most eight levels; check the indentation"}},
      {"PK010", kE, {"meer dan één document", "more than one document"},
       {"één dossierbestand per bestand; verwijder '---'",
        "one case file per file; remove '---'"}},
      {"PK011", kE, {"regel te lang", "line too long"},
       {"een regel is hooguit 10000 tekens; verdeel lange tekst over regels "
        "met '|' of '>'",
        "a line is at most 10000 characters; spread long text over lines "
        "with '|' or '>'"}},
  };
}

std::vector<RuleInfo> format_rules() {
  return {
      {"PK100", kE, {"verplichte sleutel of waarde ontbreekt",
                     "required key or value missing"},
       {"vul de sleutel in; zie pipkit-case(5)",
        "fill in the key; see pipkit-case(5)"}},
      {"PK101", kE, {"verkeerd soort waarde", "wrong type of value"},
       {"een lijst, blok of enkele waarde zoals pipkit-case(5) zegt",
        "a list, block or single value as pipkit-case(5) says"}},
      {"PK102", kE, {"waarde niet toegestaan", "value not allowed"},
       {"kies een van de genoemde waarden", "choose one of the values named"}},
      {"PK103", kE, {"ongeldige datum", "invalid date"},
       {"schrijf JJJJ-MM-DD, een bestaande dag",
        "write YYYY-MM-DD, a day that exists"}},
      {"PK104", kW, {"ja/nee in YAML 1.1-spelling",
                     "yes/no in YAML 1.1 spelling"},
       {"schrijf true/false of ja/nee", "write true/false or ja/nee"}},
      {"PK105", kE, {"getal ongeldig of buiten bereik",
                     "number invalid or out of range"},
       {"gebruik een getal binnen het genoemde bereik",
        "use a number within the range named"}},
      {"PK106", kW, {"onbekende sleutel", "unknown key"},
       {"controleer de spelling; een tikfout valt anders niet op",
        "check the spelling; a typo would otherwise pass unnoticed"}},
      {"PK107", kW, {"getal met voorloopnul zonder aanhalingstekens",
                     "number with a leading zero, unquoted"},
       {"zet de waarde tussen aanhalingstekens",
        "put the value in quotes"}},
      {"PK110", kE, {"soort ontbreekt of onbekend",
                     "soort missing or unknown"},
       {"schrijf soort: intake, pip of caseload",
        "write soort: intake, pip or caseload"}},
      {"PK111", kE, {"versie ontbreekt", "versie missing"},
       {"schrijf versie: 1", "write versie: 1"}},
      {"PK120", kW, {"nog in te vullen", "still to be filled in"},
       {"vervang 'nog invullen' door de echte waarde",
        "replace 'nog invullen' with the real value"}},
  };
}

std::vector<RuleInfo> content_rules() {
  return {
      {"PK200", kE, {"BSN voldoet niet aan de elfproef",
                     "BSN fails the elfproef"},
       {"controleer de negen cijfers", "check the nine digits"}},
      {"PK201", kE, {"IBAN ongeldig", "IBAN invalid"},
       {"neem het IBAN opnieuw over", "copy the IBAN again"}},
      {"PK202", kE, {"geen e-mailadres", "not an e-mail address"},
       {"schrijf naam@domein.nl", "write name@domain.nl"}},
      {"PK203", kE, {"klantcode ongeldig", "klantcode invalid"},
       {"alleen letters, cijfers, '-' en '_', hooguit 40 tekens",
        "only letters, digits, '-' and '_', at most 40 characters"}},
      {"PK204", kE, {"klantcode wijkt af van de mapnaam",
                     "klantcode differs from its folder"},
       {"hernoem de map of verbeter de klantcode",
        "rename the folder or correct the klantcode"}},
      {"PK210", kE, {"datums in verkeerde volgorde", "dates out of order"},
       {"controleer beide data", "check both dates"}},
      {"PK211", kW, {"voortgangsgesprek voor vaststelling",
                     "progress conversation before the plan was decided"},
       {"controleer de datum", "check the date"}},
      {"PK300", kE, {"leefgebied ontbreekt", "leefgebied missing"},
       {"alle 13 leefgebieden moeten besproken en vastgelegd zijn",
        "all 13 leefgebieden must be discussed and recorded"}},
      {"PK302", kE, {"onbekend ZRM-domein", "unknown ZRM domain"},
       {"gebruik de domeinen van de ZRM 2017",
        "use the domains of the ZRM 2017"}},
      {"PK402", kE, {"doel zonder tijdpad", "goal without timeline"},
       {"vul 'tijdpad' of 'start' en 'eind' in",
        "fill in 'tijdpad' or 'start' and 'eind'"}},
      {"PK403", kE, {"klantcode van plan en intake verschillen",
                     "klantcode of plan and intake differ"},
       {"koppel het plan aan de juiste intake",
        "link the plan to the right intake"}},
      {"PK404", kW, {"intake van het plan niet gevonden",
                     "the plan's intake not found"},
       {"zet intake.yaml naast het plan of vul 'intake' in",
        "put intake.yaml beside the plan or fill in 'intake'"}},
      {"PK407", kE, {"te veel doelen", "too many goals"},
       {"een plan heeft hooguit 50 doelen; voeg samen of splits het plan",
        "a plan has at most 50 goals; merge goals or split the plan"}},
      {"PK406", kE, {"actie nodig maar geen doel",
                     "action needed but no goal"},
       {"voeg een doel toe dat het leefgebied noemt in 'leefgebieden'",
        "add a goal that names the leefgebied in 'leefgebieden'"}},
      {"PK500", kW, {"BSN in vrije tekst", "BSN in free text"},
       {"haal het BSN uit de tekst", "remove the BSN from the text"}},
      {"PK501", kW, {"e-mailadres in vrije tekst",
                     "e-mail address in free text"},
       {"zet contactgegevens alleen onder 'klant'",
        "keep contact details under 'klant' only"}},
      {"PK502", kW, {"telefoonnummer in vrije tekst",
                     "phone number in free text"},
       {"zet contactgegevens alleen onder 'klant'",
        "keep contact details under 'klant' only"}},
      {"PK503", kW, {"diagnose bij gezondheid", "diagnosis under health"},
       {"beschrijf wat de klant beperkt in werk, leren of route, niet de "
        "diagnose",
        "describe what limits work, learning or route, not the diagnosis"}},
      {"PK700", kE, {"build-pip.yaml: regelbestand klopt niet",
                     "build-pip.yaml: rules file is wrong"},
       {"verbeter het op de genoemde plaats; zie pipkit-build-pip(1)",
        "correct it at the place named; see pipkit-build-pip(1)"}},
  };
}

// smart-check: one criterion of one goal (PK60x S, PK61x M, PK62x A,
// PK63x R, PK64x T), the plan as a whole (PK65x), its data file (PK69x).
std::vector<RuleInfo> smart_rules() {
  return {
      {"PK601", kW, {"vage formulering", "vague wording"},
       {"schrijf het concreet; de melding noemt een betere formulering",
        "write it concretely; the finding suggests better wording"}},
      {"PK610", kW, {"doelstelling niet meetbaar",
                     "doelstelling not measurable"},
       {"noem een ERK-niveau, examen, diploma, certificaat, ondertekende "
        "verklaring of een aantal uren, dagen of sollicitaties",
        "name a CEFR level, exam, diploma, certificate, signed statement "
        "or a number of hours, days or applications"}},
      {"PK611", kW, {"onmeetbaar woord in de doelstelling",
                     "unmeasurable word in the doelstelling"},
       {"noem het niveau of de uitkomst die bereikt moet zijn",
        "name the level or result to be reached"}},
      {"PK620", kW, {"geen akkoord van de klant", "no agreement by the client"},
       {"vul 'akkoord.klant' in met de datum van instemming",
        "fill in 'akkoord.klant' with the date of agreement"}},
      {"PK621", kW, {"akkoord voor het opstellen van het plan",
                     "agreement before the plan was drawn up"},
       {"leg het akkoord vast op of na 'opgesteld'",
        "record the agreement on or after 'opgesteld'"}},
      {"PK630", kW, {"taaldoel past niet bij de leerroute",
                     "language goal does not fit the route"},
       {"kies de leerroute die bij het doel past, of stel het doel bij",
        "choose the route that fits the goal, or adjust the goal"}},
      {"PK631", kW, {"taaldoel niet haalbaar in de tijd",
                     "language goal not feasible in time"},
       {"verleng het tijdpad of kies een tussendoel",
        "extend the tijdpad or choose an intermediate goal"}},
      {"PK632", kW, {"taaldoel zonder alfabetisering",
                     "language goal without literacy"},
       {"neem een doel met onderdeel 'alfabetisering' op",
        "add a goal with onderdeel 'alfabetisering'"}},
      {"PK633", kW, {"te veel uren per week", "too many hours a week"},
       {"verlaag de uren of laat doelen na elkaar lopen",
        "lower the hours or let goals run one after another"}},
      {"PK634", kW, {"activiteit botst met een belemmering",
                     "activity clashes with a limitation"},
       {"kies een passende activiteit of leg de aanpassing vast",
        "choose a fitting activity or record the adaptation"}},
      {"PK635", kW, {"doel loopt na de inburgeringstermijn",
                     "goal runs past the inburgeringstermijn"},
       {"rond het doel binnen de termijn af",
        "finish the goal within the term"}},
      {"PK636", kW, {"onderdeel hoort niet bij de leerroute",
                     "onderdeel does not belong to the route"},
       {"haal het doel weg of kies een andere leerroute",
        "remove the goal or choose another route"}},
      {"PK641", kW, {"doel zonder einddatum", "goal without end date"},
       {"schrijf wanneer het doel bereikt is", "write when the goal is met"}},
      {"PK642", kW, {"doel zonder startdatum", "goal without start date"},
       {"schrijf wanneer het doel begint", "write when the goal starts"}},
      {"PK643", kW, {"tijdpad eindigt voor het begint",
                     "tijdpad ends before it starts"},
       {"controleer de data in het tijdpad",
        "check the dates in the tijdpad"}},
      {"PK644", kI, {"tijdpad met een twijfel", "tijdpad with a doubt"},
       {"controleer het genoemde deel van het tijdpad",
        "check the part of the tijdpad named"}},
      {"PK651", kW, {"verplicht onderdeel van de leerroute ontbreekt",
                     "mandatory part of the route missing"},
       {"voeg een doel met dat onderdeel toe",
        "add a goal with that onderdeel"}},
      {"PK652", kW, {"geen arbeidsmarktinstrument",
                     "no labour-market instrument"},
       {"zet diplomawaardering, evc, assessment of loopbaanadvies in",
        "use diplomawaardering, evc, assessment or loopbaanadvies"}},
      {"PK653", kW, {"buitenlands diploma zonder waardering",
                     "foreign diploma without valuation"},
       {"zet 'diplomawaardering' in (IDW of SBB)",
        "use 'diplomawaardering' (IDW or SBB)"}},
      {"PK690", kE, {"smart.yaml: waarde van het verkeerde soort",
                     "smart.yaml: value of the wrong kind"},
       {"zie pipkit-smart-check(1) voor het formaat",
        "see pipkit-smart-check(1) for the format"}},
      {"PK691", kW, {"smart.yaml: onbekende sleutel",
                     "smart.yaml: unknown key"},
       {"controleer de spelling", "check the spelling"}},
  };
}

std::vector<RuleInfo> build_catalogue() {
  std::vector<RuleInfo> all = reading_rules();
  for (auto part : {format_rules(), content_rules(), smart_rules()}) {
    all.insert(all.end(), part.begin(), part.end());
  }
  std::sort(all.begin(), all.end(),
            [](const RuleInfo& a, const RuleInfo& b) { return a.id < b.id; });
  return all;
}

}  // namespace

const std::vector<RuleInfo>& rule_catalogue() {
  static const std::vector<RuleInfo> kAll = build_catalogue();
  return kAll;
}

const RuleInfo* find_rule(std::string_view id) {
  for (const RuleInfo& rule : rule_catalogue()) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

}  // namespace pipkit
