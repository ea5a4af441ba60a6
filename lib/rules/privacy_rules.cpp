// SPDX-License-Identifier: EUPL-1.2
// Data minimisation: personal data and diagnoses that crept into free text.
#include "rules/privacy_rules.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

#include "identifiers.hpp"

namespace pipkit {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) ||
         (static_cast<unsigned char>(c) & 0x80) != 0;
}

// Words that name a condition rather than what it means for work or
// learning. The pilot's advice: record the limitation, not the diagnosis.
constexpr std::string_view kDiagnoses[] = {
    "ptss",        "ptsd",         "depressie",   "depressief",
    "psychose",    "psychotisch",  "schizofrenie", "bipolair",
    "angststoornis", "paniekstoornis", "diabetes", "suikerziekte",
    "kanker",      "tumor",        "hiv",         "aids",
    "hepatitis",   "tuberculose",  "tbc",         "epilepsie",
    "astma",       "copd",         "hartfalen",   "hernia",
    "reuma",       "artrose",      "fibromyalgie", "migraine",
    "autisme",     "adhd",         "dementie",    "ms",
    "parkinson",   "borderline",   "verslaving",  "alcoholisme"};

// A run of digits with single separators inside it, as people write
// numbers: "0612345678", "06-1234 5678", "1234.56.789".
struct DigitRun {
  size_t begin = 0;
  size_t end = 0;
  std::string digits;
};

DigitRun read_digit_run(std::string_view text, size_t pos) {
  DigitRun run{pos, pos, ""};
  size_t i = pos;
  while (i < text.size()) {
    if (is_digit(text[i])) {
      run.digits += text[i];
      run.end = ++i;
    } else if ((text[i] == ' ' || text[i] == '-' || text[i] == '.') &&
               i + 1 < text.size() && is_digit(text[i + 1]) &&
               run.digits.size() < 12) {
      ++i;
    } else {
      break;
    }
  }
  return run;
}

bool is_phone(const DigitRun& run, std::string_view text) {
  const bool international = run.begin > 0 && text[run.begin - 1] == '+';
  if (international) {
    return run.digits.rfind("31", 0) == 0 && run.digits.size() == 11;
  }
  if (run.digits.rfind("0031", 0) == 0) return run.digits.size() == 13;
  return run.digits.size() == 10 && run.digits[0] == '0';
}

void find_numbers(std::string_view text, std::vector<PersonalDataHit>& out) {
  size_t i = 0;
  while (i < text.size()) {
    if (!is_digit(text[i]) || (i > 0 && is_word_char(text[i - 1]))) {
      ++i;
      continue;
    }
    const DigitRun run = read_digit_run(text, i);
    const bool international = run.begin > 0 && text[run.begin - 1] == '+';
    const size_t begin = international ? run.begin - 1 : run.begin;
    if (is_valid_bsn(run.digits)) {
      out.push_back({"bsn", begin, run.end - begin});
    } else if (is_phone(run, text)) {
      out.push_back({"telefoon", begin, run.end - begin});
    }
    i = std::max(run.end, i + 1);
  }
}

void find_emails(std::string_view text, std::vector<PersonalDataHit>& out) {
  for (size_t at = text.find('@'); at != std::string_view::npos;
       at = text.find('@', at + 1)) {
    size_t begin = at;
    while (begin > 0 && !std::isspace(static_cast<unsigned char>(
                            text[begin - 1]))) {
      --begin;
    }
    size_t end = at;
    while (end < text.size() &&
           !std::isspace(static_cast<unsigned char>(text[end]))) {
      ++end;
    }
    std::string_view word = text.substr(begin, end - begin);
    while (!word.empty() && std::ispunct(static_cast<unsigned char>(
                                word.back()))) {
      word.remove_suffix(1);
    }
    if (is_email_shaped(word)) out.push_back({"email", begin, word.size()});
  }
}

Text hit_message(const PersonalDataHit& hit) {
  if (hit.kind == "bsn") {
    return {"deze vrije tekst bevat een BSN; het BSN hoort alleen in "
            "'klant.bsn'",
            "this free text holds a BSN; the BSN belongs only in "
            "'klant.bsn'"};
  }
  if (hit.kind == "email") {
    return {"deze vrije tekst bevat een e-mailadres; zet contactgegevens "
            "alleen in 'klant'",
            "this free text holds an e-mail address; keep contact details "
            "in 'klant' only"};
  }
  if (hit.kind == "telefoon") {
    return {"deze vrije tekst bevat een telefoonnummer; zet "
            "contactgegevens alleen in 'klant'",
            "this free text holds a phone number; keep contact details in "
            "'klant' only"};
  }
  return {"deze tekst noemt een diagnose; leg alleen vast wat de klant "
          "beperkt in werk, leren of de route",
          "this text names a diagnosis; record only what limits the "
          "client's work, learning or route"};
}

const char* hit_rule(const PersonalDataHit& hit) {
  if (hit.kind == "bsn") return "PK500";
  if (hit.kind == "email") return "PK501";
  if (hit.kind == "telefoon") return "PK502";
  return "PK503";
}

// Finds where in the file a piece of a scalar stands; for block and
// multi-line scalars the first line holding it, else the scalar's start.
Position locate(const Source& source, const Node& node,
                std::string_view piece) {
  for (int line = node.position.line;
       line <= source.line_count() && line < node.position.line + 200;
       ++line) {
    const std::string_view text = source.line_text(line);
    const size_t at = text.find(piece);
    if (at != std::string_view::npos) {
      return Position{line, static_cast<int>(utf8_length(text.substr(0, at))) +
                                1};
    }
  }
  return node.position;
}

bool is_health_path(const std::string& path) {
  return path.rfind("leefgebieden.fysieke_gezondheid.", 0) == 0 ||
         path.rfind("leefgebieden.mentale_gezondheid.", 0) == 0;
}

}  // namespace

std::vector<PersonalDataHit> find_personal_data(std::string_view text) {
  std::vector<PersonalDataHit> out;
  find_numbers(text, out);
  find_emails(text, out);
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.offset < b.offset;
  });
  return out;
}

std::vector<PersonalDataHit> find_diagnoses(std::string_view text) {
  std::vector<PersonalDataHit> out;
  size_t i = 0;
  while (i < text.size()) {
    if (!is_word_char(text[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && is_word_char(text[end])) ++end;
    std::string word(text.substr(i, end - i));
    for (char& c : word) {
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    for (std::string_view d : kDiagnoses) {
      if (word == d) out.push_back({"diagnose", i, end - i});
    }
    i = end;
  }
  return out;
}

Diagnostics check_privacy(const Node& root, FileKind kind,
                          const Source& source) {
  Diagnostics out;
  for_each_free_text(root, kind, [&](const Node& node,
                                     const std::string& path) {
    std::vector<PersonalDataHit> hits = find_personal_data(node.text);
    if (is_health_path(path)) {
      for (const auto& hit : find_diagnoses(node.text)) hits.push_back(hit);
    }
    for (const PersonalDataHit& hit : hits) {
      const std::string_view piece =
          std::string_view(node.text).substr(hit.offset, hit.length);
      out.push_back(Diagnostic{hit_rule(hit), Severity::kWarning,
                               locate(source, node, piece), path,
                               hit_message(hit)});
    }
  });
  return out;
}

}  // namespace pipkit
