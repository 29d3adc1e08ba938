// Masks inline HTML tags in plain text (inline_markup.hpp): a linear scan for "<", a tag name
// from the inline elements of HTML, attributes up to ">" on one line, nothing else.
#include "ingest/inline_markup.hpp"

#include "base/text_util.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace claimdiff::detail {
namespace {

// HTML's phrasing elements a writer's markup leaves inside a sentence, and the line breaks
// between them; block elements mean a page, which the HTML reader takes.
constexpr std::array<std::string_view, 22> kInlineElements{
    "a",    "abbr", "b",    "bdi",  "bdo",    "br",   "cite", "code", "del",   "dfn", "em",
    "font", "i",    "ins",  "mark", "q",      "s",    "small", "span", "strong", "sub", "sup"};

// A tag longer than this is no tag a writer left behind (an attribute holding a whole paragraph).
constexpr std::size_t kMaxTagBytes = 2048;

bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// The length of the inline tag starting at `at` (text[at] == '<'), or 0 when none starts there.
std::size_t tag_length(std::string_view text, std::size_t at) {
  std::size_t i = at + 1;
  if (i < text.size() && text[i] == '/') ++i;
  const std::size_t name_begin = i;
  while (i < text.size() && name_char(text[i])) ++i;
  const std::string name = fold(text.substr(name_begin, i - name_begin));
  if (std::find(kInlineElements.begin(), kInlineElements.end(), name) == kInlineElements.end()) return 0;
  // after the name: the end of the tag, "/>", or white space and attributes
  if (i < text.size() && text[i] != '>' && text[i] != '/' && text[i] != ' ' && text[i] != '\t') return 0;
  for (; i < text.size() && i - at < kMaxTagBytes; ++i) {
    if (text[i] == '>') return i + 1 - at;
    if (text[i] == '<' || text[i] == '\n') return 0;
  }
  return 0;
}

}  // namespace

std::size_t mask_inline_markup(std::string& text) {
  std::size_t masked = 0;
  for (std::size_t at = text.find('<'); at != std::string::npos; at = text.find('<', at)) {
    const std::size_t length = tag_length(text, at);
    if (length == 0) {
      ++at;
      continue;
    }
    std::fill_n(text.begin() + static_cast<std::ptrdiff_t>(at), length, ' ');
    at += length;
    ++masked;
  }
  return masked;
}

}  // namespace claimdiff::detail
