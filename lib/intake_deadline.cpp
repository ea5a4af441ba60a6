// SPDX-License-Identifier: EUPL-1.2
// The intake-and-plan deadline of a new intake, said as a comment in it.
#include "intake_deadline.hpp"

#include <fmt/format.h>

#include "calendar.hpp"
#include "source.hpp"

namespace pipkit {
namespace {

// Comment lines sit at the top level after "# ": 76 keeps them in 80
// columns.
constexpr std::size_t kCommentWidth = 76;

std::string day_text(const Date& date) {
  return fmt::format("{} {}", weekday_name(weekday(date)).nl, to_iso(date));
}

// The keys a consultant must fill in before the policy's term can start.
std::string missing_start(const IntakeValues& values, const Policy& policy) {
  switch (policy.intake_start) {
    case IntakeStart::kKennisgevingOfBrp:
      return "traject.kennisgeving (of traject.brp_inschrijving)";
    case IntakeStart::kVestiging:
      return "traject.vestiging";
    case IntakeStart::kAanmeldingOfOproep:
      if (!values.nieuwkomer) {
        return "klant.nieuwkomer en traject.aanmelding (nieuwkomer) of "
               "traject.oproep (gevestigd)";
      }
      return *values.nieuwkomer ? "traject.aanmelding" : "traject.oproep";
  }
  return "";
}

std::vector<std::string> known_comment(const DeadlineItem& item,
                                       const Policy& policy) {
  std::vector<std::string> text = {
      fmt::format("Termijn: {} uiterlijk {} (beleid {}).", item.title.nl,
                  day_text(item.due), policy_id(policy.name)),
      fmt::format("{}.", item.rule.nl)};
  if (item.moved_from) {
    std::string why;
    for (const Text& reason : item.moved_reasons) {
      why += (why.empty() ? "" : ", ") + reason.nl;
    }
    text.push_back(
        fmt::format("De Algemene termijnenwet verschoof de "
                    "termijn van {} ({}).",
                    day_text(*item.moved_from), why));
  }
  text.push_back(
      "Berekend bij het aanmaken; pipkit deadlines rekent opnieuw "
      "als datums veranderen.");
  return text;
}

std::vector<std::string> unknown_comment(const IntakeValues& values,
                                         const Policy& policy) {
  return {
      fmt::format("Termijn intake en PIP (beleid {}): nog niet te "
                  "berekenen. Vul {} in en kijk dan met pipkit "
                  "deadlines.",
                  policy_id(policy.name), missing_start(values, policy))};
}

// The pilot counts from the aanmelding or the oproep depending on whether
// the client is a newcomer; guessing would give a wrong date.
bool start_depends_on_unknown(const IntakeValues& values,
                              const Policy& policy) {
  return policy.intake_start == IntakeStart::kAanmeldingOfOproep &&
         !values.nieuwkomer;
}

}  // namespace

CaseFacts intake_case_facts(const IntakeValues& values,
                            const std::string& intake_path) {
  CaseFacts facts;
  facts.klantcode = values.klantcode;
  facts.intake_path = intake_path;
  facts.nieuwkomer = values.nieuwkomer.value_or(true);
  facts.aanmelding = values.aanmelding;
  facts.kennisgeving = values.kennisgeving;
  facts.vestiging = values.vestiging;
  facts.oproep = values.oproep;
  return facts;
}

IntakeDeadline intake_deadline(const IntakeValues& values,
                               const std::string& intake_path,
                               const Policy& policy, const Date& today) {
  IntakeDeadline deadline;
  if (!start_depends_on_unknown(values, policy)) {
    const CaseFacts facts = intake_case_facts(values, intake_path);
    for (DeadlineItem& item : case_deadlines(facts, policy, today)) {
      if (item.kind == DeadlineKind::kIntakePip) deadline.item = item;
    }
  }
  const std::vector<std::string> paragraphs =
      deadline.item ? known_comment(*deadline.item, policy)
                    : unknown_comment(values, policy);
  for (const std::string& paragraph : paragraphs) {
    for (std::string& line : wrap_words(paragraph, kCommentWidth)) {
      deadline.comment.push_back(std::move(line));
    }
  }
  return deadline;
}

std::vector<std::string> wrap_words(const std::string& text,
                                    std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t start = text.find_first_not_of(' ', at);
    if (start == std::string::npos) break;
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    if (!line.empty() && utf8_length(line) + 1 + utf8_length(word) > width) {
      lines.push_back(std::move(line));
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    at = end;
  }
  if (!line.empty()) lines.push_back(std::move(line));
  return lines;
}

}  // namespace pipkit
