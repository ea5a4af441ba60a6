// SPDX-License-Identifier: EUPL-1.2
// Deadline items as JSON (cli.md's shape), CSV and a plain text table.
#include "deadlines_writers.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

#include "calendar.hpp"
#include "json_writer.hpp"

namespace pipkit {

namespace {

std::string joined(const std::vector<Text>& texts, Lang lang) {
  std::string out;
  for (const Text& text : texts) {
    if (!out.empty()) out += ", ";
    out += text.in(lang);
  }
  return out;
}

std::string day_and_date(const Date& date, Lang lang) {
  return weekday_abbreviation(weekday(date)).in(lang) + " " + to_iso(date);
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    return std::string(text);
  }
  std::string out = "\"";
  for (char c : text) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

// Spreadsheets run a cell that starts with = + - or @ as a formula; case
// files are written by hand and shared, so such text is kept inert.
std::string csv_inert(std::string_view text) {
  if (!text.empty() && std::string_view("=+-@\t\r").find(text[0]) !=
                           std::string_view::npos) {
    return csv_field("'" + std::string(text));
  }
  return csv_field(text);
}

std::string csv_row(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    out += fields[i];
  }
  return out + "\r\n";
}

// Columns line up by characters, not bytes, so that 'é' takes one place.
std::size_t display_width(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(),
      [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

char mark(DeadlineStatus status) {
  switch (status) {
    case DeadlineStatus::kOverdue: return '!';
    case DeadlineStatus::kDueSoon: return '*';
    default: return ' ';
  }
}

// Words a consultant reads at a glance; the JSON keeps cli.md's ids.
Text status_word(DeadlineStatus status) {
  switch (status) {
    case DeadlineStatus::kOpen: return {"open", "open"};
    case DeadlineStatus::kDueSoon: return {"binnenkort", "due soon"};
    case DeadlineStatus::kOverdue: return {"verlopen", "overdue"};
    case DeadlineStatus::kMet: return {"op tijd", "met"};
    case DeadlineStatus::kMetLate: return {"te laat", "met late"};
  }
  return {"open", "open"};
}

std::string right_trimmed(std::string line) {
  line.erase(line.find_last_not_of(' ') + 1);
  return line;
}

constexpr std::size_t kColumns = 8;
using TableRow = std::array<std::string, kColumns>;
using Widths = std::array<std::size_t, kColumns>;

TableRow header_row(Lang lang) {
  const std::array<Text, kColumns> header = {{{"datum", "due"},
                                              {"dagen", "days"},
                                              {"", ""},
                                              {"status", "status"},
                                              {"klant", "client"},
                                              {"soort", "kind"},
                                              {"omschrijving", "title"},
                                              {"opmerking", "note"}}};
  TableRow row;
  for (std::size_t i = 0; i < kColumns; ++i) row[i] = header[i].in(lang);
  return row;
}

TableRow item_row(const DeadlineItem& item, Lang lang) {
  return {day_and_date(item.due, lang),
          std::to_string(item.days_left),
          std::string(1, mark(item.status)),
          status_word(item.status).in(lang),
          item.klantcode,
          std::string(kind_id(item.kind)),
          item.title.in(lang),
          moved_note(item, lang)};
}

void widen(Widths& width, const TableRow& row) {
  for (std::size_t i = 0; i < kColumns; ++i) {
    width[i] = std::max(width[i], display_width(row[i]));
  }
}

std::string aligned(const TableRow& row, const Widths& width) {
  std::string line;
  for (std::size_t i = 0; i < kColumns; ++i) {
    const std::size_t pad = width[i] - display_width(row[i]);
    // The days column holds numbers, which read best aligned right.
    if (i == 1) line.append(pad, ' ');
    line += row[i];
    if (i != 1) line.append(pad, ' ');
    line += "  ";
  }
  return right_trimmed(line);
}

// Colour only repeats what the mark and the status word say, so a table
// without it loses nothing.
std::string painted(const std::string& line, const char* code, bool color) {
  if (!color || code == nullptr) return line;
  return fmt::format("\x1b[{}m{}\x1b[0m", code, line);
}

const char* status_colour(DeadlineStatus status) {
  switch (status) {
    case DeadlineStatus::kOverdue: return "1;31";
    case DeadlineStatus::kDueSoon: return "33";
    default: return nullptr;
  }
}

}  // namespace

std::string deadlines_json(const std::vector<DeadlineItem>& items,
                           const Date& today, Lang lang) {
  JsonWriter json;
  json.begin_object();
  json.key("version").value(1);
  json.key("today").value(to_iso(today));
  json.key("items").begin_array();
  for (const DeadlineItem& item : items) {
    json.begin_object();
    json.key("klantcode").value(item.klantcode);
    json.key("path").value(item.path);
    json.key("kind").value(kind_id(item.kind));
    json.key("title").value(item.title.in(lang));
    json.key("due").value(to_iso(item.due));
    json.key("from");
    if (item.from) {
      json.value(to_iso(*item.from));
    } else {
      json.null();
    }
    json.key("rule").value(item.rule.in(lang));
    json.key("status").value(status_id(item.status));
    json.key("days_left").value(item.days_left);
    json.end_object();
  }
  json.end_array();
  json.end_object();
  return json.str();
}

std::string deadlines_csv(const std::vector<DeadlineItem>& items, Lang lang) {
  std::string out = csv_row({"klantcode", "path", "kind", "title", "due",
                             "from", "rule", "status", "days_left",
                             "moved_from", "moved_reasons"});
  for (const DeadlineItem& item : items) {
    out += csv_row({csv_field(item.klantcode), csv_inert(item.path),
                    std::string(kind_id(item.kind)),
                    csv_inert(item.title.in(lang)), to_iso(item.due),
                    item.from ? to_iso(*item.from) : "",
                    csv_field(item.rule.in(lang)),
                    std::string(status_id(item.status)),
                    std::to_string(item.days_left),
                    item.moved_from ? to_iso(*item.moved_from) : "",
                    csv_field(joined(item.moved_reasons, lang))});
  }
  return out;
}

std::string moved_note(const DeadlineItem& item, Lang lang) {
  if (!item.moved_from) return "";
  const Text verb{"verschoven van", "moved from"};
  return fmt::format("{} {} ({})", verb.in(lang),
                     day_and_date(*item.moved_from, lang),
                     joined(item.moved_reasons, lang));
}

std::string deadlines_text(const std::vector<DeadlineItem>& items,
                           Lang lang) {
  return deadlines_text({DeadlineGroup{{}, items}}, lang, false);
}

std::string deadlines_text(const std::vector<DeadlineGroup>& groups,
                           Lang lang, bool color) {
  Widths width{};
  const TableRow header = header_row(lang);
  widen(width, header);
  for (const DeadlineGroup& group : groups) {
    for (const DeadlineItem& item : group.items) {
      widen(width, item_row(item, lang));
    }
  }
  std::string out = painted(aligned(header, width), "1", color) + "\n";
  for (const DeadlineGroup& group : groups) {
    const std::string& heading = group.heading.in(lang);
    if (!heading.empty()) out += "\n" + painted(heading, "1", color) + "\n";
    for (const DeadlineItem& item : group.items) {
      out += painted(aligned(item_row(item, lang), width),
                     status_colour(item.status), color) +
             "\n";
    }
  }
  return out;
}

}  // namespace pipkit
