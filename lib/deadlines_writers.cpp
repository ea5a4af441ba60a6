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

std::string right_trimmed(std::string line) {
  line.erase(line.find_last_not_of(' ') + 1);
  return line;
}

using TableRow = std::array<std::string, 7>;

std::vector<TableRow> text_rows(const std::vector<DeadlineItem>& items,
                                Lang lang) {
  const std::array<Text, 7> header = {{{"datum", "due"},
                                       {"dagen", "days"},
                                       {"", ""},
                                       {"klant", "client"},
                                       {"soort", "kind"},
                                       {"omschrijving", "title"},
                                       {"opmerking", "note"}}};
  std::vector<TableRow> rows(1);
  for (std::size_t i = 0; i < header.size(); ++i) {
    rows[0][i] = header[i].in(lang);
  }
  for (const DeadlineItem& item : items) {
    rows.push_back({day_and_date(item.due, lang),
                    std::to_string(item.days_left),
                    std::string(1, mark(item.status)), item.klantcode,
                    std::string(kind_id(item.kind)), item.title.in(lang),
                    moved_note(item, lang)});
  }
  return rows;
}

std::string aligned(const std::vector<TableRow>& rows) {
  TableRow::size_type columns = TableRow().size();
  std::vector<std::size_t> width(columns, 0);
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < columns; ++i) {
      width[i] = std::max(width[i], display_width(row[i]));
    }
  }
  std::string out;
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t i = 0; i < columns; ++i) {
      const std::size_t pad = width[i] - display_width(row[i]);
      // The days column holds numbers, which read best aligned right.
      if (i == 1) line.append(pad, ' ');
      line += row[i];
      if (i != 1) line.append(pad, ' ');
      line += "  ";
    }
    out += right_trimmed(line) + "\n";
  }
  return out;
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
  return aligned(text_rows(items, lang));
}

}  // namespace pipkit
