// SPDX-License-Identifier: EUPL-1.2
// The JSON writer produces the exact text scripts parse.
#include <doctest/doctest.h>

#include "json_writer.hpp"

TEST_CASE("json_quote escapes quotes, backslashes and control characters") {
  CHECK(pipkit::json_quote("a\"b\\c\n\x01") == "\"a\\\"b\\\\c\\n\\u0001\"");
  CHECK(pipkit::json_quote("één") == "\"één\"");
}

TEST_CASE("JsonWriter nests objects and arrays with two-space indent") {
  pipkit::JsonWriter w;
  w.begin_object().key("version").value(1).key("items").begin_array();
  w.begin_object().key("due").value("2026-11-23").key("x").null();
  w.end_object().end_array().key("empty").begin_array().end_array();
  w.key("score").value(3.6).key("ok").value(true).end_object();
  CHECK(w.str() ==
        "{\n"
        "  \"version\": 1,\n"
        "  \"items\": [\n"
        "    {\n"
        "      \"due\": \"2026-11-23\",\n"
        "      \"x\": null\n"
        "    }\n"
        "  ],\n"
        "  \"empty\": [],\n"
        "  \"score\": 3.6,\n"
        "  \"ok\": true\n"
        "}\n");
}

TEST_CASE("json_quote replaces bytes that are not UTF-8 with U+FFFD") {
  CHECK(pipkit::json_quote("na\xffme") == "\"na\xEF\xBF\xBDme\"");
  CHECK(pipkit::json_quote("\xC3") == "\"\xEF\xBF\xBD\"");
}
