// Text to HTML and to Markdown: the escapers the report writers (analysis report, quote audit) use
// for every piece of article text, one of each so no writer keeps its own copy.
#pragma once

#include <string>
#include <string_view>

namespace claimdiff::detail {

// For element text and quoted attribute values alike: & < > " ' become entities and NUL, which
// browsers drop or replace unpredictably, becomes U+FFFD.
std::string html_escape(std::string_view text);

// Outside text (article text, outlet, speaker, title, file name) as element content: escaped and in
// its own <bdi>, a bidi isolate, so an unbalanced override or isolate in it (U+202E, U+2067) cannot
// reverse the report's text after it, and a right-to-left name cannot pull neighbouring punctuation
// or numbers to its side. Attribute values (tooltips) are shown apart and need only html_escape.
std::string html_isolated(std::string_view text);

// For Markdown: what Markdown would read as markup is backslash-escaped, & < > become entities and
// line breaks spaces, so article text stays text in a table cell or a list item. Text with bidi
// controls is balanced and isolated (isolate_bidi), since Markdown has no <bdi>.
std::string markdown_escape(std::string_view text);

// Whether a URL may become a link: only http(s) addresses ("javascript:" and "data:" stay text).
bool is_web_address(std::string_view url);

}  // namespace claimdiff::detail
