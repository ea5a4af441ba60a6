// SPDX-License-Identifier: EUPL-1.2
// Deadline items as an RFC 5545 calendar of all-day events.
#include "deadlines_ics.hpp"

#include <cstdint>
#include <fmt/format.h>

#include "deadlines_writers.hpp"

namespace pipkit {

namespace {

constexpr std::size_t kMaxOctets = 75;

std::size_t utf8_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;  // ASCII, or a stray continuation byte kept whole
}

std::string compact(const Date& date) {
  return fmt::format("{:04}{:02}{:02}", date.year, date.month, date.day);
}

// FNV-1a: small, fixed for all time and the same on every machine, which
// is all a UID needs; it is no secret and protects nothing.
std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string property(std::string_view name, std::string_view value) {
  std::string line(name);
  line += ':';
  line += value;
  return ics_fold(line);
}

std::string event(const DeadlineItem& item, const Date& today, Lang lang) {
  std::string description = item.rule.in(lang);
  const std::string note = moved_note(item, lang);
  if (!note.empty()) description += "\n" + note;
  std::string out = "BEGIN:VEVENT\r\n";
  out += property("UID", ics_uid(item));
  out += property("DTSTAMP", compact(today) + "T000000Z");
  out += property("DTSTART;VALUE=DATE", compact(item.due));
  out += property("DTEND;VALUE=DATE", compact(add_days(item.due, 1)));
  out += property("SUMMARY",
                  ics_escape(item.klantcode + ": " + item.title.in(lang)));
  out += property("DESCRIPTION", ics_escape(description));
  out += property("CATEGORIES", ics_escape(kind_id(item.kind)));
  // A deadline is a reminder, not an appointment: it must not show the
  // day as busy.
  out += property("TRANSP", "TRANSPARENT");
  out += "END:VEVENT\r\n";
  return out;
}

}  // namespace

std::string ics_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      default:
        // A bare CR or other control character could end the line early
        // and smuggle in a property; TEXT allows none but tab.
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') ||
            c == 0x7F) {
          break;
        }
        out += c;
    }
  }
  return out;
}

std::string ics_fold(std::string_view line) {
  std::string out;
  std::size_t used = 0;
  std::size_t i = 0;
  while (i < line.size()) {
    const std::size_t length =
        std::min(utf8_length(static_cast<unsigned char>(line[i])),
                 line.size() - i);
    if (used + length > kMaxOctets) {
      out += "\r\n ";
      used = 1;  // the space that marks the continuation counts
    }
    out.append(line.substr(i, length));
    used += length;
    i += length;
  }
  return out + "\r\n";
}

std::string ics_uid(const DeadlineItem& item) {
  const std::string identity = item.klantcode + '\x1f' + item.key;
  return fmt::format("{:016x}@pipkit", fnv1a(identity));
}

std::string deadlines_ics(const std::vector<DeadlineItem>& items,
                          const Date& today, Lang lang) {
  std::string out = "BEGIN:VCALENDAR\r\n";
  out += property("VERSION", "2.0");
  out += property("PRODID", "-//pipkit//pipkit deadlines//NL");
  out += property("CALSCALE", "GREGORIAN");
  out += property("METHOD", "PUBLISH");
  for (const DeadlineItem& item : items) out += event(item, today, lang);
  out += "END:VCALENDAR\r\n";
  return out;
}

}  // namespace pipkit
