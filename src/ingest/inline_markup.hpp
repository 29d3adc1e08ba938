// Inline HTML tags left in plain text ("<a href=\"...\">Pogba</a> said", text copied from a page's
// source or a feed's body) masked with spaces of the same length, so byte offsets still point
// into the input while segmenting, extraction and alignment see only the words.
#pragma once

#include <cstddef>
#include <string>

namespace claimdiff::detail {

// Replaces every well-formed tag of an inline element (a, b, i, em, strong, span, ...; opening,
// closing or self-closing) with spaces and returns how many it masked. A "<" that opens no such
// tag ("a margin of <5%", "x < y") is left alone.
std::size_t mask_inline_markup(std::string& text);

}  // namespace claimdiff::detail
