// Linear tag stripping for pages past HtmlLimits: each byte is looked at a bounded number of times
// (a raw-text element's end is found by one forward search), so the cost is O(size) on any page.
#include "ingest/html_text.hpp"

#include "ingest/html_bytes.hpp"

#include <gumbo.h>

#include <array>
#include <cstdint>

namespace claimdiff::detail {
namespace {

bool breaks_paragraph(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_BR: case GUMBO_TAG_HR: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
      return true;
    default:
      return false;
  }
}

// Elements whose content is not text of the page.
bool is_hidden_raw_text(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE ||
         tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_TEXTAREA || tag == GUMBO_TAG_TITLE;
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

struct NamedReference {
  std::string_view name;
  std::uint32_t code_point;
};
// The references news pages use in running text; any other is kept as written.
constexpr std::array<NamedReference, 12> kNamedReferences = {{{"amp", '&'}, {"lt", '<'}, {"gt", '>'},
    {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xA0}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"mdash", 0x2014}, {"ndash", 0x2013}}};

// Decodes the reference at `html[at] == '&'` into `out`; returns how many bytes it took (0: none).
std::size_t decode_reference(std::string_view html, std::size_t at, std::string& out) {
  const std::size_t semicolon = html.find(';', at);
  if (semicolon == std::string_view::npos || semicolon - at > 10) return 0;
  const std::string_view body = html.substr(at + 1, semicolon - at - 1);
  if (body.size() >= 2 && body[0] == '#') {
    const bool hex = body[1] == 'x' || body[1] == 'X';
    std::uint32_t value = 0;
    const std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    for (const char c : digits) {
      const int digit = c >= '0' && c <= '9' ? c - '0'
                        : hex && ascii_lower(c) >= 'a' && ascii_lower(c) <= 'f' ? ascii_lower(c) - 'a' + 10
                                                                                : -1;
      if (digit < 0) return 0;
      value = value * (hex ? 16u : 10u) + static_cast<std::uint32_t>(digit);
    }
    append_utf8(out, value);
    return semicolon - at + 1;
  }
  for (const NamedReference& reference : kNamedReferences)
    if (reference.name == body) {
      append_utf8(out, reference.code_point);
      return semicolon - at + 1;
    }
  return 0;
}

class PlainText {
 public:
  void text_byte(char c) {
    if (is_html_space(c)) {
      if (!text_.empty() && text_.back() != ' ' && text_.back() != '\n') text_.push_back(' ');
    } else {
      text_.push_back(c);
    }
  }
  std::string& raw() { return text_; }
  void paragraph_break() {
    while (!text_.empty() && text_.back() == ' ') text_.pop_back();
    if (text_.empty() || text_.ends_with("\n\n")) return;
    text_ += text_.back() == '\n' ? "\n" : "\n\n";
  }
  std::string take() {
    while (!text_.empty() && (text_.back() == '\n' || text_.back() == ' ')) text_.pop_back();
    return std::move(text_);
  }

 private:
  std::string text_;
};

}  // namespace

std::string html_to_plain_text(std::string_view html) {
  PlainText text;
  std::size_t at = 0;
  while (at < html.size()) {
    const char c = html[at];
    if (c == '&') {
      const std::size_t used = decode_reference(html, at, text.raw());
      if (used > 0) {
        at += used;
        continue;
      }
    }
    if (c != '<') {
      text.text_byte(c);
      ++at;
      continue;
    }
    if (html.compare(at, 4, "<!--") == 0) {
      at = past_comment(html, at);
      continue;
    }
    const bool end_tag = at + 1 < html.size() && html[at + 1] == '/';
    const std::size_t name_begin = at + (end_tag ? 2 : 1);
    const bool markup = name_begin < html.size() &&
                        (is_ascii_alpha(html[name_begin]) || html[name_begin] == '!' || html[name_begin] == '?');
    if (!markup) {
      text.text_byte(c);
      ++at;
      continue;
    }
    std::size_t name_end = name_begin;
    std::string name;
    while (name_end < html.size() && is_ascii_alpha(html[name_end]) && name.size() < 16)
      name.push_back(ascii_lower(html[name_end++]));
    const GumboTag tag = gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size()));
    // Quotes inside a tag are not tracked: a '>' in an attribute value only cuts the tag short.
    const std::size_t close = html.find('>', name_end);
    at = close == std::string_view::npos ? html.size() : close + 1;
    if (breaks_paragraph(tag)) text.paragraph_break();
    if (!end_tag && is_hidden_raw_text(tag)) {
      const std::size_t end = find_end_tag(html, at, name);
      const std::size_t end_close = html.find('>', end);
      at = end_close == std::string_view::npos ? html.size() : end_close + 1;
    }
  }
  return text.take();
}

}  // namespace claimdiff::detail
