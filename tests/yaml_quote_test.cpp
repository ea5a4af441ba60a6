// SPDX-License-Identifier: EUPL-1.2
// yaml_quote: every text comes back unchanged from the YAML it is put in.
#include <doctest/doctest.h>

#include <string>

#include "source.hpp"
#include "yaml_doc.hpp"
#include "yaml_quote.hpp"

namespace {

// Reads `value: <quoted>` back with the project's own YAML reader.
std::string read_back(const std::string& quoted) {
  const pipkit::Source source("t.yaml", "value: " + quoted + "\n");
  const pipkit::YamlDoc doc = pipkit::parse_yaml(source);
  REQUIRE(doc.parsed);
  REQUIRE(doc.diagnostics.empty());
  const pipkit::Node* value = doc.root.get("value");
  REQUIRE(value != nullptr);
  REQUIRE(value->is_scalar());
  return value->text;
}

}  // namespace

TEST_CASE("yaml_quote writes one double-quoted scalar with YAML escapes") {
  struct Row {
    std::string text;
    std::string quoted;
  };
  const Row rows[] = {
      {"", R"("")"},
      {"Sara", R"("Sara")"},
      {"O'Brien", R"("O'Brien")"},
      {R"(Ahmadi "Sara")", R"("Ahmadi \"Sara\"")"},
      {"a: b", R"("a: b")"},
      {"# geen commentaar", R"("# geen commentaar")"},
      {"- [x] {y}", R"("- [x] {y}")"},
      {"C:\\map", R"("C:\\map")"},
      {"regel 1\nregel 2", R"("regel 1\nregel 2")"},
      {"tab\there", R"("tab\there")"},
      {"cr\r", R"("cr\r")"},
      {std::string("nul\0x", 5), R"("nul\0x")"},
      {"bel\x07", R"("bel\a")"},
      {"esc\x1B", R"("esc\e")"},
      {"\x01\x7F", R"("\x01\x7F")"},
      {"Jiménez Núñez", R"("Jiménez Núñez")"},
      {"محمد", R"("محمد")"},
      {"next\xC2\x85line", R"("next\x85line")"},
      {"c1\xC2\x9B", R"("c1\x9B")"},
      {"nbsp\xC2\xA0", "\"nbsp\xC2\xA0\""},
      {"ls\xE2\x80\xA8ps\xE2\x80\xA9", R"("ls\Lps\P")"},
      {"\xEF\xBB\xBF" "bom", R"("\uFEFFbom")"},
      {"bad\xFF" "byte", R"("bad\uFFFDbyte")"},
      {"cut\xC3", R"("cut\uFFFD")"},
      {"true", R"("true")"},
      {"012345678", R"("012345678")"},
      {"null", R"("null")"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(pipkit::yaml_quote(row.text) == row.quoted);
  }
}

TEST_CASE("yaml_quote reads back as the same text for valid UTF-8") {
  const std::string texts[] = {
      "",
      "J. de Vries",
      R"(Ahmadi "Sara": 'x' \ y)",
      "key: value\n- item\n  # comment",
      "tab\tcr\rnul" + std::string(1, '\0') + "del\x7F",
      "next\xC2\x85ls\xE2\x80\xA8ps\xE2\x80\xA9" "bom\xEF\xBB\xBF" "c1\xC2\x80",
      "Jiménez, Núñez & ‘Ş’ 😀",
      "  leading and trailing  ",
      "{{klantcode}}",
  };
  for (const std::string& text : texts) {
    CAPTURE(text);
    CHECK(read_back(pipkit::yaml_quote(text)) == text);
  }
}

TEST_CASE("yaml_quote turns each invalid UTF-8 byte into U+FFFD") {
  CHECK(read_back(pipkit::yaml_quote("a\xFF\xFE" "b")) ==
        "a\xEF\xBF\xBD\xEF\xBF\xBD" "b");
  CHECK(read_back(pipkit::yaml_quote("\xC0\xAF")) ==
        "\xEF\xBF\xBD\xEF\xBF\xBD");
}
