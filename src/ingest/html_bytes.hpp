// The byte-level pieces of HTML's syntax that the scans before parsing share (html_limits.cpp,
// html_text.cpp, html_prune.cpp): ASCII classes as the tokenizer reads them, and the end of a raw-text element.
#pragma once

#include <cstddef>
#include <string_view>

namespace claimdiff::detail {

inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// HTML's white space (no vertical tab, unlike std::isspace).
inline bool is_html_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }
inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Case-insensitive search for "</name" (`name` in lower case) from `from`; the end of `html` when
// it never comes. One forward pass: a raw-text element's content is scanned once.
inline std::size_t find_end_tag(std::string_view html, std::size_t from, std::string_view name) {
  for (std::size_t at = html.find("</", from); at != std::string_view::npos; at = html.find("</", at + 2)) {
    if (html.size() - at - 2 < name.size()) break;
    bool same = true;
    for (std::size_t i = 0; i < name.size() && same; ++i) same = ascii_lower(html[at + 2 + i]) == name[i];
    if (same) return at;
  }
  return html.size();
}

// From just after a tag's name to just after its '>', skipping quoted attribute values (which may
// hold '>'). Returns the position after the tag and whether it ends in "/>".
struct TagEnd {
  std::size_t next = 0;
  bool self_closing = false;
};
inline TagEnd skip_attributes(std::string_view html, std::size_t at) {
  while (at < html.size()) {
    const char c = html[at];
    if (c == '>') return {at + 1, at > 0 && html[at - 1] == '/'};
    if (c == '=') {
      ++at;
      while (at < html.size() && is_html_space(html[at])) ++at;
      if (at < html.size() && (html[at] == '"' || html[at] == '\'')) {
        const std::size_t close = html.find(html[at], at + 1);
        if (close == std::string_view::npos) return {html.size(), false};
        at = close + 1;
      }
      continue;
    }
    ++at;
  }
  return {html.size(), false};
}

// Where the comment opening at `html[at]` ("<!--") ends: just past its "-->", or the end of `html`.
inline std::size_t past_comment(std::string_view html, std::size_t at) {
  const std::size_t close = html.find("-->", at + 4);
  return close == std::string_view::npos ? html.size() : close + 3;
}

}  // namespace claimdiff::detail
