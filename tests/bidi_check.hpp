// Checks for the bidi isolation of outside text in the writers' output: the pieces of a page or a
// text whose bidi controls could change the direction of the text around them.
#pragma once

#include <string>
#include <vector>

namespace claimdiff::testing {

// U+202E (right-to-left override) and U+2066 (left-to-right isolate) opened and never closed, after
// a stray U+2069 and U+200F: what a hostile article appends to a field to reverse what follows it.
inline constexpr const char* kBidiTail = "\u2069\u200F tail \u202E\u2066";

// The text nodes of `html` (parsed as a browser would, by gumbo) that hold a bidi control and have no
// <bdi> or dir= ancestor inside <body>.
std::vector<std::string> unisolated_bidi_text(const std::string& html);

// The lines of `text` where a bidi control stands outside an FSI ... PDI pair closed on that line.
std::vector<std::string> lines_leaking_bidi(const std::string& text);

// Catch2 checks on a writer's output that carries kBidiTail: each unisolated text node, or each
// leaking line, fails the test case with the text shown.
void check_bidi_isolated_html(const std::string& html);
void check_bidi_contained_lines(const std::string& text);

}  // namespace claimdiff::testing
