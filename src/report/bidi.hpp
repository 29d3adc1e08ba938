// Bidirectional-text controls in outside text: which characters they are, and the one rule that keeps
// them from changing the direction of report text around them (isolate_bidi for plain text; the HTML
// writers put outside text in <bdi> instead, see html_escape.hpp).
#pragma once

#include <string>
#include <string_view>

namespace claimdiff::detail {

// Whether `text` holds a bidi formatting character: the embeddings and overrides U+202A-202E, the
// isolates U+2066-2069, or the marks U+200E, U+200F and U+061C.
bool has_bidi_controls(std::string_view text);

// `text` unchanged when it holds no bidi control; otherwise with every embedding, override and
// isolate it opens closed (stray closers dropped) and the whole wrapped in FSI ... PDI
// (U+2068 ... U+2069), so what follows it on the line keeps its own direction.
std::string isolate_bidi(std::string_view text);

}  // namespace claimdiff::detail
