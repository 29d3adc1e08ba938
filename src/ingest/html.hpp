// HTML pages to Articles through gumbo: the metadata (title, og:site_name, article:published_time,
// canonical URL) and the paragraph text without scripts, styles, navigation, footers and asides.
#pragma once

#include <claimdiff/types.hpp>

#include <string_view>

namespace claimdiff::detail {

// The page's article: `text` holds one paragraph per block element, separated by blank lines.
// `id` and `source_file` are left to the caller.
Article parse_html(std::string_view html);

}  // namespace claimdiff::detail
