// The fallback reading of a page gumbo must not see (html_limits.hpp): its text by one linear scan
// that drops tags, scripts, styles and comments, turns block tags into paragraph breaks and decodes
// the common character references. No tree is built, so no page shape makes it slow.
#pragma once

#include <string>
#include <string_view>

namespace claimdiff::detail {

// The page's text, one paragraph per block element, paragraphs separated by blank lines.
std::string html_to_plain_text(std::string_view html);

}  // namespace claimdiff::detail
