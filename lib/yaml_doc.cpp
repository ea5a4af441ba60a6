// SPDX-License-Identifier: EUPL-1.2
// Safe YAML: a tree that keeps every key's position and every scalar's text.
#include "yaml_doc.hpp"

#include <sstream>
#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include "yaml_errors.hpp"

namespace pipkit {

const Node* Node::get(std::string_view key) const {
  const MapEntry* found = entry(key);
  return found ? &found->value : nullptr;
}

const MapEntry* Node::entry(std::string_view key) const {
  for (const MapEntry& e : entries) {
    if (e.key == key) return &e;
  }
  return nullptr;
}

std::string_view Node::scalar() const {
  return kind == NodeKind::kScalar ? std::string_view(text)
                                   : std::string_view();
}

namespace {

// Builds the tree from yaml-cpp's events. We use the event interface rather
// than YAML::Load because the node API silently merges duplicate keys,
// resolves aliases and forgets where keys stood.
class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const Source& source, const YamlLimits& limits, YamlDoc& doc)
      : source_(source), limits_(limits), doc_(doc) {}

  int documents() const { return documents_; }

  /// Returns whether yaml-cpp began a document where the last one began.
  bool stalled() const { return stalled_; }

  void OnDocumentStart(const YAML::Mark& mark) override {
    // A stray ',' at the top level makes yaml-cpp hand out empty documents
    // forever without reading on; no document can begin with one, and
    // none begins where the last began.
    if (char_at(mark) == ',' ||
        (documents_ > 0 && mark.pos == last_document_start_)) {
      stalled_ = true;
      report_stray_character(mark);
      return;
    }
    last_document_start_ = mark.pos;
    ++documents_;
    if (documents_ == 2) {
      report("PK010", at(mark),
             {"meer dan één YAML-document in dit bestand; zet elk dossier in "
              "een eigen bestand",
              "more than one YAML document in this file; put each case file "
              "in a file of its own"});
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check_anchor(mark, anchor);
    Node node;
    node.position = at(mark);
    add(std::move(node), mark);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    report("PK008", at(mark),
           {"verwijzingen (*alias) zijn niet toegestaan; schrijf de waarde "
            "voluit",
            "aliases (*name) are not allowed; write the value out in full"},
           child_path());
    Node node;
    node.position = at(mark);
    add(std::move(node), mark);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag,
                YAML::anchor_t anchor, const std::string& value) override {
    check_anchor(mark, anchor);
    if (tag == "!") require_closing_quote(mark);
    Node node;
    node.kind = NodeKind::kScalar;
    node.position = at(mark);
    node.text = value;
    node.plain = tag == "?";
    add(std::move(node), mark);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&,
                       YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, anchor, NodeKind::kSequence);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&,
                  YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
    open(mark, anchor, NodeKind::kMapping);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    Node* node = nullptr;
    bool expecting_key = true;
    bool skip_value = false;  // the value of a duplicate or invalid key
    std::string key;
    Position key_position;
    std::string path;  // dotted key path of this container
  };

  // The key path of the slot the next value fills, for findings.
  std::string child_path() const {
    if (stack_.empty()) return "";
    const Frame& f = stack_.back();
    if (f.node != nullptr && f.node->is_sequence()) {
      return fmt::format("{}[{}]", f.path, f.node->items.size());
    }
    return f.path.empty() ? f.key : fmt::format("{}.{}", f.path, f.key);
  }

  Position at(const YAML::Mark& mark) const {
    return mark.pos < 0 ? Position{}
                        : source_.position_at(static_cast<size_t>(mark.pos));
  }

  void report(const char* rule, Position where, Text message,
              std::string key = "") {
    doc_.diagnostics.push_back(Diagnostic{rule, Severity::kError, where,
                                          std::move(key), std::move(message)});
  }

  // yaml-cpp accepts a quoted text that runs to the end of the file; a
  // forgotten closing quote would then swallow the rest of the file.
  void require_closing_quote(const YAML::Mark& mark) {
    const std::string& text = source_.text();
    if (mark.pos < 0 || static_cast<size_t>(mark.pos) >= text.size()) {
      return;
    }
    const char quote = text[static_cast<size_t>(mark.pos)];
    if (quote != '"' && quote != '\'') return;
    for (size_t i = static_cast<size_t>(mark.pos) + 1; i < text.size(); ++i) {
      if (quote == '"' && text[i] == '\\') {
        ++i;
      } else if (text[i] == quote) {
        if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
          ++i;
        } else {
          return;
        }
      }
    }
    throw YAML::ParserException(
        mark, "illegal EOF in scalar");
  }

  void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor == YAML::NullAnchor) return;
    report("PK008", at(mark),
           {"ankers (&naam) zijn niet toegestaan; schrijf elke waarde voluit",
            "anchors (&name) are not allowed; write every value out in "
            "full"},
           child_path());
  }

  void open(const YAML::Mark& mark, YAML::anchor_t anchor, NodeKind kind) {
    if (skipped_depth_ > 0 || stack_.size() >= size_t(limits_.max_depth)) {
      if (skipped_depth_++ == 0) {
        report("PK009", at(mark),
               {fmt::format("te diep genest (meer dan {} niveaus); het "
                            "dossierformaat kent zo'n structuur niet",
                            limits_.max_depth),
                fmt::format("nested too deeply (more than {} levels); the "
                            "case format has no such structure",
                            limits_.max_depth)},
               child_path());
      }
      return;
    }
    check_anchor(mark, anchor);
    Node node;
    node.kind = kind;
    node.position = at(mark);
    Frame frame;
    frame.path = child_path();
    frame.node = add(std::move(node), mark);
    stack_.push_back(std::move(frame));
  }

  void close() {
    if (skipped_depth_ > 0) {
      if (--skipped_depth_ == 0) add_skipped();
      return;
    }
    if (!stack_.empty()) stack_.pop_back();
  }

  // A skipped subtree still fills its slot, so that keys and values stay
  // paired.
  void add_skipped() {
    Node node;
    add(std::move(node), YAML::Mark::null_mark());
  }

  Node* add(Node node, const YAML::Mark& mark) {
    if (skipped_depth_ > 0) return nullptr;
    if (stack_.empty()) {
      if (documents_ > 1) return nullptr;
      doc_.root = std::move(node);
      return &doc_.root;
    }
    Frame& frame = stack_.back();
    if (frame.node == nullptr) return nullptr;
    if (frame.node->is_sequence()) {
      frame.node->items.push_back(std::move(node));
      return &frame.node->items.back();
    }
    return add_to_mapping(frame, std::move(node), mark);
  }

  Node* add_to_mapping(Frame& frame, Node node, const YAML::Mark& mark) {
    if (frame.expecting_key) {
      frame.expecting_key = false;
      // A key that is itself a mapping or list returns no slot, so the
      // caller opens a frame without a node and its content is dropped.
      accept_key(frame, node);
      return nullptr;
    }
    frame.expecting_key = true;
    if (frame.skip_value) return nullptr;
    if (node.is_null() && (mark.is_null() ||
                           node.position.line > frame.key_position.line)) {
      // yaml-cpp places an empty value at the next token; the key is the
      // place a person looks at.
      node.position = frame.key_position;
    }
    frame.node->entries.push_back(
        MapEntry{frame.key, frame.key_position, std::move(node)});
    return &frame.node->entries.back().value;
  }

  void accept_key(Frame& frame, const Node& key) {
    frame.skip_value = false;
    frame.key = key.text;
    frame.key_position = key.position;
    if (!key.is_scalar()) {
      report("PK006", key.position,
             {"een sleutel moet tekst zijn", "a key must be plain text"});
      frame.skip_value = true;
      return;
    }
    if (const MapEntry* first = frame.node->entry(key.text)) {
      report("PK007", key.position,
             {fmt::format("sleutel '{}' staat hier voor de tweede keer (eerst "
                          "op regel {}); voeg de twee samen",
                          key.text, first->key_position.line),
              fmt::format("key '{}' appears a second time (first on line "
                          "{}); merge the two",
                          key.text, first->key_position.line)},
             frame.path.empty() ? key.text
                                : fmt::format("{}.{}", frame.path, key.text));
      frame.skip_value = true;
    }
  }

  char char_at(const YAML::Mark& mark) const {
    const std::string& text = source_.text();
    if (mark.pos < 0 || static_cast<size_t>(mark.pos) >= text.size()) {
      return '\0';
    }
    return text[static_cast<size_t>(mark.pos)];
  }

  void report_stray_character(const YAML::Mark& mark) {
    const std::string shown(1, char_at(mark));
    report("PK006", at(mark),
           {fmt::format("'{}' staat buiten haakjes; zet tekst met dit teken "
                        "tussen aanhalingstekens",
                        shown),
            fmt::format("'{}' stands outside brackets; put text with this "
                        "character in quotes",
                        shown)});
  }

  const Source& source_;
  const YamlLimits& limits_;
  YamlDoc& doc_;
  std::vector<Frame> stack_;
  int documents_ = 0;
  int last_document_start_ = -1;
  bool stalled_ = false;
  int skipped_depth_ = 0;
};

}  // namespace

YamlDoc parse_yaml(const Source& source, const YamlLimits& limits) {
  YamlDoc doc;
  std::istringstream in(source.text());
  TreeBuilder builder(source, limits, doc);
  try {
    YAML::Parser parser(in);
    while (!builder.stalled() && parser.HandleNextDocument(builder)) {
    }
    doc.parsed = !builder.stalled();
    if (builder.stalled()) doc.root = Node{};
  } catch (const YAML::Exception& error) {
    const Position where =
        error.mark.pos < 0
            ? Position{}
            : source.position_at(static_cast<size_t>(error.mark.pos));
    doc.diagnostics.push_back(Diagnostic{"PK006", Severity::kError, where, "",
                                         yaml_error_text(error.msg)});
    doc.root = Node{};
  }
  if (doc.parsed && builder.documents() == 0) {
    doc.diagnostics.push_back(Diagnostic{
        "PK003", Severity::kError, Position{1, 1}, "",
        {"het bestand is leeg; begin met 'soort:' en 'versie: 1'",
         "the file is empty; start with 'soort:' and 'versie: 1'"}});
  }
  return doc;
}

}  // namespace pipkit
