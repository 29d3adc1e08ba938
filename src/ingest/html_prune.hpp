// What gumbo need not read: the content of <script> and <style> elements, which no stage uses
// (JSON-LD scripts aside) and which make up about half the bytes of a news page. gumbo's tokenizer
// copies them code point by code point, so leaving them out before parsing halves the parse.
#pragma once

#include <string>
#include <string_view>

namespace claimdiff::detail {

// `html` with the content of every <script> (but JSON-LD ones) and <style> element removed; the
// tags stay, so the parsed tree has the same elements. One linear pass that reads tags as
// html_limits.cpp does: comments, quoted attribute values and the other raw-text elements
// (<textarea>, <title>, <xmp>, <iframe>, <noembed>, <noframes>) are passed over unchanged, and
// a script whose content holds "<!--" is kept whole (its end is where only a full tokenizer knows).
std::string without_unread_raw_text(std::string_view html);

}  // namespace claimdiff::detail
