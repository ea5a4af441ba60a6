// SPDX-License-Identifier: EUPL-1.2
// The RFC 5545 calendar, checked line by line and octet by octet.
#include <doctest/doctest.h>

#include <regex>
#include <string>
#include <vector>

#include "deadline_samples.hpp"
#include "deadlines_ics.hpp"

using pipkit::Date;
using pipkit::DeadlineItem;
using pipkit::DeadlineKind;
using pipkit::DeadlineStatus;
using pipkit::Lang;

namespace {

using pipkit::samples::goal;
using pipkit::samples::moved_intake;

// Splits on CRLF; a bare LF inside a line stays in it, so that a stray
// newline shows up as a wrong line rather than vanishing.
std::vector<std::string> crlf_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find("\r\n", start)) !=
                        std::string::npos;
       start = end + 2) {
    lines.push_back(text.substr(start, end - start));
  }
  CHECK(start == text.size());  // the text ends in CRLF
  return lines;
}

std::string unfolded(const std::string& text) {
  return std::regex_replace(text, std::regex("\r\n "), "");
}

}  // namespace

TEST_CASE("a calendar with one moved deadline, line by line") {
  const std::vector<std::string> expected = {
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//pipkit//pipkit deadlines//NL",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "BEGIN:VEVENT",
      // FNV-1a 64 of "AAL-2026-0042", 0x1F, "intake_pip", by a separate
      // script whose FNV-1a of "a" gives the published af63dc4c8601ec8c.
      "UID:58b065f61013e1ea@pipkit",
      "DTSTAMP:20261204T000000Z",
      "DTSTART;VALUE=DATE:20261123",
      "DTEND;VALUE=DATE:20261124",
      "SUMMARY:AAL-2026-0042: PIP vastgesteld",
      // 12 octets of name and colon, 63 of text: 75 on the first line.
      "DESCRIPTION:PIP vastgesteld binnen 10 weken na de kennisgeving van "
      "DUO (Bes",
      " luit inburgering 2021)\\nverschoven van za 2026-11-21 (zaterdag\\, "
      "zondag)",
      "CATEGORIES:intake_pip",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "END:VCALENDAR",
  };
  const auto lines = crlf_lines(
      pipkit::deadlines_ics({moved_intake()}, {2026, 12, 4}, Lang::kNl));
  CHECK(lines == expected);
  CHECK(expected[11].size() == 75);
}

TEST_CASE("DTEND is the day after, across a year end, and text is escaped") {
  const auto lines = crlf_lines(pipkit::deadlines_ics(
      {goal("Stage; daarna werk, of \\ opleiding", {2026, 12, 31})},
      {2026, 12, 4}, Lang::kEn));
  REQUIRE(lines.size() == 16);
  CHECK(lines[6] == "UID:fb978159444054a7@pipkit");
  CHECK(lines[8] == "DTSTART;VALUE=DATE:20261231");
  CHECK(lines[9] == "DTEND;VALUE=DATE:20270101");
  CHECK(lines[10] ==
        "SUMMARY:BRE-2026-0001: Stage\\; daarna werk\\, of \\\\ opleiding");
  CHECK(lines[11] == "DESCRIPTION:end date of the goal in the PIP");
  CHECK(lines[12] == "CATEGORIES:doel");
}

TEST_CASE("a fold never splits the é of a long title") {
  // "SUMMARY:BRE-2026-0001: " is 23 octets; 51 more make 74, so the two
  // octets of 'é' no longer fit on the first line.
  const std::string head =
      "Werkervaring opdoen in de zorg en daarna een stage ";
  REQUIRE(head.size() == 51);
  const std::string title = head + "één dag per week";
  const auto lines = crlf_lines(pipkit::deadlines_ics(
      {goal(title, {2027, 3, 1})}, {2026, 12, 4}, Lang::kNl));
  REQUIRE(lines.size() == 17);
  CHECK(lines[10] == "SUMMARY:BRE-2026-0001: " + head);
  CHECK(lines[10].size() == 74);
  CHECK(lines[11] == " één dag per week");
}

TEST_CASE("a two-octet character that just fits stays on the line") {
  const std::string head = "Werkervaring opdoen in de zorg en daarna financi";
  REQUIRE(head.size() == 48);
  // 23 + 48 = 71 octets, 'ë' makes 73, "le" makes 75: the fold comes after.
  const auto lines = crlf_lines(pipkit::deadlines_ics(
      {goal(head + "ële steun", {2027, 3, 1})}, {2026, 12, 4}, Lang::kNl));
  REQUIRE(lines.size() == 17);
  CHECK(lines[10] == "SUMMARY:BRE-2026-0001: " + head + "ële");
  CHECK(lines[10].size() == 75);
  CHECK(lines[11] == "  steun");
}

TEST_CASE("ics_fold counts octets, and the continuation space counts too") {
  struct Row { std::string line; std::vector<std::string> expected; };
  const std::string a74(74, 'a');
  const std::string a75(75, 'a');
  const std::vector<Row> rows = {
      {"", {""}},
      {a75, {a75}},
      {a75 + "b", {a75, " b"}},
      {a75 + a74 + "c", {a75, " " + a74, " c"}},
      {a74 + "é", {a74, " é"}},
      {std::string(73, 'a') + "é", {std::string(73, 'a') + "é"}},
      {a74 + "€", {a74, " €"}},                                  // 3 octets
      {std::string(72, 'a') + "€", {std::string(72, 'a') + "€"}},
      {std::string(72, 'a') + "😀", {std::string(72, 'a'), " 😀"}},  // 4
  };
  for (const auto& row : rows) {
    CAPTURE(row.line);
    CHECK(crlf_lines(pipkit::ics_fold(row.line)) == row.expected);
  }
}

TEST_CASE("every folded line holds at most 75 octets and unfolds intact") {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "ëé€😀 ab";
  for (std::size_t cut = 0; cut < 12; ++cut) {
    const std::string line = "DESCRIPTION:" + text.substr(cut);
    const std::string folded = pipkit::ics_fold(line);
    for (const auto& physical : crlf_lines(folded)) {
      CHECK(physical.size() <= 75);
      // A continuation byte right after the fold means a split character.
      if (physical.size() > 1 && physical[0] == ' ') {
        CHECK((static_cast<unsigned char>(physical[1]) & 0xC0) != 0x80);
      }
    }
    CHECK(unfolded(folded) == line + "\r\n");
  }
}

TEST_CASE("ics_escape escapes TEXT and drops control characters") {
  struct Row { const char* text; const char* escaped; };
  const Row rows[] = {
      {"a,b;c\\d", "a\\,b\\;c\\\\d"},
      {"regel 1\nregel 2", "regel 1\\nregel 2"},
      {"windows\r\nregel", "windows\\nregel"},
      {"tab\tblijft", "tab\tblijft"},
      {"bel\x07weg\x7f", "belweg"},
      {"dubbele punt: blijft", "dubbele punt: blijft"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    CHECK(pipkit::ics_escape(row.text) == row.escaped);
  }
}

TEST_CASE("a title cannot smuggle in an event of its own") {
  const auto ics = pipkit::deadlines_ics(
      {goal("x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:nep", {2027, 3, 1})},
      {2026, 12, 4}, Lang::kNl);
  const auto lines = crlf_lines(ics);
  int begins = 0;
  for (const auto& line : lines) begins += line == "BEGIN:VEVENT";
  CHECK(begins == 1);
  CHECK(lines[10] ==
        "SUMMARY:BRE-2026-0001: x\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:nep");
}

TEST_CASE("UIDs are stable across exports and distinct per client and item") {
  const DeadlineItem item = moved_intake();
  DeadlineItem moved_again = item;
  moved_again.due = {2026, 11, 30};  // a later export with another date
  DeadlineItem other_client = item;
  other_client.klantcode = "AAL-2026-0043";
  DeadlineItem other_item = item;
  other_item.key = "voortgangsgesprek.1";
  CHECK(pipkit::ics_uid(item) == pipkit::ics_uid(moved_again));
  CHECK(pipkit::ics_uid(item) != pipkit::ics_uid(other_client));
  CHECK(pipkit::ics_uid(item) != pipkit::ics_uid(other_item));
  CHECK(pipkit::ics_uid(other_item) == "5c1e3ee117b65a8c@pipkit");
}

TEST_CASE("the calendar depends on today only through DTSTAMP") {
  const auto first = pipkit::deadlines_ics({moved_intake()}, {2026, 12, 4},
                                           Lang::kNl);
  const auto again = pipkit::deadlines_ics({moved_intake()}, {2026, 12, 4},
                                           Lang::kNl);
  const auto later = pipkit::deadlines_ics({moved_intake()}, {2027, 1, 5},
                                           Lang::kNl);
  CHECK(first == again);
  CHECK(std::regex_replace(later, std::regex("DTSTAMP:20270105"),
                           "DTSTAMP:20261204") == first);
}

TEST_CASE("an empty calendar is still a valid VCALENDAR") {
  const std::vector<std::string> expected = {
      "BEGIN:VCALENDAR", "VERSION:2.0",
      "PRODID:-//pipkit//pipkit deadlines//NL", "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH", "END:VCALENDAR"};
  CHECK(crlf_lines(pipkit::deadlines_ics({}, {2026, 12, 4}, Lang::kEn)) ==
        expected);
}
