// HTML pages to Articles: the metadata (title, og:site_name, article:published_time, canonical URL)
// and the paragraph text without scripts, styles, navigation, footers and asides. A page past
// HtmlLimits (html_limits.hpp) never reaches gumbo: it is read as plain text and says why.
#pragma once

#include <claimdiff/types.hpp>

#include <string>
#include <string_view>

namespace claimdiff::detail {

struct HtmlReading {
  // `text` holds one paragraph per block element, separated by blank lines. `id` and
  // `source_file` are left to the caller.
  Article article;
  // Why the page was read as plain text rather than parsed ("HTML nested more than 1000 elements
  // deep"), empty when it was parsed. The caller makes it a diagnostic.
  std::string fallback_reason;
};

// `html` must be valid UTF-8.
HtmlReading parse_html(std::string_view html);

}  // namespace claimdiff::detail
