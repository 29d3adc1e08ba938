// Text to HTML: the one escaper the HTML report uses for every piece of article text, shared so
// other HTML writers (the quote audit page) need not keep a copy.
#pragma once

#include <string>
#include <string_view>

namespace claimdiff::detail {

// For element text and quoted attribute values alike: & < > " ' become entities and NUL, which
// browsers drop or replace unpredictably, becomes U+FFFD.
std::string html_escape(std::string_view text);

// Whether a URL may become a link: only http(s) addresses ("javascript:" and "data:" stay text).
bool is_web_address(std::string_view url);

}  // namespace claimdiff::detail
