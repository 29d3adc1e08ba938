// The bidi checks of bidi_check.hpp: a gumbo walk for HTML, a scan per line for plain text.
#include "bidi_check.hpp"

#include <catch2/catch.hpp>
#include <gumbo.h>

#include <sstream>
#include <string_view>

namespace claimdiff::testing {
namespace {

// The bidi control at `at` in UTF-8: 'm' a mark (U+200E, U+200F, U+061C), 'e' an embedding or
// override opener, 'p' PDF, 'i' an isolate opener (U+2066-2068), 'd' PDI; 0 for anything else.
char control_at(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
  if (at + 1 < text.size() && byte(0) == 0xD8 && byte(1) == 0x9C) return 'm';
  if (at + 2 >= text.size() || byte(0) != 0xE2) return 0;
  if (byte(1) == 0x80 && (byte(2) == 0x8E || byte(2) == 0x8F)) return 'm';
  if (byte(1) == 0x80 && byte(2) >= 0xAA && byte(2) <= 0xAE) return byte(2) == 0xAC ? 'p' : 'e';
  if (byte(1) == 0x81 && byte(2) >= 0xA6 && byte(2) <= 0xA9) return byte(2) == 0xA9 ? 'd' : 'i';
  return 0;
}

bool has_control(std::string_view text) {
  for (std::size_t at = 0; at < text.size(); ++at)
    if (control_at(text, at) != 0) return true;
  return false;
}

bool isolated(const GumboNode* node) {
  for (const GumboNode* up = node->parent; up != nullptr && up->type == GUMBO_NODE_ELEMENT; up = up->parent) {
    if (up->v.element.tag == GUMBO_TAG_BDI) return true;
    if (gumbo_get_attribute(&up->v.element.attributes, "dir") != nullptr) return true;
  }
  return false;
}

void collect(const GumboNode* node, bool in_body, std::vector<std::string>& found) {
  if (node->type == GUMBO_NODE_TEXT) {
    const std::string_view text = node->v.text.text;
    if (in_body && has_control(text) && !isolated(node)) found.emplace_back(text);
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
  const GumboVector& children =
      node->type == GUMBO_NODE_ELEMENT ? node->v.element.children : node->v.document.children;
  const bool body = in_body || (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == GUMBO_TAG_BODY);
  for (unsigned i = 0; i < children.length; ++i)
    collect(static_cast<const GumboNode*>(children.data[i]), body, found);
}

// Whether every control on `line` lies inside an isolate that the line closes.
bool contained(std::string_view line) {
  std::size_t isolates = 0;
  for (std::size_t at = 0; at < line.size(); ++at) {
    const char control = control_at(line, at);
    if (control == 0) continue;
    if (control == 'i') ++isolates;
    else if (control == 'd' && isolates > 0) --isolates;
    else if (isolates == 0) return false;
  }
  return isolates == 0;
}

}  // namespace

std::vector<std::string> unisolated_bidi_text(const std::string& html) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::vector<std::string> found;
  collect(output->document, false, found);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return found;
}

std::vector<std::string> lines_leaking_bidi(const std::string& text) {
  std::vector<std::string> found;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);)
    if (!contained(line)) found.push_back(line);
  return found;
}

void check_bidi_isolated_html(const std::string& html) {
  REQUIRE(html.find("\u202E") != std::string::npos);
  for (const std::string& text : unisolated_bidi_text(html)) {
    CAPTURE(text);
    FAIL_CHECK("bidi controls outside a <bdi>");
  }
}

void check_bidi_contained_lines(const std::string& text) {
  REQUIRE(text.find("\u202E") != std::string::npos);
  for (const std::string& line : lines_leaking_bidi(text)) {
    CAPTURE(line);
    FAIL_CHECK("a bidi control leaks past its field");
  }
}

}  // namespace claimdiff::testing
