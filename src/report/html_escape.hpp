// Text to HTML and to Markdown: the escapers the report writers (analysis report, quote audit) use
// for every piece of article text, one of each so no writer keeps its own copy.
#pragma once

#include <string>
#include <string_view>

namespace claimdiff::detail {

// For element text and quoted attribute values alike: & < > " ' become entities and NUL, which
// browsers drop or replace unpredictably, becomes U+FFFD.
std::string html_escape(std::string_view text);

// For Markdown: what Markdown would read as markup is backslash-escaped, & < > become entities and
// line breaks spaces, so article text stays text in a table cell or a list item.
std::string markdown_escape(std::string_view text);

// Whether a URL may become a link: only http(s) addresses ("javascript:" and "data:" stay text).
bool is_web_address(std::string_view url);

}  // namespace claimdiff::detail
