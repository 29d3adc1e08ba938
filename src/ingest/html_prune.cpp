// Script and style content left out before parsing (see html_prune.hpp). Each byte is looked at
// a bounded number of times: the scan moves forward only, and find_end_tag scans a content once.
#include "ingest/html_prune.hpp"

#include "ingest/html_bytes.hpp"

#include <array>

namespace claimdiff::detail {
namespace {

// The start tag's name in lower case (at most 9 bytes matter: "noframes" is the longest we test).
std::string_view lower_name(std::string_view html, std::size_t begin, std::size_t end, std::array<char, 10>& buffer) {
  const std::size_t length = end - begin;
  if (length >= buffer.size()) return {};
  for (std::size_t i = 0; i < length; ++i) buffer[i] = ascii_lower(html[begin + i]);
  return {buffer.data(), length};
}

bool is_pruned(std::string_view name) { return name == "script" || name == "style"; }

bool is_other_raw_text(std::string_view name) {
  return name == "textarea" || name == "title" || name == "xmp" || name == "iframe" || name == "noembed" ||
         name == "noframes";
}

// Whether the start tag html[begin, end) says type="application/ld+json" (any case, any quoting).
bool is_json_ld_tag(std::string_view tag) {
  constexpr std::string_view kMark = "ld+json";
  if (tag.size() < kMark.size()) return false;
  for (std::size_t at = 0; at + kMark.size() <= tag.size(); ++at) {
    bool same = true;
    for (std::size_t i = 0; i < kMark.size() && same; ++i) same = ascii_lower(tag[at + i]) == kMark[i];
    if (same) return true;
  }
  return false;
}

}  // namespace

std::string without_unread_raw_text(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  std::size_t copied = 0;  // html[0, copied) is in `out`
  std::size_t at = 0;
  while ((at = html.find('<', at)) != std::string_view::npos) {
    if (html.compare(at, 4, "<!--") == 0) {
      at = past_comment(html, at);
      continue;
    }
    const std::size_t name_begin = at + 1;
    if (name_begin >= html.size() || !is_ascii_alpha(html[name_begin])) {
      ++at;  // an end tag, "<!doctype>", "<?xml>" or a lone '<': nothing to prune there
      continue;
    }
    std::size_t name_end = name_begin;
    while (name_end < html.size() && !is_html_space(html[name_end]) && html[name_end] != '>' && html[name_end] != '/')
      ++name_end;
    std::array<char, 10> buffer{};
    const std::string_view name = lower_name(html, name_begin, name_end, buffer);
    const TagEnd tag_end = skip_attributes(html, name_end);
    at = tag_end.next;
    if (name == "plaintext") break;  // the rest of the page is text
    const bool pruned = is_pruned(name);
    if (!pruned && !is_other_raw_text(name)) continue;
    const std::size_t content_end = find_end_tag(html, at, name);
    const std::string_view content = html.substr(at, content_end - at);
    if (pruned && !tag_end.self_closing && !is_json_ld_tag(html.substr(name_end, at - name_end)) &&
        content.find("<!--") == std::string_view::npos) {
      out.append(html.substr(copied, at - copied));
      copied = content_end;
    }
    at = content_end;
  }
  out.append(html.substr(copied));
  return out;
}

}  // namespace claimdiff::detail
