// SPDX-License-Identifier: EUPL-1.2
// Safe YAML: a tree that keeps every key's position and every scalar's text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.hpp"
#include "source.hpp"

namespace pipkit {

enum class NodeKind { kNull, kScalar, kSequence, kMapping };

struct MapEntry;

/// One YAML value. Scalars keep their exact text: `012345678` stays that,
/// and `yes` stays the word yes; the schema decides what the text means.
struct Node {
  NodeKind kind = NodeKind::kNull;
  Position position;
  std::string text;    // scalars only
  bool plain = false;  // scalar written bare: no quotes, block style or tag
  std::vector<Node> items;        // sequences
  std::vector<MapEntry> entries;  // mappings, in file order

  bool is_null() const { return kind == NodeKind::kNull; }
  bool is_scalar() const { return kind == NodeKind::kScalar; }
  bool is_sequence() const { return kind == NodeKind::kSequence; }
  bool is_mapping() const { return kind == NodeKind::kMapping; }

  /// Returns the value under `key` of a mapping, or nullptr.
  const Node* get(std::string_view key) const;

  /// Returns the entry under `key` of a mapping, or nullptr.
  const MapEntry* entry(std::string_view key) const;

  /// Returns the scalar text, or an empty string for anything else.
  std::string_view scalar() const;
};

struct MapEntry {
  std::string key;
  Position key_position;
  Node value;
};

/// Bounds that keep a hostile file from costing much.
struct YamlLimits {
  // The deepest path in the format is leefgebieden > taalniveau >
  // andere_talen > item > value: five containers. Eight leaves room for
  // flow style without inviting abuse.
  int max_depth = 8;
};

/// The parse of one file: the tree (a null root when nothing could be read)
/// and the findings; `parsed` is false when the YAML could not be read at
/// all.
struct YamlDoc {
  Node root;
  Diagnostics diagnostics;
  bool parsed = false;
};

/// Parses one YAML document; duplicate keys, anchors, aliases, nesting past
/// the limit, several documents and syntax errors become findings with a
/// position, never exceptions.
YamlDoc parse_yaml(const Source& source, const YamlLimits& limits = {});

}  // namespace pipkit
